import { describe, expect, it } from 'vitest';
import { chineseDate, chineseOrdinal, reportPrintHtml } from '../../../shared/report/print-html';
import { computeReportStats } from '../../../shared/report/stats';
import { buildPrintable, buildSignedItem } from '../../builders/report';

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">&"\'';

function expectAll(html: string, pieces: string[]): void {
  for (const piece of pieces) expect(html).toContain(piece);
}

describe('the printable A4 report', () => {
  it('carries the series, 第N期, the date in Chinese, the organisation, recipient and signer', () => {
    const html = reportPrintHtml(buildPrintable());
    expectAll(html, [
      '<h1 class="masthead">社会舆情日报告</h1>',
      '2026年第12期',
      '2026年3月2日',
      '中共某盟委员会宣传部',
      '报：自治区党委宣传部',
      '签发：赵部长',
    ]);
    expect(html).not.toContain('未签发');
  });

  it('numbers items 一、二 … and suggestions as an ordered list, each overview line its own paragraph', () => {
    const html = reportPrintHtml(
      buildPrintable({ items: [buildSignedItem(), buildSignedItem({ itemId: 'item-2', title: '网传停暖消息不实' })] }),
    );
    expectAll(html, [
      '一、某小区供水中断引发居民议论',
      '二、网传停暖消息不实',
      '<b>研判：</b>涉及群众切身利益',
      '<ol><li>加强供水保障信息发布</li><li>做好网上舆论引导</li></ol>',
      '<p>今日共收到社会舆情 2 条。</p><p>总体平稳。</p>',
      '社会舆情 · 微信群 · 东胜区 · 倾向负面 · 风险Ⅲ级（较大） · 属实',
    ]);
  });

  it('escapes every piece of user text, so nothing typed into a report can become markup', () => {
    const html = reportPrintHtml(
      buildPrintable({
        seriesName: HOSTILE,
        overview: HOSTILE,
        heading: { issuingOrganisation: HOSTILE, recipient: HOSTILE },
        items: [
          buildSignedItem({
            title: HOSTILE,
            content: HOSTILE,
            url: HOSTILE,
            account: HOSTILE,
            platform: HOSTILE,
            region: HOSTILE,
            assessmentText: HOSTILE,
          }),
        ],
        suggestions: [HOSTILE],
        signer: { profileId: 'p', name: HOSTILE, at: '2026-03-02T17:00:00+08:00' },
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/onerror="/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    // Thirteen fields, the series name twice (page title and masthead).
    expect(html.match(/&#60;script&#62;/g)?.length).toBe(14);
  });

  it('has no script, loads nothing from outside and forbids both by its own policy', () => {
    const html = reportPrintHtml(buildPrintable({ items: [buildSignedItem({ url: 'https://weibo.example.cn/status/1' })] }));
    expect(html).not.toMatch(/<script|<link|<iframe|<object|src=|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('来源：https://weibo.example.cn/status/1');
    expect(html).toContain('@page { size: A4;');
  });

  it('marks a report that is not signed, so a draft printout cannot pass for the signed one', () => {
    const html = reportPrintHtml(buildPrintable({ signer: null }));
    expect(html).toContain('未签发 · 仅供审阅，不得报送');
    expect(html).toContain('签发：（未签发）');
  });

  it('says so when a report has no items or suggestions rather than leaving the sections blank', () => {
    const html = reportPrintHtml(buildPrintable({ items: [], suggestions: [], overview: '  ' }));
    expect(html).toContain('（本期未编入舆情信息）');
    expect(html).toContain('（本期无对策建议）');
    expect(html).toContain('（未填写）');
  });

  it('prints the statistics with Chinese names and the change against the previous number', () => {
    const previous = computeReportStats([
      { kind: 'social', feeds: ['grid'], platform: '微信群', region: '东胜区', assessment: buildAssessment('negative', 2) },
    ]);
    const stats = computeReportStats(
      [
        { kind: 'social', feeds: ['grid', 'staff'], platform: '微信群', region: '东胜区', assessment: buildAssessment('negative', 2) },
        { kind: 'online', feeds: ['cac'], platform: null, region: '康巴什区', assessment: buildAssessment(null, null) },
      ],
      previous,
    );
    const html = reportPrintHtml(buildPrintable({ stats }));
    expect(html).toContain('本期共编报舆情信息 2 条，较上期+1。');
    expect(html).toContain('<tr><th>类别</th><td>网络舆情 1（+1），社会舆情 1</td></tr>');
    expect(html).toContain('<tr><th>来源渠道</th><td>网信办 1（+1），网格员 1，宣传部干部 1（+1）</td></tr>');
    expect(html).toContain('<tr><th>平台</th><td>微信群 1，未注明 1（+1）</td></tr>');
    expect(html).toContain('<tr><th>风险等级</th><td>Ⅲ级（较大） 1，未注明 1（+1）</td></tr>');
  });
});

function buildAssessment(sentiment: 'negative' | null, risk: 2 | null) {
  return { sentiment, risk, veracity: null, category: null, assessedBy: null, assessedAt: null };
}

describe('Chinese numbering and dates', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [42, '四十二'],
    [99, '九十九'],
    [100, '100'],
  ])('%i is %s', (value, expected) => {
    expect(chineseOrdinal(value)).toBe(expected);
  });

  it('writes a calendar date without any time zone moving it', () => {
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
    expect(chineseDate('2026-01-01')).toBe('2026年1月1日');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildItem, resetBuilderSequence } from '../../builders';
import { buildItemsWorkbook, buildPackWorkbook, SHEET_NAMES, type PackWorkbookInput } from '../../../shared/export/workbook';
import { createAccountMasker } from '../../../shared/export/masking';
import { cellOf, cellUnder, isWellFormedXml, readWorkbook, sheetOf, sheetXml, xmlParts } from './read-back';

function buildPackInput(overrides: Partial<PackWorkbookInput> = {}): PackWorkbookInput {
  return {
    heading: '社会舆情日报告',
    number: 12,
    date: '2026-03-02',
    exportedAt: '2026-03-02T18:30:00+08:00',
    overview: '今日共收集舆情信息 3 条，其中负面 1 条。',
    figures: [
      { label: '舆情条目', value: 3 },
      { label: '负面', value: 1 },
    ],
    statistics: [
      {
        title: '平台分布',
        columns: ['平台', '本期', '上期'],
        rows: [
          ['微博', 2, 1],
          ['抖音', 1, 4],
        ],
      },
    ],
    items: [
      buildItem({
        account: '热心市民老王',
        publishedAt: '2026-03-02T09:15:00+08:00',
        assessment: {
          sentiment: 'negative',
          risk: 3,
          veracity: 'rumour',
          category: '民生保障',
          assessedBy: 'p-1',
          assessedAt: '2026-03-02T10:00:00+08:00',
        },
        status: 'handling',
        tags: ['供暖/管网'],
      }),
      buildItem({ url: null, kind: 'social', platform: '线下' }),
      buildItem({ url: 'javascript:alert(1)' }),
    ],
    cascades: [
      {
        rootItemId: 'root-1',
        title: '热心市民老王称供暖管网爆裂',
        platform: '微博',
        account: '热心市民老王',
        url: 'https://weibo.example.cn/status/1',
        publishedAt: '2026-03-02T09:15:00+08:00',
        nodeCount: 40,
        edgeCount: 39,
        depth: 4,
        maxBreadth: 17,
        platforms: ['微博', '微信群'],
        crossPlatformEdges: 2,
        firstSpreadAt: '2026-03-02T09:20:00+08:00',
        lastSpreadAt: '2026-03-02T15:20:00+08:00',
      },
    ],
    suggestions: [{ title: '及时发布维修进展', text: '建议供热公司每日通报抢修进度。' }],
    ...overrides,
  };
}

beforeEach(() => resetBuilderSequence());

describe('pack workbook', () => {
  it('has the five sheets in order and reads back with SheetJS', () => {
    const { bytes, sheetNames, warnings } = buildPackWorkbook(buildPackInput());
    const book = readWorkbook(bytes);
    expect(book.SheetNames).toEqual(['概况', '舆情条目', '传播分析', '对策建议', '统计']);
    expect(sheetNames).toEqual(book.SheetNames);
    expect(warnings).toEqual([]);
  });

  it('writes the overview, the suggestions and the statistics in long form', () => {
    const book = readWorkbook(buildPackWorkbook(buildPackInput()).bytes);
    const overview = XLSX.utils.sheet_to_json<string[]>(sheetOf(book, SHEET_NAMES.overview), { header: 1, raw: false });
    expect(overview.slice(0, 3)).toEqual([
      ['项目', '内容'],
      ['标题', '社会舆情日报告'],
      ['期号', '第12期'],
    ]);
    expect(cellOf(sheetOf(book, SHEET_NAMES.overview), 'B5')).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm' });
    expect(cellOf(sheetOf(book, SHEET_NAMES.overview), 'B7')).toMatchObject({ t: 'n', v: 3 });

    const suggestions = sheetOf(book, SHEET_NAMES.suggestions);
    expect(cellOf(suggestions, 'A2')).toMatchObject({ t: 'n', v: 1 });
    expect(cellOf(suggestions, 'C2')).toMatchObject({ t: 's', v: '建议供热公司每日通报抢修进度。' });

    const statistics = XLSX.utils.sheet_to_json<unknown[]>(sheetOf(book, SHEET_NAMES.statistics), { header: 1 });
    expect(statistics).toEqual([
      ['统计表', '维度', '分类', '指标', '数值'],
      ['平台分布', '平台', '微博', '本期', 2],
      ['平台分布', '平台', '微博', '上期', 1],
      ['平台分布', '平台', '抖音', '本期', 1],
      ['平台分布', '平台', '抖音', '上期', 4],
    ]);
  });

  it('writes item numbers as numbers, text as strings and times as Beijing-time Excel dates', () => {
    const book = readWorkbook(buildPackWorkbook(buildPackInput()).bytes);
    const items = sheetOf(book, SHEET_NAMES.items);
    expect(cellUnder(items, '序号', 1)).toMatchObject({ t: 'n', v: 1 });
    expect(cellUnder(items, '转发数', 1)).toMatchObject({ t: 'n', v: 1 });
    expect(cellUnder(items, '阅读数', 1)).toBeUndefined();
    expect(cellUnder(items, '平台', 1)).toMatchObject({ t: 's', v: '微博' });
    expect(cellUnder(items, '倾向', 1)).toMatchObject({ t: 's', v: '负面' });
    expect(cellUnder(items, '风险等级', 1)).toMatchObject({ t: 's', v: 'Ⅱ级（重大）' });
    expect(cellUnder(items, '真实性', 1)).toMatchObject({ t: 's', v: '谣言' });
    expect(cellUnder(items, '处置状态', 1)).toMatchObject({ t: 's', v: '处置中' });
    expect(cellUnder(items, '类型', 2)).toMatchObject({ t: 's', v: '社会舆情' });

    const published = cellUnder(items, '发布时间', 1);
    expect(published).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm' });
    // 2026-03-02 09:15 on the wall clock whatever the zone of the machine running the test.
    const parsed = XLSX.SSF.parse_date_code(published?.v as number);
    expect([parsed.y, parsed.m, parsed.d, parsed.H, parsed.M]).toEqual([2026, 3, 2, 9, 15]);
    expect(XLSX.SSF.format('yyyy-mm-dd hh:mm', published?.v as number)).toBe('2026-03-02 09:15');
  });

  it('links only the item’s own http(s) address', () => {
    const { bytes } = buildPackWorkbook(buildPackInput());
    const items = sheetOf(readWorkbook(bytes), SHEET_NAMES.items);
    expect(cellUnder(items, '链接', 1)?.l?.Target).toBe('https://weibo.example.cn/status/100001');
    expect(cellUnder(items, '链接', 2)).toBeUndefined();
    const scripted = cellUnder(items, '链接', 3);
    expect(scripted).toMatchObject({ t: 's', v: 'javascript:alert(1)' });
    expect(scripted?.l).toBeUndefined();
    const rels = xmlParts(bytes)['xl/worksheets/_rels/sheet2.xml.rels'] ?? '';
    expect(rels).toContain('TargetMode="External"');
    expect(rels).not.toContain('javascript:');
  });

  it('freezes a bold header row, wraps long text and sets column widths on every sheet', () => {
    const { bytes } = buildPackWorkbook(buildPackInput());
    const parts = xmlParts(bytes);
    const styles = parts['xl/styles.xml'] ?? '';
    const cellXfs = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map(
      (match) => match[0],
    );
    const fonts = [...(/<fonts[^>]*>(.*)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>.*?<\/font>/g)].map((match) => match[0]);
    const fontOfStyle = (style: number) => fonts[Number(/fontId="(\d+)"/.exec(cellXfs[style] ?? '')?.[1])] ?? '';
    expect(styles).toContain('formatCode="yyyy-mm-dd hh:mm"');

    for (const name of Object.values(SHEET_NAMES)) {
      const xml = sheetXml(bytes, name);
      expect(isWellFormedXml(xml)).toBe(true);
      expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
      expect(xml).toMatch(/<cols><col min="1" max="1" width="\d+" customWidth="1"\/>/);
      const headerStyles = [...(/<row r="1">(.*?)<\/row>/.exec(xml)?.[1] ?? '').matchAll(/<c [^>]*s="(\d+)"/g)].map((match) =>
        Number(match[1]),
      );
      expect(headerStyles.length).toBeGreaterThan(0);
      for (const style of headerStyles) expect(fontOfStyle(style)).toContain('<b/>');
    }

    const itemsXml = sheetXml(bytes, SHEET_NAMES.items);
    const contentStyle = Number(/<c r="D2" s="(\d+)"/.exec(itemsXml)?.[1]);
    expect(cellXfs[contentStyle]).toContain('wrapText="1"');
    const dateStyle = Number(/<c r="I2" s="(\d+)"/.exec(itemsXml)?.[1]);
    expect(cellXfs[dateStyle]).toContain('numFmtId="164"');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>');

    const widths = sheetOf(readWorkbook(bytes), SHEET_NAMES.items)['!cols'];
    expect(widths?.[3]?.width).toBe(60);
  });

  it('is a complete OOXML package: content types, relationships and parts all present and well formed', () => {
    const parts = xmlParts(buildPackWorkbook(buildPackInput()).bytes);
    const contentTypes = parts['[Content_Types].xml'] ?? '';
    for (const path of Object.keys(parts).filter((path) => path.endsWith('.xml') && path !== '[Content_Types].xml')) {
      expect(contentTypes).toContain(`PartName="/${path}"`);
    }
    expect(parts['_rels/.rels']).toContain('Target="xl/workbook.xml"');
    for (const [path, xml] of Object.entries(parts)) expect(isWellFormedXml(xml), path).toBe(true);
  });

  it('gives the same bytes for the same content', () => {
    const first = buildPackWorkbook(buildPackInput()).bytes;
    resetBuilderSequence();
    const second = buildPackWorkbook(buildPackInput()).bytes;
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('shows unit, reporter, event and assessor names instead of ids when it has them', () => {
    const item = buildItem({
      unitId: 'u-1',
      reporterId: 'r-1',
      eventId: 'e-1',
      assessment: { ...buildItem().assessment, assessedBy: 'p-1' },
    });
    const { bytes } = buildItemsWorkbook([item], {
      lookups: {
        units: new Map([['u-1', '东胜区委宣传部']]),
        reporters: new Map([['r-1', '李信息员']]),
        events: new Map([['e-1', '供暖管网爆裂']]),
        people: new Map([['p-1', '张科员']]),
      },
    });
    const items = sheetOf(readWorkbook(bytes), SHEET_NAMES.items);
    expect(cellUnder(items, '报送单位', 1)?.v).toBe('东胜区委宣传部');
    expect(cellUnder(items, '信息员', 1)?.v).toBe('李信息员');
    expect(cellUnder(items, '事件', 1)?.v).toBe('供暖管网爆裂');
    expect(cellUnder(items, '研判人', 1)?.v).toBe('张科员');
  });
});

describe('masked pack workbook', () => {
  it('replaces the account everywhere it appears, the same way in every sheet', () => {
    const mask = createAccountMasker('workspace-secret');
    const input = buildPackInput();
    const [first] = input.items as ReturnType<typeof buildItem>[];
    input.items = [{ ...first!, content: '热心市民老王发帖称管网爆裂' }];
    const { bytes } = buildPackWorkbook(input, { maskAccount: mask });
    const book = readWorkbook(bytes);
    const pseudonym = mask('热心市民老王');

    const items = sheetOf(book, SHEET_NAMES.items);
    expect(cellUnder(items, '账号', 1)?.v).toBe(pseudonym);
    expect(cellUnder(items, '内容', 1)?.v).toBe(`${pseudonym}发帖称管网爆裂`);
    const cascades = sheetOf(book, SHEET_NAMES.cascades);
    expect(cellUnder(cascades, '账号', 1)?.v).toBe(pseudonym);
    expect(cellUnder(cascades, '源头条目', 1)?.v).toBe(`${pseudonym}称供暖管网爆裂`);

    const allText = Object.values(xmlParts(bytes)).join('');
    expect(allText).not.toContain('热心市民老王');
  });
});

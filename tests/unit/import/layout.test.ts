import { describe, expect, it } from 'vitest';
import { headerSignature, parseMappingTemplate } from '../../../shared/import';
import { check, dateCell, formula, link, workbookBytes } from './builders';

describe('messy layouts', () => {
  it('skips and counts a title row, reads its year for month-day times, and numbers rows as Excel shows them', () => {
    const bytes = workbookBytes([
      {
        rows: [
          ['XX网信办网络舆情日报 2020年2月3日'],
          [],
          ['序号', '标题', '发布时间'],
          [1, '甲', '2月3日 14:05'],
          [2, '乙', '12月31日 23:59'],
        ],
        merges: ['A1:C1'],
      },
    ]);
    const report = check(bytes);
    expect(report.sheets[0]?.headerRow).toBe(3);
    expect(report.skippedRows).toBe(2);
    expect(report.items.map((item) => [item.row, item.publishedAt])).toEqual([
      [4, '2020-02-03T14:05:00+08:00'],
      // no rollover: the year is taken as given
      [5, '2020-12-31T23:59:00+08:00'],
    ]);
  });

  it('lets --year win over the title year, and falls back to the import year', () => {
    const withTitle = workbookBytes([{ rows: [['日报 2020年2月3日'], ['标题', '时间'], ['甲', '2月3日 14:05']] }]);
    expect(check(withTitle, 'a.xlsx', { year: 2021 }).items[0]?.publishedAt).toBe('2021-02-03T14:05:00+08:00');
    const withoutTitle = workbookBytes([
      {
        rows: [
          ['标题', '时间'],
          ['甲', '2月3日 14:05'],
        ],
      },
    ]);
    expect(check(withoutTitle).items[0]?.publishedAt).toBe('2024-02-03T14:05:00+08:00');
  });

  it('reads a two-row merged header: the lower cell names the column, a repeat gets " (2)"', () => {
    const bytes = workbookBytes([
      {
        rows: [
          ['序号', '信息', null, '互动', null, '时间'],
          [null, '标题', '链接', '转发数', '转发数', '日期'],
          [1, '甲', 'https://a.cn/1', '1.2万', '5', '2020-02-03'],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:E1'],
      },
    ]);
    const report = check(bytes);
    expect(report.sheets[0]).toEqual({
      name: 'Sheet1',
      headerRow: 2,
      mapping: { 序号: null, 标题: 'title', 链接: 'url', 转发数: 'reposts', '转发数 (2)': null, 日期: 'publishedAt' },
    });
    expect(report.skippedRows).toBe(0);
    expect(report.items[0]).toMatchObject({ title: '甲', metrics: { reposts: 12000 }, publishedAt: '2020-02-03T00:00:00+08:00' });
    expect(report.warnings).toEqual([{ sheet: 'Sheet1', row: 2, field: 'reposts', reason: expect.stringContaining('转发数 (2)') }]);
  });

  it('skips footer and blank rows between data, counts them, and rejects a row with only a serial number', () => {
    const bytes = workbookBytes([
      {
        rows: [
          ['序号', '标题', '链接'],
          [1, '甲', 'https://a.cn/1'],
          [],
          [2, null, null],
          [3, '乙', null],
          ['合计', '2条'],
          ['制表人：张三', null, '审核：李四'],
          ['备注：以上信息仅供参考'],
        ],
      },
    ]);
    const report = check(bytes);
    expect(report.accepted).toBe(2);
    expect(report.skippedRows).toBe(4);
    expect(report.rejected).toEqual([{ sheet: 'Sheet1', row: 4, reason: expect.stringMatching(/标题|内容|链接/) }]);
  });

  it('keeps a repost without comment: its ID identifies it', () => {
    const report = check(
      workbookBytes([
        {
          rows: [
            ['帖子ID', '原帖ID', '内容'],
            ['4471234567890123457', '4471234567890123456', null],
          ],
        },
      ]),
    );
    expect(report.items[0]).toMatchObject({ externalId: '4471234567890123457', rootExternalId: '4471234567890123456', content: null });
  });

  it('takes the hyperlink target, not the visible text, also from a linked title', () => {
    const bytes = workbookBytes([
      {
        rows: [
          ['标题', '链接'],
          ['甲', link('点此查看', 'https://weibo.com/1/a')],
          [link('乙（标题带链接）', 'https://weibo.com/1/b'), null],
        ],
      },
    ]);
    expect(check(bytes).items.map((item) => [item.title, item.url])).toEqual([
      ['甲', 'https://weibo.com/1/a'],
      ['乙（标题带链接）', 'https://weibo.com/1/b'],
    ]);
  });

  it('refuses javascript: links with a warning', () => {
    const report = check(
      workbookBytes([
        {
          rows: [
            ['标题', '链接'],
            ['甲', 'javascript:alert(1)'],
          ],
        },
      ]),
    );
    expect(report.items[0]?.url).toBeNull();
    expect(report.warnings[0]).toMatchObject({ row: 2, field: 'url' });
  });

  it('takes the cached value of formula cells, and keeps numbers stored as text', () => {
    const bytes = workbookBytes([
      {
        rows: [
          ['信息ID', '标题', '转发数', '评论数'],
          ['000123', formula('公式标题', 'CONCAT("公式","标题")'), formula(42, 'SUM(1,41)'), '3,456'],
        ],
      },
    ]);
    expect(check(bytes).items[0]).toMatchObject({ externalId: '000123', title: '公式标题', metrics: { reposts: 42, comments: 3456 } });
  });

  it('warns when a long ID was saved as a number and Excel already lost digits', () => {
    const report = check(
      workbookBytes([
        {
          rows: [
            ['帖子ID', '标题'],
            [Number('4471234567890123456'), '甲'],
          ],
        },
      ]),
    );
    expect(report.items[0]?.externalId).toMatch(/^\d{19}$/);
    expect(report.warnings[0]).toMatchObject({ field: 'externalId', reason: expect.stringContaining('文本格式') });
  });

  it('reads date-formatted cells and Excel serials in both date systems', () => {
    const serial = 43864 + (14 * 60 + 5) / 1440;
    const rows = [
      ['标题', '发布时间'],
      ['甲', dateCell(serial)],
    ];
    expect(check(workbookBytes([{ rows }])).items[0]?.publishedAt).toBe('2020-02-03T14:05:00+08:00');
    expect(
      check(
        workbookBytes(
          [
            {
              rows: [
                ['标题', '发布时间'],
                ['甲', dateCell(serial - 1462)],
              ],
            },
          ],
          'xlsx',
          { date1904: true },
        ),
      ).items[0]?.publishedAt,
    ).toBe('2020-02-03T14:05:00+08:00');
  });

  it('combines a date-only column and a time-only column into publishedAt', () => {
    const bytes = workbookBytes([
      {
        rows: [
          ['标题', '日期', '时间'],
          ['甲', '2020-02-03', '14:05'],
          ['乙', dateCell(43864, 'yyyy-mm-dd'), dateCell(0.5, 'hh:mm:ss')],
        ],
      },
    ]);
    const report = check(bytes);
    expect(report.sheets[0]?.mapping).toEqual({ 标题: 'title', 日期: 'publishedAt', 时间: 'publishedAt' });
    expect(report.items.map((item) => item.publishedAt)).toEqual(['2020-02-03T14:05:00+08:00', '2020-02-03T12:00:00+08:00']);
    expect(report.warnings).toEqual([]);
  });

  it('resolves two columns for one field by the earlier synonym and warns', () => {
    const report = check(
      workbookBytes([
        {
          rows: [
            ['主题', '标题', '内容'],
            ['甲', '乙', '丙'],
          ],
        },
      ]),
    );
    expect(report.sheets[0]?.mapping).toEqual({ 主题: null, 标题: 'title', 内容: 'content' });
    expect(report.items[0]?.title).toBe('乙');
    expect(report.warnings).toEqual([{ sheet: 'Sheet1', row: 1, field: 'title', reason: expect.stringContaining('主题') }]);
  });

  it('matches headers ignoring spaces, line breaks, punctuation and case, never by substring', () => {
    const report = check(
      workbookBytes([
        {
          rows: [
            [' 发布\n时间 ', '【标题】', 'url', '标题党'],
            ['2020-02-03 14:05', '甲', 'https://a.cn', 'x'],
          ],
        },
      ]),
    );
    expect(report.sheets[0]?.mapping).toEqual({ '发布\n时间': 'publishedAt', '【标题】': 'title', url: 'url', 标题党: null });
  });

  it('reads every sheet with a header and lists the others with no items; or only the chosen ones', () => {
    const bytes = workbookBytes([
      { name: '网信办', rows: [['标题'], ['甲']] },
      { name: '说明', rows: [['本表由系统导出']] },
      { name: '公安', rows: [['内容'], ['乙']] },
    ]);
    const all = check(bytes);
    expect(all.sheets.map((sheet) => [sheet.name, sheet.headerRow])).toEqual([
      ['网信办', 1],
      ['说明', null],
      ['公安', 1],
    ]);
    expect(all.items.map((item) => [item.sheet, item.row])).toEqual([
      ['网信办', 2],
      ['公安', 2],
    ]);
    const chosen = check(bytes, 'a.xlsx', { sheets: ['公安'] });
    expect(chosen.sheets.map((sheet) => sheet.name)).toEqual(['公安']);
    expect(chosen.items).toHaveLength(1);
    expect(() => check(bytes, 'a.xlsx', { sheets: ['不存在'] })).toThrow(expect.objectContaining({ problem: 'noSuchSheet' }));
  });

  it('applies a mapping template over synonyms, including feed and kind defaults', () => {
    const headers = ['信息名称', '舆情正文', '来源'];
    const template = parseMappingTemplate({
      name: '公安网安日报',
      partner: '公安网安',
      feed: 'police',
      kind: 'social',
      headerSignature: headerSignature(headers),
      columns: { 信息名称: 'title', 舆情正文: 'content', 来源: null },
    });
    const report = check(workbookBytes([{ rows: [headers, ['甲', '乙', '微博']] }]), 'a.xlsx', { template });
    expect(report.sheets[0]?.mapping).toEqual({ 信息名称: 'title', 舆情正文: 'content', 来源: null });
    expect(report.items[0]).toMatchObject({ title: '甲', content: '乙', platform: null, feed: 'police', kind: 'social' });
  });

  it('chooses a saved template by header signature, whatever the column order', () => {
    const template = parseMappingTemplate({
      name: 't',
      headerSignature: headerSignature(['名称', '正文']),
      columns: { 名称: 'title', 正文: 'content' },
    });
    const report = check(
      workbookBytes([
        {
          rows: [
            ['正文', '名称'],
            ['乙', '甲'],
          ],
        },
      ]),
      'a.xlsx',
      { templates: [template] },
    );
    expect(report.items[0]).toMatchObject({ title: '甲', content: '乙' });
  });

  it('rejects a malformed template with a typed error', () => {
    expect(() => parseMappingTemplate({ name: 't', headerSignature: 'x', columns: { 标题: 'headline' } })).toThrow(
      expect.objectContaining({ problem: 'badTemplate' }),
    );
  });

  it('lets a feed or kind column override the import defaults per row, warning on unknown codes', () => {
    const template = parseMappingTemplate({ name: 't', headerSignature: '', columns: { 渠道: 'feed', 类别: 'kind' } });
    const bytes = workbookBytes([
      {
        rows: [
          ['标题', '渠道', '类别'],
          ['甲', '网格员', '社会'],
          ['乙', '火星', null],
        ],
      },
    ]);
    const report = check(bytes, 'a.xlsx', { template, feed: 'cac' });
    expect(report.items.map((item) => [item.feed, item.kind])).toEqual([
      ['grid', 'social'],
      ['cac', 'online'],
    ]);
    expect(report.warnings).toEqual([{ sheet: 'Sheet1', row: 3, field: 'feed', reason: expect.stringContaining('火星') }]);
  });
});

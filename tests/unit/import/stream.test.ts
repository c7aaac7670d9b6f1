// The app's worker converts a file a slice at a time (openImport) so that writing can start before the last
// row is checked; desk check drains it at once (parseImport). Both must give the very same result.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../shared/import';
import { openImport } from '../../../shared/import/parse-import';
import type { ImportedItem } from '../../../shared/import/result';
import { IMPORT_TIME, workbookBytes } from './builders';

function partnerWorkbook(): Uint8Array {
  const rows = (sheet: string, count: number) =>
    Array.from({ length: count }, (_, index) => [
      index + 1,
      `${sheet}第${index}条：某小区供暖中断，居民反映已持续${index + 2}天`,
      index % 7 === 0 ? `https://weibo.com/1/${sheet}-${index - 1}` : `https://weibo.com/1/${sheet}-${index}`,
      '新浪微博',
      '2024-05-05 10:30',
    ]);
  return workbookBytes([
    {
      name: '网信办',
      rows: [
        ['XX网信办网络舆情日报 2024年5月5日'],
        ['序号', '标题', '链接', '平台', '发布时间'],
        ...rows('a', 45),
        [null],
        ['合计', '45条'],
      ],
    },
    // a repeated header label is a mapping conflict: its warning comes before this sheet's row warnings
    {
      name: '公安',
      rows: [['序号', '标题', '标题', '链接', '平台', '发布时间'], [1, '公安一', '公安二', 'https://a.cn/1', '微信', '无效时间'], [2]],
    },
  ]);
}

describe('openImport', () => {
  it('gives, slice by slice, exactly what parseImport gives at once', () => {
    const bytes = partnerWorkbook();
    const options = { importTime: IMPORT_TIME, feed: 'cac' as const };
    const whole = parseImport(bytes, '日报.xlsx', options);

    const stream = openImport(bytes, '日报.xlsx', options);
    expect(stream.done).toBe(false);
    const items: ImportedItem[] = [];
    const slices: number[] = [];
    while (!stream.done) {
      const slice = stream.next(7);
      slices.push(slice.length);
      items.push(...slice);
    }
    expect(slices.slice(0, 6)).toEqual([7, 7, 7, 7, 7, 7]);
    expect({ ...stream.summary(), items }).toEqual(whole);
    expect(whole.accepted).toBe(46);
    expect(whole.rejected).toHaveLength(1);
    expect(whole.warnings.length).toBeGreaterThan(0);
    expect(stream.doneRows).toBe(stream.totalRows);
  });

  it('tells the preview rows and the counts so far before the rest is converted', () => {
    const stream = openImport(partnerWorkbook(), '日报.xlsx', { importTime: IMPORT_TIME });
    const preview = stream.next(20);
    expect(preview.map((item) => item.record.row)).toEqual(Array.from({ length: 20 }, (_, index) => index + 3));
    expect(stream.summary()).toMatchObject({ accepted: 20, rejected: [] });
    expect(stream.summary().sheets.map((sheet) => sheet.name)).toEqual(['网信办', '公安']);
    expect(stream.doneRows).toBeLessThan(stream.totalRows);
  });
});

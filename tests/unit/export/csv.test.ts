import { beforeEach, describe, expect, it } from 'vitest';
import { buildItem, resetBuilderSequence } from '../../builders';
import { csvField, itemsToCsv, toCsvText } from '../../../shared/export/csv';
import { createAccountMasker } from '../../../shared/export/masking';

const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

beforeEach(() => resetBuilderSequence());

describe('csv field', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['\u0000=1', "'\u0000=1"],
  ])('defuses %j with an apostrophe', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['中文，全角逗号', '中文，全角逗号'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['1=1', '1=1'],
  ])('leaves %j alone except for RFC 4180 quoting', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it('keeps the sign of numbers the exporter wrote itself', () => {
    expect(toCsvText([{ header: '变化', type: 'number' }], [[-2], ['-2']])).toBe("变化\r\n-2\r\n'-2\r\n");
  });
});

describe('items to csv', () => {
  it('writes UTF-8 with a BOM, the 舆情条目 columns and Beijing-time minutes', () => {
    const item = buildItem({ title: '=1+1', publishedAt: '2026-03-02T01:15:00Z' });
    const bytes = itemsToCsv([item], 'utf-8-bom');
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = decodeUtf8(bytes.slice(3)).split('\r\n');
    expect(header?.split(',').slice(0, 5)).toEqual(['序号', '类型', '标题', '内容', '链接']);
    const cells = row?.split(',') ?? [];
    expect(cells[0]).toBe('1');
    expect(cells[2]).toBe("'=1+1");
    expect(cells).toContain('2026-03-02 09:15');
  });

  it('writes GB18030 that older tools and TextDecoder read back', () => {
    const item = buildItem({ title: '𠮷野家门店排队 €5 优惠', content: '中文内容' });
    const bytes = itemsToCsv([item], 'gb18030');
    expect(Array.from(bytes.slice(0, 4))).toEqual([0xd0, 0xf2, 0xba, 0xc5]); // 序号, no BOM
    const text = new TextDecoder('gb18030').decode(bytes);
    expect(text).toContain('𠮷野家门店排队 €5 优惠');
    expect(text).toContain('中文内容');
    expect(text.startsWith('序号,类型,标题')).toBe(true);
  });

  it('masks accounts when asked', () => {
    const mask = createAccountMasker('secret');
    const text = decodeUtf8(itemsToCsv([buildItem({ account: '热心市民老王' })], 'utf-8-bom', { maskAccount: mask }));
    expect(text).toContain(mask('热心市民老王'));
    expect(text).not.toContain('热心市民老王');
  });
});

import { describe, expect, it } from 'vitest';
import { ImportError, parseImport, parseMappingTemplate } from '../../../shared/import';
import { CodedError } from '../../../shared/errors';
import { importErrorsZh } from '../../../renderer/app/catalog/errors/import';
import { thrownBy, wordsFor } from '../../builders/error-words';
import { csvText, utf8, workbookBytes } from './builders';

// A refusal carries its code and values, never the words: the page and the CLI choose those.
describe('import refusals', () => {
  it('carry the code and the values their words need, and the kind callers branch on', () => {
    const tooLarge = thrownBy(() => parseImport(new Uint8Array(2 * 1024 * 1024 + 1), 'a.csv', { limits: { maxBytes: 2 * 1024 * 1024 } }));
    expect(tooLarge).toBeInstanceOf(CodedError);
    expect(tooLarge).toBeInstanceOf(ImportError);
    expect(tooLarge).toMatchObject({ name: 'ImportError', code: 'import.tooLarge', problem: 'tooLarge', params: { megabytes: 2 } });
    expect(wordsFor(importErrorsZh, tooLarge)).toBe('文件超过 2 兆字节的上限，已拒绝');
  });

  it('name the sheet, the limit, the time zone and the missing sheets', () => {
    const rows = utf8(csvText([['标题'], ...Array.from({ length: 20 }, (_, index) => [`第${index}条`])]));
    expect(thrownBy(() => parseImport(rows, 'a.csv', { limits: { maxRows: 10 } }))).toMatchObject({
      code: 'import.tooManyRows',
      params: { maxRows: 10 },
    });
    expect(thrownBy(() => parseImport(rows, 'a.csv', { tz: 'Mars/Base' }))).toMatchObject({
      code: 'import.badTimeZone',
      params: { timeZone: 'Mars/Base' },
    });
    const book = workbookBytes([{ name: '表一', rows: [['标题'], ['甲']] }]);
    const missing = thrownBy(() => parseImport(book, 'a.xlsx', { sheets: ['表二', '表三'] }));
    expect(missing).toMatchObject({ code: 'import.noSuchSheet', problem: 'noSuchSheet', params: { sheets: '表二, 表三' } });
    expect(wordsFor(importErrorsZh, missing)).toBe('文件中没有名为「表二, 表三」的工作表');
  });

  it('tell an empty file, a file without data and a file without a header apart', () => {
    expect(thrownBy(() => parseImport(new Uint8Array(0), 'a.csv'))).toMatchObject({ code: 'import.emptyFile', problem: 'notATable' });
    expect(thrownBy(() => parseImport(utf8('\n\n'), 'a.csv'))).toMatchObject({ code: 'import.noData', problem: 'notATable' });
    expect(thrownBy(() => parseImport(utf8('甲,乙\n1,2\n'), 'a.csv'))).toMatchObject({ code: 'import.noHeader', problem: 'notATable' });
  });

  it('point at the field of a malformed mapping template', () => {
    const refusal = thrownBy(() => parseMappingTemplate({ name: 't', headerSignature: 'x', columns: { 标题: 'headline' } }));
    expect(refusal).toMatchObject({ code: 'import.badTemplateField', problem: 'badTemplate' });
    expect(wordsFor(importErrorsZh, refusal)).toMatch(/^映射模板格式不正确（columns/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { errorText, useLocaleStore } from '../../../renderer/i18n';
import { refusalText } from '../../../renderer/features/reports/refusal-text';
import { ReportError, type ReportErrorCode } from '../../../shared/report/errors';
import { MissingReportItemError } from '../../../shared/report/signed-content';
import { BackupError } from '../../../shared/backup';
import { PackError } from '../../../shared/export/errors';
import { ImportError } from '../../../shared/import';
import { SpreadInputError } from '../../../shared/spread/errors';
import { NetworkError } from '../../../shared/network/errors';
import '../../../renderer/app/catalog';

afterEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));

// The @ts-expect-error lines are the test: each area's words are typed against its code union.
function _wordsThatMustNotCompile(): unknown[] {
  return [
    // @ts-expect-error a code of the union without words
    { 'error.report.withdrawn': '已作废' } satisfies Record<`error.${ReportErrorCode}`, string>,
    // @ts-expect-error words for a code the union does not have
    { 'error.report.noSuchCode': '?' } satisfies Partial<Record<`error.${ReportErrorCode}`, string>>,
  ];
}

function inBoth(text: () => string): [string, string] {
  useLocaleStore.setState({ locale: 'zh-CN' });
  const zh = text();
  useLocaleStore.setState({ locale: 'en' });
  return [zh, text()];
}

describe('words for coded failures', () => {
  it('gives a report refusal in Chinese and English, naming action, status and roles', () => {
    const refusal = { error: new ReportError('report.wrongRole', { allowed: 'drafter,reviewer', action: 'withdraw', role: 'signer' }) };
    expect(inBoth(() => refusalText(refusal))).toEqual([
      '只有拟稿人或审核人可以作废，当前身份为签发人',
      'Only Drafter or Reviewer can do “Withdraw”; you are acting as Signer.',
    ]);
    const illegal = { error: new ReportError('report.illegalTransition', { status: 'approved', action: 'revise' }) };
    expect(inBoth(() => refusalText(illegal))[0]).toBe('报告当前为“已审核”，不能恢复编辑');
  });

  it('fills the values of signed-content failures', () => {
    expect(inBoth(() => errorText(new MissingReportItemError(['a', 'b'])))).toEqual([
      '报告引用的条目不存在：a, b',
      'Items the report refers to do not exist: a, b',
    ]);
  });

  it('gives a refused backup its reason with the file named', () => {
    const error = new BackupError('countMismatch', { name: 'tables/items.ndjson', listed: 3, actual: 2 });
    expect(inBoth(() => errorText(error))).toEqual([
      '备份中的记录数与清单不符（tables/items.ndjson：清单 3 行，实际 2 行），已拒绝恢复。',
      'The number of records does not match the manifest (tables/items.ndjson: 3 listed, 2 found); the backup was refused.',
    ]);
  });

  it('gives a pack failure its words with the path filled in', () => {
    expect(inBoth(() => errorText(new PackError('pack.unsafePath', { path: '../x' })))).toEqual([
      '简报包文件路径不安全：../x',
      'A file path of the pack is not safe: ../x',
    ]);
  });

  it('gives an import refusal its words with the limit, the sheet and the encoding filled in', () => {
    expect(inBoth(() => errorText(new ImportError('import.tooLarge', { megabytes: 50 })))).toEqual([
      '文件超过 50 兆字节的上限，已拒绝',
      'The file is larger than the limit of 50 MB and was refused.',
    ]);
    expect(inBoth(() => errorText(new ImportError('import.sheetTooManyRows', { sheet: '表一', maxRows: 10 })))).toEqual([
      '工作表「表一」超过 10 行的上限，请拆分后再导入',
      'Sheet “表一” has more than the limit of 10 rows; split it and import the parts.',
    ]);
    expect(inBoth(() => errorText(new ImportError('import.badEncoding', { encoding: 'gb18030' })))).toEqual([
      '无法按 gb18030 编码读取文件',
      'The file cannot be read in the gb18030 encoding.',
    ]);
    expect(inBoth(() => errorText(new ImportError('import.noHeader')))[1]).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives a refused repost file its words with the row and the date filled in', () => {
    expect(
      inBoth(() => errorText(new SpreadInputError('refused', 'spread.idTooPrecise', { row: 3, value: '4512345678901234500' }))),
    ).toEqual([
      '第 3 行的编号 4512345678901234500 超出数字精度，请把该列设为文本格式后重新导出',
      'The id 4512345678901234500 in row 3 has more digits than a number keeps; format the column as text and export again.',
    ]);
    expect(inBoth(() => errorText(new SpreadInputError('year-needed', 'spread.yearNeeded', { text: '03月23日' })))[1]).toBe(
      'The date “03月23日” has no year, and neither the original post’s time nor a full date in the file can give one.',
    );
  });

  it("gives the unit assessment's reversed period its words with both dates", () => {
    expect(inBoth(() => errorText(new NetworkError('network.periodReversed', { from: '2026-03-06', to: '2026-03-02' })))).toEqual([
      '统计期间无效：开始日期 2026-03-06 晚于结束日期 2026-03-02',
      'Invalid period: the start 2026-03-06 is after the end 2026-03-02',
    ]);
  });
});

// Words for a file the import refused as a whole. {entry} and {sheet} name a part of the file, {sheets}
// lists sheet names, {encoding} is an encoding's name as the options list shows it.
import type { ImportErrorCode } from '../../../../shared/import/errors';

type ImportErrorWords = Record<`error.${ImportErrorCode}`, string>;

export const importErrorsZh = {
  'error.import.tooLarge': '文件超过 {megabytes} 兆字节的上限，已拒绝',
  'error.import.zipBombEntry': '文件中的「{entry}」压缩比异常，疑似压缩炸弹，已拒绝',
  'error.import.zipBombTotal': '工作簿解压后超过 {megabytes} 兆字节的上限，已拒绝',
  'error.import.corruptWorkbook': '文件已损坏，无法作为 xlsx 工作簿读取',
  'error.import.unreadable': '文件已损坏或不是可识别的表格',
  'error.import.badEncoding': '无法按 {encoding} 编码读取文件',
  'error.import.jsonInvalid': '文件不是有效的 JSON',
  'error.import.emptyFile': '文件是空的',
  'error.import.notATable': '文件不是可识别的表格（xlsx、xls、csv、txt 或 json）',
  'error.import.jsonNotArray': 'JSON 文件不是记录数组',
  'error.import.noData': '文件中没有任何数据',
  'error.import.noHeader': '未找到可识别的表头（如 标题、内容、链接、发布时间），请检查文件或使用映射模板',
  'error.import.tooManyRows': '文件超过 {maxRows} 行的上限，请拆分后再导入',
  'error.import.sheetTooManyRows': '工作表「{sheet}」超过 {maxRows} 行的上限，请拆分后再导入',
  'error.import.tooManyRecords': '文件超过 {maxRows} 条记录的上限，请拆分后再导入',
  'error.import.noSuchSheet': '文件中没有名为「{sheets}」的工作表',
  'error.import.badTimeZone': '无法识别的时区「{timeZone}」',
  'error.import.badYear': '年份「{year}」不正确',
  'error.import.badTemplate': '映射模板格式不正确',
  'error.import.badTemplateField': '映射模板格式不正确（{path}）',
  'error.import.cancelled': '导入已取消',
} as const satisfies ImportErrorWords;

export const importErrorsEn = {
  'error.import.tooLarge': 'The file is larger than the limit of {megabytes} MB and was refused.',
  'error.import.zipBombEntry':
    '“{entry}” in the file is compressed far more than a spreadsheet can be (a suspected zip bomb) and was refused.',
  'error.import.zipBombTotal': 'The workbook would unpack to more than {megabytes} MB and was refused.',
  'error.import.corruptWorkbook': 'The file is damaged and cannot be read as an xlsx workbook.',
  'error.import.unreadable': 'The file is damaged or is not a table that can be read.',
  'error.import.badEncoding': 'The file cannot be read in the {encoding} encoding.',
  'error.import.jsonInvalid': 'The file is not valid JSON.',
  'error.import.emptyFile': 'The file is empty.',
  'error.import.notATable': 'The file is not a table that can be read (xlsx, xls, csv, txt or json).',
  'error.import.jsonNotArray': 'The JSON file is not a list of records.',
  'error.import.noData': 'The file holds no data.',
  'error.import.noHeader':
    'No known header row was found (such as title, content, link or publication time); check the file or use a mapping template.',
  'error.import.tooManyRows': 'The file has more than the limit of {maxRows} rows; split it and import the parts.',
  'error.import.sheetTooManyRows': 'Sheet “{sheet}” has more than the limit of {maxRows} rows; split it and import the parts.',
  'error.import.tooManyRecords': 'The file has more than the limit of {maxRows} records; split it and import the parts.',
  'error.import.noSuchSheet': 'The file has no sheet named “{sheets}”.',
  'error.import.badTimeZone': 'Unknown time zone “{timeZone}”.',
  'error.import.badYear': 'The year “{year}” is not valid.',
  'error.import.badTemplate': 'The mapping template is not in the right form.',
  'error.import.badTemplateField': 'The mapping template is not in the right form ({path}).',
  'error.import.cancelled': 'The import was cancelled.',
} as const satisfies ImportErrorWords;

// Words for a repost file the spread tracing refused, and for a cascade handed to the metrics out of order.
// {detail} is the reading library's own line; {line}, {record} and {row} count from one.
import type { SpreadErrorCode } from '../../../../shared/spread/errors';

type SpreadErrorWords = Record<`error.${SpreadErrorCode}`, string>;

export const spreadErrorsZh = {
  'error.spread.notText': '文件既不是 UTF-8 也不是 GBK 编码的文本，无法读取',
  'error.spread.jsonInvalid': '文件不是有效的 JSON：{detail}',
  'error.spread.jsonLineInvalid': '第 {line} 行不是有效的 JSON：{detail}',
  'error.spread.sheetUnreadable': '无法读取表格：{detail}',
  'error.spread.jsonNotArray': 'JSON 文件应是转发记录的数组（每条含帖子ID与上级ID）',
  'error.spread.recordNotObject': '第 {record} 条记录不是对象',
  'error.spread.recordFieldsMissing': '记录里没有帖子ID和上级ID或原帖ID，无法追踪传播',
  'error.spread.noTraceSheet': '表格中没有同时含“帖子ID”和“上级ID”或“原帖ID”列的工作表',
  'error.spread.headerMissing': '表头缺少“帖子ID”，或“上级ID”和“原帖ID”都没有，无法追踪传播',
  'error.spread.idTooPrecise': '第 {row} 行的编号 {value} 超出数字精度，请把该列设为文本格式后重新导出',
  'error.spread.yearNeeded': '日期“{text}”没有年份，原帖时间和文件中的完整日期都无法推断',
  'error.spread.parentNotBefore': '传播链的节点顺序有误：节点 {position} 的上级必须排在它之前',
  'error.spread.rootNotFirst': '传播链的节点顺序有误：第一个节点必须是根',
} as const satisfies SpreadErrorWords;

export const spreadErrorsEn = {
  'error.spread.notText': 'The file is neither UTF-8 nor GBK text and cannot be read.',
  'error.spread.jsonInvalid': 'The file is not valid JSON: {detail}',
  'error.spread.jsonLineInvalid': 'Line {line} is not valid JSON: {detail}',
  'error.spread.sheetUnreadable': 'The spreadsheet cannot be read: {detail}',
  'error.spread.jsonNotArray': 'The JSON file should be a list of repost records (each with mid and parent).',
  'error.spread.recordNotObject': 'Record {record} is not an object.',
  'error.spread.recordFieldsMissing':
    'The records have no post id (mid) together with a parent id (parent) or original post id; the spread cannot be traced.',
  'error.spread.noTraceSheet': 'No sheet of the spreadsheet has both a post id column and a parent id or original post id column.',
  'error.spread.headerMissing':
    'The header lacks a post id column, or has neither a parent id nor an original post id column; the spread cannot be traced.',
  'error.spread.idTooPrecise':
    'The id {value} in row {row} has more digits than a number keeps; format the column as text and export again.',
  'error.spread.yearNeeded':
    'The date “{text}” has no year, and neither the original post’s time nor a full date in the file can give one.',
  'error.spread.parentNotBefore': 'The nodes of the cascade are out of order: the parent of node {position} must come before it.',
  'error.spread.rootNotFirst': 'The nodes of the cascade are out of order: the first node must be the root.',
} as const satisfies SpreadErrorWords;

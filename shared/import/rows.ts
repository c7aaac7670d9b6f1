import type { Feed, ItemKind, Metrics, Sentiment } from '../domain/types';
import type { DictionaryLookup } from './dictionaries';
import type { ImportField } from './fields';
import { FIELD_LABELS, IDENTIFYING_FIELDS } from './fields';
import type { ColumnMapping } from './mapping';
import { parseCount } from './normalise/count';
import { combineDateAndTime, formatParsedTime, parseTimeCell } from '../time';
import type { ParsedTime, TimeContext } from '../time';
import { isAcceptableUrl } from './dedup/url';
import type { CheckItem } from './result';
import type { Cell, TableRow } from './table';

// One data row → one item, or a rejection, with a warning per field for everything that could not be
// read as it stands. Nothing here drops a row silently.

export interface RowContext {
  sheet: string | null;
  mapping: ColumnMapping;
  time: TimeContext;
  timeZone: string;
  feed: Feed;
  kind: ItemKind;
  platforms: DictionaryLookup;
  sentiments: DictionaryLookup<Sentiment>;
  feeds: DictionaryLookup<Feed>;
  kinds: DictionaryLookup<ItemKind>;
  regions: DictionaryLookup;
}

export type RowOutcome =
  | { kind: 'item'; record: CheckItem; warnings: { field: ImportField; reason: string }[] }
  | { kind: 'rejected'; reason: string }
  | { kind: 'footer' };

const FOOTER_WORDS = [
  '合计',
  '总计',
  '小计',
  '制表人',
  '制表',
  '备注',
  '审核',
  '审核人',
  '填报人',
  '填表人',
  '负责人',
  '签发',
  '联系人',
  '联系电话',
  '注',
];
const FOOTER = new RegExp(`^(?:${FOOTER_WORDS.join('|')})\\s*(?:[:：]|$|\\s)`);

const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;

export function convertRow(row: TableRow, context: RowContext): RowOutcome {
  const { mapping } = context;
  const cellsOf = new Map<ImportField, Cell>();
  mapping.fields.forEach((field, column) => {
    if (!field || column === mapping.publishedDateColumn || column === mapping.publishedTimeColumn) return;
    const cell = row.cells[column];
    if (cell && (cell.text.trim() !== '' || cell.url)) cellsOf.set(field, cell);
  });

  if (isFooter(row, cellsOf)) return { kind: 'footer' };

  const warnings: { field: ImportField; reason: string }[] = [];
  const warn = (field: ImportField, reason: string): void => {
    warnings.push({ field, reason });
  };
  for (const [field, cell] of cellsOf) {
    if (cell.truncated) warn(field, `${FIELD_LABELS[field]}过长，已截断`);
  }

  const title = longText(cellsOf.get('title'));
  const content = longText(cellsOf.get('content'));
  const externalId = idText(cellsOf.get('externalId'), 'externalId', warn);
  const url = urlOf(row, cellsOf, warn);
  const identifying: Record<(typeof IDENTIFYING_FIELDS)[number], string | null> = { title, content, url, externalId };
  if (IDENTIFYING_FIELDS.every((field) => identifying[field] === null)) {
    return { kind: 'rejected', reason: '该行没有标题、内容、链接或信息ID，无法识别为一条信息' };
  }

  const record: CheckItem = {
    sheet: context.sheet,
    row: row.row,
    externalId,
    rootExternalId: idText(cellsOf.get('rootExternalId'), 'rootExternalId', warn),
    parentExternalId: idText(cellsOf.get('parentExternalId'), 'parentExternalId', warn),
    title,
    content,
    url,
    platform: platformOf(cellsOf.get('platform'), context, warn) ?? platformOfLayout(mapping),
    account: shortText(cellsOf.get('account')),
    publishedAt: publishedAtOf(row, cellsOf, context, warn),
    reportedAt: timeOf(cellsOf.get('reportedAt'), 'reportedAt', context, warn),
    region: regionOf(cellsOf.get('region'), context),
    unit: shortText(cellsOf.get('unit')),
    reporter: shortText(cellsOf.get('reporter')),
    feed: codeOf(cellsOf.get('feed'), 'feed', context.feeds, context.feed, warn),
    kind: codeOf(cellsOf.get('kind'), 'kind', context.kinds, context.kind, warn),
    sentiment: sentimentOf(cellsOf.get('sentiment'), context, warn),
    metrics: metricsOf(cellsOf, warn),
  };
  return { kind: 'item', record, warnings };
}

// A footer row starts with 合计/制表人/备注/审核 … and carries no link or ID ("审核：李四" under 链接 is not
// a link): a post whose text happens to start with 备注 still has one of those.
function isFooter(row: TableRow, cellsOf: Map<ImportField, Cell>): boolean {
  const first = row.cells.find((cell) => cell && cell.text.trim() !== '');
  if (!first || !FOOTER.test(first.text.normalize('NFKC').trim())) return false;
  const url = cellsOf.get('url');
  const externalId = cellsOf.get('externalId');
  const hasLink = url !== undefined && (url.url !== undefined || isAcceptableUrl(url.text));
  const hasId = externalId !== undefined && /^[\w-]+$/.test(externalId.text.trim());
  return !hasLink && !hasId;
}

function longText(cell: Cell | undefined): string | null {
  if (!cell) return null;
  const text = cell.text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}

function shortText(cell: Cell | undefined): string | null {
  if (!cell) return null;
  const text = cell.text.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function idText(cell: Cell | undefined, field: ImportField, warn: (field: ImportField, reason: string) => void): string | null {
  const text = shortText(cell);
  if (text === null || !cell) return null;
  if (cell.imprecise)
    warn(field, `${FIELD_LABELS[field]}「${text}」超过15位，表格已按数字保存并丢失末几位，请把该列设为文本格式后重新导出`);
  else if (SCIENTIFIC.test(text))
    warn(field, `${FIELD_LABELS[field]}「${text}」是科学计数法，原始数字已丢失，请把该列设为文本格式后重新导出`);
  return text;
}

function urlOf(row: TableRow, cellsOf: Map<ImportField, Cell>, warn: (field: ImportField, reason: string) => void): string | null {
  const cell = cellsOf.get('url');
  // The visible text of a link cell is often "点击查看"; the target is what identifies the post.
  let candidate = cell?.url ?? shortText(cell);
  if (!candidate) {
    const linked = cellsOf.get('title')?.url ?? cellsOf.get('content')?.url ?? row.cells.find((other) => other?.url)?.url;
    candidate = linked ?? null;
  }
  if (!candidate) return null;
  if (!isAcceptableUrl(candidate)) {
    warn('url', `链接「${candidate.slice(0, 80)}」不是网址，已留空`);
    return null;
  }
  return candidate.trim();
}

function timeOf(
  cell: Cell | undefined,
  field: ImportField,
  context: RowContext,
  warn: (field: ImportField, reason: string) => void,
): string | null {
  if (!cell) return null;
  return formatTime(parseTimeCell(cell, context.time), cell.text, field, context, warn);
}

function publishedAtOf(
  row: TableRow,
  cellsOf: Map<ImportField, Cell>,
  context: RowContext,
  warn: (field: ImportField, reason: string) => void,
): string | null {
  const { publishedDateColumn, publishedTimeColumn } = context.mapping;
  if (publishedDateColumn === null || publishedTimeColumn === null) return timeOf(cellsOf.get('publishedAt'), 'publishedAt', context, warn);
  const dateCell = nonEmpty(row.cells[publishedDateColumn]);
  const timeCell = nonEmpty(row.cells[publishedTimeColumn]);
  if (!dateCell) {
    if (timeCell) warn('publishedAt', `只有时刻「${timeCell.text.trim()}」没有日期，发布时间已留空`);
    return null;
  }
  const date = parseTimeCell(dateCell, context.time);
  const time = timeCell ? parseTimeCell(timeCell, context.time) : null;
  if (timeCell && (!time || (time.kind !== 'time' && !(time.kind === 'wall' && time.hasTime)))) {
    warn('publishedAt', `无法识别的时刻「${timeCell.text.trim()}」，只按日期导入`);
  }
  const shown = timeCell ? `${dateCell.text.trim()} ${timeCell.text.trim()}` : dateCell.text;
  return formatTime(combineDateAndTime(date, time), shown, 'publishedAt', context, warn);
}

function formatTime(
  parsed: ParsedTime | null,
  shown: string,
  field: ImportField,
  context: RowContext,
  warn: (field: ImportField, reason: string) => void,
): string | null {
  const text = shown.trim();
  if (!parsed) {
    warn(field, `无法识别的时间「${text.slice(0, 40)}」，${FIELD_LABELS[field]}已留空`);
    return null;
  }
  if (parsed.kind === 'time') {
    warn(field, `「${text}」只有时刻没有日期，${FIELD_LABELS[field]}已留空`);
    return null;
  }
  const iso = formatParsedTime(parsed, context.timeZone);
  if (!iso) warn(field, `时间「${text.slice(0, 40)}」超出范围，${FIELD_LABELS[field]}已留空`);
  return iso;
}

function nonEmpty(cell: Cell | undefined): Cell | undefined {
  return cell && cell.text.trim() !== '' ? cell : undefined;
}

function platformOf(cell: Cell | undefined, context: RowContext, warn: (field: ImportField, reason: string) => void): string | null {
  const text = shortText(cell);
  if (text === null) return null;
  const known = context.platforms.lookup(text);
  if (known) return known;
  warn('platform', `未知平台「${text}」，已按原文保留`);
  return text;
}

/** Weibo collection tools key a post by `mid` and carry no platform: such a record is a Weibo post. */
function platformOfLayout(mapping: ColumnMapping): string | null {
  return mapping.mapping['mid'] === 'externalId' ? '微博' : null;
}

function regionOf(cell: Cell | undefined, context: RowContext): string | null {
  const text = shortText(cell);
  if (text === null) return null;
  return context.regions.lookup(text) ?? text;
}

function sentimentOf(cell: Cell | undefined, context: RowContext, warn: (field: ImportField, reason: string) => void): Sentiment | null {
  const text = shortText(cell);
  if (text === null) return null;
  const known = context.sentiments.lookup(text);
  if (!known) warn('sentiment', `无法识别的倾向「${text}」，已留空`);
  return known;
}

function codeOf<T extends string>(
  cell: Cell | undefined,
  field: 'feed' | 'kind',
  lookup: DictionaryLookup<T>,
  fallback: T,
  warn: (field: ImportField, reason: string) => void,
): T {
  const text = shortText(cell);
  if (text === null) return fallback;
  const known = lookup.lookup(text);
  if (known) return known;
  warn(field, `无法识别的${FIELD_LABELS[field]}「${text}」，按导入设置的「${fallback}」处理`);
  return fallback;
}

function metricsOf(cellsOf: Map<ImportField, Cell>, warn: (field: ImportField, reason: string) => void): Metrics {
  const metric = (field: 'reposts' | 'comments' | 'likes' | 'views'): number | null => {
    const { value, warning } = parseCount(cellsOf.get(field));
    if (warning) warn(field, `${FIELD_LABELS[field]}：${warning}`);
    return value;
  };
  return { reposts: metric('reposts'), comments: metric('comments'), likes: metric('likes'), views: metric('views') };
}

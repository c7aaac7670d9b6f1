import type { Item } from '../domain/types';
import { formatShanghaiMinute } from './excel-date';
import { ACTION_LABELS, FEED_LABELS, KIND_LABELS, RISK_LABELS, SENTIMENT_LABELS, STATUS_LABELS, VERACITY_LABELS } from './labels';
import { maskAccountFields, type AccountMasker } from './masking';
import type { CellInput, ColumnType } from './spreadsheet-ml';

// One definition of the 舆情条目 table, shared by the workbook sheet and the csv export, so a list
// exported either way has the same columns in the same order.

/** Names for the ids an item refers to; an id without a name is shown as it is. */
export interface ItemLookups {
  units?: ReadonlyMap<string, string>;
  reporters?: ReadonlyMap<string, string>;
  events?: ReadonlyMap<string, string>;
  /** profile id → name, for 研判人 and 处置记录 */
  people?: ReadonlyMap<string, string>;
}

export interface ItemTableOptions {
  lookups?: ItemLookups;
  /** set when the pack is exported with account identifiers masked */
  maskAccount?: AccountMasker | null;
}

export interface ItemColumn {
  header: string;
  width: number;
  type: ColumnType;
  value: (item: Item, position: number) => CellInput;
}

const LIST_SEPARATOR = '、';

export function itemColumns(options: ItemTableOptions = {}): ItemColumn[] {
  const lookups = options.lookups ?? {};
  const nameOf = (map: ReadonlyMap<string, string> | undefined, id: string | null) => (id === null ? null : (map?.get(id) ?? id));
  return [
    { header: '序号', width: 8, type: 'number', value: (_, position) => position },
    { header: '类型', width: 10, type: 'text', value: (item) => KIND_LABELS[item.kind] },
    { header: '标题', width: 30, type: 'wrap', value: (item) => item.title },
    { header: '内容', width: 60, type: 'wrap', value: (item) => item.content },
    { header: '链接', width: 30, type: 'link', value: (item) => item.url },
    { header: '平台', width: 12, type: 'text', value: (item) => item.platform },
    { header: '账号', width: 16, type: 'text', value: (item) => item.account },
    { header: '来源渠道', width: 14, type: 'text', value: (item) => item.feeds.map((feed) => FEED_LABELS[feed]).join(LIST_SEPARATOR) },
    { header: '发布时间', width: 17, type: 'date', value: (item) => item.publishedAt },
    { header: '报送时间', width: 17, type: 'date', value: (item) => item.reportedAt },
    { header: '入库时间', width: 17, type: 'date', value: (item) => item.capturedAt },
    { header: '地区', width: 12, type: 'text', value: (item) => item.region },
    { header: '报送单位', width: 16, type: 'text', value: (item) => nameOf(lookups.units, item.unitId) },
    { header: '信息员', width: 10, type: 'text', value: (item) => nameOf(lookups.reporters, item.reporterId) },
    { header: '转发数', width: 9, type: 'number', value: (item) => item.metrics.reposts },
    { header: '评论数', width: 9, type: 'number', value: (item) => item.metrics.comments },
    { header: '点赞数', width: 9, type: 'number', value: (item) => item.metrics.likes },
    { header: '阅读数', width: 11, type: 'number', value: (item) => item.metrics.views },
    { header: '标签', width: 20, type: 'wrap', value: (item) => item.tags.join(LIST_SEPARATOR) },
    { header: '事件', width: 18, type: 'text', value: (item) => nameOf(lookups.events, item.eventId) },
    { header: '倾向', width: 8, type: 'text', value: (item) => labelOrNull(SENTIMENT_LABELS, item.assessment.sentiment) },
    { header: '风险等级', width: 10, type: 'text', value: (item) => labelOrNull(RISK_LABELS, item.assessment.risk) },
    { header: '真实性', width: 10, type: 'text', value: (item) => labelOrNull(VERACITY_LABELS, item.assessment.veracity) },
    { header: '类别', width: 12, type: 'text', value: (item) => item.assessment.category },
    { header: '研判人', width: 10, type: 'text', value: (item) => nameOf(lookups.people, item.assessment.assessedBy) },
    { header: '研判时间', width: 17, type: 'date', value: (item) => item.assessment.assessedAt },
    { header: '处置状态', width: 10, type: 'text', value: (item) => STATUS_LABELS[item.status] },
    {
      header: '处置记录',
      width: 36,
      type: 'wrap',
      value: (item) =>
        item.actions
          .map((action) =>
            [formatShanghaiMinute(action.at) ?? action.at, ACTION_LABELS[action.type], nameOf(lookups.people, action.by), action.note]
              .filter((part) => part)
              .join(' '),
          )
          .join('\n'),
    },
    { header: '非舆情', width: 8, type: 'text', value: (item) => (item.notOpinion ? '是' : '否') },
    { header: '外部编号', width: 18, type: 'text', value: (item) => item.externalId },
    { header: '条目编号', width: 38, type: 'text', value: (item) => item.id },
  ];
}

function labelOrNull<K extends string | number>(labels: Record<K, string>, key: K | null): string | null {
  return key === null ? null : labels[key];
}

/** Item rows as the table shows them, masked when asked; positions count from 1. */
export function* itemRows(items: Iterable<Item>, columns: ItemColumn[], maskAccount?: AccountMasker | null): Generator<CellInput[]> {
  let position = 0;
  for (const original of items) {
    position += 1;
    const item = maskAccount ? maskAccountFields(original, maskAccount) : original;
    const row: CellInput[] = new Array<CellInput>(columns.length);
    for (let index = 0; index < columns.length; index += 1) row[index] = columns[index]?.value(item, position);
    yield row;
  }
}

// An item's history as readable changes (who, when, field: before → after), read from the audit chain: every
// write that touched the item, including bulk writes that listed it among many.
import type { AuditEntry, ItemAction, Assessment } from '../../../shared/domain/types';
import { changeSetOfEntry } from '../../../shared/triage';
import { isMessageKey, type PlainMessageKey, type Translate } from '../../i18n';
import { actionTypeKey, feedKey, kindKey, riskKey, sentimentKey, statusKey, veracityKey } from '../../ui/domain-labels';

export interface HistoryLine {
  field: string;
  before: string;
  after: string;
}

export interface HistoryEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  /** created / removed, or the fields changed */
  kind: 'created' | 'removed' | 'changed' | 'recorded';
  lines: HistoryLine[];
}

const TRIAGE_ACTIONS = new Set([
  'items.add',
  'items.update',
  'items.remove',
  'items.tag',
  'items.assess',
  'items.act',
  'items.status',
  'items.merge',
  'items.dismissDuplicate',
  'items.undo',
  'items.redo',
  'tags.rename',
  'tags.remove',
  'events.create',
  'events.addItems',
  'events.removeItems',
  'events.remove',
  'refutations.create',
  'refutations.link',
  'refutations.unlink',
]);

/** The label key of a triage action as the 操作日志 and the item history name it, or null for other actions. */
export function triageActionKey(action: string): PlainMessageKey | null {
  const key = `history.action.${action}`;
  if (
    TRIAGE_ACTIONS.has(action) &&
    !action.endsWith('.add') &&
    !action.endsWith('.update') &&
    !action.endsWith('.remove') &&
    isMessageKey(key)
  )
    return key;
  if (action.endsWith('.undo')) return 'history.action.items.undo';
  return action.endsWith('.redo') ? 'history.action.items.redo' : null;
}

export function historyActionLabel(t: Translate, action: string, fallback: (action: string) => string): string {
  const key = `history.action.${action}`;
  if (TRIAGE_ACTIONS.has(action) && isMessageKey(key)) return t(key);
  if (action.endsWith('.undo')) return t('history.action.items.undo');
  if (action.endsWith('.redo')) return t('history.action.items.redo');
  return fallback(action);
}

const ASSESSMENT_FIELDS = ['sentiment', 'risk', 'veracity', 'category'] as const;

function list(values: readonly string[], t: Translate): string {
  return values.length > 0 ? values.join('、') : t('triage.empty');
}

function short(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('triage.empty');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function assessmentValue(field: (typeof ASSESSMENT_FIELDS)[number], value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('triage.unset');
  if (field === 'sentiment') return t(sentimentKey(value as never));
  if (field === 'risk') return t(riskKey(value as never));
  if (field === 'veracity') return t(veracityKey(value as never));
  return String(value);
}

/** One changed field of an item as lines a person reads; `eventNames` turns event ids into names. */
export function describeFieldChange(
  field: string,
  before: unknown,
  after: unknown,
  t: Translate,
  eventNames: ReadonlyMap<string, string>,
): HistoryLine[] {
  switch (field) {
    case 'status':
      return [{ field: t('triage.field.status'), before: t(statusKey(before as never)), after: t(statusKey(after as never)) }];
    case 'kind':
      return [{ field: t('triage.field.kind'), before: t(kindKey(before as never)), after: t(kindKey(after as never)) }];
    case 'tags':
      return [
        {
          field: t('triage.field.tags'),
          before: list((before as string[] | null) ?? [], t),
          after: list((after as string[] | null) ?? [], t),
        },
      ];
    case 'feeds':
      return [
        {
          field: t('triage.field.feeds'),
          before: list(
            ((before as string[] | null) ?? []).map((feed) => t(feedKey(feed as never))),
            t,
          ),
          after: list(
            ((after as string[] | null) ?? []).map((feed) => t(feedKey(feed as never))),
            t,
          ),
        },
      ];
    case 'eventId':
      return [
        {
          field: t('triage.field.event'),
          before: before ? (eventNames.get(before as string) ?? t('triage.deletedEvent')) : t('triage.empty'),
          after: after ? (eventNames.get(after as string) ?? t('triage.deletedEvent')) : t('triage.empty'),
        },
      ];
    case 'assessment': {
      const old = (before ?? {}) as Partial<Assessment>;
      const next = (after ?? {}) as Partial<Assessment>;
      return ASSESSMENT_FIELDS.filter((key) => (old[key] ?? null) !== (next[key] ?? null)).map((key) => ({
        field: t(`triage.field.${key}`),
        before: assessmentValue(key, old[key], t),
        after: assessmentValue(key, next[key], t),
      }));
    }
    case 'actions': {
      const old = new Set(((before as ItemAction[] | null) ?? []).map((action) => action.id));
      const added = ((after as ItemAction[] | null) ?? []).filter((action) => !old.has(action.id));
      const kept = new Set(((after as ItemAction[] | null) ?? []).map((action) => action.id));
      const removed = ((before as ItemAction[] | null) ?? []).filter((action) => !kept.has(action.id));
      return [
        ...added.map((action) => ({
          field: t('triage.field.actions'),
          before: '',
          after: `${t(actionTypeKey(action.type))}：${action.note}`,
        })),
        ...removed.map((action) => ({
          field: t('triage.field.actions'),
          before: `${t(actionTypeKey(action.type))}：${action.note}`,
          after: t('triage.removed'),
        })),
      ];
    }
    case 'notDuplicateOf':
      return [
        {
          field: t('triage.field.notDuplicateOf'),
          before: String(((before as string[] | null) ?? []).length),
          after: String(((after as string[] | null) ?? []).length),
        },
      ];
    case 'provenance':
      return [
        {
          field: t('triage.field.provenance'),
          before: String(((before as unknown[] | null) ?? []).length),
          after: String(((after as unknown[] | null) ?? []).length),
        },
      ];
    default: {
      const key = `triage.field.${field}`;
      return [{ field: FIELD_KEYS.has(field) && isMessageKey(key) ? t(key) : field, before: short(before, t), after: short(after, t) }];
    }
  }
}

const FIELD_KEYS = new Set([
  'platform',
  'title',
  'content',
  'url',
  'account',
  'publishedAt',
  'reportedAt',
  'region',
  'unitId',
  'reporterId',
  'metrics',
  'notOpinion',
]);

export function historyOfItem(
  entries: readonly AuditEntry[],
  itemId: string,
  t: Translate,
  eventNames: ReadonlyMap<string, string>,
): Omit<HistoryEntryView, 'actor' | 'action'>[] {
  return entries.map((entry) => {
    const change = changeSetOfEntry(entry)?.['items']?.[itemId];
    if (!change) return { seq: entry.seq, at: entry.at, kind: 'recorded' as const, lines: [] };
    if (change.before === null) return { seq: entry.seq, at: entry.at, kind: 'created' as const, lines: [] };
    if (change.after === null) return { seq: entry.seq, at: entry.at, kind: 'removed' as const, lines: [] };
    const lines = Object.keys(change.after).flatMap((field) =>
      describeFieldChange(field, change.before?.[field], change.after?.[field], t, eventNames),
    );
    return { seq: entry.seq, at: entry.at, kind: 'changed' as const, lines };
  });
}

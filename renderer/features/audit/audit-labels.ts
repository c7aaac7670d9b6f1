import { REPORT_ACTION_TYPES } from '../../../shared/domain/report-types';
import type { AuditEntry } from '../../../shared/domain/types';
import { SETTING_CURRENT_PROFILE, SETTING_LOCALE, SETTING_TIME_ZONE } from '../../workspace/settings-keys';
import { isMessageKey, isOneOf, type PlainMessageKey, type Translate } from '../../i18n';
import { RESTORE_ACTION } from '../../db';
import { triageActionKey } from './item-history';
import { NETWORK_ACTION_LABELS, NETWORK_SETTING_LABELS, NETWORK_TABLE_LABELS } from '../units';

const TABLES = new Set([
  'items',
  'spreadEdges',
  'events',
  'tags',
  'refutations',
  'units',
  'reporters',
  'reports',
  'importBatches',
  'mappings',
  'settings',
  'profiles',
]);
const VERBS = new Set(['add', 'update', 'remove', 'load', 'create', 'set', 'put', 'import', 'undoImport']);

const SETTING_LABELS: Readonly<Record<string, PlainMessageKey>> = {
  [SETTING_LOCALE]: 'settings.language',
  [SETTING_TIME_ZONE]: 'settings.timeZone',
  [SETTING_CURRENT_PROFILE]: 'topbar.currentPerson',
  ...NETWORK_SETTING_LABELS,
};

function tableLabel(t: Translate, table: string): string {
  const key = `audit.table.${table}`;
  if (TABLES.has(table) && isMessageKey(key)) return t(key);
  const network = NETWORK_TABLE_LABELS[table];
  return network ? t(network) : table;
}

/** `items.load` → 载入条目. Actions this page does not know yet are shown as recorded. */
export function actionLabel(t: Translate, action: string): string {
  const triage = triageActionKey(action);
  if (triage) return t(triage);
  if (action === RESTORE_ACTION) return t('backup.auditAction');
  const network = NETWORK_ACTION_LABELS[action];
  if (network) return t(network);
  const [table = '', verb = ''] = action.split('.');
  // The report chain's moves (reports.signOff …) read as the moves themselves: 签发, 退回修改 …
  if (table === 'reports' && isOneOf(REPORT_ACTION_TYPES, verb)) return t(`reports.action.${verb}`);
  const verbKey = `audit.verb.${verb}`;
  if (!TABLES.has(table) || !VERBS.has(verb) || !isMessageKey(verbKey)) return action;
  return t('audit.actionPattern', { verb: t(verbKey), table: tableLabel(t, table) });
}

export function targetLabel(t: Translate, entry: Pick<AuditEntry, 'target' | 'items'>, names: ReadonlyMap<string, string>): string {
  if (entry.target === 'workspace:*') return t('backup.auditTarget');
  const separator = entry.target.indexOf(':');
  if (separator < 0) return entry.target;
  const table = entry.target.slice(0, separator);
  const key = entry.target.slice(separator + 1);
  if (key === '*') return t('audit.targetBulk', { table: tableLabel(t, table), count: entry.items?.length ?? 0 });
  const settingLabel = table === 'settings' ? SETTING_LABELS[key] : undefined;
  return t('audit.targetOne', { table: tableLabel(t, table), key: settingLabel ? t(settingLabel) : (names.get(key) ?? key) });
}

export function actorLabel(t: Translate, actor: string, names: ReadonlyMap<string, string>): string {
  if (actor === 'system') return t('audit.system');
  return names.get(actor) ?? actor;
}

// How 操作日志 names the reporting network's writes: the 非舆情 marks, 零报告 notes and the network's settings
// are recorded under ids an analyst would not recognise (items.markNotOpinion, network.pointsScheme …).
import { NETWORK_SETTINGS } from '../../db';
import type { PlainMessageKey } from '../../i18n';

export const NETWORK_ACTION_LABELS: Readonly<Record<string, PlainMessageKey>> = {
  'items.markNotOpinion': 'units.audit.markNotOpinion',
  'items.unmarkNotOpinion': 'units.audit.unmarkNotOpinion',
  'zeroReports.create': 'units.audit.zeroReportCreate',
  'zeroReports.remove': 'units.audit.zeroReportRemove',
};

export const NETWORK_TABLE_LABELS: Readonly<Record<string, PlainMessageKey>> = {
  zeroReports: 'units.audit.table.zeroReports',
};

export const NETWORK_SETTING_LABELS: Readonly<Record<string, PlainMessageKey>> = {
  [NETWORK_SETTINGS.calendar]: 'units.audit.setting.calendar',
  [NETWORK_SETTINGS.pointsScheme]: 'units.audit.setting.pointsScheme',
  [NETWORK_SETTINGS.silenceThreshold]: 'units.audit.setting.silenceThreshold',
  [NETWORK_SETTINGS.acknowledgements]: 'units.audit.setting.acknowledgements',
};

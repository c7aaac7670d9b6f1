import type { ChartText } from '../../../renderer/features/spread/chart-options';
import { buildCascades, type Cascade, type SpreadRecord } from '../../../shared/spread/model';

/** The chart words in Chinese, with times shown as plain ISO so assertions can name them. */
export const chartText: ChartText = {
  platformName: (platform) => platform ?? '未知平台',
  rootLabel: '原帖',
  more: (count) => `+${count}`,
  moreTip: (count) => `合并了 ${count} 条`,
  foldedLegend: '合并的外层转发（+N）',
  dateTime: (epochMs) => new Date(epochMs).toISOString(),
  shortDateTime: (epochMs) => new Date(epochMs).toISOString().slice(0, 16),
  unknownTime: '时间未知',
  cumulative: '累计条数',
  rumourSeries: '传播累计条数',
  refutationSeries: '辟谣累计发布数',
  firstRefutation: '首次辟谣',
};

/** One row of a terse cascade: [id, parent, Beijing time, platform, account]. */
export type TerseRecord = [string, string | null, string | null, string | null, string | null];

/** The cascade of terse records under an implied 微博 original 'R' posted at `rootTime`. */
export function cascadeOf(rows: TerseRecord[], rootTime: string | null = null): Cascade {
  const records: SpreadRecord[] = rows.map(([id, parent, time, platform, account]) => ({
    id,
    parent,
    root: null,
    time,
    platform,
    account,
    text: null,
  }));
  const built = buildCascades(records, { impliedRoot: true, rootId: 'R', rootTime, rootPlatform: '微博' });
  if (!built.cascades[0]) throw new Error('no cascade');
  return built.cascades[0];
}

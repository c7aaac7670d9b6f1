// The statistics page's state: the chosen period and its counts against the previous period.
import { create } from 'zustand';
import type { OpinionEvent } from '../../../shared/domain/types';
import type { Repositories } from '../../db';
import { presetPeriod, previousPeriod, type PeriodPreset } from './periods';
import { StatsAccumulator, type StatsComparison } from './stats-count';

export type StatsRepositories = {
  stats: Pick<Repositories['stats'], 'forEachReportedBetween'>;
  events: Pick<Repositories['events'], 'list'>;
};

export interface CustomRange {
  from: string;
  to: string;
}

interface StatsState {
  preset: PeriodPreset;
  custom: CustomRange | null;
  loading: boolean;
  comparison: StatsComparison | null;
  eventNames: ReadonlyMap<string, string>;
  error: string | null;
}

export const useStats = create<StatsState>(() => ({
  preset: 'last7',
  custom: null,
  loading: false,
  comparison: null,
  eventNames: new Map(),
  error: null,
}));

/** Counts both periods in one read of the reportedAt index: the previous period ends where this one starts. */
export async function countComparison(
  repositories: StatsRepositories,
  preset: PeriodPreset,
  custom: CustomRange | null,
  timeZone: string,
  now: number,
): Promise<StatsComparison> {
  const period = presetPeriod(preset, now, timeZone, custom ?? undefined);
  const before = previousPeriod(period, timeZone);
  const accumulator = new StatsAccumulator(period, before, timeZone);
  await repositories.stats.forEachReportedBetween(before.fromMs, period.toMs, (items) => accumulator.add(items));
  return accumulator.result();
}

let latestRequest = 0;

export async function refreshStats(repositories: StatsRepositories, timeZone: string, now = Date.now()): Promise<void> {
  const request = ++latestRequest;
  const { preset, custom } = useStats.getState();
  useStats.setState({ loading: true, error: null });
  try {
    const [comparison, events] = await Promise.all([
      countComparison(repositories, preset, custom, timeZone, now),
      repositories.events.list<OpinionEvent>(),
    ]);
    // A slower earlier count must not overwrite the answer to a newer choice.
    if (request !== latestRequest) return;
    useStats.setState({ comparison, eventNames: new Map(events.map((event) => [event.id, event.name])), loading: false });
  } catch (error) {
    if (request === latestRequest) useStats.setState({ loading: false, error: error instanceof Error ? error.message : String(error) });
  }
}

export function choosePreset(preset: PeriodPreset, custom: CustomRange | null = null): void {
  useStats.setState({ preset, custom: preset === 'custom' ? custom : null });
}

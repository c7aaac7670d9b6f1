// Silence alerts from the store: every unit's send times over the look-back window, read from the index keys
// only (a key cursor never loads the items), then shared/network decides who has been silent for how long.
import type { IsoDateTime } from '../../../shared/domain/types';
import { DEFAULT_SILENCE_LOOKBACK_DAYS, silenceAlerts, type SilenceAlert } from '../../../shared/network/alerts';
import { addDays, ZoneClock } from '../../../shared/time';
import type { Submission } from '../../../shared/network/types';
import type { NetworkRepository } from '../../db';
import { startOfLocalDate } from '../../../shared/time';

export interface SilenceState {
  alerts: SilenceAlert[];
  threshold: number;
}

export async function loadSilenceAlerts(network: NetworkRepository, now: IsoDateTime, timeZone: string): Promise<SilenceState> {
  const today = new ZoneClock(timeZone).localDate(now);
  const from = addDays(today, -DEFAULT_SILENCE_LOOKBACK_DAYS);
  const [{ units, reporters }, calendar, threshold, acknowledged, zeroReports] = await Promise.all([
    network.registry(),
    network.calendar(),
    network.silenceThreshold(),
    network.acknowledgements(),
    network.zeroReportsBetween(from, today),
  ]);
  const fromMs = startOfLocalDate(from, timeZone);
  const toMs = startOfLocalDate(addDays(today, 1), timeZone);
  const items: Submission[] = [];
  for (const unit of units) {
    // Units that are never expected cannot fall silent: no need to read their times.
    if (!unit.active || unit.cadence === 'onEvents') continue;
    for (const ms of await network.reportTimesOfUnit(unit.id, fromMs, toMs)) {
      items.push({ id: '', unitId: unit.id, reporterId: null, reportedAt: new Date(ms).toISOString(), notOpinion: false });
    }
    // An item naming only its reporter is the reporter's unit speaking: it breaks that unit's silence too.
    for (const reporter of reporters) {
      if (reporter.unitId !== unit.id) continue;
      for (const item of await network.unitlessSubmissionsOfReporter(reporter.id, fromMs, toMs)) items.push({ ...item, unitId: unit.id });
    }
  }
  const alerts = silenceAlerts({ units, items, zeroReports, calendar, timeZone, now, threshold, acknowledged });
  return { alerts, threshold };
}

// The counts of the unfiltered list, which is what the list opens on. Counting every facet over a million items
// takes about a second; they only change when items do, so they are kept with the audit entry they are current
// with (and persisted beside the index). Only the time ranges (今天, 近7天 …) move with the clock: those are
// counted fresh, one tight pass over a column.
import { activeFacetCount, emptyFilter, type ItemFilter } from '../../../../shared/search/filter';
import type { ItemIndex } from '../../../../shared/search/engine';
import type { ColumnChunk } from '../../../../shared/search/columns';
import { NO_TIME } from '../../../../shared/search/columns';
import { filterAndCount, type FacetCounts, type FacetValueCount, type TimePreset } from '../../../../shared/search/facets';

export interface UnfilteredCounts {
  auditSeq: number;
  total: number;
  facets: Omit<FacetCounts, 'time'>;
}

export function isUnfiltered(filter: ItemFilter, query: string): boolean {
  return query.trim() === '' && activeFacetCount(filter) === 0;
}

/** Counts every facet of the whole index: done once after a build, in the background, so no open has to. */
export function countUnfiltered(index: ItemIndex, auditSeq: number): UnfilteredCounts {
  const outcome = filterAndCount(
    index.chunks.map((chunk) => chunk.columns),
    index.dictionaries,
    emptyFilter(),
    { match: null, timePresets: [] },
  );
  return { auditSeq, total: outcome.total, facets: withoutTime(outcome.facets) };
}

export function withoutTime(facets: FacetCounts): Omit<FacetCounts, 'time'> {
  const { time: _time, ...rest } = facets;
  return rest;
}

/** Live items per time range, as filterAndCount counts them when nothing is filtered. */
export function timeFacet(
  chunks: readonly ColumnChunk[],
  timeField: ItemFilter['timeField'],
  presets: readonly TimePreset[],
): FacetValueCount[] {
  const froms = Float64Array.from(presets, (preset) => Math.floor(preset.fromMs / 60_000));
  const tos = Float64Array.from(presets, (preset) => Math.floor(preset.toMs / 60_000));
  const counts = new Float64Array(presets.length);
  for (const chunk of chunks) {
    const minutes = timeField === 'publishedAt' ? chunk.publishedMin : chunk.reportedMin;
    const alive = chunk.alive;
    for (let local = 0; local < chunk.count; local += 1) {
      if (alive[local] === 0) continue;
      const minute = minutes[local] as number;
      if (minute === NO_TIME) continue;
      for (let preset = 0; preset < froms.length; preset += 1) {
        if (minute >= (froms[preset] as number) && minute < (tos[preset] as number)) counts[preset] = (counts[preset] as number) + 1;
      }
    }
  }
  return presets.map((preset, index) => ({ value: preset.id, count: counts[index] as number }));
}

// Filtering and facet counting in one pass over the columns. Each facet counts the items that pass every
// *other* facet's selection, so choosing 微博 still shows how many items 抖音 would add. The trick that keeps
// it one pass: an item failing no facet counts everywhere and is in the result; an item failing exactly one
// facet counts only in that facet; an item failing two counts nowhere.
import { FEEDS, ITEM_KINDS, ITEM_STATUSES, SENTIMENTS, VERACITIES } from '../domain/types';
import { NO_TIME, feedMask, kindCode, sentimentCode, statusCode, veracityCode, type ColumnChunk, type Dictionaries } from './columns';
import type { CodeDictionary } from './dictionary';
import type { FacetName, ItemFilter } from './filter';
import { CHUNK_WORDS } from './postings';

/** A time range whose count the time facet shows (今天, 昨天, 近7天 …); minutes since the epoch, [from, to). */
export interface TimePreset {
  id: string;
  fromMs: number;
  toMs: number;
}

export interface FacetValueCount {
  /** the filter value: enum member, dictionary value ('' for none), risk digit, 'yes'/'no', time preset id */
  value: string;
  count: number;
}

export type FacetCounts = Record<FacetName, FacetValueCount[]>;

export interface FilterOutcome {
  total: number;
  /** per chunk, CHUNK_WORDS words: bit set where the item is in the result */
  result: Uint32Array[];
  facets: FacetCounts;
}

const F_TIME = 0;
const F_FEED = 1;
const F_KIND = 2;
const F_PLATFORM = 3;
const F_REGION = 4;
const F_UNIT = 5;
const F_STATUS = 6;
const F_RISK = 7;
const F_SENTIMENT = 8;
const F_VERACITY = 9;
const F_TAG = 10;
const F_EVENT = 11;
const F_SPREAD = 12;
const F_DUPLICATE = 13;
const F_CATEGORY = 14;
const LAST_FACET = F_CATEGORY;

function acceptCodes(size: number, codes: readonly number[]): Uint8Array | null {
  if (codes.length === 0) return null;
  const accept = new Uint8Array(size);
  for (const code of codes) if (code >= 0 && code < size) accept[code] = 1;
  return accept;
}

function dictionaryAccept(dictionary: CodeDictionary, values: readonly string[]): Uint8Array | null {
  if (values.length === 0) return null;
  // An unknown value is still a selection: it matches nothing, rather than lifting the facet.
  return acceptCodes(
    dictionary.values.length,
    values.map((value) => (value === '' ? 0 : (dictionary.codes.get(value) ?? -1))),
  );
}

/** For each tag code, the codes of the tag and its ancestors (疫情防控/物资供应 → itself and 疫情防控). */
export function tagAncestry(tags: CodeDictionary): Uint32Array[] {
  return tags.values.map((path, code) => {
    if (code === 0) return new Uint32Array(0);
    const codes: number[] = [code];
    let slash = path.lastIndexOf('/');
    while (slash > 0) {
      const parent = tags.codes.get(path.slice(0, slash));
      if (parent !== undefined) codes.push(parent);
      slash = path.lastIndexOf('/', slash - 1);
    }
    return Uint32Array.from(codes);
  });
}

function tagAccept(tags: CodeDictionary, selected: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  const accept = new Uint8Array(tags.values.length);
  tags.values.forEach((path, code) => {
    if (code > 0 && selected.some((tag) => path === tag || path.startsWith(`${tag}/`))) accept[code] = 1;
  });
  return accept;
}

export interface CountOptions {
  /** per chunk, the search matches; null when there is no search */
  match: Uint32Array[] | null;
  timePresets: readonly TimePreset[];
}

export function filterAndCount(
  chunks: readonly ColumnChunk[],
  dictionaries: Dictionaries,
  filter: ItemFilter,
  options: CountOptions,
): FilterOutcome {
  const time = filter.time;
  const timeFrom = time?.fromMs == null ? -Infinity : Math.floor(time.fromMs / 60_000);
  const timeTo = time?.toMs == null ? Infinity : Math.floor(time.toMs / 60_000);
  const timeActive = time !== null;
  const feedSelection = feedMask(filter.feeds);
  const kinds = acceptCodes(ITEM_KINDS.length, filter.kinds.map(kindCode));
  const platforms = dictionaryAccept(dictionaries.platform, filter.platforms);
  const regions = dictionaryAccept(dictionaries.region, filter.regions);
  const units = dictionaryAccept(dictionaries.unit, filter.units);
  const statuses = acceptCodes(ITEM_STATUSES.length, filter.statuses.map(statusCode));
  const risks = acceptCodes(5, filter.risks);
  const sentiments = acceptCodes(
    SENTIMENTS.length + 1,
    filter.sentiments.map((value) => (value === 'none' ? 0 : sentimentCode(value))),
  );
  const veracities = acceptCodes(
    VERACITIES.length + 1,
    filter.veracities.map((value) => (value === 'none' ? 0 : veracityCode(value))),
  );
  const tags = tagAccept(dictionaries.tag, filter.tags);
  const events = dictionaryAccept(dictionaries.event, filter.events);
  // A saved view from before 类别 was a facet has no categories.
  const categories = dictionaryAccept(dictionaries.category, filter.categories ?? []);
  const spread = filter.hasSpread === null ? -1 : filter.hasSpread ? 1 : 0;
  const duplicate = filter.suspected === null ? -1 : filter.suspected ? 1 : 0;

  const presets = options.timePresets.map((preset) => [Math.floor(preset.fromMs / 60_000), Math.floor(preset.toMs / 60_000)] as const);
  const counts = {
    time: new Float64Array(presets.length),
    feed: new Float64Array(FEEDS.length),
    kind: new Float64Array(ITEM_KINDS.length),
    platform: new Float64Array(dictionaries.platform.values.length),
    region: new Float64Array(dictionaries.region.values.length),
    unit: new Float64Array(dictionaries.unit.values.length),
    status: new Float64Array(ITEM_STATUSES.length),
    risk: new Float64Array(5),
    sentiment: new Float64Array(SENTIMENTS.length + 1),
    veracity: new Float64Array(VERACITIES.length + 1),
    tag: new Float64Array(dictionaries.tag.values.length),
    event: new Float64Array(dictionaries.event.values.length),
    category: new Float64Array(dictionaries.category.values.length),
    spread: new Float64Array(2),
    duplicate: new Float64Array(2),
  };
  const bump = (array: Float64Array, code: number) => {
    array[code] = (array[code] as number) + 1;
  };
  const ancestry = tagAncestry(dictionaries.tag);
  // the last item each tag was counted for, so a tag shared by two of an item's tags counts it once
  const tagStamp = new Float64Array(dictionaries.tag.values.length).fill(-1);
  const result: Uint32Array[] = [];
  let total = 0;
  let stamp = 0;

  for (let chunkIndex = 0; chunkIndex < chunks.length; chunkIndex += 1) {
    const chunk = chunks[chunkIndex] as ColumnChunk;
    const bits = new Uint32Array(CHUNK_WORDS);
    result.push(bits);
    const match = options.match ? (options.match[chunkIndex] as Uint32Array) : null;
    const timeColumn = filter.timeField === 'publishedAt' ? chunk.publishedMin : chunk.reportedMin;
    const {
      alive,
      feeds,
      kind,
      platform,
      region,
      unit,
      status,
      risk,
      sentiment,
      veracity,
      event,
      category,
      hasSpread,
      suspected,
      tagStarts,
      tagCodes,
    } = chunk;

    const countTags = (local: number) => {
      stamp += 1;
      for (let position = tagStarts[local] as number; position < (tagStarts[local + 1] as number); position += 1) {
        for (const code of ancestry[tagCodes[position] as number] as Uint32Array) {
          if (tagStamp[code] !== stamp) {
            tagStamp[code] = stamp;
            counts.tag[code] = (counts.tag[code] as number) + 1;
          }
        }
      }
    };
    const countFacet = (facet: number, local: number) => {
      switch (facet) {
        case F_TIME: {
          const minute = timeColumn[local] as number;
          if (minute === NO_TIME) break;
          for (let preset = 0; preset < presets.length; preset += 1) {
            const [from, to] = presets[preset] as readonly [number, number];
            if (minute >= from && minute < to) counts.time[preset] = (counts.time[preset] as number) + 1;
          }
          break;
        }
        case F_FEED: {
          const mask = feeds[local] as number;
          for (let bit = 0; bit < FEEDS.length; bit += 1) if (mask & (1 << bit)) counts.feed[bit] = (counts.feed[bit] as number) + 1;
          break;
        }
        case F_KIND:
          bump(counts.kind, kind[local] as number);
          break;
        case F_PLATFORM:
          bump(counts.platform, platform[local] as number);
          break;
        case F_REGION:
          bump(counts.region, region[local] as number);
          break;
        case F_UNIT:
          bump(counts.unit, unit[local] as number);
          break;
        case F_STATUS:
          bump(counts.status, status[local] as number);
          break;
        case F_RISK:
          bump(counts.risk, risk[local] as number);
          break;
        case F_SENTIMENT:
          bump(counts.sentiment, sentiment[local] as number);
          break;
        case F_VERACITY:
          bump(counts.veracity, veracity[local] as number);
          break;
        case F_TAG:
          countTags(local);
          break;
        case F_EVENT:
          bump(counts.event, event[local] as number);
          break;
        case F_SPREAD:
          bump(counts.spread, hasSpread[local] as number);
          break;
        case F_DUPLICATE:
          bump(counts.duplicate, suspected[local] as number);
          break;
        case F_CATEGORY:
          bump(counts.category, category[local] as number);
          break;
      }
    };

    for (let local = 0; local < chunk.count; local += 1) {
      if (alive[local] === 0) continue;
      if (match !== null && ((match[local >>> 5] as number) & (1 << (local & 31))) === 0) continue;
      let fails = 0;
      let failed = -1;
      if (timeActive) {
        const minute = timeColumn[local] as number;
        if (minute === NO_TIME || minute < timeFrom || minute >= timeTo) {
          fails += 1;
          failed = F_TIME;
        }
      }
      if (feedSelection !== 0 && ((feeds[local] as number) & feedSelection) === 0) {
        fails += 1;
        failed = F_FEED;
      }
      if (kinds !== null && kinds[kind[local] as number] === 0) {
        fails += 1;
        failed = F_KIND;
      }
      if (platforms !== null && platforms[platform[local] as number] !== 1) {
        fails += 1;
        failed = F_PLATFORM;
      }
      if (regions !== null && regions[region[local] as number] !== 1) {
        fails += 1;
        failed = F_REGION;
      }
      if (units !== null && units[unit[local] as number] !== 1) {
        fails += 1;
        failed = F_UNIT;
      }
      if (statuses !== null && statuses[status[local] as number] === 0) {
        fails += 1;
        failed = F_STATUS;
      }
      if (risks !== null && risks[risk[local] as number] === 0) {
        fails += 1;
        failed = F_RISK;
      }
      if (sentiments !== null && sentiments[sentiment[local] as number] === 0) {
        fails += 1;
        failed = F_SENTIMENT;
      }
      if (veracities !== null && veracities[veracity[local] as number] === 0) {
        fails += 1;
        failed = F_VERACITY;
      }
      if (tags !== null) {
        let any = false;
        for (let position = tagStarts[local] as number; position < (tagStarts[local + 1] as number); position += 1) {
          if (tags[tagCodes[position] as number] === 1) {
            any = true;
            break;
          }
        }
        if (!any) {
          fails += 1;
          failed = F_TAG;
        }
      }
      if (events !== null && events[event[local] as number] !== 1) {
        fails += 1;
        failed = F_EVENT;
      }
      if (categories !== null && categories[category[local] as number] !== 1) {
        fails += 1;
        failed = F_CATEGORY;
      }
      if (spread >= 0 && hasSpread[local] !== spread) {
        fails += 1;
        failed = F_SPREAD;
      }
      if (duplicate >= 0 && suspected[local] !== duplicate) {
        fails += 1;
        failed = F_DUPLICATE;
      }
      if (fails > 1) continue;
      if (fails === 1) {
        countFacet(failed, local);
        continue;
      }
      bits[local >>> 5] = (bits[local >>> 5] as number) | (1 << (local & 31));
      total += 1;
      for (let facet = F_TIME; facet <= LAST_FACET; facet += 1) countFacet(facet, local);
    }
  }

  const listed = (values: readonly string[], array: Float64Array, selected: readonly string[]): FacetValueCount[] => {
    const out: FacetValueCount[] = [];
    values.forEach((value, code) => {
      const count = array[code] as number;
      if (count > 0 || selected.includes(value)) out.push({ value, count });
    });
    for (const value of selected) if (!values.includes(value)) out.push({ value, count: 0 });
    return out;
  };
  const withNone = (values: readonly string[]) => ['none', ...values];
  const bool = (value: boolean | null) => (value === null ? [] : [value ? 'yes' : 'no']);
  const facets: FacetCounts = {
    time: options.timePresets.map((preset, index) => ({ value: preset.id, count: counts.time[index] as number })),
    feed: listed(FEEDS, counts.feed, filter.feeds),
    kind: listed(ITEM_KINDS, counts.kind, filter.kinds),
    platform: listed(dictionaries.platform.values, counts.platform, filter.platforms),
    region: listed(dictionaries.region.values, counts.region, filter.regions),
    unit: listed(dictionaries.unit.values, counts.unit, filter.units),
    status: listed(ITEM_STATUSES, counts.status, filter.statuses),
    risk: listed(['0', '1', '2', '3', '4'], counts.risk, filter.risks.map(String)),
    sentiment: listed(withNone(SENTIMENTS), counts.sentiment, filter.sentiments),
    veracity: listed(withNone(VERACITIES), counts.veracity, filter.veracities),
    tag: listed(dictionaries.tag.values, counts.tag, filter.tags).filter((entry) => entry.value !== ''),
    event: listed(dictionaries.event.values, counts.event, filter.events),
    category: listed(dictionaries.category.values, counts.category, filter.categories ?? []),
    spread: listed(['no', 'yes'], counts.spread, bool(filter.hasSpread)),
    duplicate: listed(['no', 'yes'], counts.duplicate, bool(filter.suspected)),
  };
  return { total, result, facets };
}

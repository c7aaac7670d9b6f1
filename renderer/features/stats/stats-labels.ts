// What the analyst reads for a counted value: the code's name in the active language, the event's name
// for an event id, and a plain word for "none", so no chart ever shows a raw code or an empty label.
import { FEEDS, ITEM_KINDS, RISK_LEVELS, SENTIMENTS } from '../../../shared/domain/types';
import { isOneOf, type Translate } from '../../i18n';
import type { StatsDimension } from './stats-count';

export type { Translate };

export interface LabelContext {
  t: Translate;
  /** event id → name */
  eventNames: ReadonlyMap<string, string>;
}

export function dimensionTitle(t: Translate, dimension: StatsDimension | 'trend'): string {
  return t(`stats.dim.${dimension}`);
}

export function valueLabel(dimension: StatsDimension, value: string, { t, eventNames }: LabelContext): string {
  switch (dimension) {
    case 'feed':
      return isOneOf(FEEDS, value) ? t(`stats.feed.${value}`) : value;
    case 'kind':
      return isOneOf(ITEM_KINDS, value) ? t(`stats.kind.${value}`) : value;
    case 'sentiment':
      return value === 'none' ? t('stats.value.notAssessed') : isOneOf(SENTIMENTS, value) ? t(`stats.sentiment.${value}`) : value;
    case 'risk': {
      if (value === '0') return t('stats.value.notAssessed');
      const level = Number(value);
      return isOneOf(RISK_LEVELS, level) ? t(`stats.risk.${level}`) : value;
    }
    case 'event':
      if (value === '') return t('stats.value.noEvent');
      return eventNames.get(value) ?? t('stats.value.unknownEvent');
    case 'platform':
    case 'region':
    case 'category':
    case 'tag':
      return value === '' ? t('stats.value.none') : value;
  }
}

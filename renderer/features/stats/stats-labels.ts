// What the analyst reads for a counted value: the code's name in the active language, the event's name
// for an event id, and a plain word for "none", so no chart ever shows a raw code or an empty label.
import type { MessageKey, MessageParams } from '../../i18n';
import type { StatsDimension } from './stats-count';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface LabelContext {
  t: Translate;
  /** event id → name */
  eventNames: ReadonlyMap<string, string>;
}

export function dimensionTitle(t: Translate, dimension: StatsDimension | 'trend'): string {
  return t(`stats.dim.${dimension}` as MessageKey);
}

export function valueLabel(dimension: StatsDimension, value: string, { t, eventNames }: LabelContext): string {
  switch (dimension) {
    case 'feed':
      return t(`stats.feed.${value}` as MessageKey);
    case 'kind':
      return t(`stats.kind.${value}` as MessageKey);
    case 'sentiment':
      return value === 'none' ? t('stats.value.notAssessed') : t(`stats.sentiment.${value}` as MessageKey);
    case 'risk':
      return value === '0' ? t('stats.value.notAssessed') : t(`stats.risk.${value}` as MessageKey);
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

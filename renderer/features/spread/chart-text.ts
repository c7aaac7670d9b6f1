import { translate, type Locale } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { ChartText } from './chart-options';
import { shortDateTime } from './text';

/** The words and time formats the spread charts need, in the given locale and workspace zone. */
export function chartText(locale: Locale, timeZone: string): ChartText {
  const context = { locale, timeZone };
  return {
    platformName: (platform) => platform ?? translate(locale, 'spread.unnamedPlatform'),
    rootLabel: translate(locale, 'spread.graph.root'),
    more: (count) => translate(locale, 'spread.graph.more', { count }),
    moreTip: (count) => translate(locale, 'spread.graph.moreTip', { count }),
    foldedLegend: translate(locale, 'spread.graph.foldedLegend'),
    dateTime: (epochMs) => formatDateTime(epochMs, context),
    shortDateTime: (epochMs) => shortDateTime(epochMs, context),
    unknownTime: translate(locale, 'spread.item.noTime'),
    cumulative: translate(locale, 'spread.timeline.axis'),
    rumourSeries: translate(locale, 'spread.rumour.series'),
    refutationSeries: translate(locale, 'spread.rumour.refutations'),
    firstRefutation: translate(locale, 'spread.rumour.firstMark'),
  };
}

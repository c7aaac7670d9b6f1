// The everyday items: a couple of hundred reports on the topics, spread over the banners, feeds and days the
// way a prefecture's desk receives them.
import type { Feed, ItemKind } from '../../shared/domain/types';
import type { DemoEvents } from './events';
import { addItem } from './items';
import { nickname } from './names';
import type { Banner } from './places';
import { BANNERS, ONLINE_PLATFORMS } from './places';
import { chance, digits, int, pick, random, weighted } from './random';
import { tag, WATCH_TAG } from './tags';
import { reportMoment } from './time';
import { TOPICS } from './topics-data';
import type { Topic } from './topics-data';
import type { Roster } from './units';
import { unitAndReporter } from './units';

const REGULAR_ITEMS = 258;
/** how many days back the reports reach, the anchor day included */
const DAYS = 14;

const FEED_WEIGHTS = [
  ['cac', 26],
  ['police', 12],
  ['grid', 22],
  ['staff', 12],
  ['acquaintance', 8],
  ['search', 12],
  ['other', 8],
] as const satisfies readonly (readonly [Feed, number])[];
const SOCIAL_FEEDS: readonly Feed[] = ['grid', 'staff', 'acquaintance'];

const ONLINE_FOLLOW_UPS = [
  '',
  '',
  '评论区有网民附和称自家也遇到过类似情况。',
  '有网民@当地政务账号，要求尽快回应。',
  '截至发现时，该内容已被转发{reposts}次。',
  '跟帖中有人表示已向12345热线反映。',
  '目前讨论热度不高，未见大范围扩散。',
];
const SOCIAL_FOLLOW_UPS = [
  '',
  '',
  '网格员已做好解释安抚，群众情绪基本稳定。',
  '涉及群众约{people}人。',
  '已向属地乡镇（苏木）反馈。',
  '群众希望有关部门尽快给个说法。',
];
const POSITIVE_FOLLOW_UPS = ['', '', '不少群众表示点赞。', '评论和议论以正面为主。'];
function followUp(kind: ItemKind, topic: Topic, values: Record<string, string>): string {
  if (topic.key === 'routine') return '';
  if (topic.sentiment[0]?.[0] === 'positive') return fill(pick(POSITIVE_FOLLOW_UPS), values);
  return fill(pick(kind === 'social' ? SOCIAL_FOLLOW_UPS : ONLINE_FOLLOW_UPS), values);
}

const placeholders = (banner: Banner) => ({
  place: banner.name,
  town: pick(banner.towns),
  village: pick(banner.villages),
  temp: pick(['摸着是凉的', '只有温乎气', '时热时不热', '下半截不热']),
  count: String(int(12, 60)),
  people: String(int(5, 40)),
  reposts: String(int(20, 900)),
  time: pick(['今天上午', '昨天下午', '当天中午', '早上八点多']),
  months: String(int(3, 8)),
  hours: String(int(2, 4)),
});

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

// A few units send less, and one (西坡旗) stops reporting four days before the anchor: the silence the
// unit assessment is there to catch.
const BANNER_WEIGHTS = BANNERS.map((banner) => [banner, banner.name === '青川市' ? 5 : banner.name === '白石区' ? 2 : 3] as const);
const SILENT_BANNER = '西坡旗';
const SILENT_SINCE_DAYS_AGO = 4;

export function addRegularItems(roster: Roster, { heatingEvent }: DemoEvents): void {
  for (let index = 0; index < REGULAR_ITEMS; index += 1) {
    const topic = weighted(TOPICS.map((candidate) => [candidate, candidate.weight] as const));
    let feed: Feed = weighted(FEED_WEIGHTS);
    if (!topic.kinds.includes('social') && SOCIAL_FEEDS.includes(feed)) feed = 'cac';
    if (!topic.kinds.includes('online') && !SOCIAL_FEEDS.includes(feed)) feed = 'staff';
    if (topic.key === 'routine') feed = chance(0.6) ? 'other' : 'staff';
    const kind: ItemKind = SOCIAL_FEEDS.includes(feed) || (feed === 'other' && topic.key === 'routine') ? 'social' : 'online';
    const banner = weighted(BANNER_WEIGHTS);
    let daysAgo = Math.min(DAYS - 1, Math.floor(random() * random() * DAYS * 1.4));
    if (banner.name === SILENT_BANNER && SOCIAL_FEEDS.includes(feed) && daysAgo < SILENT_SINCE_DAYS_AGO)
      daysAgo = int(SILENT_SINCE_DAYS_AGO, DAYS - 1);
    const reportedAt = reportMoment(daysAgo);
    const values = placeholders(banner);
    const platform = kind === 'social' ? '线下' : weighted(ONLINE_PLATFORMS);
    const hasId = kind === 'online' && ['微博', '抖音', '快手', '今日头条', '百度贴吧'].includes(platform);
    const externalId = hasId ? digits(platform === '微博' ? 16 : 19) : null;
    const feeds: Feed[] = feed === 'cac' && chance(0.08) ? ['cac', 'police'] : [feed];
    const { unit, reporter } = unitAndReporter(roster, feed, banner);
    const isHeatingEvent = topic.key === 'heating' && banner.name === '北岭旗';
    const titles = kind === 'social' ? topic.socialTitles : topic.titles;
    const contents = kind === 'social' ? topic.socialContents : topic.contents;
    const variant = int(0, contents.length - 1);
    addItem({
      kind,
      feeds,
      platform,
      // Things heard in society often arrive as a sentence without a headline.
      title: kind === 'social' && chance(0.3) ? null : fill(titles[variant]!, values),
      content: fill(contents[variant]!, values) + followUp(kind, topic, values),
      account: kind === 'online' && platform !== '新闻网站' ? nickname() : null,
      externalId,
      rootExternalId: externalId,
      parentExternalId: null,
      publishedAt: kind === 'social' ? null : reportedAt - int(30, 600) * 60_000,
      reportedAt,
      banner,
      unit,
      reporter,
      tags: [...topic.tags.slice(0, chance(0.7) ? 1 : 2), ...(chance(0.06) ? [tag(WATCH_TAG)] : [])],
      eventId: isHeatingEvent ? heatingEvent.id : null,
      category: topic.category,
      sentiment: topic.sentiment,
      risk: topic.risk,
      veracity: topic.veracity,
      notOpinion: topic.key === 'routine' && feed === 'other',
    });
  }
}

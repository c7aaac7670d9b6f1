// The water-supply rumour the demo is built around: a Weibo post that cascades, jumps to short video and a
// WeChat group, and is refuted by the water bureau. It is added in steps (see workspace.ts) because the
// festival cascade was drawn between the rumour's cascade and its copies.
import type { Item, Refutation } from '../../shared/domain/types';
import type { DemoEvents } from './events';
import { addItem, DEMO_ACTOR } from './items';
import { BANNERS } from './places';
import { digits, uuid } from './random';
import { buildCascade, spreadEdges } from './spread';
import type { CascadeNode } from './spread';
import { RUMOUR_TAG, tag } from './tags';
import { HOUR, iso, reportMoment } from './time';
import type { Roster } from './units';

export interface RumourOrigin {
  root: CascadeNode;
  /** when the root post was published; the copies and the refutation follow it by fixed hours */
  rootAt: number;
}

const REPOST_COMMENTS = [
  '转发微博',
  '真的假的？',
  '有没有官方说法',
  '家里老人已经不敢喝自来水了',
  '求证一下，别乱传',
  '我们小区今天水是正常的',
  '转给家里人看看',
  '坐等辟谣',
  '这个不好说，等通知吧',
  '已经在超市买桶装水了',
  '别信，上次也是谣言',
  '关注',
];

const southLake = BANNERS.find((banner) => banner.name === '南湖旗')!;

export function addRumourCascade({ policeUnit, policeReporters }: Roster, { rumourEvent }: DemoEvents): RumourOrigin {
  const rumourRootAt = reportMoment(5) - 3 * HOUR;
  const rumourCascade = buildCascade({
    root: {
      kind: 'online',
      feeds: ['police'],
      platform: '微博',
      title: '网传“南湖水库被化工废水污染”',
      content: '紧急扩散！听说南湖水库被上游化工厂偷排的废水污染了，南湖旗的自来水千万别喝，已经有人喝了拉肚子住院了！！',
      account: '南湖湖畔闲谈',
      externalId: digits(16),
      rootExternalId: null,
      parentExternalId: null,
      publishedAt: rumourRootAt,
      reportedAt: rumourRootAt + 2 * HOUR,
      banner: southLake,
      unit: policeUnit,
      reporter: policeReporters[0]!,
      tags: [tag(RUMOUR_TAG)],
      eventId: rumourEvent.id,
      category: '公共安全',
      sentiment: [['negative', 1]],
      risk: [[3, 1]],
      veracity: [['rumour', 1]],
      status: 'closed',
    },
    size: 26,
    comments: REPOST_COMMENTS,
    spreadHours: 30,
    tags: [tag(RUMOUR_TAG)],
    eventId: rumourEvent.id,
  });
  // The first record has no rootExternalId of its own: it is the root.
  const rumourRoot = rumourCascade[0]!;
  rumourRoot.item.rootExternalId = rumourRoot.externalId;
  return { root: rumourRoot, rootAt: rumourRootAt };
}

/** the rumour as copied to other platforms, each linked to the root by hand; returns the copies */
export function addRumourCopies(
  { cacUnit, cacReporters, bannerUnits, bannerReporters }: Roster,
  { rumourEvent }: DemoEvents,
  origin: RumourOrigin,
): Item[] {
  const { root: rumourRoot, rootAt: rumourRootAt } = origin;
  // The rumour also jumped to short video, and was copied into a WeChat group: cross-platform spread that an
  // analyst linked by hand.
  const rumourVideoAt = rumourRootAt + 4 * HOUR;
  const rumourVideo = addItem({
    kind: 'online',
    feeds: ['cac'],
    platform: '抖音',
    title: '视频称南湖旗自来水“不能喝了”',
    content: '视频中一名男子拿着一杯发黄的水称“南湖的自来水已经被污染了”，配文“大家都转一转”。',
    account: '湖畔老张随手拍',
    externalId: digits(19),
    rootExternalId: null,
    parentExternalId: null,
    publishedAt: rumourVideoAt,
    reportedAt: rumourVideoAt + 3 * HOUR,
    banner: southLake,
    unit: cacUnit,
    reporter: cacReporters[1]!,
    tags: [tag(RUMOUR_TAG)],
    eventId: rumourEvent.id,
    category: '公共安全',
    sentiment: [['negative', 1]],
    risk: [[3, 1]],
    veracity: [['rumour', 1]],
    status: 'closed',
  });
  rumourVideo.rootExternalId = rumourVideo.externalId;
  spreadEdges.push({
    id: uuid(),
    from: rumourRoot.item.id,
    to: rumourVideo.id,
    type: 'cross-platform',
    at: iso(rumourVideoAt),
    note: '视频文案与微博原帖一致，时间在后',
    createdBy: DEMO_ACTOR,
  });
  const rumourGroupAt = rumourRootAt + 6 * HOUR;
  const rumourGroup = addItem({
    kind: 'social',
    feeds: ['grid'],
    platform: '微信群',
    title: null,
    content: '小区业主群里有人转发“南湖水库被污染、自来水别喝”的消息，不少居民在问是不是真的，有人已经去超市抢购桶装水。',
    account: null,
    externalId: null,
    rootExternalId: null,
    parentExternalId: null,
    publishedAt: rumourGroupAt,
    reportedAt: rumourGroupAt + 40 * 60_000,
    banner: southLake,
    unit: bannerUnits.get('南湖旗')!,
    reporter: bannerReporters.get('南湖旗')![1]!,
    tags: [tag(RUMOUR_TAG)],
    eventId: rumourEvent.id,
    category: '公共安全',
    sentiment: [['negative', 1]],
    risk: [[3, 1]],
    veracity: [['rumour', 1]],
    status: 'closed',
  });
  spreadEdges.push({
    id: uuid(),
    from: rumourRoot.item.id,
    to: rumourGroup.id,
    type: 'copy',
    at: iso(rumourGroupAt),
    note: '群消息复制了微博原文',
    createdBy: DEMO_ACTOR,
  });
  return [rumourVideo, rumourGroup];
}

export function refuteRumour(origin: RumourOrigin, copies: readonly Item[]): Refutation {
  const refutationAt = origin.rootAt + 9 * HOUR;
  return {
    id: uuid(),
    title: '关于网传“南湖水库被污染”的情况说明',
    publisher: '南湖旗水务局',
    channel: '微信公众号',
    url: 'https://mp.weixin.example/s/nanhu-water-notice',
    publishedAt: iso(refutationAt),
    itemIds: [origin.root.item.id, ...copies.map((copy) => copy.id)],
    createdAt: iso(refutationAt + HOUR),
  };
}

// The good-news cascade: 红柳旗's winter Naadam announcement and its reposts, so the spread view is not only
// about rumours.
import { BANNERS } from './places';
import { digits } from './random';
import { buildCascade } from './spread';
import { FESTIVAL_TAG, tag } from './tags';
import { HOUR, reportMoment } from './time';
import type { Roster } from './units';

const FESTIVAL_COMMENTS = [
  '太美了，明年一定去',
  '转发微博',
  '家乡越来越好',
  '搏克比赛太精彩了',
  '为家乡点赞',
  '求攻略',
  '去年去过，推荐',
  '马跑得真快',
];
const redWillow = BANNERS.find((banner) => banner.name === '红柳旗')!;

export function addFestivalCascade({ cacUnit, cacReporters }: Roster): void {
  const festivalRootAt = reportMoment(2) - 5 * HOUR;
  const festivalCascade = buildCascade({
    root: {
      kind: 'online',
      feeds: ['cac'],
      platform: '微博',
      title: '红柳旗冬季那达慕开幕',
      content: '红柳旗冬季那达慕今天开幕啦！赛马、搏克、射箭，还有冰雪游乐项目，欢迎大家来草原过一个热闹的冬天。',
      account: '红柳旗文旅之窗',
      externalId: digits(16),
      rootExternalId: null,
      parentExternalId: null,
      publishedAt: festivalRootAt,
      reportedAt: festivalRootAt + 90 * 60_000,
      banner: redWillow,
      unit: cacUnit,
      reporter: cacReporters[0]!,
      tags: [tag(FESTIVAL_TAG)],
      eventId: null,
      category: '文化旅游',
      sentiment: [['positive', 1]],
      risk: [[1, 1]],
      veracity: [['true', 1]],
      status: 'assessed',
    },
    size: 16,
    comments: FESTIVAL_COMMENTS,
    spreadHours: 20,
    tags: [tag(FESTIVAL_TAG)],
    eventId: null,
  });
  const festivalRoot = festivalCascade[0]!;
  festivalRoot.item.rootExternalId = festivalRoot.externalId;
}

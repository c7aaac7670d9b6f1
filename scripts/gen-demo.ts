// `npx tsx scripts/gen-demo.ts`: writes resources/demo/demo-workspace.json, the workspace a new user can
// load at first run. Everything in it is invented for the project: a fictional prefecture (青川盟) with its
// banners and districts, fictional units, people, accounts and posts, and URLs under the reserved
// `.example` domain so no link can point at a real post. The output is fixed by the seed: running the
// script again gives the same file byte for byte, so the committed resource can be checked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WorkspaceSnapshot } from '../shared/domain/workspace';
import type {
  Assessment,
  Feed,
  Item,
  ItemAction,
  ItemKind,
  ItemStatus,
  OpinionEvent,
  Refutation,
  Reporter,
  RiskLevel,
  Sentiment,
  SpreadEdge,
  Unit,
  Veracity,
} from '../shared/domain/types';
import { nickname, personName } from './demo/names';
import { BANNERS, ONLINE_PLATFORMS, PREFECTURE, URL_HOSTS } from './demo/places';
import type { Banner } from './demo/places';
import { chance, digits, int, pick, random, uuid, weighted } from './demo/random';
import { RUMOUR_TAG, tag, tags, WATCH_TAG } from './demo/tags';
import { ANCHOR_MIDNIGHT, DAY, HOUR, iso, reportMoment } from './demo/time';
import { TOPICS } from './demo/topics-data';
import type { Topic } from './demo/topics-data';

const DAYS = 14;
const REGULAR_ITEMS = 258;
const DEMO_ACTOR = '演示数据';
const COMMITTED = resolve(dirname(new URL(import.meta.url).pathname), '../resources/demo/demo-workspace.json');
/** `npx tsx scripts/gen-demo.ts [output.json]`: another path lets a test compare a fresh run with the committed file. */
const OUTPUT = process.argv[2] ? resolve(process.argv[2]) : COMMITTED;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

// ── units and reporters ─────────────────────────────────────────────────────────────────────────────

const units: Unit[] = [];
const reporters: Reporter[] = [];

function addUnit(name: string, parentId: string | null, cadence: Unit['cadence'], cutoff = '17:00', active = true): Unit {
  const unit: Unit = { id: uuid(), name, parentId, cadence, cutoff, active };
  units.push(unit);
  return unit;
}
function addReporter(unit: Unit, role: string, active = true): Reporter {
  const reporter: Reporter = { id: uuid(), name: personName(), unitId: unit.id, role, active };
  reporters.push(reporter);
  return reporter;
}

const propaganda = addUnit(`中共${PREFECTURE}委员会宣传部`, null, 'daily');
const cacUnit = addUnit(`${PREFECTURE}委网信办`, propaganda.id, 'daily', '10:00');
const policeUnit = addUnit(`${PREFECTURE}公安局网安支队`, null, 'daily', '12:00');
const bannerUnits = new Map<string, Unit>();
for (const banner of BANNERS) bannerUnits.set(banner.name, addUnit(`${banner.name}委宣传部`, propaganda.id, 'workingDays'));
const directUnits = [
  addUnit(`${PREFECTURE}教育局`, null, 'workingDays'),
  addUnit(`${PREFECTURE}卫生健康委员会`, null, 'workingDays'),
  addUnit(`${PREFECTURE}住房和城乡建设局`, null, 'workingDays'),
  addUnit(`${PREFECTURE}农牧局`, null, 'onEvents'),
];

const cacReporters = [addReporter(cacUnit, '信息员'), addReporter(cacUnit, '信息员')];
const policeReporters = [addReporter(policeUnit, '干部')];
const bannerReporters = new Map<string, Reporter[]>();
for (const banner of BANNERS) {
  const unit = bannerUnits.get(banner.name)!;
  // One reporter per banner has left the role: the unit assessment must show inactive people too.
  bannerReporters.set(banner.name, [
    addReporter(unit, '信息员'),
    addReporter(unit, '网格员'),
    addReporter(unit, '网格员'),
    addReporter(unit, '干部', chance(0.7)),
  ]);
}
const directReporters = directUnits.map((unit) => addReporter(unit, '信息员'));

// ── tags, events, topics ────────────────────────────────────────────────────────────────────────────

for (const topic of TOPICS) for (const path of topic.tags) tag(path);
tag(RUMOUR_TAG);
tag(WATCH_TAG);

const events: OpinionEvent[] = [];
function addEvent(name: string, description: string, daysAgo: number): OpinionEvent {
  const at = iso(ANCHOR_MIDNIGHT - daysAgo * DAY + 9 * HOUR);
  const event: OpinionEvent = { id: uuid(), name, description, createdAt: at, updatedAt: at };
  events.push(event);
  return event;
}
const heatingEvent = addEvent('北岭旗集中供暖延迟', '北岭旗部分小区供暖延迟、室温不达标引发的集中反映。', 8);
const rumourEvent = addEvent('“南湖水库水源污染”谣言', '网传南湖水库被化工废水污染、自来水不能喝，经核实系谣言。', 5);

// ── items ───────────────────────────────────────────────────────────────────────────────────────────

const items: Item[] = [];
const spreadEdges: SpreadEdge[] = [];

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

const PARTNER_FILES: Partial<Record<Feed, string>> = {
  cac: '青川盟网信办网络舆情日报',
  police: '网安支队涉网舆情通报',
  search: '搜索引擎监测结果',
};

function emptyAssessment(): Assessment {
  return { sentiment: null, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null };
}

function onlineUrl(platform: string, externalId: string | null): string | null {
  const host = URL_HOSTS[platform];
  if (!host) return null;
  return `https://${host}/p/${externalId ?? digits(12)}`;
}

function onlineMetrics(platform: string): Item['metrics'] {
  const scale = platform === '抖音' || platform === '快手' ? 20 : platform === '微博' ? 5 : 1;
  const views = chance(0.8) ? int(200, 30000) * scale : null;
  return { reposts: int(0, 300) * scale, comments: int(0, 400) * scale, likes: int(0, 2000) * scale, views };
}

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

interface ItemPlan {
  kind: ItemKind;
  feeds: Feed[];
  platform: string;
  title: string | null;
  content: string;
  account: string | null;
  externalId: string | null;
  rootExternalId: string | null;
  parentExternalId: string | null;
  publishedAt: number | null;
  reportedAt: number;
  banner: Banner;
  unit: Unit;
  reporter: Reporter | null;
  tags: string[];
  eventId: string | null;
  category: string;
  sentiment: readonly (readonly [Sentiment, number])[];
  risk: readonly (readonly [RiskLevel, number])[];
  veracity: readonly (readonly [Veracity, number])[];
  status?: ItemStatus;
  notOpinion?: boolean;
  metrics?: Item['metrics'];
  url?: string | null;
}

const rowCounters = new Map<string, number>();

function provenanceFor(plan: ItemPlan, feed: Feed, reportedAt: number): Item['provenance'][number] {
  const file = PARTNER_FILES[feed];
  if (!file) return { batchId: null, feed, file: null, sheet: null, row: null, reportedAt: iso(reportedAt) };
  // No date in the name: the app moves the demo's dates to the present when it loads them.
  const name = `${file}.xlsx`;
  const row = (rowCounters.get(name) ?? 3) + 1;
  rowCounters.set(name, row);
  return { batchId: null, feed, file: name, sheet: 'Sheet1', row, reportedAt: iso(reportedAt) };
}

function statusFor(reportedAt: number): ItemStatus {
  // Older items have mostly been worked through; this morning's mostly wait to be assessed.
  const ageDays = (ANCHOR_MIDNIGHT + DAY - reportedAt) / DAY;
  if (ageDays < 1)
    return weighted([
      ['new', 8],
      ['assessed', 2],
    ]);
  if (ageDays < 3)
    return weighted([
      ['new', 3],
      ['assessed', 4],
      ['handling', 2],
      ['closed', 1],
    ]);
  return weighted([
    ['new', 1],
    ['assessed', 4],
    ['handling', 2],
    ['closed', 4],
  ]);
}

function actionsFor(status: ItemStatus, assessedAt: number, risk: RiskLevel, veracity: Veracity): ItemAction[] {
  if (status === 'new') return [];
  const actions: ItemAction[] = [
    {
      id: uuid(),
      type: 'assess',
      at: iso(assessedAt),
      by: DEMO_ACTOR,
      note: pick(['已研判，持续关注', '已研判，转属地核实', '已研判，纳入日报告']),
    },
  ];
  if (status === 'handling' || status === 'closed') {
    const type = veracity === 'rumour' || veracity === 'false' ? 'refute' : risk >= 3 ? 'contain' : 'guide';
    const notes = {
      refute: '联系属地发布澄清说明',
      contain: '已通报属地和主管部门，督促及时回应',
      guide: '协调本地媒体发布权威信息，正面引导',
      assess: '',
    };
    actions.push({ id: uuid(), type, at: iso(assessedAt + int(1, 8) * HOUR), by: DEMO_ACTOR, note: notes[type] });
  }
  if (status === 'closed')
    actions.push({
      id: uuid(),
      type: 'guide',
      at: iso(assessedAt + int(10, 40) * HOUR),
      by: DEMO_ACTOR,
      note: '属地已回应，舆情平稳，办结',
    });
  return actions;
}

function addItem(plan: ItemPlan): Item {
  const capturedAt = plan.reportedAt + int(5, 90) * 60_000;
  const status = plan.status ?? statusFor(plan.reportedAt);
  const assessedAt = capturedAt + int(20, 240) * 60_000;
  const assessment: Assessment = emptyAssessment();
  if (status !== 'new') {
    assessment.sentiment = weighted(plan.sentiment);
    assessment.risk = weighted(plan.risk);
    assessment.veracity = weighted(plan.veracity);
    assessment.category = plan.category;
    assessment.assessedBy = DEMO_ACTOR;
    assessment.assessedAt = iso(assessedAt);
  }
  const actions = actionsFor(status, assessedAt, assessment.risk ?? 1, assessment.veracity ?? 'unverified');
  const lastAction = actions[actions.length - 1];
  const provenance = plan.feeds.map((feed, index) => provenanceFor(plan, feed, plan.reportedAt + index * int(30, 180) * 60_000));
  const item: Item = {
    id: uuid(),
    kind: plan.kind,
    feeds: plan.feeds,
    platform: plan.platform,
    title: plan.title,
    content: plan.content,
    url: plan.url !== undefined ? plan.url : plan.kind === 'online' ? onlineUrl(plan.platform, plan.externalId) : null,
    account: plan.account,
    publishedAt: plan.publishedAt === null ? null : iso(plan.publishedAt),
    reportedAt: iso(plan.reportedAt),
    capturedAt: iso(capturedAt),
    region: plan.banner.name,
    unitId: plan.unit.id,
    reporterId: plan.reporter?.id ?? null,
    metrics:
      plan.metrics ?? (plan.kind === 'online' ? onlineMetrics(plan.platform) : { reposts: null, comments: null, likes: null, views: null }),
    tags: plan.tags,
    eventId: plan.eventId,
    assessment,
    status,
    actions,
    notOpinion: plan.notOpinion ?? false,
    fingerprint: null,
    simhash: null,
    provenance,
    externalId: plan.externalId,
    rootExternalId: plan.rootExternalId,
    parentExternalId: plan.parentExternalId,
    createdAt: iso(capturedAt),
    updatedAt: lastAction ? lastAction.at : iso(capturedAt),
    rev: 1 + actions.length,
  };
  items.push(item);
  return item;
}

function unitAndReporter(feed: Feed, banner: Banner): { unit: Unit; reporter: Reporter | null } {
  switch (feed) {
    case 'cac':
      return { unit: cacUnit, reporter: pick(cacReporters) };
    case 'police':
      return { unit: policeUnit, reporter: pick(policeReporters) };
    case 'search':
      return { unit: cacUnit, reporter: null };
    case 'other': {
      const index = int(0, directUnits.length - 1);
      return { unit: directUnits[index]!, reporter: directReporters[index]! };
    }
    default: {
      const people = bannerReporters.get(banner.name)!;
      const reporter = feed === 'grid' ? pick(people.filter((person) => person.role === '网格员')) : pick(people);
      return { unit: bannerUnits.get(banner.name)!, reporter };
    }
  }
}

// A few units send less, and one (西坡旗) stops reporting four days before the anchor: the silence the
// unit assessment is there to catch.
const BANNER_WEIGHTS = BANNERS.map((banner) => [banner, banner.name === '青川市' ? 5 : banner.name === '白石区' ? 2 : 3] as const);
const SILENT_BANNER = '西坡旗';
const SILENT_SINCE_DAYS_AGO = 4;

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
  const { unit, reporter } = unitAndReporter(feed, banner);
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
    tags: [...topic.tags.slice(0, chance(0.7) ? 1 : 2), ...(chance(0.06) ? [tag('重点关注')] : [])],
    eventId: isHeatingEvent ? heatingEvent.id : null,
    category: topic.category,
    sentiment: topic.sentiment,
    risk: topic.risk,
    veracity: topic.veracity,
    notOpinion: topic.key === 'routine' && feed === 'other',
  });
}

// ── two repost cascades ─────────────────────────────────────────────────────────────────────────────

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

interface CascadeNode {
  item: Item;
  externalId: string;
  at: number;
}

function buildCascade(options: {
  root: ItemPlan;
  size: number;
  comments: readonly string[];
  spreadHours: number;
  tags: string[];
  eventId: string | null;
}): CascadeNode[] {
  const rootExternalId = options.root.externalId!;
  const rootItem = addItem(options.root);
  const rootAt = options.root.publishedAt!;
  const nodes: CascadeNode[] = [{ item: rootItem, externalId: rootExternalId, at: rootAt }];
  for (let index = 1; index < options.size; index += 1) {
    // Early nodes attract most reposts: prefer recent, well-connected parents, as real cascades do.
    const parent = nodes[Math.floor(Math.pow(random(), 1.8) * nodes.length)]!;
    const at = Math.max(parent.at + int(2, 50) * 60_000, rootAt + Math.pow(index / options.size, 2) * options.spreadHours * HOUR);
    const externalId = digits(16);
    const account = nickname();
    const parentAccount = parent.item.account ?? '';
    const comment = pick(options.comments);
    const content = parent === nodes[0] ? comment : `${comment}//@${parentAccount}: ${parent.item.content?.split('//@')[0] ?? ''}`;
    const reportedAt = Math.max(at + int(20, 120) * 60_000, options.root.reportedAt);
    const item = addItem({
      ...options.root,
      title: null,
      content,
      account,
      externalId,
      rootExternalId,
      parentExternalId: parent.externalId,
      publishedAt: at,
      reportedAt,
      tags: options.tags,
      eventId: options.eventId,
      status: undefined,
      metrics: { reposts: int(0, 40), comments: int(0, 60), likes: int(0, 200), views: null },
      url: undefined,
    });
    nodes.push({ item, externalId, at });
    spreadEdges.push({ id: uuid(), from: parent.item.id, to: item.id, type: 'repost', at: iso(at), note: '', createdBy: DEMO_ACTOR });
  }
  return nodes;
}

const southLake = BANNERS.find((banner) => banner.name === '南湖旗')!;
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
    tags: [tag('谣言/水源')],
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
  tags: [tag('谣言/水源')],
  eventId: rumourEvent.id,
});
// The first record has no rootExternalId of its own: it is the root.
const rumourRoot = rumourCascade[0]!;
rumourRoot.item.rootExternalId = rumourRoot.externalId;

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
    tags: [tag('文旅/那达慕')],
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
  tags: [tag('文旅/那达慕')],
  eventId: null,
});
const festivalRoot = festivalCascade[0]!;
festivalRoot.item.rootExternalId = festivalRoot.externalId;

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
  tags: [tag('谣言/水源')],
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
  tags: [tag('谣言/水源')],
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

const refutationAt = rumourRootAt + 9 * HOUR;
const refutations: Refutation[] = [
  {
    id: uuid(),
    title: '关于网传“南湖水库被污染”的情况说明',
    publisher: '南湖旗水务局',
    channel: '微信公众号',
    url: 'https://mp.weixin.example/s/nanhu-water-notice',
    publishedAt: iso(refutationAt),
    itemIds: [rumourRoot.item.id, rumourVideo.id, rumourGroup.id],
    createdAt: iso(refutationAt + HOUR),
  },
];

// ── write ───────────────────────────────────────────────────────────────────────────────────────────

items.sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));

const snapshot: WorkspaceSnapshot = {
  format: 'opinion-desk-workspace',
  version: 1,
  units,
  reporters,
  tags,
  events,
  items,
  spreadEdges,
  refutations,
};

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${JSON.stringify(snapshot, null, 1)}\n`);
const byKind = (kind: ItemKind) => items.filter((item) => item.kind === kind).length;
process.stdout.write(
  `已生成演示工作区：${items.length} 条条目（社会 ${byKind('social')}，网络 ${byKind('online')}），` +
    `${units.length} 个单位，${reporters.length} 名信息员，${spreadEdges.length} 条传播关系 → ${OUTPUT}\n`,
);

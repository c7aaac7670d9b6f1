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
  Tag,
  Unit,
  Veracity,
} from '../shared/domain/types';
import { mulberry32 } from '../shared/random';

const SEED = 20261009;
/** The demo's "today" (Asia/Shanghai). The app moves every date so that this day becomes the real today. */
const ANCHOR_DAY = '2026-10-09';
const DAYS = 14;
const REGULAR_ITEMS = 258;
const DEMO_ACTOR = '演示数据';
const COMMITTED = resolve(dirname(new URL(import.meta.url).pathname), '../resources/demo/demo-workspace.json');
/** `npx tsx scripts/gen-demo.ts [output.json]`: another path lets a test compare a fresh run with the committed file. */
const OUTPUT = process.argv[2] ? resolve(process.argv[2]) : COMMITTED;

// ── deterministic randomness ────────────────────────────────────────────────────────────────────────

const random = mulberry32(SEED);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const chance = (probability: number) => random() < probability;
function pick<T>(values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}
function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}
function uuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}
function digits(length: number): string {
  return String(int(1, 9)) + Array.from({ length: length - 1 }, () => int(0, 9)).join('');
}
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

// ── time, in Asia/Shanghai (+08:00, no daylight saving) ─────────────────────────────────────────────

const ANCHOR_MIDNIGHT = Date.parse(`${ANCHOR_DAY}T00:00:00+08:00`);
const HOUR = 3600_000;
const DAY = 24 * HOUR;

function iso(instant: number): string {
  const local = new Date(Math.round(instant / 1000) * 1000 + 8 * HOUR);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}
/** a reporting moment on day `daysAgo` before the anchor day, within office-like hours */
function reportMoment(daysAgo: number): number {
  // On the anchor day itself only the early morning has happened when the analyst opens the workstation.
  const hour =
    daysAgo === 0
      ? int(0, 7) + random()
      : weighted([
          [int(8, 11), 5],
          [int(12, 17), 6],
          [int(18, 23), 3],
          [int(0, 7), 1],
        ]) + random();
  return ANCHOR_MIDNIGHT - daysAgo * DAY + hour * HOUR;
}

// ── the fictional prefecture ────────────────────────────────────────────────────────────────────────

const PREFECTURE = '青川盟';
const BANNERS = [
  { name: '青川市', towns: ['河东街道', '新华街道', '站前街道', '城西街道'], villages: ['幸福社区', '兴安社区', '锦绣社区', '团结社区'] },
  { name: '北岭旗', towns: ['白音镇', '乌兰苏木', '北岭镇'], villages: ['哈达图嘎查', '巴彦嘎查', '新建村'] },
  { name: '南湖旗', towns: ['南湖镇', '双井镇', '湖滨街道'], villages: ['南湖村', '前进村', '湖畔社区'] },
  { name: '东原旗', towns: ['东原镇', '沙尔苏木', '红旗镇'], villages: ['宝力格嘎查', '东风村', '新村'] },
  { name: '西坡旗', towns: ['西坡镇', '金泉镇', '那仁苏木'], villages: ['金泉村', '敖包图嘎查', '向阳村'] },
  { name: '白石区', towns: ['白石街道', '矿区街道', '园区街道'], villages: ['矿工社区', '石桥社区', '和平社区'] },
  { name: '红柳旗', towns: ['红柳镇', '阿拉坦苏木', '草原镇'], villages: ['额尔敦嘎查', '红柳村', '牧民新村'] },
] as const;
type Banner = (typeof BANNERS)[number];

const ONLINE_PLATFORMS = [
  ['微博', 8],
  ['微信公众号', 5],
  ['微信群', 6],
  ['微信朋友圈', 4],
  ['抖音', 7],
  ['快手', 5],
  ['今日头条', 4],
  ['百度贴吧', 3],
  ['新闻网站', 3],
  ['论坛', 2],
  ['QQ群', 2],
] as const;

const URL_HOSTS: Record<string, string> = {
  微博: 'weibo.example',
  微信公众号: 'mp.weixin.example',
  抖音: 'douyin.example',
  快手: 'kuaishou.example',
  今日头条: 'toutiao.example',
  百度贴吧: 'tieba.example',
  新闻网站: 'news.qingchuan.example',
  论坛: 'bbs.qingchuan.example',
};

const NICK_HEADS = ['草原', '青川', '北岭', '南湖', '老城', '河东', '白石', '红柳', '西坡', '东原', '湖畔', '山里', '牧场', '小城'];
const NICK_TAILS = [
  '听风者',
  '老李说事',
  '小新',
  '生活圈',
  '的日常',
  '观察',
  '热心市民',
  '阿姨',
  '大叔',
  '同城',
  '快讯',
  '随手拍',
  '记事本',
  '闲谈',
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '孙', '周', '吴', '高', '郭', '马', '白', '何'];
const GIVEN = ['晓燕', '建军', '海峰', '丽娜', '志强', '春梅', '文博', '雅琴', '国栋', '婷婷', '晨阳', '秀英', '立新', '慧敏'];
const MONGOLIAN_NAMES = ['巴特尔', '其其格', '乌力吉', '萨仁', '额尔敦', '图雅', '宝音', '娜仁花', '朝鲁', '斯琴'];

const usedNames = new Set<string>();
function personName(): string {
  for (;;) {
    const name = chance(0.3) ? pick(MONGOLIAN_NAMES) : pick(SURNAMES) + pick(GIVEN);
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
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

const TAG_COLORS = ['#3a6ea5', '#5b8c5a', '#b5651d', '#8e5572', '#4f7c82', '#a23b3b', '#6b6b9c', '#8a7f3d'];
const tags: Tag[] = [];
function tag(path: string): string {
  if (!tags.some((existing) => existing.path === path)) {
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null;
    if (parent) tag(parent);
    tags.push({ path, color: TAG_COLORS[tags.length % TAG_COLORS.length]!, createdAt: iso(ANCHOR_MIDNIGHT - 30 * DAY) });
  }
  return path;
}

/** titles[i] heads contents[i]: the two are written as pairs */
interface Topic {
  key: string;
  category: string;
  tags: string[];
  titles: string[];
  contents: string[];
  /** the same matter as heard in society (grid workers, staff, acquaintances): no posts, no 网民 */
  socialTitles: string[];
  socialContents: string[];
  sentiment: readonly (readonly [Sentiment, number])[];
  risk: readonly (readonly [RiskLevel, number])[];
  veracity: readonly (readonly [Veracity, number])[];
  weight: number;
  /** where it is heard: only social (in society), only online, or both */
  kinds: readonly ItemKind[];
}

const negative = [
  ['negative', 6],
  ['neutral', 3],
  ['positive', 1],
] as const;
const neutral = [
  ['neutral', 6],
  ['negative', 2],
  ['positive', 2],
] as const;
const positive = [
  ['positive', 6],
  ['neutral', 3],
  ['negative', 1],
] as const;
const lowRisk = [
  [1, 7],
  [2, 3],
] as const;
const midRisk = [
  [1, 3],
  [2, 5],
  [3, 2],
] as const;
const highRisk = [
  [2, 4],
  [3, 4],
  [4, 1],
] as const;
const mostlyTrue = [
  ['true', 6],
  ['unverified', 3],
  ['partlyFalse', 1],
] as const;

const TOPICS: Topic[] = [
  {
    key: 'heating',
    category: '民生保障',
    tags: ['民生/供暖'],
    titles: ['{village}居民反映暖气不热', '网民称{town}集中供暖迟迟不到位', '{town}换热站检修致供暖延迟'],
    contents: [
      '{place}{village}多名居民反映，已到供暖期但家中暖气片{temp}，室内温度只有十二三度，老人孩子受不了，打热力公司电话一直占线。',
      '有网民发帖称，{town}一带今年供暖又晚了，{village}有住户自己买电暖器取暖，希望有关部门尽快协调热源，别让群众挨冻。',
      '群内有人说{town}换热站检修还没完成，{village}要到下周才能正常供热，不少人在群里抱怨收了取暖费却不见热。',
    ],
    socialTitles: ['{village}群众反映暖气不热', '{town}居民议论取暖费与供热质量'],
    socialContents: [
      '网格员入户了解到，{village}有{count}户居民家中暖气{temp}，老人多在家用电褥子取暖，群众希望尽快解决。',
      '{town}居民在小区门口议论，说取暖费一分没少交，房子却不热，有人提出要集体去热力公司讨说法。',
    ],
    sentiment: negative,
    risk: midRisk,
    veracity: mostlyTrue,
    weight: 6,
    kinds: ['social', 'online'],
  },
  {
    key: 'wages',
    category: '劳动保障',
    tags: ['劳动保障/欠薪'],
    titles: ['{town}某工地农民工讨要工资', '网传{place}一项目拖欠工人工资', '{village}务工人员反映工钱未结清'],
    contents: [
      '据反映，{town}一处在建住宅项目的{count}余名农民工称被拖欠工资近三个月，{time}聚集在项目部门口讨要，情绪较激动。',
      '网民发布视频称，{place}某工程劳务队负责人联系不上，工人们的工钱一直没结，希望劳动监察部门介入。',
      '{village}有务工人员向网格员反映，去年在外地工地干活的工钱至今没有拿到，准备到旗里上访。',
    ],
    socialTitles: ['{town}农民工聚集讨要工资', '{village}务工人员反映工钱未结清'],
    socialContents: [
      '据网格员报告，{time}{town}一处工地有{count}余名工人聚集讨要工资，现场情绪激动，属地已派人到场。',
      '{village}有务工人员向网格员反映，去年在外地工地干活的工钱至今没有拿到，准备到旗里上访。',
    ],
    sentiment: negative,
    risk: highRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'roads',
    category: '城乡建设',
    tags: ['城建/道路施工'],
    titles: ['{town}主干道施工致出行不便', '{place}道路改造工期引热议', '{village}居民反映夜间施工噪音扰民'],
    contents: [
      '{town}主干道改造施工已持续{months}个月，沿街商户称生意受影响，网民吐槽绕行路线没有明显指示牌，早晚高峰堵车严重。',
      '有网民在本地论坛发帖，质疑{place}某路段“修了挖、挖了修”，希望公开工程进度和完工时间。',
      '{village}居民反映，施工车辆夜间作业噪音大，晚上十点以后还在施工，影响休息。',
    ],
    socialTitles: ['{town}商户反映施工影响经营', '{village}居民反映夜间施工噪音扰民'],
    socialContents: [
      '{town}沿街商户向社区反映，门前道路施工{months}个月未完工，顾客进不来，生意下滑，希望明确完工时间。',
      '{village}居民反映，施工车辆夜间作业噪音大，晚上十点以后还在施工，影响休息。',
    ],
    sentiment: negative,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 5,
    kinds: ['social', 'online'],
  },
  {
    key: 'school',
    category: '教育',
    tags: ['教育/入学', '教育/校车'],
    titles: ['{town}家长关注校车接送安排', '{place}学校午餐费用引家长讨论', '网民询问{town}小学插班政策'],
    contents: [
      '家长群内讨论{town}小学校车线路调整，部分{village}的学生需要多走两公里到新站点，家长担心冬季安全。',
      '有家长发帖称{place}某学校午餐价格上涨，但饭菜分量变少，希望学校公开食堂账目。',
      '网民咨询{town}外来务工人员子女插班入学需要哪些材料，评论区多人表示也有同样疑问。',
    ],
    socialTitles: ['{town}家长关注校车接送安排', '{town}家长议论学校午餐费用'],
    socialContents: [
      '家长们在学校门口议论{town}小学校车线路调整，部分{village}的学生需要多走两公里到新站点，家长担心冬季安全。',
      '接孩子的家长反映{town}某学校午餐费上涨，但孩子说饭菜分量变少，希望学校公开食堂账目。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'hospital',
    category: '医疗卫生',
    tags: ['医疗卫生/就医'],
    titles: ['{place}人民医院儿科排队时间长', '牧民反映{town}卫生院挂号不便', '{place}异地就医报销受关注'],
    contents: [
      '网民称在{place}人民医院儿科排队{hours}个多小时，只有两名医生出诊，希望增加冬季流感高峰期的门诊力量。',
      '{village}牧民反映到{town}卫生院看病需要提前一天挂号，路途远，来回不方便，希望开通电话预约。',
      '有网民发帖询问异地就医备案后在{place}报销比例是多少，多名网友跟帖分享经验，整体情绪平稳。',
    ],
    socialTitles: ['牧民反映{town}卫生院挂号不便', '{place}群众议论看病排队时间长'],
    socialContents: [
      '{village}牧民反映到{town}卫生院看病需要提前一天挂号，路途远，来回不方便，希望开通电话预约。',
      '干部在医院陪护时听到不少群众抱怨儿科排队{hours}个多小时，医生太少，流感高峰期压力很大。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'prices',
    category: '物价',
    tags: ['民生/物价'],
    titles: ['{place}牛羊肉价格波动引关注', '网民热议{town}菜价上涨', '{town}平价蔬菜直销点受欢迎'],
    contents: [
      '入冬以来{place}牛羊肉价格有所上涨，网民在本地群里晒出各市场价格对比，有人质疑个别商户囤货抬价。',
      '{town}集贸市场部分蔬菜价格较上周上涨约一成，商户解释是外地运输成本增加，市民表示可以理解。',
      '有网民发布视频介绍{town}平价蔬菜直销点，评论区点赞较多，认为惠民措施实在。',
    ],
    socialTitles: ['{town}群众议论牛羊肉涨价', '{town}集贸市场菜价上涨'],
    socialContents: [
      '在{town}集贸市场听到群众议论，入冬以来牛羊肉每斤涨了好几块，有人怀疑个别商户囤货抬价。',
      '{town}集贸市场部分蔬菜价格较上周上涨约一成，商户解释是外地运输成本增加，市民表示可以理解。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'dust',
    category: '生态环境',
    tags: ['生态环境/扬尘'],
    titles: ['{village}附近堆场扬尘严重', '网民反映{place}工业园区有异味', '{town}运煤车辆撒漏扬尘被投诉'],
    contents: [
      '{village}村民反映，附近煤炭堆场没有苫盖，大风天扬尘严重，晒在院子里的衣服一会儿就黑了。',
      '网民称{place}工业园区夜间常有刺鼻气味，怀疑企业偷排，希望环保部门夜查。',
      '有网民拍摄运煤车辆在{town}公路上撒漏，呼吁加强运输车辆密闭管理。',
    ],
    socialTitles: ['{village}附近堆场扬尘严重', '{village}村民反映夜间有刺鼻气味'],
    socialContents: [
      '{village}村民反映，附近煤炭堆场没有苫盖，大风天扬尘严重，晒在院子里的衣服一会儿就黑了。',
      '{village}村民向网格员反映，最近几晚闻到刺鼻气味，怀疑附近企业夜间排放，希望环保部门来查。',
    ],
    sentiment: negative,
    risk: midRisk,
    veracity: [
      ['unverified', 4],
      ['true', 4],
      ['partlyFalse', 2],
    ],
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'grassland',
    category: '农村牧区',
    tags: ['农牧业/草原补奖'],
    titles: ['{village}牧民询问草原补奖发放时间', '{town}禁牧区划调整引牧民议论', '网民关注{place}牧区饲草储备'],
    contents: [
      '{village}部分牧户反映今年草原生态保护补助奖励资金还没到账，向嘎查干部询问，答复是正在核对面积。',
      '{town}调整禁牧休牧区域后，有牧民担心草场不够，冬季饲草需要外购，成本上升。',
      '有网民发帖介绍{place}提前储备饲草应对冬季降雪，评论多为支持和点赞。',
    ],
    socialTitles: ['{village}牧民询问草原补奖发放时间', '{town}牧民担心禁牧调整后草场不够'],
    socialContents: [
      '{village}部分牧户反映今年草原生态保护补助奖励资金还没到账，向嘎查干部询问，答复是正在核对面积。',
      '{town}调整禁牧休牧区域后，有牧民担心草场不够，冬季饲草需要外购，成本上升。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'festival',
    category: '文化旅游',
    tags: ['文旅/那达慕'],
    titles: ['{place}冬季那达慕活动获好评', '{town}冰雪风光短视频走红', '游客点赞{place}景区收费透明'],
    contents: [
      '{place}冬季那达慕开幕，赛马、搏克、射箭等项目吸引大批游客，网民纷纷晒出现场照片，称赞组织有序。',
      '一段介绍{town}冰雪风光的短视频在本地账号发布后播放量较高，评论区多为点赞和打卡留言。',
      '有游客发帖称{place}景区门票、停车收费透明，工作人员热情，表示明年还会再来。',
    ],
    socialTitles: ['{place}群众称赞冬季那达慕', '{place}群众称赞冬季那达慕'],
    socialContents: [
      '{place}冬季那达慕开幕，赛马、搏克、射箭等项目吸引大批游客，网民纷纷晒出现场照片，称赞组织有序。',
      '{place}冬季那达慕开幕，赛马、搏克、射箭等项目吸引大批游客，网民纷纷晒出现场照片，称赞组织有序。',
    ],
    sentiment: positive,
    risk: [[1, 1]],
    veracity: [['true', 1]],
    weight: 4,
    kinds: ['online'],
  },
  {
    key: 'housing',
    category: '城乡建设',
    tags: ['房地产/交房'],
    titles: ['{town}某小区业主反映延期交房', '网民质疑{place}楼盘宣传与实际不符', '{place}保交楼进展受业主关注'],
    contents: [
      '{town}某住宅小区原定年中交房，至今仍未完工，业主在群里商量集体到住建部门反映，情绪较为不满。',
      '有业主发帖称{place}某楼盘交房时发现车位、绿化与宣传不一致，要求开发商给说法。',
      '网民转发{place}保交楼工作进展通报，部分业主表示看到了复工进度，希望按期交付。',
    ],
    socialTitles: ['{town}某小区业主商议集体反映延期交房', '{town}业主议论交房标准与宣传不符'],
    socialContents: [
      '{town}某住宅小区原定年中交房，至今仍未完工，业主在售楼处商量集体到住建部门反映，情绪较为不满。',
      '据社区干部了解，{town}某楼盘业主收房时发现车位、绿化与宣传不一致，正在联络其他业主维权。',
    ],
    sentiment: negative,
    risk: highRisk,
    veracity: mostlyTrue,
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'traffic',
    category: '公共安全',
    tags: ['公共安全/交通事故'],
    titles: ['{town}国道发生两车相撞事故', '{place}雪后路面结冰多车剐蹭', '网传{place}路口车祸“死了好几个人”'],
    contents: [
      '网民发布视频称{town}附近国道两辆货车相撞，现场有交警处置，暂无人员死亡的说法，具体情况待核实。',
      '{place}降雪后部分路段结冰，早高峰发生多起剐蹭，网民提醒出行减速慢行。',
      '群内流传{place}某路口车祸照片，配文称“死了好几个人”，经初步了解仅为轻微事故。',
    ],
    socialTitles: ['{town}群众议论国道车祸', '{town}雪后路面结冰多车剐蹭'],
    socialContents: [
      '{town}群众议论附近国道两辆货车相撞，说法不一，有人说有人员伤亡，经向交警了解仅一人轻伤。',
      '{place}降雪后部分路段结冰，早高峰发生多起剐蹭，网格员提醒居民出行减速慢行。',
    ],
    sentiment: negative,
    risk: midRisk,
    veracity: [
      ['unverified', 3],
      ['true', 4],
      ['partlyFalse', 2],
      ['false', 1],
    ],
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'fraud',
    category: '公共安全',
    tags: ['公共安全/电信诈骗'],
    titles: ['网传“{place}社保卡升级”短信系诈骗', '{town}老人接到冒充客服诈骗电话', '警惕以草原补奖名义实施的诈骗'],
    contents: [
      '有群众收到“{place}社保卡需要升级，否则停用”的短信，内附链接要求填写银行卡信息，网格员提醒这是诈骗。',
      '{village}一位老人接到自称快递客服的电话，称包裹丢失要赔偿，险些转账，被家人及时拦下。',
      '群内转发一条以“草原补奖资金补发”为名的链接，要求缴纳手续费，疑似诈骗，需提醒牧民不要点击。',
    ],
    socialTitles: ['{town}老人接到冒充客服诈骗电话', '{village}牧民收到以补奖为名的诈骗短信'],
    socialContents: [
      '{village}一位老人接到自称快递客服的电话，称包裹丢失要赔偿，险些转账，被家人及时拦下。',
      '{village}多名牧民收到以“草原补奖资金补发”为名的短信，要求缴纳手续费，网格员已逐户提醒不要点击链接。',
    ],
    sentiment: neutral,
    risk: midRisk,
    veracity: [
      ['true', 5],
      ['unverified', 2],
    ],
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'policy',
    category: '政策解读',
    tags: ['政策/惠民政策'],
    titles: ['{place}发放冬季取暖补贴获点赞', '网民转发{place}稳就业新举措', '{town}为老年人上门办理业务'],
    contents: [
      '{place}为低保户、特困人员发放冬季取暖补贴，网民留言称“暖心”“及时”，整体评价正面。',
      '本地公众号发布{place}稳就业十条措施解读，阅读量较高，评论区有人咨询创业担保贷款申请条件。',
      '{town}便民服务中心为行动不便的老人上门办理认证业务，相关视频获不少点赞。',
    ],
    socialTitles: ['{place}群众称赞冬季取暖补贴', '{town}为老年人上门办理业务'],
    socialContents: [
      '{place}为低保户、特困人员发放冬季取暖补贴，领到补贴的群众称“暖心”“及时”。',
      '{town}便民服务中心为行动不便的老人上门办理认证业务，老人和家属连声道谢。',
    ],
    sentiment: positive,
    risk: [[1, 1]],
    veracity: [['true', 1]],
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'routine',
    category: '工作动态',
    tags: ['工作动态'],
    titles: ['{place}召开冬季安全生产工作会议', '{place}开展政策宣讲进社区活动', '{town}组织干部学习培训'],
    contents: [
      '{place}召开冬季安全生产工作部署会议，传达上级会议精神，安排下一阶段重点工作。',
      '{town}组织宣讲团走进{village}开展政策宣讲，发放宣传资料二百余份。',
      '{place}组织机关干部开展业务培训，提升服务群众能力。',
    ],
    socialTitles: ['{place}召开冬季安全生产工作会议', '{place}开展政策宣讲进社区活动'],
    socialContents: [
      '{place}召开冬季安全生产工作部署会议，传达上级会议精神，安排下一阶段重点工作。',
      '{town}组织宣讲团走进{village}开展政策宣讲，发放宣传资料二百余份。',
    ],
    sentiment: [['neutral', 1]],
    risk: [[1, 1]],
    veracity: [['true', 1]],
    weight: 2,
    kinds: ['social'],
  },
];

for (const topic of TOPICS) for (const path of topic.tags) tag(path);
tag('谣言/水源');
tag('重点关注');

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

function nickname(): string {
  return pick(NICK_HEADS) + pick(NICK_TAILS) + (chance(0.4) ? String(int(1, 99)) : '');
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

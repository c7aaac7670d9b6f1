// A synthetic corpus for the query benchmark and for tests at scale: item i is a pure function of (seed, i),
// so a store of a million items can be written in resumable batches and every run measures the same texts.
// Texts are sentences of real words drawn with a skewed frequency, as real feeds are: a few words are in
// most items, most words are rare.
import { FEEDS, ITEM_STATUSES, SENTIMENTS, VERACITIES, type Item, type RiskLevel } from '../domain/types';

export const CORPUS_PLATFORMS = [
  '微博',
  '微信群',
  '微信朋友圈',
  '微信公众号',
  '抖音',
  '快手',
  '今日头条',
  '百度贴吧',
  '新闻网站',
  '论坛',
  'QQ群',
  '线下',
];
export const CORPUS_REGIONS = ['东胜区', '康巴什区', '达拉特旗', '准格尔旗', '鄂托克前旗', '鄂托克旗', '杭锦旗', '乌审旗', '伊金霍洛旗'];
const TAG_PATHS = [
  '疫情防控/物资供应',
  '疫情防控/封控管理',
  '民生保障/物价',
  '民生保障/供暖',
  '社会治安',
  '交通出行',
  '教育/开学',
  '医疗卫生',
];

/** Words of 2–4 characters; the benchmark draws its search terms from here. */
export const CORPUS_VOCABULARY = [
  ...'口罩 供应 小区 封闭 管理 蔬菜 价格 上涨 复工 复产 学校 延期 开学 公交 线路 调整 供暖 费用 医院 就诊 物流 配送 物业 服务 网民 反映 居民 部门 核实 群众 担忧 评论 质疑 转发 阅读 谣言 不实 信息 公开 引导 社区 工作 人员 上门 了解 情况 疫情 防控 隔离 检测 核酸 疫苗 接种 发热 门诊 药店 超市 排队 抢购 停水 停电 燃气 道路 拥堵 事故 施工 噪音 污染 垃圾 拆迁 补偿 工资 拖欠 维权 上访 投诉 热线 回复 处理 进展 通报 发布 澄清 辟谣 调查 结果 领导 干部 作风 执法 城管 商户 摊贩 旅游 景区 门票 酒店 餐饮 外卖 快递 学生 家长 教师 考试 招生 补课 收费 住房 租金 房价 贷款 养老 医保 社保 低保 救助 扶贫 农民 牧民 草场 煤矿 安全 生产 环保 督察 暴雨 降雪 寒潮 大风 地震 火灾 救援 消防 交警 派出所 法院 检察院 政务 大厅 办事 窗口 审批 网络 直播 短视频 账号 截图 视频 图片 群聊 朋友圈 公众号 热搜 话题 关注'.split(
    ' ',
  ),
  ...'口罩供应 小区封闭 蔬菜价格 复工复产 延期开学 公交线路 供暖费用 医院就诊 物流配送 物业服务 核酸检测 疫苗接种 发热门诊 道路拥堵 交通事故 工资拖欠 政务大厅 网络直播 社区工作 不实信息 正面引导 信息公开 情况通报 调查结果 安全生产 环保督察'.split(
    ' ',
  ),
];

const FILLERS = ['有网民称', '近日', '据反映', '有人在群内说', '多位居民表示', '目前', '相关部门称', '截至发稿', '据了解', '另有消息称'];
const PUNCTUATION = ['，', '，', '，', '。', '；', '！', '？'];

/** The seeded generator of tests/builders, as a function of a 32-bit state. */
function mix(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = mix(state);
    return state / 4_294_967_296;
  };
}

/** Zipf-like: index 0 is the most frequent. */
function skewed(random: () => number, length: number): number {
  return Math.min(length - 1, Math.floor(length * random() ** 2.2));
}

export const CORPUS_START_MS = Date.parse('2025-01-01T00:00:00+08:00');
export const CORPUS_SPAN_DAYS = 400;

function iso(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

export function corpusId(index: number): string {
  return `c0a50000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** Item `index` of the corpus with this seed. `endMs` is the newest reportedAt (the bench passes "now"). */
export function corpusItem(seed: number, index: number, endMs: number = CORPUS_START_MS + CORPUS_SPAN_DAYS * 86_400_000): Item {
  const random = seededRandom(mix(seed ^ mix(index)));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const word = () => CORPUS_VOCABULARY[skewed(random, CORPUS_VOCABULARY.length)] as string;
  const region = pick(CORPUS_REGIONS);
  const words = 12 + Math.floor(random() * 50);
  let content = `${pick(FILLERS)}${region}`;
  for (let count = 0; count < words; count += 1) content += word() + (random() < 0.3 ? pick(PUNCTUATION) : '');
  content += '。';
  const reported = endMs - Math.floor(random() * CORPUS_SPAN_DAYS * 86_400_000);
  const platform = CORPUS_PLATFORMS[skewed(random, CORPUS_PLATFORMS.length)] as string;
  const assessed = random() < 0.6;
  const time = iso(reported);
  return {
    id: corpusId(index),
    kind: platform === '线下' ? 'social' : 'online',
    feeds: [pick(FEEDS)],
    platform,
    title: `${region}${word()}${word()}`,
    content,
    url: platform === '线下' ? null : `https://example.cn/p/${index.toString(36)}`,
    account: platform === '线下' ? null : `网友${Math.floor(random() * 90_000)}`,
    publishedAt: platform === '线下' ? null : iso(reported - Math.floor(random() * 6 * 3_600_000)),
    reportedAt: time,
    capturedAt: time,
    region,
    unitId: null,
    reporterId: null,
    metrics: {
      reposts: Math.floor(random() ** 3 * 5_000),
      comments: Math.floor(random() ** 3 * 2_000),
      likes: Math.floor(random() ** 3 * 20_000),
      views: random() < 0.4 ? null : Math.floor(random() ** 3 * 500_000),
    },
    tags: random() < 0.5 ? [pick(TAG_PATHS)] : [],
    eventId: null,
    assessment: {
      sentiment: assessed ? pick(SENTIMENTS) : null,
      risk: assessed ? (pick([1, 1, 1, 2, 2, 3, 4]) as RiskLevel) : null,
      veracity: assessed ? pick(VERACITIES) : null,
      category: null,
      assessedBy: null,
      assessedAt: null,
    },
    status: pick(ITEM_STATUSES),
    actions: [],
    notOpinion: false,
    fingerprint: null,
    simhash: null,
    provenance: [],
    externalId: `ext-${index}`,
    rootExternalId: null,
    parentExternalId: null,
    createdAt: time,
    updatedAt: time,
    rev: 1,
  };
}

/** `count` search terms drawn with a fixed seed from the vocabulary (the words themselves, 2–4 characters). */
export function corpusTerms(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const terms: string[] = [];
  while (terms.length < count) {
    const term = CORPUS_VOCABULARY[Math.floor(random() * CORPUS_VOCABULARY.length)] as string;
    if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

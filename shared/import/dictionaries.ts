import type { Feed, ItemKind, Sentiment } from '../domain/types';

// Value dictionaries: what agencies write → the one name the store keeps. They are data so that the
// settings screen can edit them; `normaliseKey` decides what counts as "the same spelling".

export type ValueDictionary<T extends string = string> = Readonly<Record<T, readonly string[]>>;

export const DEFAULT_PLATFORMS: ValueDictionary = {
  微博: ['新浪微博', '微博', 'weibo', 'sina weibo', '新浪', '微博客户端', '腾讯微博'],
  微信公众号: ['微信公众号', '公众号', '微信公号', '微信公众平台', 'wechat official account'],
  微信朋友圈: ['微信朋友圈', '朋友圈', 'moments'],
  微信群: ['微信群', '微信群聊'],
  微信: ['微信', 'wechat', 'weixin'],
  视频号: ['视频号', '微信视频号'],
  抖音: ['抖音', 'douyin', 'tiktok', '抖音短视频'],
  快手: ['快手', 'kuaishou', '快手短视频'],
  今日头条: ['今日头条', '头条', 'toutiao', '头条号'],
  百度贴吧: ['百度贴吧', '贴吧', 'tieba'],
  百度: ['百度', 'baidu', '百家号', '百度百家号'],
  小红书: ['小红书', 'xiaohongshu', 'red'],
  哔哩哔哩: ['哔哩哔哩', 'b站', 'bilibili'],
  知乎: ['知乎', 'zhihu'],
  QQ群: ['qq群', 'qq'],
  QQ空间: ['qq空间', 'qzone'],
  新闻网站: ['新闻网站', '新闻', '网站', '网媒', '新闻客户端', '新闻app', '门户网站'],
  论坛: ['论坛', 'bbs', '社区论坛'],
  线下: ['线下', '社会面', '现场'],
};

export const DEFAULT_SENTIMENTS: ValueDictionary<Sentiment> = {
  positive: ['正面', '积极', '正向', 'positive', '褒'],
  neutral: ['中性', '中立', 'neutral'],
  negative: ['负面', '消极', '负向', 'negative', '贬'],
};

export const DEFAULT_FEEDS: ValueDictionary<Feed> = {
  cac: ['cac', '网信办', '网信', '网信部门', '互联网信息办公室', '网信中心'],
  police: ['police', '公安', '公安网安', '网安', '公安局', '网警', '公安网警'],
  grid: ['grid', '网格员', '网格'],
  staff: ['staff', '宣传部干部', '干部', '宣传部', '部门干部'],
  acquaintance: ['acquaintance', '亲友', '熟人'],
  search: ['search', '搜索引擎', '搜索', '网络搜索'],
  other: ['other', '其他', '其它'],
};

export const DEFAULT_KINDS: ValueDictionary<ItemKind> = {
  social: ['social', '社会', '社会舆情', '社情', '线下舆情'],
  online: ['online', '网络', '网络舆情', '网上舆情', '网情'],
};

// Regions are open-ended, so unknown names pass unchanged; the dictionary only folds short forms into
// the names a report uses.
export const DEFAULT_REGIONS: ValueDictionary = {
  北京市: ['北京'],
  天津市: ['天津'],
  上海市: ['上海'],
  重庆市: ['重庆'],
  内蒙古自治区: ['内蒙古', '内蒙'],
  广西壮族自治区: ['广西'],
  西藏自治区: ['西藏'],
  宁夏回族自治区: ['宁夏'],
  新疆维吾尔自治区: ['新疆'],
  香港特别行政区: ['香港'],
  澳门特别行政区: ['澳门'],
};

export function normaliseKey(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s\p{P}]+/gu, '')
    .toLowerCase();
}

/** Lookup from any spelling (and the canonical name itself) to the canonical name. */
export class DictionaryLookup<T extends string = string> {
  private readonly index = new Map<string, T>();

  constructor(dictionary: ValueDictionary<T>) {
    for (const [canonical, spellings] of Object.entries(dictionary) as [T, readonly string[]][]) {
      this.index.set(normaliseKey(canonical), canonical);
      for (const spelling of spellings) this.index.set(normaliseKey(spelling), canonical);
    }
  }

  lookup(value: string): T | null {
    return this.index.get(normaliseKey(value)) ?? null;
  }
}

export interface ImportDictionaries {
  platforms: ValueDictionary;
  sentiments: ValueDictionary<Sentiment>;
  feeds: ValueDictionary<Feed>;
  kinds: ValueDictionary<ItemKind>;
  regions: ValueDictionary;
}

export const DEFAULT_DICTIONARIES: ImportDictionaries = {
  platforms: DEFAULT_PLATFORMS,
  sentiments: DEFAULT_SENTIMENTS,
  feeds: DEFAULT_FEEDS,
  kinds: DEFAULT_KINDS,
  regions: DEFAULT_REGIONS,
};

const defaultFeedLookup = new DictionaryLookup(DEFAULT_FEEDS);
const defaultKindLookup = new DictionaryLookup(DEFAULT_KINDS);

/** For the CLI and settings: "cac", "网信办" and "网信" all name the feed cac. */
export function feedFromText(value: string): Feed | null {
  return defaultFeedLookup.lookup(value);
}

export function kindFromText(value: string): ItemKind | null {
  return defaultKindLookup.lookup(value);
}

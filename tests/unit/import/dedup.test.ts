import { describe, expect, it } from 'vitest';
import {
  NEAR_DUPLICATE_MAX_DISTANCE,
  NearDuplicateIndex,
  TRACKING_PARAMETERS,
  hammingDistance,
  normaliseUrl,
  simhash64,
} from '../../../shared/import';
import { importFile, csvText, utf8 } from './builders';

describe('normaliseUrl', () => {
  it('drops scheme, www./m., trailing slash, fragment and every tracking parameter', () => {
    const variants = [
      'https://weibo.com/1234/AbCd',
      'http://www.weibo.com/1234/AbCd/',
      'https://m.weibo.com/1234/AbCd?from=timeline&wm=3333_2001#comments',
      'https://weibo.com/1234/AbCd?utm_source=wechat&utm_medium=x&share_token=1&scene=1&isappinstalled=0&timestamp=1&spm=a.b&vd_source=z',
      'weibo.com/1234/AbCd',
    ];
    expect(new Set(variants.map((url) => normaliseUrl(url)))).toEqual(new Set(['weibo.com/1234/AbCd']));
  });

  it('keeps parameters that identify the page, in a stable order', () => {
    expect(normaliseUrl('https://tieba.baidu.com/p?kz=2&id=1&from=x')).toBe('tieba.baidu.com/p?id=1&kz=2');
    expect(normaliseUrl('https://a.cn/p?id=1')).not.toBe(normaliseUrl('https://a.cn/p?id=2'));
  });

  it('names the tracking parameters in one list, extendable from settings', () => {
    expect(TRACKING_PARAMETERS).toEqual(['utm_*', 'from', 'wm', 'spm', 'share_*', 'scene', 'isappinstalled', 'timestamp', 'vd_source']);
    expect(normaliseUrl('https://a.cn/p?id=1&ref=feed', ['ref'])).toBe('a.cn/p?id=1');
  });
});

describe('duplicates within one file', () => {
  const header = ['标题', '内容', '链接', '平台', '帖子ID', '报送单位', '发布时间'];

  function run(rows: (string | null)[][]) {
    return importFile(utf8(csvText([header, ...rows])), 'a.csv');
  }

  it('catches the same normalised URL', () => {
    const result = run([
      ['甲', null, 'https://weibo.com/1/a?from=x', null, null, null, null],
      ['甲转', null, 'http://m.weibo.com/1/a/', null, null, null, null],
    ]);
    expect(result.duplicatesInFile).toBe(1);
    expect(result.items[1]?.duplicateOf).toBe(0);
    expect(result.items[1]?.fingerprint).toBe(result.items[0]?.fingerprint);
  });

  it('catches the same external ID on the same platform, a missing platform matching any', () => {
    const result = run([
      ['一', null, null, '微博', '4471234567890123456', null, null],
      ['二', null, null, null, '4471234567890123456', null, null],
      ['三', null, null, '抖音', '4471234567890123456', null, null],
      ['四', null, null, '抖音', '4471234567890123457', null, null],
    ]);
    expect(result.items.map((item) => item.duplicateOf)).toEqual([null, 0, 1, null]);
    expect(result.duplicatesInFile).toBe(2);
  });

  it('matches rows without URL and ID by normalised text, unit and day', () => {
    const result = run([
      [null, '某小区停水，居民反映强烈。', null, null, null, '甲旗宣传部', '2020-02-03 09:00'],
      [null, '某小区停水 居民反映强烈', null, null, null, '甲旗宣传部', '2020-02-03 18:00'],
      [null, '某小区停水，居民反映强烈。', null, null, null, '乙旗宣传部', '2020-02-03 09:00'],
      [null, '某小区停水，居民反映强烈。', null, null, null, '甲旗宣传部', '2020-02-04 09:00'],
    ]);
    expect(result.items.map((item) => item.duplicateOf)).toEqual([null, 0, null, null]);
    // accepted counts duplicates too: every accepted row is listed
    expect(result.accepted).toBe(4);
  });
});

// Real-world shapes of the same post retold: a source line appended, punctuation and numerals changed,
// a word inserted, a 转发 prefix. The unrelated texts share topic words with it.
const ORIGINAL =
  '【紧急通知】今天下午三点起，市区部分路段将实行临时交通管制，请广大市民合理安排出行路线，注意安全，遇到问题请拨打交警热线咨询。';
const NEAR = [
  `${ORIGINAL}（转自XX发布）`,
  '紧急通知：今天下午3点起，市区部分路段将实行临时交通管制，请广大市民合理安排出行路线，注意安全，遇到问题请拨打交警热线咨询！',
  '【紧急通知】今天下午三点起，市区部分路段将实行临时交通管制，请广大市民合理安排出行路线，注意安全，遇到问题请拨打交警热线进行咨询。',
  `转发：${ORIGINAL}`,
];
const UNRELATED = [
  '网传我市某小区发生火灾造成人员伤亡，经核实，系一处废弃仓库起火，现场无人员伤亡，火势已被扑灭，请勿传播不实信息。',
  '今天下午三点起，我市举办大型招聘会，现场提供岗位两千余个，欢迎广大求职者前往会展中心参加，注意安全，合理安排出行。',
  '市教育局发布通知，全市中小学将于下周一起恢复线下教学，请各位家长做好孩子的健康监测，按时返校。',
];

describe('near-duplicates', () => {
  const original = simhash64(ORIGINAL) as string;

  it.each(NEAR)('finds a light edit within the threshold: %s', (text) => {
    expect(hammingDistance(original, simhash64(text) as string)).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_DISTANCE);
  });

  it.each(UNRELATED)('keeps unrelated texts far outside it: %s', (text) => {
    expect(hammingDistance(original, simhash64(text) as string)).toBeGreaterThan(NEAR_DUPLICATE_MAX_DISTANCE * 4);
  });

  it('finds every pair within the threshold through the bands, and none outside', () => {
    const index = new NearDuplicateIndex<string>();
    index.add('original', original);
    UNRELATED.forEach((text, position) => index.add(`unrelated-${position}`, simhash64(text) as string));
    for (const text of NEAR) expect(index.find(simhash64(text) as string).map((hit) => hit.key)).toEqual(['original']);
  });

  it('skips texts too short to compare', () => {
    expect(simhash64('转发微博')).toBeNull();
  });

  it('does not count near-duplicates in a file as duplicates', () => {
    const result = importFile(utf8(csvText([['内容'], [ORIGINAL], [NEAR[1] as string], [UNRELATED[0] as string]])), 'a.csv');
    expect(result.duplicatesInFile).toBe(0);
    expect(result.items.map((item) => item.duplicateOf)).toEqual([null, null, null]);
  });
});

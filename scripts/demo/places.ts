// The fictional prefecture (青川盟): its banners and districts with their towns and villages, and the platforms
// posts are seen on. Every host is under the reserved `.example` domain so no link can point at a real post.

export const PREFECTURE = '青川盟';
export const BANNERS = [
  { name: '青川市', towns: ['河东街道', '新华街道', '站前街道', '城西街道'], villages: ['幸福社区', '兴安社区', '锦绣社区', '团结社区'] },
  { name: '北岭旗', towns: ['白音镇', '乌兰苏木', '北岭镇'], villages: ['哈达图嘎查', '巴彦嘎查', '新建村'] },
  { name: '南湖旗', towns: ['南湖镇', '双井镇', '湖滨街道'], villages: ['南湖村', '前进村', '湖畔社区'] },
  { name: '东原旗', towns: ['东原镇', '沙尔苏木', '红旗镇'], villages: ['宝力格嘎查', '东风村', '新村'] },
  { name: '西坡旗', towns: ['西坡镇', '金泉镇', '那仁苏木'], villages: ['金泉村', '敖包图嘎查', '向阳村'] },
  { name: '白石区', towns: ['白石街道', '矿区街道', '园区街道'], villages: ['矿工社区', '石桥社区', '和平社区'] },
  { name: '红柳旗', towns: ['红柳镇', '阿拉坦苏木', '草原镇'], villages: ['额尔敦嘎查', '红柳村', '牧民新村'] },
] as const;
export type Banner = (typeof BANNERS)[number];

export const ONLINE_PLATFORMS = [
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

export const URL_HOSTS: Record<string, string> = {
  微博: 'weibo.example',
  微信公众号: 'mp.weixin.example',
  抖音: 'douyin.example',
  快手: 'kuaishou.example',
  今日头条: 'toutiao.example',
  百度贴吧: 'tieba.example',
  新闻网站: 'news.qingchuan.example',
  论坛: 'bbs.qingchuan.example',
};

// Invented people and accounts. Reporters' names never repeat, so the unit assessment shows distinct people.
import { chance, int, pick } from './random';

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
/** a reporter's name, Han or Mongolian as in the prefecture, never one already given */
export function personName(): string {
  for (;;) {
    const name = chance(0.3) ? pick(MONGOLIAN_NAMES) : pick(SURNAMES) + pick(GIVEN);
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}

/** an online account's name; these may repeat, as they do on real platforms */
export function nickname(): string {
  return pick(NICK_HEADS) + pick(NICK_TAILS) + (chance(0.4) ? String(int(1, 99)) : '');
}

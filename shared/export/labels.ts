import type { ActionType, Feed, ItemKind, ItemStatus, RiskLevel, Sentiment, Veracity } from '../domain/types';

// The Chinese words a reader of the pack sees for the model's codes.

export const KIND_LABELS: Record<ItemKind, string> = { social: '社会舆情', online: '网络舆情' };

export const FEED_LABELS: Record<Feed, string> = {
  cac: '网信办',
  police: '公安网安',
  grid: '网格员',
  staff: '宣传部干部',
  acquaintance: '亲友',
  search: '搜索引擎',
  other: '其他',
};

export const SENTIMENT_LABELS: Record<Sentiment, string> = { positive: '正面', neutral: '中性', negative: '负面' };

// Office wording: the level's numeral counts down as severity rises (stored 4 is Ⅰ级).
export const RISK_LABELS: Record<RiskLevel, string> = { 1: 'Ⅳ级（一般）', 2: 'Ⅲ级（较大）', 3: 'Ⅱ级（重大）', 4: 'Ⅰ级（特别重大）' };

/** A risk level as every export writes it; '' when not yet assessed. */
export function riskLabel(risk: RiskLevel | null): string {
  return risk === null ? '' : RISK_LABELS[risk];
}

export const VERACITY_LABELS: Record<Veracity, string> = {
  unverified: '待核实',
  true: '属实',
  partlyFalse: '部分不实',
  false: '不实',
  rumour: '谣言',
};

export const STATUS_LABELS: Record<ItemStatus, string> = { new: '待研判', assessed: '已研判', handling: '处置中', closed: '已办结' };

export const ACTION_LABELS: Record<ActionType, string> = { assess: '研判', contain: '管控', refute: '辟谣', guide: '引导' };

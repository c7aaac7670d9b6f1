// Words for the unit assessment's refusals. Typed against NetworkErrorCode: a code without words fails to compile.
import type { NetworkErrorCode } from '../../../../shared/network/errors';

type NetworkErrorWords = Record<`error.${NetworkErrorCode}`, string>;

export const networkErrorsZh = {
  'error.network.periodReversed': '统计期间无效：开始日期 {from} 晚于结束日期 {to}',
} as const satisfies NetworkErrorWords;

export const networkErrorsEn = {
  'error.network.periodReversed': 'Invalid period: the start {from} is after the end {to}',
} as const satisfies NetworkErrorWords;

import { isOneOf, type Translate } from '../i18n';

/** The zones an office in China is likely to work in, offered in 设置 with their local names. */
export const TIME_ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'UTC'] as const;

/** 北京时间 for Asia/Shanghai; a zone without a local name is shown by its identifier. */
export function timeZoneName(t: Translate, zone: string): string {
  return isOneOf(TIME_ZONES, zone) ? t(`settings.tz.${zone}`) : zone;
}

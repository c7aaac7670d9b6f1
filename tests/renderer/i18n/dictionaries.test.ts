import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/app/catalog/en';
import { translate, useLocaleStore, t } from '../../../renderer/i18n';
import { zhCN } from '../../../renderer/app/catalog/zh-CN';

// A file's own name (manifest.json), a command of the desk CLI and a placeholder are typed as written, not translated.
const VERBATIM = /[\w-]+\.[a-z]{2,5}\b|“desk [a-z ]+”|\{\w+\}/g;
const latinWordsOutsideNames = (text: string) => text.replace(VERBATIM, '').match(/[A-Za-z]{2,}/g) ?? [];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('dictionaries', () => {
  it('en has every zh-CN key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('every translation uses the same placeholders as the base text', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('zh-CN texts are Chinese: no English words leak in besides product, format and file names', () => {
    // Key names are printed on the keycaps in Latin letters, as Alt is. File formats and encodings are named
    // as a file dialog or WPS shows them (xlsx, GB18030), which an analyst recognises better than a translation.
    const allowedLatin = new Set([
      ...['Alt', 'Ctrl', 'Shift', 'Tab', 'Esc', 'Enter', 'PIN', 'ID'],
      ...['Excel', 'WPS', 'CSV', 'JSON', 'PNG', 'SVG', 'PDF', 'xlsx', 'xls', 'csv', 'txt', 'json', 'odbak'],
      ...['UTF', 'GB', 'GBK', 'SHA'],
    ]);
    for (const [key, text] of Object.entries(zhCN)) {
      const words = latinWordsOutsideNames(text);
      expect(
        words.filter((word) => !allowedLatin.has(word)),
        key,
      ).toEqual([]);
    }
  });

  it('the Chinese-text check still catches an English word that is not a name', () => {
    expect(latinWordsOutsideNames('完整列表见 workbook.xlsx，用“desk pack verify”校验，共 {count} 条。')).toEqual([]);
    expect(latinWordsOutsideNames('完整列表见 workbook，用 desk pack verify 校验。')).toEqual(['workbook', 'desk', 'pack', 'verify']);
  });

  it('no text is empty in either language', () => {
    for (const [key, text] of [...Object.entries(zhCN), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });
});

describe('translate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'audit.verifyOk', { count: 12 })).toBe('校验通过（12 条）');
    expect(translate('en', 'audit.verifyOk', { count: 12 })).toBe('Verified (12 entries)');
    // @ts-expect-error a missing value no longer compiles; at run time its placeholder stays visible
    expect(translate('zh-CN', 'audit.verifyOk')).toBe('校验通过（{count} 条）');
  });

  it('t() follows the active locale, zh-CN by default', () => {
    expect(useLocaleStore.getState().locale).toBe('zh-CN');
    expect(t('nav.home')).toBe('首页');
    useLocaleStore.setState({ locale: 'en' });
    try {
      expect(t('nav.home')).toBe('Home');
    } finally {
      useLocaleStore.setState({ locale: 'zh-CN' });
    }
  });
});

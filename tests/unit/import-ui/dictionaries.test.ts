import { describe, expect, it } from 'vitest';
import { DictionaryLookup } from '../../../shared/import/dictionaries';
import {
  defaultDictionaries,
  dictionaryText,
  parseDictionaryText,
  storedDictionaries,
} from '../../../renderer/features/import/dictionaries';

describe('value dictionaries as the analyst edits them', () => {
  it('round-trips the built-in dictionaries through the text form', () => {
    const defaults = defaultDictionaries();
    for (const section of ['platforms', 'sentiments', 'regions'] as const) {
      const parsed = parseDictionaryText(section, dictionaryText(section, defaults[section]));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const before = new DictionaryLookup(defaults[section]);
      const after = new DictionaryLookup(parsed.dictionary);
      for (const [canonical, spellings] of Object.entries(defaults[section])) {
        for (const spelling of spellings) expect(after.lookup(spelling), spelling).toBe(before.lookup(spelling) ?? canonical);
      }
    }
  });

  it('reads a line the analyst adds, with Chinese or ASCII separators', () => {
    const parsed = parseDictionaryText('platforms', '微博：新浪微博、weibo\n视频号:微信视频号,视频号直播');
    expect(parsed).toEqual({ ok: true, dictionary: { 微博: ['新浪微博', 'weibo'], 视频号: ['微信视频号', '视频号直播'] } });
  });

  it('shows sentiments by their Chinese names and stores their codes', () => {
    expect(dictionaryText('sentiments', { negative: ['负面', '消极'] })).toBe('负面：消极');
    expect(parseDictionaryText('sentiments', '负面：消极、差评')).toEqual({ ok: true, dictionary: { negative: ['负面', '消极', '差评'] } });
    expect(parseDictionaryText('sentiments', '正面\n很好：赞')).toEqual({ ok: false, line: 2, problem: 'sentiment' });
  });

  it('refuses a line without a name and never a prototype key', () => {
    expect(parseDictionaryText('regions', '北京市：北京\n：无名')).toEqual({ ok: false, line: 2, problem: 'format' });
    expect(parseDictionaryText('regions', '__proto__：x')).toEqual({ ok: false, line: 1, problem: 'format' });
  });

  it('falls back to the built-in dictionaries where the stored value is missing or malformed', () => {
    const defaults = defaultDictionaries();
    expect(storedDictionaries(null)).toEqual(defaults);
    const stored = storedDictionaries({ platforms: { 微博: ['wb'] }, regions: 'not a dictionary' });
    expect(stored.platforms).toEqual({ 微博: ['wb'] });
    expect(stored.regions).toBe(defaults.regions);
    expect(stored.sentiments).toBe(defaults.sentiments);
  });
});

// The value dictionaries as the analyst edits them: one line per canonical name,
// "微博：新浪微博、weibo". Stored in settings as overrides of the built-in ones.
import { DEFAULT_DICTIONARIES, type ImportDictionaries, type ValueDictionary } from '../../../shared/import';
import type { Sentiment } from '../../../shared/domain/types';

export const SETTING_IMPORT_DICTIONARIES = 'import.dictionaries';

export type EditableDictionaries = Pick<ImportDictionaries, 'platforms' | 'sentiments' | 'regions'>;
export type DictionarySection = keyof EditableDictionaries;
export const DICTIONARY_SECTIONS: readonly DictionarySection[] = ['platforms', 'sentiments', 'regions'];

export const SENTIMENT_NAMES: Record<Sentiment, string> = { positive: '正面', neutral: '中性', negative: '负面' };

export function defaultDictionaries(): EditableDictionaries {
  return { platforms: DEFAULT_DICTIONARIES.platforms, sentiments: DEFAULT_DICTIONARIES.sentiments, regions: DEFAULT_DICTIONARIES.regions };
}

/** The stored dictionaries, or the built-in ones where nothing (or something unreadable) was stored. */
export function storedDictionaries(value: unknown): EditableDictionaries {
  const defaults = defaultDictionaries();
  if (typeof value !== 'object' || value === null) return defaults;
  const record = value as Record<string, unknown>;
  return {
    platforms: isDictionary(record.platforms) ? record.platforms : defaults.platforms,
    sentiments: isDictionary(record.sentiments) ? (record.sentiments as ValueDictionary<Sentiment>) : defaults.sentiments,
    regions: isDictionary(record.regions) ? record.regions : defaults.regions,
  };
}

function isDictionary(value: unknown): value is ValueDictionary {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((spellings) => Array.isArray(spellings) && spellings.every((spelling) => typeof spelling === 'string'))
  );
}

export function dictionaryText(section: DictionarySection, dictionary: ValueDictionary): string {
  return Object.entries(dictionary)
    .map(([canonical, spellings]) => {
      const name = section === 'sentiments' ? (SENTIMENT_NAMES[canonical as Sentiment] ?? canonical) : canonical;
      const others = spellings.filter((spelling) => spelling !== name);
      return others.length > 0 ? `${name}：${others.join('、')}` : name;
    })
    .join('\n');
}

export type DictionaryParse = { ok: true; dictionary: ValueDictionary } | { ok: false; line: number; problem: 'format' | 'sentiment' };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function parseDictionaryText(section: DictionarySection, text: string): DictionaryParse {
  const dictionary: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    const separator = line.search(/[:：]/);
    const name = (separator < 0 ? line : line.slice(0, separator)).trim();
    const spellings =
      separator < 0
        ? []
        : line
            .slice(separator + 1)
            .split(/[、,，;；]/)
            .map((spelling) => spelling.trim())
            .filter(Boolean);
    if (name === '' || FORBIDDEN.has(name)) return { ok: false, line: index + 1, problem: 'format' };
    let canonical = name;
    if (section === 'sentiments') {
      const code = (Object.keys(SENTIMENT_NAMES) as Sentiment[]).find((key) => SENTIMENT_NAMES[key] === name || key === name);
      if (!code) return { ok: false, line: index + 1, problem: 'sentiment' };
      canonical = code;
      spellings.unshift(SENTIMENT_NAMES[code]);
    }
    dictionary[canonical] = [...new Set([...(dictionary[canonical] ?? []), ...spellings])];
  }
  return { ok: true, dictionary: { ...dictionary } };
}

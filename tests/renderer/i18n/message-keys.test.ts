import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES, type ItemKind, type ItemStatus } from '../../../shared/domain/types';
import { isOneOf, t, translate, type MessageKey } from '../../../renderer/i18n';
import { statusKey } from '../../../renderer/ui/domain-labels';
import '../../../renderer/app/catalog';

// The @ts-expect-error lines are the test: tsc -p tsconfig.tests.json fails if a wrong key ever compiles.
function _keysThatMustNotCompile(kind: ItemKind, anyText: string): MessageKey[] {
  return [
    // @ts-expect-error a key no dictionary has
    'items.noSuchMessage',
    // @ts-expect-error a template whose values are not all keys
    `items.status.${kind}`,
    // @ts-expect-error a template over any text
    `kind.${anyText}`,
  ];
}

// The placeholders of each key's zh-CN text decide its values: none missing, none unknown, none for a plain text.
function _valuesThatMustNotCompile(): string[] {
  return [
    // @ts-expect-error the text has {count}, and no values are given
    t('firstRun.demoWriting'),
    // @ts-expect-error the text has {count}, and it is missing
    t('firstRun.demoWriting', {}),
    // @ts-expect-error a value the text has no placeholder for
    t('firstRun.demoWriting', { count: 3, total: 4 }),
    // @ts-expect-error a text without placeholders takes no values
    t('common.retry', { count: 3 }),
    // @ts-expect-error a placeholder name misspelt
    translate('en', 'firstRun.greeting', { nmae: '王' }),
  ];
}

describe('message keys', () => {
  it('fills a key with exactly the placeholders its text names', () => {
    expect(translate('en', 'firstRun.demoWriting', { count: 3 })).toBe('Writing 3 items');
    expect(translate('zh-CN', 'common.retry')).toBe('重试');
  });

  it('builds a checked key from a domain code and finds its text in both locales', () => {
    const status: ItemStatus = 'handling';
    const key = statusKey(status);
    expect(translate('zh-CN', key)).not.toBe(key);
    expect(translate('en', key)).not.toBe(key);
  });

  it('narrows a run-time value to a domain code before it becomes a key', () => {
    const fromFile: string = 'closed';
    expect(isOneOf(ITEM_STATUSES, fromFile)).toBe(true);
    expect(isOneOf(ITEM_STATUSES, 'archived')).toBe(false);
  });
});

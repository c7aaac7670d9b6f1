import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES, type ItemKind, type ItemStatus } from '../../../shared/domain/types';
import { isOneOf, translate, type MessageKey } from '../../../renderer/i18n';
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

describe('message keys', () => {
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

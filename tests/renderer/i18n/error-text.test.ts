import { afterEach, describe, expect, it } from 'vitest';
import { RecordNotFoundError, SpreadLinkError } from '../../../renderer/db';
import { errorReason, errorText, useLocaleStore } from '../../../renderer/i18n';
import { CodedError } from '../../../shared/errors';
import '../../../renderer/app/catalog';

afterEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));

describe('errorText', () => {
  it('puts an error without words of its own into the catch-all, in the active locale', () => {
    expect(errorText(new Error('disk full'))).toBe('操作没有完成：disk full');
    useLocaleStore.setState({ locale: 'en' });
    expect(errorText(new CodedError('no.suchCode'))).toBe('The operation did not finish: no.suchCode');
  });

  it("gives the local store's refusals in Chinese and in English, with their values filled in", () => {
    const missing = new RecordNotFoundError('items', 'abc');
    expect(errorText(missing)).toBe('要修改的记录不存在（items: abc），可能已被删除。');
    expect(errorText(new SpreadLinkError('db.spread.selfLink'))).toBe('条目不能关联到自身');
    useLocaleStore.setState({ locale: 'en' });
    expect(errorText(missing)).toBe('The record to change does not exist (items: abc); it may have been deleted.');
    expect(errorText(new SpreadLinkError('db.spread.selfLink'))).toBe('An item cannot be linked to itself');
  });

  it('fills a sentence that already says what failed with the words alone, or the bare line of an uncoded error', () => {
    expect(errorReason(new SpreadLinkError('db.spread.duplicateLink'))).toBe('这两条条目之间已有关联');
    expect(errorReason(new Error('disk full'))).toBe('disk full');
  });
});

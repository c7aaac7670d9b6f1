import { afterEach, describe, expect, it } from 'vitest';
import { errorText, useLocaleStore } from '../../../renderer/i18n';
import { CodedError } from '../../../shared/errors';
import '../../../renderer/app/catalog';

afterEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));

describe('errorText', () => {
  it('puts an error without words of its own into the catch-all, in the active locale', () => {
    expect(errorText(new Error('disk full'))).toBe('操作没有完成：disk full');
    useLocaleStore.setState({ locale: 'en' });
    expect(errorText(new CodedError('no.suchCode'))).toBe('The operation did not finish: no.suchCode');
  });
});

import { describe, expect, it } from 'vitest';
import { buildItem } from '../../builders';
import { MaskingSecretError } from '../../../shared/export/errors';
import { createAccountMasker, maskAccountFields } from '../../../shared/export/masking';

describe('account masker', () => {
  it('gives a stable 账号-xxxxxxxx pseudonym for the same account and secret', () => {
    const first = createAccountMasker('workspace-secret');
    const second = createAccountMasker('workspace-secret');
    expect(first('热心市民老王')).toMatch(/^账号-[0-9a-f]{8}$/);
    expect(second('热心市民老王')).toBe(first('热心市民老王'));
    expect(first(' 热心市民老王 ')).toBe(first('热心市民老王'));
  });

  it('gives different pseudonyms for different accounts and for different secrets', () => {
    const mask = createAccountMasker('workspace-secret');
    expect(mask('user_1001')).not.toBe(mask('user_1002'));
    expect(createAccountMasker('another-workstation')('user_1001')).not.toBe(mask('user_1001'));
  });

  it('refuses an empty secret, which would make pseudonyms guessable', () => {
    expect(() => createAccountMasker('')).toThrow(MaskingSecretError);
  });

  it('replaces the account in the title, content and link too', () => {
    const mask = createAccountMasker('secret');
    const item = buildItem({
      account: '1234567890',
      title: '1234567890 发布视频',
      content: '账号1234567890称……',
      url: 'https://weibo.example.cn/u/1234567890',
    });
    const masked = maskAccountFields(item, mask);
    const pseudonym = mask('1234567890');
    expect(masked).toMatchObject({
      account: pseudonym,
      title: `${pseudonym} 发布视频`,
      content: `账号${pseudonym}称……`,
      url: `https://weibo.example.cn/u/${pseudonym}`,
    });
    expect(item.account).toBe('1234567890');
  });

  it('leaves an item without an account as it is', () => {
    const item = buildItem({ account: null });
    expect(maskAccountFields(item, createAccountMasker('secret'))).toBe(item);
  });
});

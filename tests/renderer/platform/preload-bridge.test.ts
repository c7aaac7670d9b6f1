import { afterEach, describe, expect, it } from 'vitest';
import '../../../renderer/app/catalog';
import { errorText, useLocaleStore } from '../../../renderer/i18n';
import { decodedFailure } from '../../../renderer/platform/preload-bridge';
import { CodedError } from '../../../shared/errors';
import { encodeIpcError } from '../../../shared/ipc-errors';

afterEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));

function fromMain(message: string): Error {
  return new Error(`Error invoking remote method 'desk:inbox-read': ${message}`);
}

describe("the Electron bridge reading main's failures", () => {
  it('turns an encoded failure back into a CodedError the page puts into words', () => {
    const decoded = decodedFailure(fromMain(encodeIpcError({ code: 'host.failed', params: { channel: 'desk:x', detail: 'gone' } })));
    expect(decoded).toBeInstanceOf(CodedError);
    expect(decoded).toMatchObject({ code: 'host.failed', params: { channel: 'desk:x', detail: 'gone' } });
    expect(errorText(decoded)).toBe('操作失败（desk:x）：gone');
    useLocaleStore.setState({ locale: 'en' });
    expect(errorText(decoded)).toBe('The operation failed (desk:x): gone');
  });

  it('leaves an uncoded or malformed failure as it came, and keeps only well-formed values', () => {
    const plain = fromMain('plain');
    expect(decodedFailure(plain)).toBe(plain);
    for (const message of ['[opinion-desk-error]{not json', '[opinion-desk-error]{"code":""}', '[opinion-desk-error]{"code":"<script>"}']) {
      const error = fromMain(message);
      expect(decodedFailure(error), message).toBe(error);
    }
    const odd = decodedFailure(fromMain('[opinion-desk-error]{"code":"host.failed","params":{"channel":"c","detail":{"x":1}}}'));
    expect(odd).toMatchObject({ code: 'host.failed', params: {} });
  });

  it("puts main's own refusals into the reader's words with their values", () => {
    const tooLarge = decodedFailure(
      fromMain(encodeIpcError({ code: 'host.file.tooLarge', params: { name: 'big.xlsx', sizeMb: 600, limitMb: 512 } })),
    );
    expect(errorText(tooLarge)).toBe('文件过大：big.xlsx（600 兆字节，上限 512 兆字节）');
    useLocaleStore.setState({ locale: 'en' });
    expect(errorText(tooLarge)).toBe('File too large: big.xlsx (600 MB, limit 512 MB)');
    // a backup folder's problem arrives as plain data inside the status, and reads the same
    expect(errorText({ code: 'host.backup.folderUnreadable', params: { folder: 'D:\\备份', detail: 'EACCES' } })).toBe(
      'The backup folder cannot be read: D:\\备份 (EACCES)',
    );
    expect(errorText(new CodedError('host.backup.keepOutOfRange', { min: 1, max: 365 }))).toBe(
      'The number of backups kept must be a whole number from 1 to 365',
    );
  });
});

// The CLI's words for coded failures: the renderer's zh-CN texts (pure data), since the people at the
// command line read Chinese too.
import { backupErrorsZh } from '../../renderer/app/catalog/errors/backup';
import { exportErrorsZh } from '../../renderer/app/catalog/errors/export';
import { importErrorsZh } from '../../renderer/app/catalog/errors/import';
import { reportErrorsZh } from '../../renderer/app/catalog/errors/report';
import { spreadErrorsZh } from '../../renderer/app/catalog/errors/spread';
import { describeFailure } from '../../renderer/i18n/errors';

const WORDS: Readonly<Record<string, string>> = {
  ...reportErrorsZh,
  ...backupErrorsZh,
  ...exportErrorsZh,
  ...importErrorsZh,
  ...spreadErrorsZh,
};

/** A failure in Chinese: a coded one in its own words, anything else as its message. */
export function errorWords(error: unknown): string {
  return describeFailure(
    error,
    (key) => (Object.hasOwn(WORDS, key) ? WORDS[key] : undefined),
    (detail) => detail,
  );
}

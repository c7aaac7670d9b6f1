// Words a coded failure gets from one area's dictionary, as the renderer and the CLI fill them; an uncoded
// failure comes back marked, so a test expecting words fails visibly.
import { describeFailure } from '../../renderer/i18n/errors';

export function wordsFor(dictionary: Readonly<Record<string, string>>, error: unknown): string {
  return describeFailure(
    error,
    (key) => (Object.hasOwn(dictionary, key) ? dictionary[key] : undefined),
    (detail) => `<no words: ${detail}>`,
  );
}

/** What `run` throws, for asserting on its code and words. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure, and nothing was thrown');
}

/** Why a spread input was refused; the CLI maps every kind to exit code 2. */
export type SpreadInputErrorKind = 'unreadable' | 'refused' | 'year-needed';

/** An input the spread pipeline cannot trace. The message is Chinese and meant for the analyst. */
export class SpreadInputError extends Error {
  readonly kind: SpreadInputErrorKind;

  constructor(kind: SpreadInputErrorKind, message: string) {
    super(message);
    this.name = 'SpreadInputError';
    this.kind = kind;
  }
}

// How the desk commands refuse a wrong command line: the reason and the usage on stderr, exit status 64 (EX_USAGE).

/** Thrown by a command's argument parser; its message says what is wrong with the command line. */
export class UsageError extends Error {}

export const USAGE_EXIT = 64;

/** The parsed arguments, or undefined once the reason and `usage` are written to stderr. */
export function argsOrUsage<T>(args: string[], parse: (args: string[]) => T, usage: string): T | undefined {
  try {
    return parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${usage}\n`);
    return undefined;
  }
}

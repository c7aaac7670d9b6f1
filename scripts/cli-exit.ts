// How every command-line entry ends: its code becomes the process's exit code, and an error nobody caught
// is one line on stderr with the internal-error code 70 (sysexits EX_SOFTWARE), never a stack trace.
export function exitWith(outcome: Promise<number>): void {
  outcome.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`内部错误: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

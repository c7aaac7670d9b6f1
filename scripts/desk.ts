// `npm run desk -- <command> …`: the headless CLI. Each command lives in scripts/desk/<name>.ts and
// exports `run(args): Promise<number>` returning the exit code. Exit codes: 0 done, 1 a check found
// problems, 2 the input could not be read or was refused, 64 wrong arguments (sysexits EX_USAGE).
import { exitWith } from './cli-exit';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  trace: async () => (await import('./desk/trace')).run,
  check: async () => (await import('./desk/check')).run,
  pack: async () => (await import('./desk/pack')).run,
};

const USAGE = `用法: npm run --silent desk -- <命令> [参数]\n命令: ${Object.keys(commands).join(', ') || '（暂无）'}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`${name ? `未知命令: ${name}\n` : ''}${USAGE}\n`);
    return 64;
  }
  const run = await load();
  return run(rest);
}

// `desk check big.xlsx --json | head`: the reader leaving early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

exitWith(main(process.argv.slice(2)));

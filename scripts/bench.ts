// `npm run --silent bench -- <name> …`: benchmarks. Each lives in scripts/bench/<name>.ts and exports
// `run(args): Promise<number>`; with --json it prints exactly one JSON object on stdout.
import { exitWith } from './cli-exit';

type Bench = (args: string[]) => Promise<number>;

const benches: Record<string, () => Promise<Bench>> = {
  export: async () => (await import('./bench/export')).run,
  import: async () => (await import('./bench/import')).run,
  spread: async () => (await import('./bench/spread')).run,
  query: async () => (await import('./bench/query')).run,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? benches[name] : undefined;
  if (!load) {
    process.stderr.write(`用法: npm run --silent bench -- <${Object.keys(benches).join('|') || '（暂无）'}> [--json]\n`);
    return 64;
  }
  return (await load())(rest);
}

exitWith(main(process.argv.slice(2)));

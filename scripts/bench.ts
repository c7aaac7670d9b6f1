// `npm run --silent bench -- <name> …`: benchmarks. Each lives in scripts/bench/<name>.ts and exports
// `run(args): Promise<number>`; with --json it prints exactly one JSON object on stdout.

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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`内部错误: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);

// A module, not a script: each dispatcher keeps its own top-level names.
export {};

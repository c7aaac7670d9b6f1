// `npm run lint:security`: electronegativity over the Electron sources, judged by this script rather
// than by the tool's exit code (it exits 0 whatever it finds). Every finding must be listed, with a
// reason, in security/electronegativity-allowlist.json; anything else fails the run.
//
// The tool runs in this process through its own runner, which returns the findings. Its CLI's CSV output
// cannot be trusted: it writes the header (truncating the file) and appends the rows with two writes it
// does not wait for, so under load the rows can land first and be cut into by the header (seen in CI:
// one garbled finding instead of five).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';

const SCANNED = 'electron';
const ALLOWLIST = 'security/electronegativity-allowlist.json';
const TIME_LIMIT_MS = 180_000;

const allowlistSchema = v.object({
  allowed: v.array(
    v.object({
      check: v.pipe(v.string(), v.regex(/^[A-Z_]+$/)),
      file: v.pipe(v.string(), v.minLength(1)),
      sample: v.pipe(v.string(), v.minLength(1)),
      reason: v.pipe(v.string(), v.trim(), v.minLength(20, '每条允许项都必须写明理由')),
    }),
  ),
});
export type AllowEntry = v.InferOutput<typeof allowlistSchema>['allowed'][number];

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

/** A finding as the runner returns it (dist/runner.js, electronegativity 1.10). */
export interface RunnerIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  /** absent for global checks (CSP) */
  sample?: string;
  description: string;
}

export function toFinding(issue: RunnerIssue): Finding {
  return {
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    location: `${issue.location.line}:${issue.location.column}`,
    // what the tool's own reports print for a missing sample, and what the allow-list names
    sample: issue.sample ?? 'N/A',
    description: issue.description,
  };
}

function isAllowed(entry: AllowEntry, finding: Finding): boolean {
  return entry.check === finding.check && entry.file === finding.file && finding.sample.includes(entry.sample);
}

/** Findings no entry explains, and entries that explain no finding any more. */
export function judgeFindings(
  findings: readonly Finding[],
  allowed: readonly AllowEntry[],
): { unexplained: Finding[]; unused: AllowEntry[] } {
  return {
    unexplained: findings.filter((finding) => !allowed.some((entry) => isAllowed(entry, finding))),
    unused: allowed.filter((entry) => !findings.some((finding) => isAllowed(entry, finding))),
  };
}

export function parseAllowlist(json: unknown): AllowEntry[] {
  return v.parse(allowlistSchema, json).allowed;
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RunnerIssue[]; errors: unknown[] }>;

async function runElectronegativity(): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const run = require('@doyensec/electronegativity') as Runner;
  const scan = run(
    {
      input: resolve(SCANNED),
      isSarif: false,
      customScan: [],
      // The release-notes check needs the network, which the build machine (like the analyst's PC) does not
      // have, and would only cost a timeout; the version is known, so the tool need not guess it.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  let timer: NodeJS.Timeout | undefined;
  const timeLimit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`electronegativity 超过 ${TIME_LIMIT_MS / 1000} 秒未完成 / timed out`)), TIME_LIMIT_MS);
  });
  try {
    return (await Promise.race([scan, timeLimit])).issues.map(toFinding);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  let findings: Finding[];
  try {
    findings = await runElectronegativity();
  } catch (error) {
    console.error('✗ electronegativity 没有产生结果 / electronegativity produced no output');
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const { unexplained, unused } = judgeFindings(findings, parseAllowlist(JSON.parse(readFileSync(ALLOWLIST, 'utf8'))));

  console.log(
    `electronegativity：${findings.length} 项发现，${findings.length - unexplained.length} 项已在允许清单中说明理由，${unexplained.length} 项未处理` +
      ` / ${findings.length} findings, ${findings.length - unexplained.length} allowed with a reason, ${unexplained.length} unexplained`,
  );
  for (const entry of unused) {
    console.log(`  提示：允许项已无对应发现，可删除 / allow-list entry no longer needed: ${entry.check} ${entry.file} “${entry.sample}”`);
  }
  for (const finding of unexplained) {
    console.error(
      `  ✗ ${finding.check} [${finding.severity}/${finding.confidence}] ${SCANNED}/${finding.file}:${finding.location} — ${finding.description}\n      ${finding.sample}`,
    );
  }
  if (unexplained.length > 0) {
    console.error(`修复这些问题，或在 ${ALLOWLIST} 中写明理由 / fix these, or list them with a reason in ${ALLOWLIST}`);
    return 1;
  }
  return 0;
}

// Run only as a script, so the parsing and judging above can be unit tested.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main().then((code) => {
    process.exitCode = code;
  });
}

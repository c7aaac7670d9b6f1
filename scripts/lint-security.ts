// `npm run lint:security`: electronegativity over the Electron sources, judged by this script rather
// than by the tool's exit code (it exits 0 whatever it finds). Every finding must be listed, with a
// reason, in security/electronegativity-allowlist.json; anything else fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** RFC 4180 fields: quoted or bare, "" inside quotes is a quote, newlines allowed inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

export function toFindings(rows: string[][]): Finding[] {
  const [header, ...body] = rows;
  const expected = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description'];
  const names = (header ?? []).map((cell) => cell.trim());
  if (expected.some((name, index) => names[index] !== name)) {
    throw new Error(`electronegativity 输出格式无法识别 / unexpected CSV header: ${names.join(',')}`);
  }
  return body.map(([check = '', severity = '', confidence = '', file = '', location = '', sample = '', description = '']) => ({
    check,
    severity,
    confidence,
    file,
    location,
    sample,
    description,
  }));
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

function runElectronegativity(output: string): { ok: boolean; log: string } {
  const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
  const result = spawnSync(
    join('node_modules', '.bin', 'electronegativity'),
    [
      ...['-i', SCANNED, '-o', output, '-r', '-v', 'false'],
      // The version is known, so the tool need not guess it; the release-notes check needs the network,
      // which the build machine (like the analyst's PC) does not have, and would only cost a timeout.
      ...['-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck'],
    ],
    { encoding: 'utf8', timeout: TIME_LIMIT_MS },
  );
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0 && !result.error, log };
}

function main(): number {
  const folder = mkdtempSync(join(tmpdir(), 'opinion-desk-electronegativity-'));
  try {
    const output = join(folder, 'findings.csv');
    const run = runElectronegativity(output);
    if (!run.ok || !existsSync(output)) {
      console.error('✗ electronegativity 没有产生结果 / electronegativity produced no output');
      console.error(run.log.trim());
      return 1;
    }
    const findings = toFindings(parseCsv(readFileSync(output, 'utf8')));
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
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Run only as a script, so the parsing and judging above can be unit tested.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();

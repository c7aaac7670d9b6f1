import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeFindings, parseAllowlist, parseCsv, toFindings, type Finding } from '../../../scripts/lint-security';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

function finding(overrides: Partial<Finding>): Finding {
  return {
    check: 'SANDBOX_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    file: 'main/index.ts',
    location: '27:17',
    sample: 'const window = new BrowserWindow({',
    description: 'Use sandbox for untrusted origins',
    ...overrides,
  };
}

describe('electronegativity output', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const csv = `${HEADER}\nOPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/a.ts","1:2","f(a, ""b"")\nnext","Review, please",https://x\n`;
    expect(toFindings(parseCsv(csv))).toEqual([
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'TENTATIVE',
        file: 'main/a.ts',
        location: '1:2',
        sample: 'f(a, "b")\nnext',
        description: 'Review, please',
      },
    ]);
  });

  it('refuses output it does not recognise rather than passing it', () => {
    expect(() => toFindings(parseCsv('something,else\n1,2\n'))).toThrow(/header/);
  });
});

describe('allow-list', () => {
  const allowed = [
    { check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', sample: 'new BrowserWindow', reason: 'options come from a tested function' },
  ];

  it('explains a finding only for the same check, file and source', () => {
    const { unexplained } = judgeFindings(
      [
        finding({}),
        finding({ file: 'main/other.ts' }),
        finding({ check: 'CONTEXT_ISOLATION_JS_CHECK' }),
        finding({ sample: 'new BrowserView({' }),
      ],
      allowed,
    );
    expect(unexplained.map((item) => `${item.check} ${item.file} ${item.sample}`)).toEqual([
      'SANDBOX_JS_CHECK main/other.ts const window = new BrowserWindow({',
      'CONTEXT_ISOLATION_JS_CHECK main/index.ts const window = new BrowserWindow({',
      'SANDBOX_JS_CHECK main/index.ts new BrowserView({',
    ]);
  });

  it('reports entries that no longer match anything', () => {
    expect(judgeFindings([], allowed).unused).toEqual(allowed);
  });

  it('requires a reason for every entry', () => {
    expect(() => parseAllowlist({ allowed: [{ check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', sample: 'x', reason: ' ' }] })).toThrow();
  });

  it('the checked-in list is valid', () => {
    expect(parseAllowlist(JSON.parse(readFileSync('security/electronegativity-allowlist.json', 'utf8'))).length).toBeGreaterThan(0);
  });
});

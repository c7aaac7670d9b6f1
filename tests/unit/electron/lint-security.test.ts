import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeFindings, parseAllowlist, toFinding, type Finding, type RunnerIssue } from '../../../scripts/lint-security';

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

function runnerIssue(overrides: Partial<RunnerIssue>): RunnerIssue {
  return {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    severity: { name: 'MEDIUM' },
    confidence: { name: 'TENTATIVE' },
    file: 'main/a.ts',
    location: { line: 1, column: 2 },
    sample: 'f(a, "b")',
    description: 'Review, please',
    ...overrides,
  };
}

describe('electronegativity findings', () => {
  it('are read from what the runner returns', () => {
    expect(toFinding(runnerIssue({}))).toEqual({
      check: 'OPEN_EXTERNAL_JS_CHECK',
      severity: 'MEDIUM',
      confidence: 'TENTATIVE',
      file: 'main/a.ts',
      location: '1:2',
      sample: 'f(a, "b")',
      description: 'Review, please',
    });
  });

  it('name a global check without a sample N/A, as the allow-list does', () => {
    const finding = toFinding(runnerIssue({ id: 'CSP_GLOBAL_CHECK', file: 'main/security.ts', sample: undefined }));
    expect(finding.sample).toBe('N/A');
    const allowed = [{ check: 'CSP_GLOBAL_CHECK', file: 'main/security.ts', sample: 'N/A', reason: 'the CSP is a function of the build' }];
    expect(judgeFindings([finding], allowed)).toEqual({ unexplained: [], unused: [] });
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

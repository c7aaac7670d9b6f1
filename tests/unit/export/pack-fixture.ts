import { canonicalJson } from '../../../shared/crypto/canonical-json';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { buildPack, type BuildPackInput, type PackFile, type PackReport } from '../../../shared/export/pack';

const encode = (text: string) => new TextEncoder().encode(text);

export function buildReport(overrides: Partial<PackReport> = {}): PackReport {
  const content = { series: '社会舆情日报告', year: 2026, number: 12, items: ['i-1', 'i-2'], suggestions: ['及时回应'], score: 1.5 };
  const json = canonicalJson(content);
  return {
    series: '社会舆情日报告',
    number: 12,
    year: 2026,
    date: '2026-03-02',
    signer: '王部长',
    signedAt: '2026-03-02T17:40:00+08:00',
    canonicalJson: json,
    contentHash: sha256Hex(json),
    ...overrides,
  };
}

export function buildPackInput(overrides: Partial<BuildPackInput> = {}): BuildPackInput {
  return {
    files: [
      { path: 'workbook.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) },
      { path: 'report.html', bytes: encode('<!doctype html><title>第12期</title>') },
      { path: 'charts/trend.svg', bytes: encode('<svg xmlns="http://www.w3.org/2000/svg"/>') },
      { path: 'charts/trend@2x.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    ],
    report: buildReport(),
    auditHead: { seq: 4182, hash: 'a'.repeat(64) },
    createdAt: '2026-03-02T18:05:00+08:00',
    appVersion: '0.1.0',
    ...overrides,
  };
}

export function buildSignedPack(): PackFile[] {
  return buildPack(buildPackInput());
}

export function replaceFile(files: PackFile[], path: string, bytes: Uint8Array): PackFile[] {
  return files.map((file) => (file.path === path ? { path, bytes } : file));
}

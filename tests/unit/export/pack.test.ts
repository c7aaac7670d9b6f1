import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { buildPack, isSafePackPath, PackError, verifyPack, zipPack, type PackFile, type PackManifest } from '../../../shared/export/pack';
import { buildPackInput, buildReport, buildSignedPack, replaceFile } from './pack-fixture';
import { thrownBy, wordsFor } from '../../builders/error-words';
import { exportErrorsZh } from '../../../renderer/app/catalog/errors/export';

const encode = (text: string) => new TextEncoder().encode(text);
const manifestOf = (files: PackFile[]) =>
  JSON.parse(new TextDecoder().decode(files.find((file) => file.path === 'manifest.json')?.bytes)) as PackManifest;
const fromZip = (bytes: Uint8Array): PackFile[] => Object.entries(unzipSync(bytes)).map(([path, data]) => ({ path, bytes: data }));

describe('buildPack', () => {
  it('writes report.json and a manifest listing every other file with its hash, sorted', () => {
    const files = buildSignedPack();
    const manifest = manifestOf(files);
    // The manifest names the signed report by its heading; the content itself is only in report.json.
    const { canonicalJson: _content, contentHash, ...heading } = buildReport();
    expect(manifest).toMatchObject({
      format: 'opinion-desk-pack',
      version: 1,
      report: heading,
      reportHash: contentHash,
      auditHead: { seq: 4182, hash: 'a'.repeat(64) },
      createdAt: '2026-03-02T18:05:00+08:00',
    });
    expect(manifest.files.map((file) => file.path)).toEqual([
      'charts/trend.svg',
      'charts/trend@2x.png',
      'report.html',
      'report.json',
      'workbook.xlsx',
    ]);
    for (const listed of manifest.files) {
      const file = files.find((candidate) => candidate.path === listed.path);
      expect(listed).toEqual({ path: listed.path, sha256: sha256Hex(file?.bytes ?? new Uint8Array()), bytes: file?.bytes.length });
    }
    expect(strFromU8(files.find((file) => file.path === 'report.json')?.bytes ?? new Uint8Array())).toBe(buildReport().canonicalJson);
  });

  it('writes report null and no report.json for the pack of a list', () => {
    const files = buildPack(buildPackInput({ report: null }));
    expect(manifestOf(files)).toMatchObject({ report: null, reportHash: null });
    expect(files.map((file) => file.path)).not.toContain('report.json');
  });

  it.each(['../evil.txt', '/etc/passwd', 'charts\\a.png', 'a/../../b', 'nul\u0000.txt', 'C:/x.txt', 'a//b', './a'])(
    'refuses the unsafe path %j',
    (path) => {
      expect(isSafePackPath(path)).toBe(false);
      expect(() => buildPack(buildPackInput({ files: [{ path, bytes: new Uint8Array() }] }))).toThrow(PackError);
    },
  );

  it('refuses files that would collide with its own or with each other', () => {
    const bytes = new Uint8Array();
    expect(() => buildPack(buildPackInput({ files: [{ path: 'manifest.json', bytes }] }))).toThrow(PackError);
    expect(() => buildPack(buildPackInput({ files: [{ path: 'report.json', bytes }] }))).toThrow(PackError);
    expect(() =>
      buildPack(
        buildPackInput({
          files: [
            { path: 'A.png', bytes },
            { path: 'a.png', bytes },
          ],
        }),
      ),
    ).toThrow(PackError);
  });

  it('refuses a report whose hash or canonical form does not hold', () => {
    const wrongHash = thrownBy(() => buildPack(buildPackInput({ report: buildReport({ contentHash: '0'.repeat(64) }) })));
    expect(wordsFor(exportErrorsZh, wrongHash)).toMatch(/哈希/);
    const pretty = JSON.stringify({ b: 1, a: 2 }, null, 2);
    const notCanonical = thrownBy(() =>
      buildPack(buildPackInput({ report: buildReport({ canonicalJson: pretty, contentHash: sha256Hex(pretty) }) })),
    );
    expect(wordsFor(exportErrorsZh, notCanonical)).toMatch(/规范/);
  });
});

describe('zipPack', () => {
  it('gives the same bytes for the same pack, and keeps every file', () => {
    const first = zipPack(buildSignedPack());
    const second = zipPack(buildSignedPack());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Object.keys(unzipSync(first)).sort()).toEqual(
      buildSignedPack()
        .map((file) => file.path)
        .sort(),
    );
  });

  it('can put the pack in one folder', () => {
    const paths = Object.keys(unzipSync(zipPack(buildSignedPack(), { folder: '第12期简报包' })));
    expect(paths.every((path) => path.startsWith('第12期简报包/'))).toBe(true);
  });
});

describe('verifyPack', () => {
  it('holds for an untouched pack, read back from its zip', () => {
    expect(verifyPack(fromZip(zipPack(buildSignedPack())))).toEqual({
      ok: true,
      files: ['charts/trend.svg', 'charts/trend@2x.png', 'report.html', 'report.json', 'workbook.xlsx'].map((path) => ({ path, ok: true })),
      missing: [],
      extra: [],
      reportHashOk: true,
    });
  });

  it('holds for a pack in one top-level folder, with directory entries', () => {
    const nested = fromZip(zipPack(buildSignedPack(), { folder: '简报包' }));
    const result = verifyPack([
      { path: '简报包/', bytes: new Uint8Array() },
      { path: '简报包/charts/', bytes: new Uint8Array() },
      ...nested,
    ]);
    expect(result).toMatchObject({ ok: true, missing: [], extra: [], reportHashOk: true });
    expect(result.files).toHaveLength(5);
  });

  it('names an altered file', () => {
    const result = verifyPack(replaceFile(buildSignedPack(), 'report.html', encode('<!doctype html><title>第13期</title>')));
    expect(result.ok).toBe(false);
    expect(result.files.filter((file) => !file.ok)).toEqual([{ path: 'report.html', ok: false }]);
    expect(result.reportHashOk).toBe(true);
  });

  it('names a removed file', () => {
    const result = verifyPack(buildSignedPack().filter((file) => file.path !== 'charts/trend.svg'));
    expect(result).toMatchObject({ ok: false, missing: ['charts/trend.svg'], extra: [] });
    expect(result.files.map((file) => file.path)).not.toContain('charts/trend.svg');
  });

  it('names an added file', () => {
    const result = verifyPack([...buildSignedPack(), { path: 'charts/extra.png', bytes: new Uint8Array([1]) }]);
    expect(result).toMatchObject({ ok: false, missing: [], extra: ['charts/extra.png'] });
  });

  it('fails the report hash when report.json and its manifest entry were both rewritten', () => {
    const forged = canonicalJson({ series: '社会舆情日报告', number: 12, items: [] });
    const files = replaceFile(buildSignedPack(), 'report.json', encode(forged));
    const manifest = manifestOf(files);
    manifest.files = manifest.files.map((file) =>
      file.path === 'report.json' ? { ...file, sha256: sha256Hex(forged), bytes: encode(forged).length } : file,
    );
    const result = verifyPack(replaceFile(files, 'manifest.json', encode(JSON.stringify(manifest))));
    expect(result.files.every((file) => file.ok)).toBe(true);
    expect(result).toMatchObject({ ok: false, reportHashOk: false });
  });

  it('re-canonicalises report.json, so the hash survives pretty-printing', () => {
    const pretty = encode(JSON.stringify(JSON.parse(buildReport().canonicalJson), null, 2));
    const result = verifyPack(replaceFile(buildSignedPack(), 'report.json', pretty));
    expect(result.reportHashOk).toBe(true);
    expect(result.files).toContainEqual({ path: 'report.json', ok: false });
  });

  it('fails the report hash when report.json is missing or not JSON', () => {
    expect(verifyPack(buildSignedPack().filter((file) => file.path !== 'report.json')).reportHashOk).toBe(false);
    expect(verifyPack(replaceFile(buildSignedPack(), 'report.json', encode('{not json'))).reportHashOk).toBe(false);
  });

  it('reports null for the report hash of a list pack', () => {
    expect(verifyPack(buildPack(buildPackInput({ report: null })))).toMatchObject({ ok: true, reportHashOk: null });
  });

  it('throws PackError without a readable manifest', () => {
    const withoutManifest = buildSignedPack().filter((file) => file.path !== 'manifest.json');
    expect(() => verifyPack(withoutManifest)).toThrow(PackError);
    expect(() => verifyPack(replaceFile(buildSignedPack(), 'manifest.json', encode('{')))).toThrow(PackError);
    expect(() => verifyPack(replaceFile(buildSignedPack(), 'manifest.json', encode('{"format":"other"}')))).toThrow(PackError);
    const traversal = { ...manifestOf(buildSignedPack()), files: [{ path: '../x', sha256: '0'.repeat(64), bytes: 0 }] };
    expect(() => verifyPack(replaceFile(buildSignedPack(), 'manifest.json', encode(JSON.stringify(traversal))))).toThrow(PackError);
  });

  it('names the offending path or version in the values of its code', () => {
    const bytes = new Uint8Array();
    expect(thrownBy(() => buildPack(buildPackInput({ files: [{ path: '../x', bytes }] })))).toMatchObject({
      code: 'pack.unsafePath',
      params: { path: '../x' },
    });
    const newer = { ...manifestOf(buildSignedPack()), version: 99 };
    const refused = thrownBy(() => verifyPack(replaceFile(buildSignedPack(), 'manifest.json', encode(JSON.stringify(newer)))));
    expect(refused).toMatchObject({ code: 'pack.unsupportedVersion', params: { version: '99' } });
    expect(wordsFor(exportErrorsZh, refused)).toBe('不支持的简报包版本：99');
  });
});

import { sha256Hex } from '../../../shared/crypto/sha256';
import { describe, expect, it } from 'vitest';
import { appendAuditEntry } from '../../../shared/audit/chain';
import { BackupError, BackupWriter, backupFileName, readBackup, type BackupProblem } from '../../../shared/backup';
import { LineSplitter } from '../../../shared/backup/rows';
import { buildItem } from '../../builders';
import { thrownBy, wordsFor } from '../../builders/error-words';
import { backupErrorsZh } from '../../../renderer/app/catalog/errors/backup';
import { SCHEMA_VERSION, buildContent, entriesOf, manifestOf, withManifest, writeBackup, zipEntries } from './backup-builders';

const read = (bytes: Uint8Array, options: { maxUnpackedBytes?: number } = {}) =>
  readBackup(bytes, { currentSchemaVersion: SCHEMA_VERSION, ...options });

async function refusal(bytes: Uint8Array, options: { maxUnpackedBytes?: number } = {}): Promise<BackupError> {
  const error: unknown = await read(bytes, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

const zh = (error: unknown) => wordsFor(backupErrorsZh, error);

function rowsOf(backup: Awaited<ReturnType<typeof read>>, table: string, size = 3): unknown[] {
  return [...backup.batches(table, size)].flat();
}

describe('writing and reading a backup', () => {
  it('gives back every row of every table, field by field, in the order written', async () => {
    const content = buildContent({ items: 7, audit: 5 });
    const { bytes } = writeBackup(content, 3);
    const backup = await read(bytes);
    expect(rowsOf(backup, 'items')).toEqual(content.items);
    expect(rowsOf(backup, 'auditLog')).toEqual(content.auditLog);
    expect(rowsOf(backup, 'settings')).toEqual(content.settings);
    expect([...backup.batches('items', 3)].map((batch) => batch.length)).toEqual([3, 3, 1]);
  });

  it('lists each table with its row count, byte length and SHA-256 of the NDJSON file, and the audit head', async () => {
    const content = buildContent({ items: 3, audit: 2 });
    const { bytes, manifest } = writeBackup(content);
    const itemsText = content.items.map((item) => `${JSON.stringify(item)}\n`).join('');
    expect(manifest).toMatchObject({
      format: 'opinion-desk-backup',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      auditHead: { seq: 2, hash: content.auditLog[1]?.hash },
    });
    expect(manifest.tables.map((table) => table.name)).toEqual(['items', 'auditLog', 'settings']);
    expect(manifest.tables[0]).toEqual({
      name: 'items',
      file: 'tables/items.ndjson',
      rows: 3,
      bytes: new TextEncoder().encode(itemsText).byteLength,
      sha256: sha256Hex(itemsText),
    });
    expect(entriesOf(bytes)['tables/items.ndjson']).toBe(itemsText);
    expect(manifestOf(entriesOf(bytes))).toEqual(manifest);
  });

  it('keeps empty tables, with zero rows', async () => {
    const { bytes, manifest } = writeBackup({ items: [], auditLog: [], settings: [] });
    expect(manifest.tables.map((table) => table.rows)).toEqual([0, 0, 0]);
    expect(manifest.auditHead).toBeNull();
    const backup = await read(bytes);
    expect(rowsOf(backup, 'items')).toEqual([]);
  });

  it('gives the same bytes for the same content', () => {
    const content = buildContent();
    expect(writeBackup(content).bytes).toEqual(writeBackup(content).bytes);
  });

  it('stops rather than write a value JSON would change', () => {
    for (const bad of [
      { views: Number.NaN },
      { views: Infinity },
      { at: new Date(0) },
      { ids: new Set(['a']) },
      { list: [1, undefined] },
    ]) {
      const writer = new BackupWriter({ schemaVersion: 1, appVersion: '0.1.0', createdAt: '2026-03-02T09:00:00+08:00' });
      writer.beginTable('items');
      const error = thrownBy(() => writer.addRows([buildItem({ metrics: bad as never })]));
      expect(wordsFor(backupErrorsZh, error), JSON.stringify(Object.keys(bad))).toMatch(/^字段 metrics\.\w+(\[1\])? .*无法写入备份$/);
    }
  });

  it('yields between slices of work, so the UI can paint while a large backup is checked', async () => {
    const { bytes } = writeBackup(buildContent({ items: 3000 }), 500);
    let pauses = 0;
    await readBackup(bytes, { currentSchemaVersion: SCHEMA_VERSION, pause: async () => void (pauses += 1) });
    // one pause per 64 KiB of input and per 2,000 rows checked
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(bytes.byteLength / 65536) + 2);
  });

  it('names the file by its day', () => {
    expect(backupFileName('2026-03-02')).toBe('舆情工作台备份 2026-03-02.odbak');
  });
});

describe('a backup is refused whole, with a Chinese reason, when', () => {
  const expectProblem = async (bytes: Uint8Array, problem: BackupProblem, message: RegExp) => {
    const error = await refusal(bytes);
    expect(error.problem).toBe(problem);
    expect(zh(error)).toMatch(message);
  };

  it('it was cut short anywhere', async () => {
    const { bytes } = writeBackup(buildContent({ items: 40 }));
    const cuts = [1, 4, 30, ...Array.from({ length: 9 }, (_, n) => Math.floor((bytes.length * (n + 1)) / 10)), bytes.length - 1];
    for (const cut of cuts) {
      const error = await refusal(bytes.subarray(0, cut));
      expect(['truncated', 'corrupt', 'notBackup'], `cut at ${cut}`).toContain(error.problem);
      expect(zh(error)).toMatch(/拒绝恢复|不是舆情工作台的备份文件/);
    }
    await expectProblem(bytes.subarray(0, bytes.length - 1), 'truncated', /不完整/);
  });

  it('a byte of the compressed data was changed', async () => {
    const { bytes } = writeBackup(buildContent({ items: 40 }));
    const altered = new Uint8Array(bytes);
    const at = 200;
    altered[at] = (altered[at] ?? 0) ^ 0xff;
    const error = await refusal(altered);
    expect(['corrupt', 'hashMismatch', 'sizeMismatch', 'badRow', 'unsafeName']).toContain(error.problem);
  });

  it('a table file was rewritten but the manifest was not', async () => {
    const entries = entriesOf(writeBackup().bytes);
    const text = entries['tables/items.ndjson'] ?? '';
    const sameLength = text.replace('供暖', '停暖');
    await expectProblem(
      zipEntries({ ...entries, 'tables/items.ndjson': sameLength }),
      'hashMismatch',
      /校验值与清单不符（tables\/items\.ndjson）/,
    );
    const shorter = text.split('\n').slice(1).join('\n');
    await expectProblem(zipEntries({ ...entries, 'tables/items.ndjson': shorter }), 'sizeMismatch', /大小与清单不符/);
  });

  it('rows were removed and the manifest re-hashed to match, but not its count', async () => {
    const entries = entriesOf(writeBackup().bytes);
    const text = (entries['tables/items.ndjson'] ?? '').split('\n').slice(1).join('\n');
    const forged = withManifest({ ...entries, 'tables/items.ndjson': text }, (manifest) => {
      const table = manifest.tables.find((entry) => entry.name === 'items');
      if (table) Object.assign(table, { bytes: new TextEncoder().encode(text).byteLength, sha256: sha256Hex(text) });
    });
    await expectProblem(zipEntries(forged), 'countMismatch', /记录数与清单不符/);
  });

  it('an audit entry was altered and every hash in the manifest recomputed', async () => {
    const content = buildContent({ audit: 4 });
    const altered = content.auditLog.map((entry) => (entry.seq === 2 ? { ...entry, actor: 'someone-else' } : entry));
    const entries = entriesOf(writeBackup({ ...content, auditLog: altered }).bytes);
    await expectProblem(zipEntries(entries), 'auditMismatch', /操作日志校验未通过（操作日志第 2 条的内容被改动过/);
  });

  it('the last audit entries were cut off and the manifest rewritten to match, except its head', async () => {
    const content = buildContent({ audit: 4 });
    const { manifest } = writeBackup(content);
    const entries = entriesOf(writeBackup({ ...content, auditLog: content.auditLog.slice(0, 3) }).bytes);
    const forged = withManifest(entries, (forgedManifest) => (forgedManifest.auditHead = manifest.auditHead));
    await expectProblem(zipEntries(forged), 'auditMismatch', /第 4 条缺失/);
  });

  it('an entry was appended to the log after the recorded head', async () => {
    const content = buildContent({ audit: 3 });
    const { manifest } = writeBackup(content);
    const longer = [...content.auditLog, appendAuditEntry(content.auditLog.at(-1) ?? null, { ...content.auditLog[0], at: 'x' } as never)];
    const forged = withManifest(entriesOf(writeBackup({ ...content, auditLog: longer }).bytes), (m) => (m.auditHead = manifest.auditHead));
    await expectProblem(zipEntries(forged), 'auditMismatch', /末条/);
  });

  it('a listed file is missing, or an unlisted one is present', async () => {
    const entries = entriesOf(writeBackup().bytes);
    const { ['tables/settings.ndjson']: _removed, ...withoutSettings } = entries;
    await expectProblem(zipEntries(withoutSettings), 'missingFile', /缺少数据文件（tables\/settings\.ndjson）/);
    await expectProblem(
      zipEntries({ ...entries, 'tables/extra.ndjson': '{}\n' }),
      'unexpectedEntry',
      /清单之外的文件（tables\/extra\.ndjson）/,
    );
  });

  it('the manifest is missing, unreadable, or of another kind of file', async () => {
    const { ['manifest.json']: _manifest, ...tables } = entriesOf(writeBackup().bytes);
    await expectProblem(zipEntries(tables), 'badManifest', /清单（manifest\.json）缺失/);
    await expectProblem(zipEntries({ ...tables, 'manifest.json': '{not json' }), 'badManifest', /不是有效的 JSON/);
    await expectProblem(
      zipEntries({ ...tables, 'manifest.json': '{"format":"opinion-desk-pack","version":1}' }),
      'notBackup',
      /不是舆情工作台的备份文件/,
    );
    await expectProblem(new TextEncoder().encode('id,title\n1,供暖\n'), 'notBackup', /不是舆情工作台的备份文件/);
    const entries = entriesOf(writeBackup().bytes);
    await expectProblem(
      zipEntries(withManifest(entries, (m) => ((m.tables[0] as { rows: unknown }).rows = -1))),
      'badManifest',
      /tables\.0\.rows/,
    );
  });

  it('it comes from a newer format or schema, or an older schema', async () => {
    const entries = entriesOf(writeBackup().bytes);
    await expectProblem(zipEntries(withManifest(entries, (m) => (m.formatVersion = 2))), 'newerFormat', /更新版本.*请升级本程序/);
    await expectProblem(zipEntries(withManifest(entries, (m) => (m.schemaVersion = SCHEMA_VERSION + 1))), 'newerSchema', /请升级本程序/);
    const older = await readBackup(zipEntries(entries), { currentSchemaVersion: SCHEMA_VERSION + 1 }).catch((error: unknown) => error);
    expect(older).toMatchObject({ problem: 'olderSchema' });
  });

  it('a line is not a record', async () => {
    const entries = entriesOf(writeBackup().bytes);
    const text = `${entries['tables/settings.ndjson'] ?? ''}[1,2]\n`;
    const forged = withManifest({ ...entries, 'tables/settings.ndjson': text }, (manifest) => {
      const table = manifest.tables.find((entry) => entry.name === 'settings');
      if (table) Object.assign(table, { rows: 2, bytes: new TextEncoder().encode(text).byteLength, sha256: sha256Hex(text) });
    });
    await expectProblem(zipEntries(forged), 'badRow', /tables\/settings\.ndjson 第 2 行/);
  });

  it('it unpacks to more than the limit', async () => {
    const { bytes } = writeBackup(buildContent({ items: 50 }));
    const error = await refusal(bytes, { maxUnpackedBytes: 10_000 });
    expect(error.problem).toBe('tooLarge');
  });
});

describe('hostile entry names', () => {
  const hostile = [
    '../evil.ndjson',
    'tables/../../evil',
    '/etc/passwd',
    'C:/Windows/x',
    'tables\\..\\x',
    'a\0b',
    'tables/./items.ndjson',
    'tables//x',
  ];

  it.each(hostile)('refuses %j before unpacking any entry', async (name) => {
    const entries = entriesOf(writeBackup().bytes);
    const error = await refusal(zipEntries({ [name]: '{}\n', ...entries }));
    expect(error.problem).toBe('unsafeName');
    expect(zh(error)).toContain('不安全的文件名');
  });

  it('names the refused entry in the values of its code', async () => {
    const entries = entriesOf(writeBackup().bytes);
    const error = await refusal(zipEntries({ '../evil': '{}\n', ...entries }));
    expect(error).toMatchObject({ problem: 'unsafeName', code: 'backup.unsafeName', params: { name: '"../evil"' } });
    const extra = await refusal(zipEntries({ ...entries, 'tables/extra.ndjson': '{}\n' }));
    expect(extra).toMatchObject({ code: 'backup.unexpectedEntry', params: { name: 'tables/extra.ndjson' } });
  });
});

describe('LineSplitter', () => {
  it('joins a character cut between two chunks, wherever the cut falls', () => {
    const text = '{"title":"舆情𠮷"}\n{"title":"供暖"}\n';
    const bytes = new TextEncoder().encode(text);
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const splitter = new LineSplitter();
      const lines = [...splitter.push(bytes.subarray(0, cut), false), ...splitter.push(bytes.subarray(cut), true)];
      expect(lines, `cut at ${cut}`).toEqual(['{"title":"舆情𠮷"}', '{"title":"供暖"}']);
    }
  });
});

// Reads a backup and checks all of it against its manifest before handing back a single row: every entry
// name is safe, every listed table file is present with the listed length, SHA-256 and row count, nothing
// unlisted is in the zip, every line is a record, and the audit log in it verifies up to the recorded
// head. A file that fails any check is refused whole, so a restore never starts on a truncated or altered
// backup (dexie-export-import, by contrast, imports a truncated file silently).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import * as v from 'valibot';
import { AuditChainVerifier } from '../audit/chain';
import type { AuditEntry } from '../domain/types';
import { AUDIT_PROBLEM_CODES, BackupError } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_NAME,
  isSafeEntryName,
  isTableName,
  tableFileName,
  type BackupManifest,
} from './format';
import { LineSplitter, parseRow } from './rows';
import { AUDIT_TABLE } from './writer';

export interface ReadBackupOptions {
  /** the store's schema version this program writes */
  currentSchemaVersion: number;
  /** awaited between slices of work, so a caller on the UI thread can let it paint */
  pause?: () => Promise<void>;
  /** refuses archives that unpack to more than this (a zip bomb); default 2 GiB */
  maxUnpackedBytes?: number;
}

export type BackupRow = Record<string, unknown>;

export interface VerifiedBackup {
  manifest: BackupManifest;
  /** The rows of one table in stored order, at most `size` at a time. */
  batches(table: string, size: number): Generator<BackupRow[]>;
}

const INPUT_SLICE = 64 * 1024;
const ROWS_PER_PAUSE = 2_000;
const DEFAULT_MAX_UNPACKED = 2 * 1024 * 1024 * 1024;
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const END_OF_DIRECTORY_MIN = 22;
const END_OF_DIRECTORY_MAX = END_OF_DIRECTORY_MIN + 0xffff;

const hexHash = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const manifestSchema = v.object({
  format: v.string(),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(100)),
  createdAt: v.pipe(v.string(), v.maxLength(100)),
  auditHead: v.nullable(v.object({ seq: v.pipe(v.number(), v.integer(), v.minValue(1)), hash: hexHash })),
  tables: v.pipe(v.array(v.object({ name: v.string(), file: v.string(), rows: count, bytes: count, sha256: hexHash })), v.maxLength(200)),
});

interface Entry {
  name: string;
  chunks: Uint8Array[];
  bytes: number;
  hash: ReturnType<typeof sha256.create>;
  complete: boolean;
}

const noPause = () => Promise.resolve();

export async function readBackup(bytes: Uint8Array, options: ReadBackupOptions): Promise<VerifiedBackup> {
  const pause = options.pause ?? noPause;
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) throw new BackupError('notBackup');
  // The zip's directory is written last: without it the file was cut short, even when every entry
  // before the cut happens to be whole.
  if (!hasEndOfDirectory(bytes)) throw new BackupError('truncated');
  const entries = await unpack(bytes, options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED, pause);
  const manifest = readManifest(entries.get(BACKUP_MANIFEST_NAME));
  checkVersions(manifest, options.currentSchemaVersion);
  checkEntries(manifest, entries);
  await checkRows(manifest, entries, pause);
  return {
    manifest,
    *batches(table: string, size: number) {
      const entry = entries.get(tableFileName(table));
      if (!entry) return;
      yield* rowBatches(entry, size);
    },
  };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function hasEndOfDirectory(bytes: Uint8Array): boolean {
  const lowest = Math.max(0, bytes.length - END_OF_DIRECTORY_MAX);
  for (let at = bytes.length - END_OF_DIRECTORY_MIN; at >= lowest; at -= 1) {
    if (ZIP_END_OF_DIRECTORY.every((byte, index) => bytes[at + index] === byte)) return true;
  }
  return false;
}

async function unpack(bytes: Uint8Array, maxUnpacked: number, pause: () => Promise<void>): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  let unpacked = 0;
  let failure: unknown = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    // Checked before a byte of the entry is inflated.
    if (!isSafeEntryName(file.name)) failure = new BackupError('unsafeName', { name: JSON.stringify(file.name) });
    else if (entries.has(file.name)) failure = new BackupError('duplicateEntry', { name: file.name });
    if (failure) return;
    const entry: Entry = { name: file.name, chunks: [], bytes: 0, hash: sha256.create(), complete: false };
    entries.set(file.name, entry);
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      unpacked += data.byteLength;
      if (unpacked > maxUnpacked) {
        failure = new BackupError('tooLarge');
        return;
      }
      if (data.byteLength > 0) {
        entry.chunks.push(data);
        entry.hash.update(data);
        entry.bytes += data.byteLength;
      }
      if (final) entry.complete = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < bytes.length; offset += INPUT_SLICE) {
    try {
      unzip.push(bytes.subarray(offset, offset + INPUT_SLICE), offset + INPUT_SLICE >= bytes.length);
    } catch (error) {
      failure ??= error;
    }
    if (failure) throw failure instanceof BackupError ? failure : new BackupError('corrupt');
    await pause();
  }
  for (const entry of entries.values()) if (!entry.complete) throw new BackupError('truncated');
  return entries;
}

function readManifest(entry: Entry | undefined): BackupManifest {
  if (!entry) throw new BackupError('badManifest', {}, 'backup.manifestMissing');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(joined(entry)));
  } catch {
    throw new BackupError('badManifest', {}, 'backup.manifestNotJson');
  }
  if (typeof parsed === 'object' && parsed !== null && (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('notBackup');
  }
  const result = v.safeParse(manifestSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw where ? new BackupError('badManifest', { field: where }, 'backup.manifestField') : new BackupError('badManifest');
  }
  return result.output as BackupManifest;
}

function checkVersions(manifest: BackupManifest, currentSchemaVersion: number): void {
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) throw new BackupError('newerFormat');
  if (manifest.schemaVersion > currentSchemaVersion) throw new BackupError('newerSchema');
  if (manifest.schemaVersion < currentSchemaVersion) throw new BackupError('olderSchema');
}

function checkEntries(manifest: BackupManifest, entries: Map<string, Entry>): void {
  const listed = new Set<string>([BACKUP_MANIFEST_NAME]);
  for (const table of manifest.tables) {
    if (!isTableName(table.name) || table.file !== tableFileName(table.name))
      throw new BackupError('badManifest', { table: table.name }, 'backup.manifestTable');
    if (listed.has(table.file)) throw new BackupError('badManifest', { table: table.name }, 'backup.manifestTableTwice');
    listed.add(table.file);
    const entry = entries.get(table.file);
    if (!entry) throw new BackupError('missingFile', { name: table.file });
    if (entry.bytes !== table.bytes) throw new BackupError('sizeMismatch', { name: table.file });
    if (bytesToHex(entry.hash.digest()) !== table.sha256) throw new BackupError('hashMismatch', { name: table.file });
  }
  for (const name of entries.keys()) if (!listed.has(name)) throw new BackupError('unexpectedEntry', { name });
  if (manifest.auditHead && !manifest.tables.some((table) => table.name === AUDIT_TABLE)) {
    throw new BackupError('missingFile', { name: tableFileName(AUDIT_TABLE) });
  }
}

async function checkRows(manifest: BackupManifest, entries: Map<string, Entry>, pause: () => Promise<void>): Promise<void> {
  for (const table of manifest.tables) {
    const entry = entries.get(table.file) as Entry;
    const audit = table.name === AUDIT_TABLE ? new AuditChainVerifier(manifest.auditHead ? { knownHead: manifest.auditHead } : {}) : null;
    let rows = 0;
    for (const batch of rowBatches(entry, ROWS_PER_PAUSE)) {
      rows += batch.length;
      audit?.push(batch as unknown as AuditEntry[]);
      await pause();
    }
    if (rows !== table.rows) throw new BackupError('countMismatch', { name: table.file, listed: table.rows, actual: rows });
    if (audit) {
      const result = audit.finish();
      if (!result.ok) throw new BackupError('auditMismatch', { seq: result.firstBadSeq }, AUDIT_PROBLEM_CODES[result.problem]);
      const head = result.head;
      const expected = manifest.auditHead;
      if (head?.seq !== expected?.seq || head?.hash !== expected?.hash)
        throw new BackupError('auditMismatch', {}, 'backup.auditHeadMismatch');
    }
  }
}

function* rowBatches(entry: Entry, size: number): Generator<BackupRow[]> {
  const splitter = new LineSplitter();
  let batch: BackupRow[] = [];
  let line = 0;
  const chunks = entry.chunks.length > 0 ? entry.chunks : [new Uint8Array(0)];
  for (let index = 0; index < chunks.length; index += 1) {
    let lines: string[];
    try {
      lines = splitter.push(chunks[index] as Uint8Array, index === chunks.length - 1);
    } catch {
      throw new BackupError('badRow', { name: entry.name }, 'backup.rowNotText');
    }
    for (const text of lines) {
      line += 1;
      const row = parseRow(text);
      if (!row) throw new BackupError('badRow', { name: entry.name, line });
      batch.push(row);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function joined(entry: Entry): Uint8Array {
  const bytes = new Uint8Array(entry.bytes);
  let offset = 0;
  for (const chunk of entry.chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// Writes a backup table by table, chunk by chunk: the caller reads a chunk of rows from the store, hands
// it over, and may yield to the UI before the next one. Nothing here holds more than one chunk of rows;
// the compressed output accumulates until finish().
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Zip, ZipDeflate } from 'fflate';
import type { AuditHead } from '../audit/chain';
import type { IsoDateTime } from '../domain/types';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_NAME,
  tableFileName,
  type BackupManifest,
  type BackupTableEntry,
} from './format';
import { encodeRows } from './rows';
import { BackupWriteError } from './errors';

export const AUDIT_TABLE = 'auditLog';

export interface BackupWriterOptions {
  schemaVersion: number;
  appVersion: string;
  createdAt: IsoDateTime;
  /** deflate level; the default trades a little size for speed on a million rows */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

interface OpenTable {
  name: string;
  file: ZipDeflate;
  hash: ReturnType<typeof sha256.create>;
  rows: number;
  bytes: number;
}

export class BackupWriter {
  private readonly output: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly tables: BackupTableEntry[] = [];
  private readonly mtime: Date;
  private current: OpenTable | null = null;
  private auditHead: AuditHead | null = null;
  private finished = false;

  constructor(private readonly options: BackupWriterOptions) {
    const mtime = new Date(options.createdAt);
    // Zip times start in 1980; a clock before that (or no valid time) is stored as the earliest one.
    this.mtime = Number.isNaN(mtime.getTime()) || mtime.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : mtime;
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      this.output.push(chunk);
    });
  }

  beginTable(name: string): void {
    if (this.finished) throw new BackupWriteError('backup.writerFinished');
    if (this.current) this.endTable();
    if (this.tables.some((table) => table.name === name)) throw new BackupWriteError('backup.tableTwice', { table: name });
    const file = new ZipDeflate(tableFileName(name), { level: this.options.level ?? 4 });
    file.mtime = this.mtime;
    this.zip.add(file);
    this.current = { name, file, hash: sha256.create(), rows: 0, bytes: 0 };
  }

  addRows(rows: readonly unknown[]): void {
    const table = this.current;
    if (!table) throw new BackupWriteError('backup.noTableBegun');
    if (rows.length === 0) return;
    const bytes = encodeRows(rows);
    table.hash.update(bytes);
    table.rows += rows.length;
    table.bytes += bytes.byteLength;
    table.file.push(bytes);
    if (table.name === AUDIT_TABLE) {
      const last = rows.at(-1) as { seq?: unknown; hash?: unknown };
      if (typeof last.seq === 'number' && typeof last.hash === 'string') this.auditHead = { seq: last.seq, hash: last.hash };
    }
  }

  endTable(): void {
    const table = this.current;
    if (!table) return;
    table.file.push(new Uint8Array(0), true);
    this.tables.push({
      name: table.name,
      file: tableFileName(table.name),
      rows: table.rows,
      bytes: table.bytes,
      sha256: bytesToHex(table.hash.digest()),
    });
    this.current = null;
  }

  /** Adds the manifest and returns the whole file. */
  finish(): { bytes: Uint8Array<ArrayBuffer>; manifest: BackupManifest } {
    this.endTable();
    if (this.finished) throw new BackupWriteError('backup.writerFinished');
    this.finished = true;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: this.options.schemaVersion,
      appVersion: this.options.appVersion,
      createdAt: this.options.createdAt,
      auditHead: this.auditHead,
      tables: this.tables,
    };
    const file = new ZipDeflate(BACKUP_MANIFEST_NAME, { level: 6 });
    file.mtime = this.mtime;
    this.zip.add(file);
    file.push(new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), true);
    this.zip.end();
    return { bytes: concat(this.output), manifest };
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

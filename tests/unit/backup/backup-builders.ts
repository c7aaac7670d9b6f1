import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { BackupWriter, type BackupManifest } from '../../../shared/backup';
import type { AuditEntry, Item, Setting } from '../../../shared/domain/types';
import { buildAuditChain, buildItem } from '../../builders';

export const SCHEMA_VERSION = 1;

export interface BackupContent {
  items: Item[];
  auditLog: AuditEntry[];
  settings: Setting[];
}

export function buildContent(shape: { items?: number; audit?: number } = {}): BackupContent {
  return {
    items: Array.from({ length: shape.items ?? 5 }, () => buildItem()),
    auditLog: buildAuditChain(shape.audit ?? 4),
    settings: [{ key: 'app.locale', value: 'zh-CN' }],
  };
}

/** A backup written the way the store writes one: table by table, in chunks of `chunk` rows. */
export function writeBackup(content: BackupContent = buildContent(), chunk = 2): { bytes: Uint8Array; manifest: BackupManifest } {
  const writer = new BackupWriter({ schemaVersion: SCHEMA_VERSION, appVersion: '0.1.0', createdAt: '2026-03-02T09:00:00+08:00' });
  for (const [name, rows] of Object.entries(content) as [string, unknown[]][]) {
    writer.beginTable(name);
    for (let start = 0; start < rows.length; start += chunk) writer.addRows(rows.slice(start, start + chunk));
  }
  return writer.finish();
}

/** The backup's entries as name → text, to tamper with and zip again. */
export function entriesOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export function zipEntries(entries: Record<string, string>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(entries)) zippable[name] = strToU8(text);
  return zipSync(zippable);
}

export function manifestOf(entries: Record<string, string>): BackupManifest {
  return JSON.parse(entries['manifest.json'] ?? 'null') as BackupManifest;
}

export function withManifest(entries: Record<string, string>, change: (manifest: BackupManifest) => void): Record<string, string> {
  const manifest = manifestOf(entries);
  change(manifest);
  return { ...entries, 'manifest.json': JSON.stringify(manifest) };
}

import { zipSync, type Zippable } from 'fflate';
import { canonicalJson } from '../crypto/canonical-json';
import { sha256Hex } from '../crypto/sha256';
import type { IsoDateTime } from '../domain/types';
import { shanghaiWallClock } from './excel-date';
import { PackError } from './errors';

export { PackError };

// The briefing pack (简报包): the files of one export plus manifest.json, which lists every other file
// with its SHA-256, the signed report's content hash and the head of the audit chain at export — so a
// pack that left the workstation can be checked without it, and the audit chain is anchored outside
// the database it protects.

export const PACK_FORMAT = 'opinion-desk-pack';
export const PACK_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const REPORT_JSON_PATH = 'report.json';

export interface PackFile {
  /** posix path relative to the pack's root */
  path: string;
  bytes: Uint8Array;
}

export interface PackReport {
  series: string;
  number: number;
  year: number;
  /** the report's calendar date, YYYY-MM-DD */
  date: string;
  signer: string;
  signedAt: IsoDateTime;
  /** the report's canonical JSON (RFC 8785): what report.json holds and contentHash covers */
  canonicalJson: string;
  /** SHA-256 hex of canonicalJson */
  contentHash: string;
}

export interface AuditHead {
  seq: number;
  hash: string;
}

export interface BuildPackInput {
  files: PackFile[];
  /** absent for the pack of a filtered list */
  report?: PackReport | null;
  /** null when the audit log is still empty */
  auditHead: AuditHead | null;
  createdAt: IsoDateTime;
  appVersion: string;
}

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  report: Omit<PackReport, 'canonicalJson' | 'contentHash'> | null;
  files: ManifestFile[];
  reportHash: string | null;
  auditHead: AuditHead | null;
  createdAt: IsoDateTime;
  appVersion: string;
}

/** A path that stays inside the pack on every system it is unpacked on. */
export function isSafePackPath(path: string): boolean {
  if (path === '' || path.length > 1024) return false;
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the purpose
  if (/[\u0000-\u001F\u007F\\:*?"<>|]/.test(path)) return false;
  if (path.startsWith('/')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/[. ]$/.test(segment));
}

export interface BuildPackProgress {
  /** after each file is hashed: hashing is most of the work in a pack of many charts */
  onFileHashed?: (done: number, total: number) => void;
}

/** The pack's files in path order, with report.json and manifest.json added. */
export function buildPack(input: BuildPackInput, progress: BuildPackProgress = {}): PackFile[] {
  const report = input.report ?? null;
  const files = [...input.files];
  const seen = new Set<string>();
  for (const file of files) {
    if (!isSafePackPath(file.path)) throw new PackError('pack.unsafePath', { path: file.path });
    const key = file.path.toLowerCase();
    // Windows and macOS file systems fold case: two such files would overwrite each other in a folder pack.
    if (seen.has(key)) throw new PackError('pack.duplicatePath', { path: file.path });
    seen.add(key);
  }
  if (seen.has(MANIFEST_PATH)) throw new PackError('pack.manifestProvided');
  if (report) {
    if (seen.has(REPORT_JSON_PATH)) throw new PackError('pack.reportJsonProvided');
    if (canonicalJson(JSON.parse(report.canonicalJson)) !== report.canonicalJson) {
      throw new PackError('pack.reportNotCanonical');
    }
    if (sha256Hex(report.canonicalJson) !== report.contentHash) throw new PackError('pack.reportHashMismatch');
    files.push({ path: REPORT_JSON_PATH, bytes: new TextEncoder().encode(report.canonicalJson) });
  }
  files.sort((a, b) => comparePaths(a.path, b.path));
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    report: report
      ? {
          series: report.series,
          number: report.number,
          year: report.year,
          date: report.date,
          signer: report.signer,
          signedAt: report.signedAt,
        }
      : null,
    files: files.map((file, index) => {
      const entry = { path: file.path, sha256: sha256Hex(file.bytes), bytes: file.bytes.length };
      progress.onFileHashed?.(index + 1, files.length);
      return entry;
    }),
    reportHash: report ? report.contentHash : null,
    auditHead: input.auditHead,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
  };
  return [...files, { path: MANIFEST_PATH, bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) }];
}

export interface ZipPackOptions {
  /** put every file under this one folder, as zipping the pack's folder would */
  folder?: string;
}

/**
 * The pack as one zip. Entry times are the manifest's creation time on the Beijing wall clock, so the
 * same pack always gives the same bytes, on any host and in any time zone.
 */
export function zipPack(files: PackFile[], options: ZipPackOptions = {}): Uint8Array {
  const prefix = options.folder ? `${options.folder}/` : '';
  if (options.folder !== undefined && !isSafePackPath(options.folder)) throw new PackError('pack.unsafeFolder', { folder: options.folder });
  const mtime = entryTime(files.find((file) => file.path === MANIFEST_PATH));
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => comparePaths(a.path, b.path))) {
    if (!isSafePackPath(file.path)) throw new PackError('pack.unsafePath', { path: file.path });
    // Already-compressed formats gain nothing from deflate.
    const level = /\.(png|xlsx|zip|pdf)$/i.test(file.path) ? 0 : 6;
    entries[prefix + file.path] = [file.bytes, { level, mtime }];
  }
  return zipSync(entries);
}

const FALLBACK_ENTRY_TIME: [number, number, number, number, number, number] = [1980, 1, 1, 0, 0, 0];

function entryTime(manifest: PackFile | undefined): Date {
  let wallClock: ReturnType<typeof shanghaiWallClock> = null;
  if (manifest) {
    try {
      const createdAt: unknown = JSON.parse(new TextDecoder().decode(manifest.bytes))?.createdAt;
      if (typeof createdAt === 'string') wallClock = shanghaiWallClock(createdAt);
    } catch {
      wallClock = null;
    }
  }
  const [year, month, day, hour, minute, second] = wallClock && wallClock[0] >= 1980 ? wallClock : FALLBACK_ENTRY_TIME;
  // Zip stores local wall-clock fields; a Date built from local components hands fflate exactly these
  // fields whatever the host's time zone.
  return new Date(year, month - 1, day, hour, minute, second);
}

export interface PackVerification {
  ok: boolean;
  files: { path: string; ok: boolean }[];
  missing: string[];
  extra: string[];
  /** null for the pack of a list, which has no report */
  reportHashOk: boolean | null;
}

/**
 * Checks a pack read from a folder or a zip: every listed file present and unchanged, nothing added,
 * and report.json still hashing to the manifest's report hash after re-canonicalisation. Directory
 * entries are ignored, and the whole pack may sit in one top-level folder (as zipping a folder does).
 * Throws PackError when there is no readable manifest.
 */
export function verifyPack(entries: PackFile[]): PackVerification {
  const files = entries.filter((entry) => !entry.path.endsWith('/'));
  const root = packRoot(files);
  const byPath = new Map<string, Uint8Array>();
  for (const entry of files) byPath.set(entry.path.slice(root.length), entry.bytes);
  const manifestBytes = byPath.get(MANIFEST_PATH);
  if (!manifestBytes) throw new PackError('pack.manifestMissing');
  const manifest = parseManifest(manifestBytes);

  const listed = new Set(manifest.files.map((file) => file.path));
  const checked: PackVerification['files'] = [];
  const missing: string[] = [];
  for (const file of manifest.files) {
    const bytes = byPath.get(file.path);
    if (!bytes) missing.push(file.path);
    else checked.push({ path: file.path, ok: bytes.length === file.bytes && sha256Hex(bytes) === file.sha256 });
  }
  const extra = [...byPath.keys()].filter((path) => path !== MANIFEST_PATH && !listed.has(path)).sort(comparePaths);
  const reportHashOk = manifest.reportHash === null ? null : reportHashHolds(byPath.get(REPORT_JSON_PATH), manifest.reportHash);
  const ok = missing.length === 0 && extra.length === 0 && checked.every((file) => file.ok) && reportHashOk !== false;
  return { ok, files: checked, missing, extra, reportHashOk };
}

function reportHashHolds(bytes: Uint8Array | undefined, expected: string): boolean {
  if (!bytes) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return sha256Hex(canonicalJson(JSON.parse(text))) === expected;
  } catch {
    return false;
  }
}

// A pack zipped from its folder has every path under that folder's name.
function packRoot(files: PackFile[]): string {
  if (files.some((file) => file.path === MANIFEST_PATH)) return '';
  const first = files[0]?.path ?? '';
  const slash = first.indexOf('/');
  if (slash <= 0) return '';
  const prefix = first.slice(0, slash + 1);
  return files.every((file) => file.path.startsWith(prefix)) ? prefix : '';
}

function parseManifest(bytes: Uint8Array): PackManifest {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackError('pack.manifestNotJson');
  }
  if (!isRecord(value) || value.format !== PACK_FORMAT) throw new PackError('pack.notPackManifest');
  if (value.version !== PACK_VERSION) throw new PackError('pack.unsupportedVersion', { version: String(value.version) });
  const files = value.files;
  const fileListOk =
    Array.isArray(files) &&
    files.every(
      (file) =>
        isRecord(file) &&
        typeof file.path === 'string' &&
        isSafePackPath(file.path) &&
        typeof file.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(file.sha256) &&
        Number.isInteger(file.bytes),
    );
  if (!fileListOk) throw new PackError('pack.badFileList');
  const reportHash = value.reportHash;
  if (reportHash !== null && (typeof reportHash !== 'string' || !/^[0-9a-f]{64}$/.test(reportHash))) {
    throw new PackError('pack.badReportHash');
  }
  return value as unknown as PackManifest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Code-unit order, not locale order: the manifest must list files the same way on every machine.
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

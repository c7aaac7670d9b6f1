// Sealing a pack: hashing every file into manifest.json, and zipping the pack for the browser host. Both
// read every byte of the pack (hundreds of chart files, a workbook of tens of megabytes), so they run in
// the pack-seal worker; this module is the work itself, shared by the worker and by hosts without workers.
import { buildPack, zipPack, type BuildPackInput, type PackFile } from '../../../shared/export/pack';

export type SealRequest = { task: 'manifest'; input: BuildPackInput } | { task: 'zip'; files: PackFile[]; folder: string };

export type SealResult = { task: 'manifest'; files: PackFile[] } | { task: 'zip'; bytes: Uint8Array };

export type SealMessage =
  { kind: 'progress'; done: number; total: number } | { kind: 'done'; result: SealResult } | { kind: 'failed'; message: string };

export function runSealTask(request: SealRequest, onProgress: (done: number, total: number) => void): SealResult {
  if (request.task === 'manifest') {
    return { task: 'manifest', files: buildPack(request.input, { onFileHashed: onProgress }) };
  }
  onProgress(0, 1);
  const bytes = zipPack(request.files, { folder: request.folder });
  onProgress(1, 1);
  return { task: 'zip', bytes };
}

/**
 * The buffers a message may hand over instead of copying: each once (a duplicate would make postMessage
 * throw), and only those a file's bytes fill entirely, since handing over a buffer detaches every view of it.
 */
export function transferablesOf(byteArrays: readonly Uint8Array[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of byteArrays) {
    const buffer = bytes.buffer;
    // A SharedArrayBuffer cannot be handed over; the tag test also holds for a buffer from another realm.
    const plain = Object.prototype.toString.call(buffer) === '[object ArrayBuffer]';
    if (plain && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) buffers.add(buffer as ArrayBuffer);
  }
  return [...buffers];
}

export function sealResultBytes(result: SealResult): Uint8Array[] {
  return result.task === 'manifest' ? result.files.map((file) => file.bytes) : [result.bytes];
}

export function sealRequestBytes(request: SealRequest): Uint8Array[] {
  return (request.task === 'manifest' ? request.input.files : request.files).map((file) => file.bytes);
}

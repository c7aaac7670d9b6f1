// Sealing a pack: hashing every file into manifest.json, and zipping the pack for the browser host. Both
// read every byte of the pack (hundreds of chart files, a workbook of tens of megabytes), so they run in
// the pack-seal worker; this module is the work itself, shared by the worker and by hosts without workers.
import { buildPack, zipPack, type BuildPackInput, type PackFile } from '../../../shared/export/pack';

export type SealEvents = { progress: { done: number; total: number } };

export type SealProgress = (done: number, total: number) => void;

export function sealManifest(input: BuildPackInput, onProgress: SealProgress): PackFile[] {
  return buildPack(input, { onFileHashed: onProgress });
}

export function zipSealed(files: PackFile[], folder: string, onProgress: SealProgress): Uint8Array {
  onProgress(0, 1);
  const bytes = zipPack(files, { folder });
  onProgress(1, 1);
  return bytes;
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

export function bytesOf(files: readonly PackFile[]): Uint8Array[] {
  return files.map((file) => file.bytes);
}

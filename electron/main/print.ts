// Report → PDF through Chromium's own print engine, so the PDF matches what the analyst previewed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { printWebPreferences } from './security';
import { CodedError } from '../../shared/errors';

const LOAD_TIME_LIMIT_MS = 30_000;

export type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

function withinTimeLimit<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new CodedError('host.print.timedOut', { seconds: LOAD_TIME_LIMIT_MS / 1000 })), LOAD_TIME_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * The HTML goes through a temporary file rather than a data: URL: a report with embedded chart images
 * passes Chromium's 2 MB URL limit.
 */
export async function printHtmlToPdf(createWindow: WindowFactory, html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'opinion-desk-print-'));
  const window = createWindow({ show: false, width: 794, height: 1123, webPreferences: printWebPreferences() });
  try {
    const page = join(folder, 'report.html');
    await writeFile(page, html, 'utf8');
    await withinTimeLimit(window.loadFile(page));
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (!window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

import { version } from '../../package.json';
import type { FileFilter, OpenedFile, Platform, SaveResult } from './platform';
import { NotAvailableError } from './platform';
import { zipFolder } from './folder-zip';

function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters
    .flatMap((filter) => filter.extensions)
    .filter((extension) => extension !== '*')
    .map((extension) => `.${extension}`)
    .join(',');
}

function pickFiles(multiple: boolean, filters: readonly FileFilter[]): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    // Chromium fires `cancel` when the dialog is dismissed; without it the promise would wait forever.
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, bytes: Uint8Array<ArrayBuffer>, type: string): SaveResult {
  const blob = new Blob([bytes], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  // A browser does not say where the download went (it is the browser's download folder).
  return { saved: true, path: null };
}

function printHtml(html: string): Promise<null> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10000px;top:0;';
    // srcdoc keeps the page same-origin and under this page's CSP, so nothing in the report can run.
    frame.srcdoc = html;
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (view) {
          view.addEventListener('afterprint', () => frame.remove(), { once: true });
          view.focus();
          view.print();
        } else {
          frame.remove();
        }
        resolve(null);
      },
      { once: true },
    );
    document.body.append(frame);
  });
}

/** The browser host: file inputs in, downloads out, a folder as one .zip; no inbox. */
export function createBrowserPlatform(): Platform {
  return {
    host: 'browser',
    capabilities: { pdfBytes: false, inbox: false, realFolders: false },
    appInfo: async () => ({ name: 'OpinionDesk', version, platform: 'browser', electron: null, dataPath: null }),
    openFiles: async ({ multiple, filters }) => {
      const files = await pickFiles(multiple, filters);
      return Promise.all(
        files.map(async (file): Promise<OpenedFile> => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
    },
    saveFile: async ({ suggestedName, bytes }) => download(suggestedName, bytes, 'application/octet-stream'),
    saveFolder: async ({ suggestedName, files }) => download(`${suggestedName}.zip`, zipFolder(suggestedName, files), 'application/zip'),
    printToPdf: ({ html }) => printHtml(html),
    openExternal: async () => false,
    inboxList: async () => [],
    inboxRead: () => Promise.reject(new NotAvailableError('host.notAvailable.inbox')),
    inboxMarkImported: () => Promise.reject(new NotAvailableError('host.notAvailable.inbox')),
    inboxQuarantine: () => Promise.reject(new NotAvailableError('host.notAvailable.inbox')),
    inboxFolder: () => Promise.reject(new NotAvailableError('host.notAvailable.inbox')),
    inboxChooseFolder: () => Promise.reject(new NotAvailableError('host.notAvailable.inbox')),
    onInboxChanged: () => () => undefined,
    // a browser tab has no native menu: nothing to label, and no menu entry is ever chosen
    setMenuLabels: async () => false,
    onMenuCommand: () => () => undefined,
    backupStatus: () => Promise.reject(new NotAvailableError('host.notAvailable.autoBackup')),
    backupChooseFolder: () => Promise.reject(new NotAvailableError('host.notAvailable.autoBackup')),
    backupSetKeep: () => Promise.reject(new NotAvailableError('host.notAvailable.autoBackup')),
    backupWriteDaily: () => Promise.reject(new NotAvailableError('host.notAvailable.autoBackup')),
  };
}

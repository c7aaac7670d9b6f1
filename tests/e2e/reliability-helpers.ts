// Steps the reliability specs share: the audit chain checked from its page, the next release opening
// the store from another window, the 请重新加载 prompt that stops this one, and a large generated CSV imported
// through the file chooser.
import type { Locator, Page } from '@playwright/test';
import { chooseImportFile, expect, nav } from './fixtures';

export async function openAudit(page: Page): Promise<void> {
  await nav(page)
    .getByRole('link', { name: /^操作日志/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '操作日志' })).toBeVisible();
}

/** On 操作日志 already: the analyst's 校验 button, and the whole chain verifies. */
export async function expectChainVerifies(page: Page): Promise<void> {
  await page.getByRole('button', { name: '校验操作日志' }).click();
  await expect(page.getByTestId('audit-verification')).toContainText('校验通过', { timeout: 60_000 });
}

export async function verifyAuditChain(page: Page): Promise<void> {
  await openAudit(page);
  await expectChainVerifies(page);
}

export interface StoreRead {
  version: number;
  /** every row of each store asked for by `rows` */
  rows: Record<string, unknown[]>;
  /** the number of rows of each store asked for by `counts` */
  counts: Record<string, number>;
  /** for each of `keyCounts`, in order: the rows whose index holds that key */
  keyCounts: number[];
}

export interface KeyCount {
  store: string;
  index: string;
  key: string;
}

/** The store as IndexedDB holds it, read beside the app in one transaction (no version given, so nothing is upgraded). */
export function readStoreBeside(
  page: Page,
  { rows = [], counts = [], keyCounts = [] }: { rows?: string[]; counts?: string[]; keyCounts?: KeyCount[] },
): Promise<StoreRead> {
  return page.evaluate(
    (wanted) =>
      new Promise<StoreRead>((resolve, reject) => {
        const open = indexedDB.open('opinion-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...wanted.rows, ...wanted.counts, ...wanted.keyCounts.map((counted) => counted.store)];
          const transaction = db.transaction([...new Set(stores)], 'readonly');
          const all = wanted.rows.map((name) => [name, transaction.objectStore(name).getAll()] as const);
          const counted = wanted.counts.map((name) => [name, transaction.objectStore(name).count()] as const);
          const keyed = wanted.keyCounts.map(({ store, index, key }) =>
            transaction.objectStore(store).index(index).count(IDBKeyRange.only(key)),
          );
          transaction.oncomplete = () => {
            db.close();
            resolve({
              version: db.version,
              rows: Object.fromEntries(all.map(([name, request]) => [name, request.result as unknown[]])),
              counts: Object.fromEntries(counted.map(([name, request]) => [name, request.result])),
              keyCounts: keyed.map((request) => request.result),
            });
          };
        };
      }),
    { rows, counts, keyCounts },
  );
}

/** The next release opening the store from `page`: `version` up, with a table it adds. Every other window gets versionchange. */
export async function upgradeStoreFrom(page: Page, version: number): Promise<void> {
  await page.evaluate(
    (next) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('opinion-desk', next);
        open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'id' });
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('blocked by a window that did not let go'));
      }),
    version,
  );
}

/** The prompt a window shows once another has upgraded the store under it; it has stopped writing. */
export async function expectReloadPrompt(page: Page): Promise<Locator> {
  const prompt = page.getByRole('alertdialog', { name: '请重新加载' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('本窗口已停止写入');
  return prompt;
}

/** A 网信办-style CSV of `rows` Weibo posts, each with its own status URL and title. */
export function generatedCsv(rows: number, { title, firstStatus, hour }: { title: string; firstStatus: number; hour: string }): Buffer {
  const lines = ['序号,标题,内容,链接,来源,发布时间'];
  for (let n = 1; n <= rows; n += 1) {
    lines.push(
      `${n},${title}第${n}号,某小区供暖不足已持续三天（第${n}条）,https://weibo.example.cn/status/${firstStatus + n},新浪微博,${hour}:${String(n % 60).padStart(2, '0')}`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Chooses the file on 导入 under the 网信办 channel and starts the import once its rows are counted. */
export async function startCsvImport(page: Page, name: string, csv: Buffer, rows: number): Promise<void> {
  await chooseImportFile(page, { name, mimeType: 'text/csv', buffer: csv }, '网信办');
  await page.getByRole('button', { name: `开始导入（${rows.toLocaleString('en-US')} 行）` }).click({ timeout: 90_000 });
}

/** A row of the 条目 list by its position (the header is row 1 of aria-rowindex). */
export function itemRow(page: Page, index: number): Locator {
  return page.locator(`[data-testid="item-row"][aria-rowindex="${index + 2}"]`);
}

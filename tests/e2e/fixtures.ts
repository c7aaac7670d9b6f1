import { mkdirSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
// Schemes that never touch the network: the page's own blobs and inline data, and blank frames.
const LOCAL_SCHEMES = new Set(['blob:', 'data:', 'about:']);

export function isLocalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return LOCAL_SCHEMES.has(url.protocol) || LOCAL_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

interface DeskFixtures {
  /** every request that tried to leave the machine during the test; the test fails unless it ends empty */
  outsideRequests: string[];
}

/**
 * Every test runs behind an offline guard: requests to any other host are aborted before they leave
 * (context.route) and recorded (page.on('request') sees even those a route cannot, such as a service
 * worker's), and the test fails at the end if any were attempted. The workstation promises that no
 * request ever leaves the machine; a font, a map tile or an analytics beacon added later would break it.
 */
export const test = base.extend<DeskFixtures>({
  outsideRequests: [
    async ({ context, page }, use) => {
      const outside: string[] = [];
      await context.route(
        (url) => !isLocalUrl(url.href),
        async (route) => {
          outside.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      page.on('request', (request) => {
        if (!isLocalUrl(request.url()) && !outside.includes(request.url())) outside.push(request.url());
      });
      await use(outside);
      expect(outside, 'requests that tried to leave the machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const SCREENS = 'test-results/screens';

/** Screenshots of every screen at the configured 1366×768, for a person to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

export const NAV_LABELS_ZH = ['首页', '条目', '导入', '传播', '日报告', '统计', '单位考核', '设置', '操作日志'] as const;
export const NAV_LABELS_EN = [
  'Home',
  'Items',
  'Import',
  'Spread',
  'Daily reports',
  'Statistics',
  'Unit assessment',
  'Settings',
  'Audit log',
] as const;
export const ROUTE_IDS = ['home', 'items', 'import', 'spread', 'reports', 'stats', 'units', 'settings', 'audit'] as const;

export function nav(page: Page) {
  return page.getByRole('navigation', { name: /主导航|Main navigation/ });
}

export async function createProfile(page: Page, name: string, role: '拟稿人' | '审核人' | '签发人' = '拟稿人', pin = ''): Promise<void> {
  await page.getByLabel('姓名').fill(name);
  await page.getByRole('radio', { name: role }).check();
  if (pin) await page.getByLabel(/PIN/).fill(pin);
  await page.getByRole('button', { name: '建立人员' }).click();
  await expect(page.getByRole('heading', { name: '第二步：选择如何开始' })).toBeVisible();
}

export async function startEmpty(page: Page, name = '王晓燕'): Promise<void> {
  await page.goto('/');
  await createProfile(page, name);
  await page.getByRole('button', { name: /从空白开始/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '首页' })).toBeVisible();
}

export async function startWithDemo(page: Page, name = '王晓燕'): Promise<void> {
  await page.goto('/');
  await createProfile(page, name);
  await page.getByRole('button', { name: /载入演示数据/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '首页' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('status-item-count')).toHaveText(/条目 \d+ 条/);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Opens 导入, picks the channel when one is named, and chooses the file in the file dialog. */
export async function chooseImportFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  channel?: '网信办' | '公安网安',
): Promise<void> {
  await nav(page).getByRole('link', { name: /^导入/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入' })).toBeVisible();
  if (channel) await page.getByLabel('来源渠道').selectOption({ label: channel });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(file);
}

/** Tampers as someone with the disk would: changes audit entry 1 behind the application's back. */
export async function alterFirstAuditEntry(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('opinion-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('auditLog', 'readwrite').objectStore('auditLog');
          const read = store.get(1);
          read.onsuccess = () => {
            const entry = read.result as { actor: string };
            entry.actor = 'someone-else';
            const write = store.put(entry);
            write.onsuccess = () => {
              db.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
        };
      }),
  );
}

// Crash safety of bulk edits, in real Chromium: a bulk tag of 20,000 items is one read-write transaction
// (renderer/db/triage-repository.ts: one audited write, one audit entry), so a reload or a killed renderer while
// it is open must leave none of the 20,000 changed and no audit entry, never a part. "Whole chunks or nothing"
// with one chunk: there is no incomplete bulk edit to resume or undo in part.
import type { Page } from '@playwright/test';
import { expect, nav, screen, startEmpty, test } from './fixtures';
import { generatedCsv, itemRow as row, readStoreBeside, startCsvImport, verifyAuditChain } from './reliability-helpers';

const ITEMS = 20_000;
const TAG = '专项/批量中断';

interface BulkEditProbe {
  armed: boolean;
  /** a transaction is held only once it has put at least this many item rows: the bulk edit, not a small write */
  minItemPuts: number;
  held: { itemPuts: number; auditEntriesInside: number } | null;
}

declare global {
  interface Window {
    __bulkEditProbe?: BulkEditProbe;
  }
}

/**
 * Installed before the app's own scripts. A reload lands at an unpredictable point of a write that takes a
 * moment; to reload at the worst one every time, the probe lets the bulk edit do all its work (every item row
 * put, its audit entry added) and then holds the transaction open, uncommitted, with one read after another on
 * the audit log (IndexedDB commits a transaction only once no request is pending). Nothing is changed in what
 * the app writes; the reload then meets a transaction holding the whole edit.
 */
async function installBulkEditProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe: BulkEditProbe = { armed: false, minItemPuts: 1, held: null };
    window.__bulkEditProbe = probe;
    const itemPuts = new WeakMap<IDBTransaction, number>();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (probe.armed && this.name === 'items') itemPuts.set(this.transaction, (itemPuts.get(this.transaction) ?? 0) + 1);
      return put.apply(this, args);
    };
    // The edit's audit entry is its last request; reads chained from here keep the transaction from committing.
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      const request = add.apply(this, args);
      const puts = itemPuts.get(this.transaction) ?? 0;
      if (probe.armed && this.name === 'auditLog' && puts >= probe.minItemPuts) {
        probe.armed = false;
        const hold = (log: IDBObjectStore) => {
          log.get(-1).onsuccess = () => hold(log);
        };
        hold(this);
        request.addEventListener('success', () => {
          const counted = this.count();
          counted.onsuccess = () => {
            probe.held = { itemPuts: puts, auditEntriesInside: counted.result };
          };
        });
      }
      return request;
    };
  });
}

interface TagFacts {
  items: number;
  tagged: number;
  auditEntries: number;
  tagEntries: { items: number }[];
}

async function readTagFacts(page: Page): Promise<TagFacts> {
  const read = await readStoreBeside(page, {
    rows: ['auditLog'],
    counts: ['items'],
    keyCounts: [{ store: 'items', index: 'tags', key: TAG }],
  });
  const log = read.rows.auditLog as { action: string; items?: string[] }[];
  return {
    items: read.counts.items ?? 0,
    tagged: read.keyCounts[0] ?? 0,
    auditEntries: log.length,
    tagEntries: log.filter((entry) => entry.action === 'items.tag').map((entry) => ({ items: entry.items?.length ?? 0 })),
  };
}

async function importGenerated(page: Page): Promise<void> {
  const csv = generatedCsv(ITEMS, { title: '小区供暖不足', firstStatus: 300_000, hour: '2024-05-06 09' });
  await startCsvImport(page, '生成的两万条.csv', csv, ITEMS);
  await expect(page.getByTestId('report-accepted')).toContainText('20,000', { timeout: 150_000 });
}

async function openItems(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: /^条目/ }).click();
  await expect(page.getByTestId('items-count')).toContainText('20,000', { timeout: 90_000 });
  await expect(row(page, 0)).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
}

/**
 * The analyst's way to 20,000: a shift-click selects at most 10,000 rows (MAX_RANGE_SELECTION), so two ranges:
 * ctrl-click the first row, shift-click the last (rows 0–9,999); ctrl-click the last, scroll up to row 10,000 and
 * shift-click it (rows 10,000–19,999).
 */
async function selectAllTwentyThousand(page: Page): Promise<void> {
  await row(page, 0).click({ modifiers: ['Control'] });
  await page.getByRole('heading', { level: 1, name: '条目' }).click();
  await page.keyboard.press('End');
  await expect(row(page, ITEMS - 1)).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
  await row(page, ITEMS - 1).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('items-selected')).toContainText('已选 10,000 条');
  await row(page, ITEMS - 1).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('items-selected')).toContainText('已选 10,001 条');
  await page.locator('.item-list-viewport').evaluate((viewport, top) => {
    viewport.scrollTop = top;
  }, 10_000 * 34);
  await expect(row(page, 10_000)).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
  await row(page, 10_000).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('items-selected')).toContainText('已选 20,000 条');
}

async function openTagDialog(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: '条目' }).click();
  await page.keyboard.press('t');
  await expect(page.getByTestId('tag-dialog').getByRole('heading', { name: '打标签（20,000 条）' })).toBeVisible();
  await page.keyboard.type(TAG);
  await expect(page.getByTestId('tag-dialog').getByRole('option', { name: `新建标签“${TAG}”` })).toBeVisible();
}

/** Selects all 20,000, types the tag, arms the probe, presses Enter, and waits until the whole edit is held. */
async function startHeldBulkTag(page: Page, auditEntriesBefore: number): Promise<void> {
  await openItems(page);
  await selectAllTwentyThousand(page);
  await openTagDialog(page);
  await page.evaluate((minItemPuts) => {
    const probe = window.__bulkEditProbe as BulkEditProbe;
    probe.minItemPuts = minItemPuts;
    probe.armed = true;
  }, ITEMS);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__bulkEditProbe?.held !== null, undefined, { timeout: 120_000 });
  // Every row of the edit and its audit entry are in the transaction when the page goes away.
  expect(await page.evaluate(() => window.__bulkEditProbe?.held)).toEqual({ itemPuts: ITEMS, auditEntriesInside: auditEntriesBefore + 1 });
}

test('a reload or a killed renderer while a bulk tag of 20,000 items is being written leaves none of them changed, and the same edit then lands whole', async ({
  page,
  context,
}) => {
  test.setTimeout(600_000);
  await installBulkEditProbe(page);
  await startEmpty(page);
  await importGenerated(page);
  const before = await readTagFacts(page);
  expect(before).toMatchObject({ items: ITEMS, tagged: 0, tagEntries: [] });

  await startHeldBulkTag(page, before.auditEntries);
  await page.reload();
  await expect(page.getByTestId('status-item-count')).toHaveText(/^条目 20,000 条$/, { timeout: 60_000 });
  expect(await readTagFacts(page)).toEqual(before);
  await verifyAuditChain(page);

  // The renderer process killed outright (Chromium's own crash, as an out-of-memory or a task-manager kill would).
  await startHeldBulkTag(page, before.auditEntries);
  const crashed = page.waitForEvent('crash');
  const devtools = await context.newCDPSession(page);
  void devtools.send('Page.crash').catch(() => undefined);
  await crashed;
  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(fresh.getByTestId('status-item-count')).toHaveText(/^条目 20,000 条$/, { timeout: 60_000 });
  expect(await readTagFacts(fresh)).toEqual(before);
  await verifyAuditChain(fresh);

  // Nothing about the store keeps the edit from landing: done again and left to finish, it is there whole.
  await openItems(fresh);
  await selectAllTwentyThousand(fresh);
  await openTagDialog(fresh);
  await fresh.keyboard.press('Enter');
  await expect(fresh.getByTestId('toast')).toContainText(`添加标签“${TAG}”`, { timeout: 120_000 });
  await screen(fresh, 'reliability-bulk-edit-landed');
  const landed = await readTagFacts(fresh);
  expect(landed).toEqual({ items: ITEMS, tagged: ITEMS, auditEntries: before.auditEntries + 1, tagEntries: [{ items: ITEMS }] });
  await verifyAuditChain(fresh);
});

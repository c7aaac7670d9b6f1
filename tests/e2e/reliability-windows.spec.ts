// Several windows, in real Chromium: two pages of the same origin on the same store, each with its own
// connection, search worker and undo stack. Bulk tagging in one and bulk assessment in the other, fired at the
// same moment over the same items, must all land (IndexedDB queues read-write transactions across connections;
// each operation reads its rows inside its own transaction, so neither overwrites the other), finish without
// either window waiting forever, and leave one audit chain that verifies. Then a newer version opening the store
// from one window stops the other behind a Chinese 请重新加载 prompt.
import type { Page } from '@playwright/test';
import { expect, nav, screen, startWithDemo, test } from './fixtures';
import { expectReloadPrompt, itemRow as row, readStoreBeside, upgradeStoreFrom, verifyAuditChain } from './reliability-helpers';

const ROUNDS = 3;
const tagOf = (round: number) => `并发/第${round}轮`;

async function openItems(page: Page): Promise<number> {
  await page.bringToFront();
  await nav(page).getByRole('link', { name: /^条目/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '条目' })).toBeVisible();
  await expect(row(page, 0)).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
  return Number((await page.getByTestId('item-list').getAttribute('aria-rowcount')) ?? 0) - 1;
}

/**
 * Every item: ctrl-click the first row, End, shift-click the last. The window comes to the front first, as the
 * analyst's would: a background tab gets no animation frames, so its list would not scroll.
 */
async function selectAll(page: Page, total: number): Promise<void> {
  await page.bringToFront();
  await row(page, 0).click({ modifiers: ['Control'] });
  await page.getByRole('heading', { level: 1, name: '条目' }).click();
  await page.keyboard.press('End');
  await expect(row(page, total - 1)).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
  await row(page, total - 1).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('items-selected')).toContainText(`已选 ${total} 条`);
  await page.getByRole('heading', { level: 1, name: '条目' }).click();
}

interface StoreFacts {
  version: number;
  items: { id: string; tags: string[]; risk: number | null }[];
  audit: { seq: number; action: string; items: number }[];
}

async function readStore(page: Page): Promise<StoreFacts> {
  const { version, rows } = await readStoreBeside(page, { rows: ['items', 'auditLog'] });
  return {
    version,
    items: (rows.items as { id: string; tags: string[]; assessment: { risk: number | null } }[]).map((item) => ({
      id: item.id,
      tags: item.tags,
      risk: item.assessment.risk,
    })),
    audit: (rows.auditLog as { seq: number; action: string; items?: string[] }[]).map((entry) => ({
      seq: entry.seq,
      action: entry.action,
      items: entry.items?.length ?? 0,
    })),
  };
}

test('two windows bulk-tagging and bulk-assessing the same items at once: every write lands, none waits forever, one chain verifies; an upgrade from one stops the other', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await startWithDemo(page);
  const other = await context.newPage();
  await other.goto(page.url());
  const total = await openItems(page);
  expect(await openItems(other)).toBe(total);
  const before = await readStore(page);
  expect(before.items).toHaveLength(total);

  // The selection stays across writes, as it does for the analyst.
  await selectAll(page, total);
  await selectAll(other, total);
  for (let round = 1; round <= ROUNDS; round += 1) {
    await page.bringToFront();
    await page.getByRole('heading', { level: 1, name: '条目' }).click();
    await page.keyboard.press('t');
    await page.keyboard.type(tagOf(round));
    await expect(page.getByTestId('tag-dialog').getByRole('option', { name: `新建标签“${tagOf(round)}”` })).toBeVisible();

    await other.bringToFront();
    await other.getByRole('heading', { level: 1, name: '条目' }).click();
    await other.keyboard.press('a');
    const assess = other.getByTestId('assess-dialog');
    await expect(assess.getByRole('heading', { name: `批量研判（${total} 条）` })).toBeVisible();
    await assess.getByLabel('风险等级').selectOption(String(round));

    // Both at once; a deadlock between the two connections would leave a toast missing and time the test out.
    await Promise.all([page.keyboard.press('Enter'), assess.getByRole('button', { name: '保存' }).click()]);
    await expect(page.getByTestId('toast')).toContainText(`添加标签“${tagOf(round)}”`, { timeout: 60_000 });
    await expect(other.getByTestId('toast')).toContainText(`已保存 ${total} 条条目的研判`, { timeout: 60_000 });
  }

  const after = await readStore(other);
  const allTags = Array.from({ length: ROUNDS }, (_, index) => tagOf(index + 1));
  for (const item of after.items) {
    expect(item.tags, item.id).toEqual(expect.arrayContaining(allTags));
    expect(item.risk, item.id).toBe(ROUNDS);
  }
  const written = after.audit.slice(before.audit.length);
  expect(written.map((entry) => entry.seq)).toEqual(written.map((_, index) => before.audit.length + index + 1));
  expect(written.filter((entry) => entry.action === 'items.tag')).toEqual(
    Array.from({ length: ROUNDS }, () => expect.objectContaining({ items: total }) as unknown),
  );
  // An assessment writes only the items it changes: in round 1 those not at risk 1 already, then every item.
  const changedInRoundOne = before.items.filter((item) => item.risk !== 1).length;
  expect(changedInRoundOne).toBeGreaterThan(0);
  expect(written.filter((entry) => entry.action === 'items.assess').map((entry) => entry.items)).toEqual([
    changedInRoundOne,
    ...Array.from({ length: ROUNDS - 1 }, () => total),
  ]);

  await page.bringToFront();
  await verifyAuditChain(page);

  // The next release opening the store in the other window: one version up.
  await upgradeStoreFrom(other, after.version + 10);
  const prompt = await expectReloadPrompt(page);
  await expect(prompt).toContainText('另一个窗口已将数据库升级到新版本');
  await screen(page, 'reliability-windows-reload-prompt');
  const upgraded = await readStore(other);
  expect(upgraded.version).toBe(after.version + 10);
  expect(upgraded.audit).toHaveLength(after.audit.length);
});

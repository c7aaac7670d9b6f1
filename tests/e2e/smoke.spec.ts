import { test, expect } from '@playwright/test';

test('starts in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '舆情工作台' })).toBeVisible();
});

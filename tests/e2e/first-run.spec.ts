import { createProfile, expect, screen, test } from './fixtures';

test('starts in Chinese with the first-run screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('舆情工作台');
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用舆情工作台' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '第一步：建立本机人员' })).toBeVisible();
  await screen(page, 'first-run-1-profile');

  await page.getByRole('button', { name: '建立人员' }).click();
  await expect(page.getByRole('alert')).toHaveText('请填写姓名。');
  await page.getByLabel('姓名').fill('王晓燕');
  await page.getByLabel(/PIN/).fill('12');
  await page.getByRole('button', { name: '建立人员' }).click();
  await expect(page.getByRole('alert')).toHaveText('PIN 须为 4–8 位数字。');
  await screen(page, 'first-run-1-invalid');
});

test('first run creates a profile, shown in the top bar and in settings', async ({ page }) => {
  await page.goto('/');
  await createProfile(page, '巴特尔', '审核人', '2468');
  await expect(page.getByText('巴特尔，你好。')).toBeVisible();
  await screen(page, 'first-run-2-choice');
  await page.getByRole('button', { name: /从空白开始/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: '首页' })).toBeVisible();
  await expect(page.getByTestId('current-person')).toContainText('巴特尔 · 审核人');
  await expect(page.getByText('工作台还没有条目。', { exact: false })).toBeVisible();
  await expect(page.getByTestId('status-item-count')).toHaveText('条目 0 条');
  await expect(page.getByTestId('alerts')).toContainText('暂无预警');
  await screen(page, 'home-empty');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '首页' })).toBeVisible();
  await expect(page.getByTestId('current-person')).toContainText('巴特尔 · 审核人');

  await page.getByRole('link', { name: /设置/ }).click();
  const profiles = page.getByTestId('profiles-table');
  await expect(profiles).toContainText('巴特尔');
  await expect(profiles).toContainText('审核人');
  await expect(profiles).toContainText('已设置');
});

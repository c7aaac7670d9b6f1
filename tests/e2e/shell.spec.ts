import { expect, nav, NAV_LABELS_EN, NAV_LABELS_ZH, ROUTE_IDS, screen, startEmpty, test } from './fixtures';

test('every navigation entry opens its page, by mouse and by Alt+digit', async ({ page }) => {
  await startEmpty(page);
  const links = nav(page).getByRole('link');
  await expect(links).toHaveCount(NAV_LABELS_ZH.length);
  for (const [index, label] of NAV_LABELS_ZH.entries()) {
    const link = nav(page).getByRole('link', { name: new RegExp(`^${label}`) });
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(ROUTE_IDS[index] === 'home' ? /#\/$/ : new RegExp(`#/${ROUTE_IDS[index]}$`));
    await screen(page, `empty-${index + 1}-${ROUTE_IDS[index]}`);
  }

  for (const [index, label] of NAV_LABELS_ZH.entries()) {
    await page.keyboard.press(`Alt+${index + 1}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    // Focus lands on the new page's heading, so keyboard work continues there.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('pages still to be built explain what they will hold, in Chinese', async ({ page }) => {
  await startEmpty(page);
  for (const label of ['条目', '传播', '日报告', '统计', '单位考核']) {
    await nav(page)
      .getByRole('link', { name: new RegExp(`^${label}`) })
      .click();
    await expect(page.getByRole('heading', { name: '这里将会有什么' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '现在可以做什么' })).toBeVisible();
    // No English words leak into a Chinese page (product names like Excel aside).
    const text = await page.locator('main').innerText();
    expect(text.replace(/Excel|CSV|JSON|Alt\+\d/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  }
});

test('the navigation is reachable with Tab and shows where focus is', async ({ page }) => {
  await startEmpty(page);
  const first = nav(page).getByRole('link').first();
  await first.focus();
  await page.keyboard.press('Tab');
  const second = nav(page).getByRole('link').nth(1);
  await expect(second).toBeFocused();
  const outline = await second.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('条目');
  await screen(page, 'focus-visible');
});

test('switching to English and back, remembered across a reload', async ({ page }) => {
  await startEmpty(page);
  await nav(page).getByRole('link', { name: /^设置/ }).click();
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(nav(page).getByRole('link')).toHaveText(NAV_LABELS_EN.map((label) => new RegExp(`^${label}`)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await screen(page, 'settings-en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByTestId('current-person')).toContainText('王晓燕 · Drafter');
  await nav(page).getByRole('link', { name: /^Home/ }).click();
  await screen(page, 'home-en');

  await nav(page)
    .getByRole('link', { name: /^Settings/ })
    .click();
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(nav(page).getByRole('link')).toHaveText(NAV_LABELS_ZH.map((label) => new RegExp(`^${label}`)));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
});

test('the time zone setting changes how times are shown', async ({ page }) => {
  await startEmpty(page);
  await nav(page).getByRole('link', { name: /^设置/ }).click();
  const created = page.getByTestId('profiles-table').locator('tbody td').nth(3);
  const shanghai = await created.innerText();
  await page.getByLabel('时区').selectOption('UTC');
  await expect(created).not.toHaveText(shanghai);
  await page.getByLabel('时区').selectOption('Asia/Shanghai');
  await expect(created).toHaveText(shanghai);
});

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

// Names an analyst sees as written in a Chinese interface: keys, products, file formats, encodings and
// commands of the desk CLI, time zone identifiers (北京时间（Asia/Shanghai）).
const LATIN_NAMES =
  /Alt\+\d|Ctrl|Shift|Enter|Esc|Tab|PIN|ID|Excel|WPS|CSV|JSON|PNG|SVG|PDF|UTF-\d+|GBK|GB18030|SHA-256|\.?(xlsx|xls|csv|txt|json|odbak)\b|“desk [a-z ]+”|\b[A-Z][a-z]+\/[A-Za-z_]+|UTC/g;

test('every page of an empty workspace says in Chinese why it is empty, with no English leaking', async ({ page }) => {
  await startEmpty(page);
  // Settings and the log are never empty: the person just created is listed there, and its creation logged.
  const withoutData = new Set(['home', 'items', 'import', 'spread', 'reports', 'stats', 'units']);
  for (const [index, label] of NAV_LABELS_ZH.entries()) {
    await nav(page)
      .getByRole('link', { name: new RegExp(`^${label}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    const main = page.locator('main');
    if (withoutData.has(ROUTE_IDS[index] ?? '')) {
      const emptyState = main.locator('.empty-state, .notice').first();
      await expect(emptyState, label).toBeVisible();
      await expect(emptyState, label).toHaveText(/[\u4e00-\u9fff]{6,}/);
    } else {
      await expect(main.locator('table').first(), label).toBeVisible();
    }
    // Let late text (counts, storage) arrive before reading the page.
    await expect(main.locator('[aria-busy="true"]')).toHaveCount(0);
    // A language offered in its own name (English, marked lang="en") is meant to be read in that language.
    const text = await main.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const foreign of copy.querySelectorAll('[lang]:not([lang="zh-CN"])')) foreign.remove();
      return copy.textContent ?? '';
    });
    expect(text.replace(LATIN_NAMES, '').match(/[A-Za-z]{2,}/g) ?? [], label).toEqual([]);
    await screen(page, `shell-empty-${index + 1}-${ROUTE_IDS[index]}`);
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

import { expect, nav, NAV_LABELS_ZH, startEmpty, test } from './fixtures';

test('the Content-Security-Policy blocks inline script and eval', async ({ page }) => {
  await startEmpty(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const marker = window as unknown as { inlineScriptRan?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.head.append(script);
    // DevTools evaluation (page.evaluate) is itself exempt from the policy, so eval is tried from a later
    // task of the page's own event loop, where the policy applies as it would to the app's code.
    const evalRan = await new Promise<boolean>((resolve) =>
      setTimeout(() => {
        try {
          // eslint-disable-next-line no-eval -- the point is to prove the page refuses it
          resolve((0, eval)('1 + 1') === 2);
        } catch {
          resolve(false);
        }
      }, 0),
    );
    const marked = window as unknown as { stringTimerRan?: boolean };
    // eslint-disable-next-line no-implied-eval -- a string timer is eval in disguise; the policy must refuse it
    setTimeout('window.stringTimerRan = true;', 0);
    // Violation reports are dispatched asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inlineRan: marker.inlineScriptRan === true, evalRan, stringTimerRan: marked.stringTimerRan === true, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.evalRan).toBe(false);
  expect(outcome.stringTimerRan).toBe(false);
  expect(outcome.violations.some((directive) => directive.startsWith('script-src'))).toBe(true);
});

test('the offline guard notices a request to another host', async ({ page, outsideRequests }) => {
  // A page without the app's CSP, so the request really starts and only the guard stands in its way.
  await page.setContent('<img src="http://203.0.113.7/tracker.png" alt="">');
  await expect.poll(() => outsideRequests.length).toBeGreaterThan(0);
  expect(outsideRequests[0]).toContain('203.0.113.7');
  // Emptied, so this deliberate request does not fail the test it proves.
  outsideRequests.length = 0;
});

test('the console stays clean from the first load through every screen, and the policy arrives as a header', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  const first = await page.goto('/');
  expect(first?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).not.toContain('frame-ancestors');
  await startEmpty(page);
  for (const label of NAV_LABELS_ZH) {
    await nav(page)
      .getByRole('link', { name: new RegExp(`^${label}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});

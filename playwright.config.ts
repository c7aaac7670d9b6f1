import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 47801);
// Each port builds into a folder of its own, so two suites (or `npm run web`) never swap files under each other.
const outDir = `.cache/e2e-web-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // A port of its own, so a running `npm run web` (and its IndexedDB) is never touched by tests.
    command: `npx vite build --config vite.web.config.ts --logLevel warn --outDir ${outDir} && npx vite preview --config vite.web.config.ts --outDir ${outDir} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});

import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, testChromiumPath } from './scripts/lib/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: testChromiumPath(),
      args: CHROME_ARGS,
    },
  },
  webServer: {
    // The production server (`npm start` without its build): the tests see what readers get.
    command: `node scripts/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

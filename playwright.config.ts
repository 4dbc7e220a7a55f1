import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // Upper bounds, not targets: the machines are shared and a loaded one is several times slower.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    // Set by global-setup once the built site is served on a free loopback port.
    baseURL: process.env.E2E_SITE_URL,
    launchOptions: chromiumLaunchOptions,
  },
});

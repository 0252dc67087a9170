// Browser journeys: the production build in mock mode, served by `vite preview`, driven in Debian's
// Chromium; one journey runs the real production build against the mock API over HTTP.
import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  // One worker per core: the files are shared out between two browsers. The tests of a file stay
  // in one worker, in order (fullyParallel off): tests/e2e/production-build.spec.ts shares one
  // mock API server (scripts/preview-http.mjs) between its tests.
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // No retries, in CI either: a journey that needs a second try has a bug, in the app or in the
  // journey, and a retry would hide it. `npm run test:under-load` (scripts/cpu-hog.mjs) runs the
  // tests on a machine kept busy, to find such journeys before CI does.
  retries: 0,
  timeout: 30_000,
  // Assertions keep Playwright's default of 5 s: what a page shows in answer to a click. A page
  // load (goto, reload) is a cold start of the app and waits within the test's timeout instead
  // (tests/e2e/support/journey.ts, openAndLoad).
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    // The browser asks for English whatever the machine's own language, so the journeys read the
    // English texts; tests/e2e/languages.spec.ts asks for the others.
    locale: 'en-US',
    baseURL: `http://127.0.0.1:${PORT}`,
    // No trace by default: recording one for every journey (screencast frames and DOM snapshots,
    // kept only on failure) cost about 40% of the suite's time on a 2-core machine. To look into
    // a failing journey, run it again with PW_TRACE=1; a failure still leaves its screenshot.
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Never a downloaded browser: Debian's Chromium, with the flags this offline machine needs.
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --mode mock --outDir dist-mock --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/login`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // tests/e2e/production-build.spec.ts: dist-http on :4174, the mock API over HTTP on :4010.
      command: 'node scripts/preview-http.mjs',
      url: 'http://127.0.0.1:4174/login',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});

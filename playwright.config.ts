import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Ports for the app (npm start) and the misbehaving relay the tests talk to. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4317);
export const RELAY_PORT = Number(process.env.E2E_RELAY_PORT ?? 4318);
/** A plain static file host serving dist/ under sub-paths (e2e/servers/static-server.ts). */
export const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 4319);
/** Where the static-host project opens the app: a sub-path, as GitHub Pages serves a repository. */
export const STATIC_APP_URL = `http://127.0.0.1:${STATIC_PORT}/some/path/`;
/** A second relay instance, for tests that need two servers at once (Compare). */
export const RELAY2_PORT = Number(process.env.E2E_RELAY2_PORT ?? 4320);

// Browsers cannot be downloaded on our machines: use Debian's Chromium when it is there.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
    },
  },
  projects: [
    // The app as `npm start` serves it: demo backend and local proxy on its own server.
    { name: 'default', testIgnore: '**/static-host.spec.ts' },
    // The same build on a plain static host under a sub-path: the demo runs in the browser.
    { name: 'static-host', testMatch: '**/static-host.spec.ts', use: { baseURL: STATIC_APP_URL } },
  ],
  webServer: [
    {
      command: `npx tsx server/main.ts`,
      env: { PORT: String(APP_PORT), HOST: '127.0.0.1', NO_BUILD: '1' },
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx tsx e2e/servers/relay-server.ts`,
      env: { PORT: String(RELAY_PORT) },
      url: `http://127.0.0.1:${RELAY_PORT}/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx tsx e2e/servers/relay-server.ts`,
      env: { PORT: String(RELAY2_PORT) },
      url: `http://127.0.0.1:${RELAY2_PORT}/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx tsx e2e/servers/static-server.ts`,
      env: { PORT: String(STATIC_PORT) },
      url: `http://127.0.0.1:${STATIC_PORT}/health`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});

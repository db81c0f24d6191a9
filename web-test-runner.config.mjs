// Browser tests in headless Chromium: the system's Chromium, or CHROME_PATH.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium } from './scripts/chromium-path.mjs';
import { nwCommands } from './test/support/commands.mjs';
import { testEndpoints } from './test/support/test-server.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'No Chromium or Chrome found. Install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

export default {
  files: process.env.NW_TEST_FILES ? process.env.NW_TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // The render fuzz (test/hostile/fuzz-render.test.ts: 5 × 10,000 payloads) takes about 5 minutes on 2 cores.
  testsFinishTimeout: 600_000,
  middleware: [testEndpoints],
  plugins: [nwCommands(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};

import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4391);
// A fresh data folder per run: demo data with a known password, plus a hand-computed district.
const DATA_DIR = path.join(os.tmpdir(), `vbe-e2e-data-${PORT}`);
// What the SMTP sink receives; beside the data folder, which the server keeps to its own files.
const SMTP_SINK_DIR = path.join(os.tmpdir(), `vbe-e2e-smtp-${PORT}`);
// Debian's chromium (apt-get install chromium); Playwright cannot download its own here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'sv-SE',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The README's run command, on a test port: builds if needed, then serves.
    // Started through the SMTP sink, which sets SMTP_URL for the server (meeting-mail.spec.ts reads what it receives).
    command: `rm -rf '${DATA_DIR}' '${SMTP_SINK_DIR}' && node --import tsx test/e2e/fixtures/prepare-data.ts && node --import tsx test/e2e/fixtures/smtp-sink.ts node --import tsx scripts/start.ts`,
    cwd: '..',
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR, SMTP_SINK_DIR, MAIL_FROM: 'Kunskapsbanken VBE <noreply@vbe.example>' },
    url: `http://127.0.0.1:${PORT}/healthz`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});

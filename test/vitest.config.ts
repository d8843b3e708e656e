/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's *.spec.ts files live in test/e2e and are not vitest's.
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // Integration tests start servers and child processes; a busy 2-core machine needs slack.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

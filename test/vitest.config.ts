/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's *.spec.ts files live in test/e2e and are not vitest's.
    root: new URL('..', import.meta.url).pathname,
    include: ['test/unit/**/*.test.ts'],
  },
});

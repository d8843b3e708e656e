// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  // Served on the municipal intranet; pages are plain static files.
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Every script and stylesheet as a file, so the CSP needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});

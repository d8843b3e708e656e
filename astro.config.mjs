// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  // Served on the municipal intranet; pages are plain static files.
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // The workspace's React roots are mounted by our own page scripts (see
  // site/components/workspace/mount.tsx), not client:* directives, whose
  // inline bootstrap script the CSP would refuse.
  integrations: [react()],
  // Every script and stylesheet as a file, so the CSP needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});

// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Served on the municipal intranet; pages are plain static files.
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});

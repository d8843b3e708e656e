// Mounts a workspace page into the static page's placeholder. Each Astro
// page's own <script> calls this, so the bundle is a file (the CSP forbids
// inline scripts) and pages load only the code they use.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './Shell.tsx';

export function mountPage(Page: ComponentType, options: { signedIn: boolean } = { signedIn: true }): void {
  const root = document.getElementById('arbetsyta');
  if (!root) return;
  createRoot(root).render(<StrictMode>{options.signedIn ? <Shell><Page /></Shell> : <Page />}</StrictMode>);
}

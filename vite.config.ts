/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: scripts, styles, images, fonts and data only from
 * our own origin, no inline script, no eval, no HTML-string sinks (Trusted Types), nothing
 * from any other server. `img-src data:` is for the empty favicon. The one Trusted Types policy
 * lets the dataset loader start its Web Worker from its own script URL, and nothing else. The dev server is left
 * without it: React's fast refresh needs an inline script there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The dataset loader's Web Worker: a script of our own origin like any other.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  // One policy, for the loader's worker script only (src/app/load-job.ts); no HTML sinks at all.
  'trusted-types dataset-worker',
].join('; ');

/** Puts the policy in the built index.html, so it travels to whatever host serves the files. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // The dataset loader's worker is a module worker (load-job.ts starts it with type: 'module').
  worker: { format: 'es' },
  // Relative asset paths so the built app also works from a sub-folder or file host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Flags stay separate files, fetched (from our own origin) only when a donor shows; inlined,
    // all 270 would bloat the script every reader downloads.
    assetsInlineLimit: (file) => (file.includes('/flag-icons/') ? false : undefined),
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // As a header too: a header also covers what a <meta> cannot (framing by other sites).
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});

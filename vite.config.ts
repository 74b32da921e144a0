/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { customMedia } from './scripts/custom-media';
import { CUSTOM_MEDIA } from './src/ui/breakpoints';

/**
 * The built app's Content-Security-Policy: scripts, styles, images, fonts and data only from
 * our own origin, no inline script, no eval, no HTML-string sinks (Trusted Types), nothing
 * from any other server. `img-src data:` is for the empty favicon. The dev server is left
 * without it: React's fast refresh needs an inline script there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
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
  // customMedia: the stylesheets' @media (--narrow) and (--wide) from src/ui/breakpoints.ts.
  plugins: [customMedia(CUSTOM_MEDIA), react(), contentSecurityPolicy()],
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

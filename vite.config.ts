/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the built app also works from a sub-folder or file host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Flags stay separate files, fetched (from our own origin) only when a donor shows; inlined,
    // all 270 would bloat the script every reader downloads.
    assetsInlineLimit: (file) => (file.includes('/flag-icons/') ? false : undefined),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});

// Builds the benchmark's peer pages (bench/peers/*.html) into bench/dist-peers; `npm run bench`
// serves them with `vite preview --config bench/vite.config.ts`. Not part of the app's build.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const peers = fileURLToPath(new URL('./peers/', import.meta.url));

export default defineConfig({
  root: peers,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist-peers/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        'vis-timeline': `${peers}vis-timeline.html`,
        echarts: `${peers}echarts.html`,
      },
    },
  },
  preview: { host: '127.0.0.1', strictPort: true },
});

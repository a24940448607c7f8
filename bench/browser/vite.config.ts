// Vite build of the benchmark pages (bench/browser/dist): bare Cytoscape floors (kies-floor: the labelled KIES figure) and the explorer's renderer.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: ['bare', 'explorer', 'layout', 'kies-floor'].map((p) => resolve(here, `${p}.html`)) },
  },
  worker: { format: 'es' },
});

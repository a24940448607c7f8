// Vite build of the explorer (index.html) and the offline GraphiQL page; copies the source texts to dist/sources.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCES = resolve(here, '..', 'graph-seed', 'sources');

/** Serves graph-seed/sources/*.txt as /sources/<file> in dev and emits them into dist/sources/ at build. */
function seedSources(): Plugin {
  const files = () => readdirSync(SOURCES).filter((f) => /^[\w.-]+\.txt$/.test(f));
  return {
    name: 'kies-seed-sources',
    configureServer(server) {
      server.middlewares.use('/sources', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, ''));
        if (!files().includes(name)) return next();
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(readFileSync(join(SOURCES, name)));
      });
    },
    generateBundle() {
      for (const file of files())
        this.emitFile({ type: 'asset', fileName: `sources/${file}`, source: readFileSync(join(SOURCES, file)) });
    },
  };
}

/**
 * index.html only: <link rel="modulepreload"> for what boot.ts imports dynamically (the app), so the browser fetches
 * the app while boot.ts, tiny and first, already has the start view's data request under way.
 */
function preloadApp(): Plugin {
  let base = '/';
  return {
    name: 'kies-preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk || !ctx.path.endsWith('/index.html')) return;
        const files = new Set<string>();
        const styles = new Set<string>();
        const visit = (file: string) => {
          const dep = bundle[file];
          if (files.has(file) || file === chunk.fileName || chunk.imports.includes(file) || dep?.type !== 'chunk')
            return;
          files.add(file);
          dep.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          dep.imports.forEach(visit);
        };
        // Only the explorer app: the dossier page (?dossier=) is the other dynamic import and loads on its own.
        chunk.dynamicImports
          .filter((file) => {
            const dep = bundle[file];
            return dep?.type === 'chunk' && !dep.facadeModuleId?.endsWith('dossier-main.tsx');
          })
          .forEach(visit);
        // The app's own stylesheets as well: Vite's import() helper waits for each one it has to add itself, and
        // that request queues behind the figure's answer on the server, holding the app back until both are in.
        return [
          ...[...files].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          ...[...styles].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [react(), seedSources(), preloadApp()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    // Inline assets become data: URLs (allowed by the CSP for images only), so keep everything as files.
    assetsInlineLimit: 0,
    rollupOptions: { input: { main: resolve(here, 'index.html'), graphiql: resolve(here, 'graphiql.html') } },
  },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});

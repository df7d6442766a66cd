// The PWA build: app shell precached by our service worker (prompt strategy), API never
// cached (design.md, "Updates"; setup-notes.md, "Service worker").
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export const themeColor = '#0f5c6e';

type ChunkingContext = { getModuleInfo(id: string): { importedIds: string[] } | null };

/** Every module `root` imports statically, directly or not (itself included). */
function staticImportsOf(root: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const next = [root];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    next.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Our modules that the app behind the login (full-app.tsx) imports statically and the entry does
 * not: one chunk, with it. Without it they were ~15 chunks of a few hundred bytes each (shared with
 * lazy screens), and each request to the service worker took the main thread ~5 ms on an offline
 * start at 4× slower CPU (docs/performance.md). Lazy screens import from it at no cost: they are
 * only reached through full-app.tsx.
 */
function appChunk(): (id: string, ctx: ChunkingContext) => string | null {
  const entries = ['index.html', 'src/client/main.tsx', 'src/client/boot.ts'].map((f) => resolve(f));
  const fullApp = resolve('src/client/full-app.tsx');
  let cached: { ctx: ChunkingContext; app: Set<string> } | null = null;
  return (id, ctx) => {
    if (cached?.ctx !== ctx) {
      const entry = new Set(entries.flatMap((e) => [...staticImportsOf(e, ctx)]));
      cached = { ctx, app: new Set([...staticImportsOf(fullApp, ctx)].filter((m) => !entry.has(m))) };
    }
    return id.startsWith(resolve('src')) && cached.app.has(id) ? 'full-app' : null;
  };
}

/**
 * Writes a `.br` (quality 11) next to each built script and stylesheet; the server sends it as is
 * (@fastify/static preCompressed). ~12% fewer bytes than on-the-fly compression: on weak 3G that
 * is ~0.35 s of the first visit (docs/performance.md).
 */
function precompressAssets(): Plugin {
  let assetsDir = 'dist/assets';
  return {
    name: 'pantau-precompress-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    writeBundle() {
      for (const name of readdirSync(assetsDir).filter((n) => /\.(js|css)$/.test(n))) {
        const source = readFileSync(join(assetsDir, name));
        const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length };
        writeFileSync(join(assetsDir, `${name}.br`), brotliCompressSync(source, { params }));
      }
    },
  };
}

/**
 * Source maps are for us (test/bench/size.ts attributes bytes to packages with them), not for the
 * public: /sw.js.map alone was 1.3 MB of our source. They are written without a sourceMappingURL
 * comment (build.sourcemap 'hidden', which the service worker's build inherits) and moved from
 * dist to dist-sourcemaps beside it, after vite-plugin-pwa has built the worker in its own
 * closeBundle (hence order 'post'). The server refuses *.map anyway (server/routes/static.ts).
 */
function privateSourceMaps(): Plugin {
  let outDir = resolve('dist');
  return {
    name: 'pantau-private-source-maps',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const mapsDir = `${outDir}-sourcemaps`;
        rmSync(mapsDir, { recursive: true, force: true });
        for (const path of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.map'))) {
          mkdirSync(dirname(join(mapsDir, path)), { recursive: true });
          renameSync(join(outDir, path), join(mapsDir, path));
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    precompressAssets(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        name: 'Pantau Kinerja',
        short_name: 'Pantau Kinerja',
        description: 'Perjanjian Kinerja dan realisasi triwulan perangkat daerah, tetap bisa dipakai tanpa internet.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: themeColor,
        background_color: '#f4f7f8',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // Our own worker (src/client/pwa/sw.ts): the generated one's precache, navigation fallback
      // (not /api/) and cleanup, plus Background Sync of the outbox. Still no runtime caching: /api
      // must always reach the network (the sync engine owns retries).
      strategies: 'injectManifest',
      srcDir: 'src/client/pwa',
      filename: 'sw.ts',
      injectManifest: {
        // One classic script (no module worker: Firefox and older Safari lack them).
        rollupFormat: 'iife',
        // ttf: the font embedded in generated PDFs (public/fonts), so printing works offline too.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,ttf}'],
        // The admin screen works only online (every change goes straight to the server), so a
        // tablet never needs it stored: it loads when an admin opens it, and offline says so
        // (routes.tsx). 21 kB gzip of every install, kept within the precache budget.
        // The LKjIP's Word writer (docx, ~100 kB gzip) is used once a year at the office: the worker
        // keeps it after its first use instead (sw.ts, 'pantau-on-demand').
        globIgnores: ['**/admin-page-*', '**/lkjip-docx-*'],
      },
    }),
    privateSourceMaps(),
  ],
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  resolve: {
    // jsPDF's optional imports (doc.html(), SVG images): unused, and 107 kB gzip of the precache.
    alias: {
      ...Object.fromEntries(['html2canvas', 'canvg', 'dompurify'].map((name) => [name, resolve('src/client/documents/jspdf-unbundled.ts')])),
      // fast-png's pako through the fflate jsPDF bundles anyway (src/client/documents/pako-via-fflate.ts).
      pako: resolve('src/client/documents/pako-via-fflate.ts'),
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: which chunks the home screen's lazy app (full-app.tsx) pulls in,
    // so the first-load budget counts them (test/support/first-load.ts). Not served, not precached.
    manifest: true,
    // The first load's chunks are preloaded from index.html, and so are the app's behind the login
    // (full-app.tsx) when it is imported: its chunk tree is several levels deep, and fetching it
    // level by level cost an offline start ~300 ms and costs weak 3G a round trip per level. Other
    // dynamic imports preload nothing: vite's helper adds a <link rel=modulepreload> per
    // dependency, and on an offline start (4× slower CPU) those insertions took ~90 ms of the
    // main thread while the scripts come from the service worker's cache in a few ms anyway.
    modulePreload: {
      resolveDependencies: (file, deps, context) => (context.hostType === 'html' || /(^|\/)full-app-[\w-]+\.js$/.test(file) ? deps : []),
    },
    rolldownOptions: {
      output: {
        // Libraries in their own chunks: an app update then re-downloads only our code over a weak
        // link (the service worker keeps unchanged hashed chunks). zod is reached only through
        // src/client/lazy-schemas.ts, so its chunk stays out of the first load (docs/performance.md);
        // zod-jitless.ts rides in the zod chunk, so jitless is set whenever zod is evaluated (CSP).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            // Apart from React: the login form of a first visit needs no router (app-shell.tsx).
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/, priority: 3 },
            { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/, priority: 2 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]client[\\/]lib[\\/]zod-jitless/, priority: 1 },
            // Only what appChunk names: by default a group also takes in everything its modules
            // import, which would pull the entry's i18n and session context in, and make
            // the entry import this chunk (and Dexie and the router) on a first visit.
            { name: appChunk(), priority: 0, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});

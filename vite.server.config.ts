// The server compiled to plain JavaScript for production (`npm run build:server` → build/server):
// Vite's SSR build bundles our own modules (src/server, src/api, src/domain) into main.js and
// cli.js and leaves every npm package external, so production runs `node build/server/main.js`
// on `npm ci --omit=dev`, with neither tsx nor vite. The SQL migrations are copied beside them
// (store/connection.ts finds them next to its own module, so chunks stay in the same folder).
import { cp } from 'node:fs/promises';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'build/server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { main: 'src/server/main.ts', cli: 'src/server/cli.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  plugins: [{
    name: 'copy-migrations',
    async closeBundle() {
      await cp('src/server/store/migrations', 'build/server/migrations', { recursive: true });
    },
  }],
});

// The first-load budget (issue 7) is a fact about the build, checked after `vite build`: what the
// login and home routes load before the first render must stay within 150 kB gzip.
import { describe, expect, it } from 'vitest';
import { firstLoadBudgetGzip, firstLoadPaths, kB, loginBudgetGzip, measureFirstLoad } from '../support/first-load';
import { measurePrecache, precacheBudgetGzip } from '../support/precache';

describe('first-load size budget', () => {
  it('finds the entry script and the stylesheet in index.html', () => {
    const paths = measureFirstLoad().files.map((f) => f.path);
    expect(paths.some((p) => /^assets\/index-.*\.js$/.test(p))).toBe(true);
    expect(paths.some((p) => p.endsWith('.css'))).toBe(true);
  });

  it('counts modulepreloads and ignores other links', () => {
    const html = [
      '<script type="module" crossorigin src="/assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">',
      '<link rel="stylesheet" href="/assets/index-c.css">',
      '<link rel="manifest" href="/manifest.webmanifest">',
      '<link rel="icon" href="/favicon.svg">',
    ].join('\n');
    expect(firstLoadPaths(html)).toEqual(['assets/index-a.js', 'assets/vendor-b.js', 'assets/index-c.css']);
  });

  it(`stays within ${kB(firstLoadBudgetGzip)} kB gzip`, () => {
    const load = measureFirstLoad();
    const detail = load.files.map((f) => `${f.path} ${kB(f.gzip)} kB`).join(', ');
    console.log(`First load: ${kB(load.gzip)} kB gzip (${kB(load.raw)} kB raw) of ${kB(firstLoadBudgetGzip)} kB: ${detail}`);
    expect(load.gzip, `first load ${kB(load.gzip)} kB gzip exceeds the budget; see docs/performance.md`).toBeLessThanOrEqual(firstLoadBudgetGzip);
  });

  it(`shows a first visit's login form after at most ${kB(loginBudgetGzip)} kB gzip (no Dexie, router or signed-in screens)`, () => {
    const load = measureFirstLoad();
    console.log(`Login form alone: ${kB(load.login.gzip)} kB gzip (${kB(load.login.raw)} kB raw)`);
    expect(load.login.gzip, 'the login form pulls in the signed-in app: keep src/client/app-shell.tsx free of Dexie and the routes').toBeLessThanOrEqual(loginBudgetGzip);
    expect(load.files.some((f) => /^assets\/full-app-.*\.js$/.test(f.path)), 'the home screen counts the app behind the login').toBe(true);
  });

  it(`installs for offline use (the service worker's precache) within ${kB(precacheBudgetGzip)} kB gzip, without jsPDF's unused html2canvas, canvg and DOMPurify`, () => {
    const precache = measurePrecache();
    const largest = precache.files.slice(0, 5).map((f) => `${f.path} ${kB(f.gzip)} kB`).join(', ');
    console.log(`Precache: ${kB(precache.gzip)} kB gzip (${kB(precache.raw)} kB raw) in ${precache.files.length} files of ${kB(precacheBudgetGzip)} kB; largest: ${largest}; sw.js ${kB(precache.worker.gzip)} kB`);
    expect(precache.files.some((f) => f.path === 'fonts/DejaVuSerif.ttf') && precache.files.some((f) => f.path === 'fonts/DejaVuSerif-Bold.ttf'), 'the PDF fonts are precached: printing works offline').toBe(true);
    expect(precache.files.filter((f) => /(html2canvas|purify|canvg|index\.es)-/.test(f.path)).map((f) => f.path)).toEqual([]);
    expect(precache.gzip, 'the precache exceeds its budget; see docs/performance.md').toBeLessThanOrEqual(precacheBudgetGzip);
  });
});

// The last look of a screen, shown the moment the app starts, until the live screen is ready.
//
// An offline start at 4× slower CPU needs ~0.6 s before home shows its data from IndexedDB:
// React, Dexie and the router must be compiled and run, the database opened, the screen rendered
// (docs/performance.md). So when the app is hidden or closed, what the screen showed is kept in
// localStorage; the next start paints that copy as soon as the entry runs, and takes it away when
// the live screen has its data. Rules that keep it honest:
// - only the signed-in user's own copy, of the same address (or of their home when opened at /);
// - any change to the device's data (a save, a sync) throws every copy away, so a copy never
//   shows what IndexedDB no longer holds (docs/design.md, "Start snapshot");
// - screens with a form are not kept: a copy of half-typed input would be misleading;
// - the copy cannot be used: it is inert and hidden from screen readers, and the first tap or
//   key press takes it away at once, so the live screen gets the input.
// It lives in a closed shadow root, so nothing that looks into the page (tests, ids, labels)
// finds two of the same element while the copy and the live screen overlap.

const storageKey = 'pantau-kinerja.start-snapshot';
/** Bump when the stored shape changes: copies of another shape are ignored. */
const snapshotFormat = 1;
/** The live screen takes over after this long at the latest, ready or not. */
const maxShownMs = 3000;
const maxScreens = 4;
const maxHtmlChars = 200_000;

interface StoredScreen {
  path: string;
  /** The user's home screen: shown again when the app is opened at `/`. */
  home: boolean;
  html: string;
}
interface Stored {
  format: number;
  userId: string;
  /** The build's style sheets: a look kept by another build is not shown with this one's styles. */
  styles: string;
  screens: StoredScreen[];
}

/** Which style sheets this page has (their hashed names change with every change to them). */
function stylesOfThisBuild(): string {
  return Array.from(document.querySelectorAll('link[rel="stylesheet"]'), (link) => link.getAttribute('href') ?? '').join(' ');
}

function read(): Stored | null {
  try {
    const raw = localStorage.getItem(storageKey);
    const stored = raw === null ? null : (JSON.parse(raw) as Stored);
    return stored?.format === snapshotFormat && Array.isArray(stored.screens) ? stored : null;
  } catch {
    return null;
  }
}

/** Throws away every kept screen (the data changed, or the user signed out). */
export function clearStartSnapshots(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // storage blocked: nothing was kept either
  }
}

/**
 * Keeps what `root` shows now as the look of `path` for `userId`, unless the screen is still
 * loading or has a form. Returns whether it was kept.
 */
export function keepStartSnapshot(userId: string, path: string, home: boolean, root: Element): boolean {
  if (root.querySelector('.loading, form') || root.childElementCount === 0) return false;
  const html = root.innerHTML;
  if (html.length > maxHtmlChars) return false;
  const before = read();
  const styles = stylesOfThisBuild();
  const sameOwner = before?.userId === userId && before.styles === styles;
  const others = sameOwner ? before.screens.filter((s) => s.path !== path && !(home && s.home)) : [];
  const stored: Stored = { format: snapshotFormat, userId, styles, screens: [{ path, home, html }, ...others].slice(0, maxScreens) };
  try {
    localStorage.setItem(storageKey, JSON.stringify(stored));
    return true;
  } catch {
    return false; // storage full or blocked: the next start is a normal one
  }
}

/** The kept look for opening `path` as `userId`, if there is one. */
export function findStartSnapshot(userId: string, path: string): string | null {
  const stored = read();
  if (stored?.userId !== userId || stored.styles !== stylesOfThisBuild()) return null;
  return stored.screens.find((s) => s.path === path || (path === '/' && s.home))?.html ?? null;
}

/** True once `root` shows a screen with nothing left loading. */
function liveScreenReady(root: Element): boolean {
  return root.childElementCount > 0 && root.querySelector('.loading') === null;
}

/**
 * Copies of the page's style sheets for the shadow root, which page styles do not reach into.
 * Constructed sheets, not a <style> element: the content security policy allows no inline styles.
 */
function copyPageStyles(): CSSStyleSheet[] {
  const copies: CSSStyleSheet[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      const copy = new CSSStyleSheet();
      copy.replaceSync(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
      copies.push(copy);
    } catch {
      // a sheet that cannot be read or copied: the copy shows without it
    }
  }
  return copies;
}

/**
 * Paints the kept look of `path` over `root` and takes it away when the live screen in `root` is
 * ready, on the first tap or key, or after `maxShownMs`. Returns the overlay, or null when there
 * is nothing to show.
 */
export function showStartSnapshot(userId: string, path: string, root: Element): HTMLElement | null {
  const html = findStartSnapshot(userId, path);
  if (html === null || typeof document.body.attachShadow !== 'function') return null;
  const overlay = document.createElement('div');
  overlay.className = 'start-snapshot';
  overlay.dataset.path = path;
  overlay.setAttribute('aria-hidden', 'true');
  overlay.inert = true;
  const shadow = overlay.attachShadow({ mode: 'closed' });
  // Older engines (and jsdom) have no constructed sheets: the copy then shows unstyled.
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadow) shadow.adoptedStyleSheets = copyPageStyles();
  shadow.innerHTML = html;
  document.body.append(overlay);

  const observer = new MutationObserver(() => {
    if (liveScreenReady(root)) release();
  });
  const timer = window.setTimeout(() => release(), maxShownMs);
  const events = ['pointerdown', 'keydown'] as const;
  function release() {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of events) window.removeEventListener(type, release, true);
    overlay.remove();
  }
  observer.observe(root, { childList: true, subtree: true });
  for (const type of events) window.addEventListener(type, release, true);
  return overlay;
}

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
// - screens with a form are not kept: a copy of half-typed input would be misleading; nor are
//   screens with an alert or notice (it may no longer apply), a chart, or inline styles (the
//   content security policy drops style attributes parsed from HTML);
// - a copy is shown only by the same build, in the same language and the same quarter;
// - the copy cannot be used: it is inert and hidden from screen readers, and the first tap or
//   key press takes it away at once, so the live screen gets the input.
// It lives in a closed shadow root, so nothing that looks into the page (tests, ids, labels)
// finds two of the same element while the copy and the live screen overlap.

import { periodOf } from '../../domain/period';
import { tenantTimeZone } from '../../domain/tenant-clock';
import { readCurrentAccountHint } from '../db/account-hint';

const storageKey = 'pantau-kinerja.start-snapshot';
/** Bump when the stored shape changes: copies of another shape are ignored. */
const snapshotFormat = 2;
/** The live screen takes over after this long at the latest, ready or not. */
const maxShownMs = 3000;
/**
 * Ready means nothing loading and no change for this long: a screen's later parts (the PK's sync
 * states and programme values, its action buttons, a chunk loaded on demand) come in within tens
 * of milliseconds after its main data; the copy stays until they have.
 */
const settleMs = 150;
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
  /** What the copy must match to be shown: build, language and quarter (see `contextNow`). */
  context: string;
  screens: StoredScreen[];
}

/**
 * The build (index.html's entry script and first style sheet: hashed names that change with
 * them; style sheets of lazy screens are added after these), the language, and the quarter: a
 * copy kept in another is not shown (other markup or styles, other words, another period).
 */
function contextNow(): string {
  const entry = document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
  const styles = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
  // The quarter is the pemda's (its zone is in the current account's hint; none yet: WIB).
  const { year, quarter } = periodOf(new Date(), tenantTimeZone(readCurrentAccountHint()?.tenant.settings));
  return [entry, styles, document.documentElement.lang, `${year}-${quarter}`].join(' ');
}

/**
 * Screens not kept: still loading, with a form, an alert or notice, a chart or inline styles. An
 * empty style attribute is what React leaves after a Suspense boundary showed its content again.
 */
const notKept = '.loading, form, [role="alert"], .banner, canvas, [style]:not([style=""])';

/**
 * The screen's HTML with the current state of its controls written into attributes: React sets
 * values, checks and selections as properties, which innerHTML does not show.
 */
function htmlOf(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  // Painted under a CSP without inline styles, even an empty style attribute is a violation.
  copy.querySelectorAll('[style=""]').forEach((e) => e.removeAttribute('style'));
  const live = root.querySelectorAll('input, select, textarea');
  const copied = copy.querySelectorAll('input, select, textarea');
  live.forEach((control, i) => {
    const target = copied[i];
    if (!target) return;
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) target.toggleAttribute('checked', control.checked);
    else if (control instanceof HTMLInputElement) target.setAttribute('value', control.value);
    else if (control instanceof HTMLTextAreaElement) target.textContent = control.value;
    else if (control instanceof HTMLSelectElement) Array.from(target.querySelectorAll('option')).forEach((option, j) => option.toggleAttribute('selected', control.options[j]?.selected ?? false));
  });
  return copy.innerHTML;
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
 * Keeps what `root` shows now as the look of `path` for `userId`, unless it is a screen not kept
 * (`notKept`) or too large. Returns whether it was kept.
 */
export function keepStartSnapshot(userId: string, path: string, home: boolean, root: Element): boolean {
  if (root.querySelector(notKept) || root.childElementCount === 0) return false;
  const html = htmlOf(root);
  if (html.length > maxHtmlChars) return false;
  const before = read();
  const context = contextNow();
  const sameOwner = before?.userId === userId && before.context === context;
  const others = sameOwner ? before.screens.filter((s) => s.path !== path && !(home && s.home)) : [];
  const stored: Stored = { format: snapshotFormat, userId, context, screens: [{ path, home, html }, ...others].slice(0, maxScreens) };
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
  if (stored?.userId !== userId || stored.context !== contextNow()) return null;
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
 * ready and settled, on the first tap or key, or after `maxShownMs`. Returns the overlay, or null when there
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

  let settle: number | undefined;
  const observer = new MutationObserver(() => {
    window.clearTimeout(settle);
    if (liveScreenReady(root)) settle = window.setTimeout(release, settleMs);
  });
  const timer = window.setTimeout(() => release(), maxShownMs);
  const events = ['pointerdown', 'keydown'] as const;
  function release() {
    observer.disconnect();
    window.clearTimeout(timer);
    window.clearTimeout(settle);
    for (const type of events) window.removeEventListener(type, release, true);
    overlay.remove();
  }
  observer.observe(root, { childList: true, subtree: true });
  for (const type of events) window.addEventListener(type, release, true);
  return overlay;
}

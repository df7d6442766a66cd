// When a text first shows on the page, seen from inside the page. Playwright's locators poll the
// page through a large injected script; on a 4× slower CPU, compiling and running it took the
// main thread just as the app started, and made an offline start look ~150 ms slower than a user
// sees it (docs/performance.md). A small init script records instead: a MutationObserver notices
// the text, and the next animation frame (the one that paints it) is the time. The bench reads
// the record with a bare CDP evaluate, which runs no script of Playwright's in the page.
import type { BrowserContext, CDPSession } from 'playwright-core';

/**
 * Every page of the context records when each of `texts` first shows in the document, and when
 * an element matching each of `selectors` first appears (the start snapshot's overlay, whose
 * content is in a closed shadow root that text cannot be read from).
 */
export async function recordShownTexts(context: BrowserContext, texts: string[], selectors: string[] = []): Promise<void> {
  // A string, not a function: tsx's transform would wrap a function's inner names in a helper
  // that does not exist in the page.
  await context.addInitScript(`(() => {
    const texts = ${JSON.stringify(texts)};
    const selectors = ${JSON.stringify(selectors)};
    const shown = {};
    window.__pkShown = shown;
    const seen = (key) => {
      shown[key] = -1; // seen; the frame that paints it sets the time
      requestAnimationFrame(() => { shown[key] = performance.now(); });
    };
    new MutationObserver(() => {
      const body = document.body ? document.body.textContent : '';
      for (const text of texts) if (shown[text] === undefined && body.includes(text)) seen(text);
      for (const selector of selectors) if (shown[selector] === undefined && document.querySelector(selector)) seen(selector);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  })()`);
}

export interface Shown {
  /** From the call that started the navigation (Date.now() before page.goto) to the painting frame. */
  wallMs: number;
  /** From the page's navigation start to the painting frame. */
  inPageMs: number;
}

/** When `key` (a text or selector) showed on the page behind `cdp`, or null if not (yet). */
export async function readShown(cdp: CDPSession, key: string, startedEpochMs: number): Promise<Shown | null> {
  const expression = `(() => { const t = window.__pkShown?.[${JSON.stringify(key)}]; return t === undefined || t < 0 ? null : [t, performance.timeOrigin + t]; })()`;
  // While the document is being replaced there is briefly no context to evaluate in: null.
  const answer = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
  const value = (answer as { result: { value?: [number, number] | null } } | null)?.result.value;
  return value ? { inPageMs: value[0], wallMs: value[1] - startedEpochMs } : null;
}

/** Waits until `key` (a text or selector) has shown on the page behind `cdp`; `startedEpochMs` is Date.now() before goto. */
export async function waitShown(cdp: CDPSession, key: string, startedEpochMs: number, timeoutMs = 60_000): Promise<Shown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((done) => setTimeout(done, 200));
    const shown = await readShown(cdp, key, startedEpochMs);
    if (shown) return shown;
    if (Date.now() > deadline) throw new Error(`"${key}" did not show within ${timeoutMs} ms`);
  }
}

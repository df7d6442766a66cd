// When a text first shows on the page, seen from inside the page. Playwright's locators poll the
// page through a large injected script; on a 4× slower CPU, compiling and running it took the
// main thread just as the app started, and made an offline start look ~150 ms slower than a user
// sees it (docs/performance.md). A small init script records instead: a MutationObserver notices
// the text, and the next animation frame (the one that paints it) is the time. The bench reads
// the record with a bare CDP evaluate, which runs no script of Playwright's in the page.
import type { BrowserContext, CDPSession } from 'playwright-core';

/** Every page of the context records when each of `texts` first shows. */
export async function recordShownTexts(context: BrowserContext, texts: string[]): Promise<void> {
  // A string, not a function: tsx's transform would wrap a function's inner names in a helper
  // that does not exist in the page.
  await context.addInitScript(`(() => {
    const wanted = ${JSON.stringify(texts)};
    const shown = {};
    window.__pkShown = shown;
    new MutationObserver(() => {
      const body = document.body ? document.body.textContent : '';
      for (const text of wanted) {
        if (shown[text] === undefined && body.includes(text)) {
          shown[text] = -1; // seen; the frame that paints it sets the time
          requestAnimationFrame(() => { shown[text] = performance.now(); });
        }
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  })()`);
}

export interface Shown {
  /** From the call that started the navigation (Date.now() before page.goto) to the painting frame. */
  wallMs: number;
  /** From the page's navigation start to the painting frame. */
  inPageMs: number;
}

/** Waits until `text` has shown on the page behind `cdp`; `startedEpochMs` is Date.now() before goto. */
export async function waitShown(cdp: CDPSession, text: string, startedEpochMs: number, timeoutMs = 60_000): Promise<Shown> {
  const deadline = Date.now() + timeoutMs;
  const expression = `(() => { const t = window.__pkShown?.[${JSON.stringify(text)}]; return t === undefined || t < 0 ? null : [t, performance.timeOrigin + t]; })()`;
  for (;;) {
    await new Promise((done) => setTimeout(done, 200));
    // While the document is being replaced there is briefly no context to evaluate in: ask again.
    const answer = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
    const value = (answer as { result: { value?: [number, number] | null } } | null)?.result.value;
    if (value) return { inPageMs: value[0], wallMs: value[1] - startedEpochMs };
    if (Date.now() > deadline) throw new Error(`"${text}" did not show within ${timeoutMs} ms`);
  }
}

/**
 * The browser tests' `test`: each test still gets a page of its own, a new tab with its own
 * history, session storage, viewport, listeners and init scripts, but the tabs of one
 * worker share a browser context. A new context per test (Playwright's default) starts a
 * new renderer process for every test: about a third of a second each, over a third of the
 * browser tests' time on a 2-core machine. With Chromium's --process-per-site (see
 * playwright.config.ts) the tabs share one renderer, kept alive by a tab left open on the site.
 *
 * What the shared context keeps between tests: the HTTP cache, cookies and local storage
 * (the site sets none); granted permissions are cleared after each test. A test that needs
 * other context options (JavaScript off: `withoutJavaScript` below) opens a context of its
 * own with `browser.newContext()`; `test.use()` of a context option is refused, as the shared
 * context could not honour it. (Playwright's own `test` would work too, but its tests need
 * workers of their own, and starting one costs a few seconds.)
 */
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const context = await browser.newContext({ baseURL });
      // A tab on the site, open for the worker's life, so its renderer process outlives each test's tab.
      const keeper = await context.newPage();
      if (baseURL) await keeper.goto(baseURL);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext }, use) => {
    await use(sharedContext);
    await sharedContext.clearPermissions();
  },
  page: async ({ sharedContext, javaScriptEnabled, viewport }, use) => {
    // The shared context was made with the defaults: a test asking for others must not pass unheard.
    if (javaScriptEnabled === false || (viewport && (viewport.width !== 1280 || viewport.height !== 720)))
      throw new Error(
        'The shared context cannot take context options from test.use(): open a context with browser.newContext()',
      );
    const page = await sharedContext.newPage();
    await use(page);
    await page.close();
  },
});

/** Runs `check` on a page of a context of its own with JavaScript off, closing it after, pass or fail. */
export async function withoutJavaScript(
  browser: Browser,
  baseURL: string | undefined,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    await check(await context.newPage());
  } finally {
    await context.close();
  }
}

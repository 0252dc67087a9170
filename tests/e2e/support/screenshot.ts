// Screenshots of the journeys' key screens, for the README (scripts/screenshots.mjs copies a chosen
// few to docs/screenshots/). Viewport-sized, not full-page, so the committed PNGs stay small.
import type { Locator, Page } from '@playwright/test';

/**
 * Saves reports/screenshots/<name>.png of what the viewport shows. With `focus`, that element is
 * scrolled into view first (the page's top otherwise), so the screen's point is in the picture.
 */
export async function snap(page: Page, name: string, focus?: Locator): Promise<void> {
  if (focus) {
    await focus.scrollIntoViewIfNeeded();
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  // No caret blinking or focus ring mid-animation in the picture.
  await page.screenshot({
    path: `reports/screenshots/${name}.png`,
    animations: 'disabled',
    caret: 'hide',
  });
}

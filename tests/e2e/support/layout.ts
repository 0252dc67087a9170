// The layout check of tests/e2e/layout.spec.ts, shared with the journeys in other languages
// (tests/e2e/languages.spec.ts): horizontal scrolling and interactive elements that overlap.
import { expect, type Page } from '@playwright/test';
import { snap } from './screenshot';

export const WIDTHS = [360, 390, 768, 1280, 1440] as const;
export const HEIGHT = 800;

interface LayoutProblem {
  kind: 'scrolls sideways' | 'overlap';
  detail: string;
}

/**
 * What is wrong with the page's layout as drawn now: a document wider than the viewport, or two
 * visible interactive elements whose boxes intersect by more than a pixel each way (one inside
 * the other, as an input inside its label, is not an overlap).
 */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'scrolls sideways' | 'overlap'; detail: string }[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      // The innermost elements reaching past the edge: where the width comes from.
      const past = [...document.body.querySelectorAll('*')].filter(
        (element) =>
          element.getBoundingClientRect().right > root.clientWidth + 1 &&
          ![...element.children].some(
            (child) => child.getBoundingClientRect().right > root.clientWidth + 1,
          ),
      );
      const where = past
        .slice(0, 3)
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`)
        .join(', ');
      problems.push({
        kind: 'scrolls sideways',
        detail: `${root.scrollWidth} px wide in a ${root.clientWidth} px viewport (${where})`,
      });
    }
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
    const describe = (element: Element) => {
      const name =
        element.getAttribute('aria-label') ??
        (element as HTMLElement).innerText.trim().slice(0, 40);
      const id = element.id ? `#${element.id}` : '';
      return `<${element.tagName.toLowerCase()}${id}> "${name}"`;
    };
    const elements = [...document.querySelectorAll(selector)].filter((element) => {
      if (element.closest('[aria-hidden="true"], .visually-hidden, .skip-link')) return false;
      // Sonner's toasts float above the page by design (at the bottom, clear of the header).
      if (element.closest('[data-sonner-toaster]')) return false;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return (
        box.width > 0 &&
        box.height > 0 &&
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        Number(style.opacity) > 0
      );
    });
    /** Inside a sticky or fixed bar: it floats over the page by design, which scrolls under it. */
    const floats = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const position = getComputedStyle(at).position;
        if (position === 'sticky' || position === 'fixed') return true;
      }
      return false;
    };
    const boxes = elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        element,
        floats: floats(element),
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
      };
    });
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        if (a.floats !== b.floats) continue;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 1 && down > 1) {
          problems.push({
            kind: 'overlap',
            detail: `${describe(a.element)} and ${describe(b.element)} overlap by ${Math.round(across)}×${Math.round(down)} px`,
          });
        }
      }
    }
    return problems;
  });
}

/**
 * Checks the page as it is at every width, naming the page, the width and each problem; with
 * `phoneShot`, also keeps a screenshot of it at 390 px (the README's phone pictures).
 */
export async function checkAtEveryWidth(
  page: Page,
  name: string,
  phoneShot?: string,
  widths: readonly number[] = WIDTHS,
): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: HEIGHT });
    // Two frames: the resize is laid out and painted before the boxes are read.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
    if (phoneShot && width === 390) await snap(page, phoneShot);
    const problems = await layoutProblems(page);
    expect(
      problems.map((problem) => `${problem.kind}: ${problem.detail}`),
      `${name} at ${width} px`,
    ).toEqual([]);
  }
}

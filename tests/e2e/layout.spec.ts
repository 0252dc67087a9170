// The layout check: every page of both journeys at phone, tablet and desktop widths, failing on
// horizontal scrolling and on interactive elements that overlap each other (bounding boxes).
import { expect, test, type Page } from '@playwright/test';
import {
  BUYER,
  DRAFT_EVENT_EDITOR,
  editDemoData,
  enterCard,
  logIn,
  ORGANIZER,
  orderOneTicketByCard,
  startFromTheSeed,
  USD_EVENT,
} from './support/journey';
import { snap } from './support/screenshot';

const WIDTHS = [360, 390, 768, 1280, 1440] as const;
const HEIGHT = 800;

interface LayoutProblem {
  kind: 'scrolls sideways' | 'overlap';
  detail: string;
}

/**
 * What is wrong with the page's layout as drawn now: a document wider than the viewport, or two
 * visible interactive elements whose boxes intersect by more than a pixel each way (one inside
 * the other, as an input inside its label, is not an overlap).
 */
async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
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
async function checkAtEveryWidth(page: Page, name: string, phoneShot?: string): Promise<void> {
  for (const width of WIDTHS) {
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

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: HEIGHT });
  await startFromTheSeed(page);
});

test('the pages a visitor sees before logging in keep their layout from 360 to 1440 px', async ({
  page,
}) => {
  await checkAtEveryWidth(page, 'the login page');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages of events' })).toContainText('Page 1');
  await checkAtEveryWidth(page, 'the events page', 'phone-events-page');

  await page.goto(USD_EVENT);
  await expect(page.getByRole('heading', { name: 'About this event' })).toBeVisible();
  await page.getByLabel('Quantity of General Admission').fill('2');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $50.00');
  await checkAtEveryWidth(page, 'the event page', 'phone-public-event');
});

test('the buyer’s checkout pages keep their layout from 360 to 1440 px', async ({ page }) => {
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await page.goto(USD_EVENT);
  await page.getByLabel('Quantity of General Admission').fill('1');
  await page.getByRole('button', { name: 'Order now' }).click();
  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await checkAtEveryWidth(page, 'the attendee details page', 'phone-attendee-details');

  await page.goto('/my-tickets');
  await expect(page.getByRole('heading', { name: 'My tickets', level: 1 })).toBeVisible();
  await checkAtEveryWidth(page, 'My tickets');

  await orderOneTicketByCard(page);
  await expect(page.getByLabel('Card number')).toBeVisible();
  await checkAtEveryWidth(page, 'the payment page', 'phone-payment');

  await enterCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();
  await checkAtEveryWidth(page, 'the order view', 'phone-order-complete');
});

test('My events and the wizard’s first step keep their layout from 360 to 1440 px', async ({
  page,
}) => {
  await logIn(page, ORGANIZER);
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
  await checkAtEveryWidth(page, 'My events');

  await page.goto(DRAFT_EVENT_EDITOR);
  await expect(page.getByLabel('Event name')).toBeVisible();
  await checkAtEveryWidth(page, 'the wizard’s basic details');
});

test('the wizard’s ticket rows and second step keep their layout from 360 to 1440 px', async ({
  page,
}) => {
  await logIn(page, ORGANIZER);
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
  await page.goto('/create');
  await expect(page.getByRole('heading', { name: 'Create an event', level: 1 })).toBeVisible();
  // The ticket rows of each kind, where their fields once ran into each other at 1280 px.
  await page.getByRole('button', { name: 'Add a paid ticket' }).click();
  await page.getByRole('button', { name: 'Add a donation ticket' }).click();
  await page.getByRole('button', { name: 'Add a free ticket' }).click();
  await expect(page.getByLabel('Ticket name')).toHaveCount(3);
  await checkAtEveryWidth(page, 'a new event with a ticket of each kind');

  await page.goto(DRAFT_EVENT_EDITOR);
  await expect(page.getByLabel('Event name')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('2.', { exact: false }).first()).toBeVisible();
  await checkAtEveryWidth(page, 'the wizard’s second step');
});

test('an event page with hostile content keeps its layout from 360 to 1440 px', async ({
  page,
}) => {
  // The demo data, edited as an organizer could: a 300-character unbroken name and URL, a
  // right-to-left organizer, a 4000 px wide cover, a ticket name ending in U+202E, 60 tickets.
  type Row = Record<string, unknown> & { id: number; position?: number };
  await editDemoData<{ events: Row[]; tickets: Row[]; nextIds: { tickets: number } }>(
    page,
    (data) => {
      const usd = data.events.find((event) => event.id === 1);
      const paid = data.tickets.find((ticket) => ticket.id === 2);
      if (!usd || !paid) throw new Error('the seed changed');
      const wide =
        `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="600">` +
        `<rect width="4000" height="600" fill="teal"/></svg>`;
      Object.assign(usd, {
        name: 'W'.repeat(300),
        location_name: `https://example.org/${'a'.repeat(300)}`,
        owner_name: 'مؤتمر البرمجيات الحرة',
        description: `<p>${'x'.repeat(300)} <a href="https://example.org/${'b'.repeat(300)}">link</a></p>`,
        large_image_url: `data:image/svg+xml,${encodeURIComponent(wide)}`,
      });
      paid.name = 'VIP\u202E';
      let id = data.nextIds.tickets;
      for (let n = 0; n < 57; n += 1) {
        data.tickets.push({ ...paid, id, name: `Ticket ${n + 1}`, position: 10 + n });
        id += 1;
      }
      data.nextIds.tickets = id;
    },
  );
  await page.goto(USD_EVENT);
  await expect(page.getByRole('heading', { name: 'W'.repeat(300), level: 1 })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /^Quantity of/ })).toHaveCount(60);
  // The price stays outside the name's isolate: "$25.00", never reordered to "00.52$".
  await expect(
    page.getByRole('listitem').filter({ hasText: 'VIP' }).getByText('$25.00', { exact: true }),
  ).toBeVisible();
  await checkAtEveryWidth(page, 'the event page with hostile content');
});

// The layout check: every page of both journeys at phone, tablet and desktop widths, failing on
// horizontal scrolling and on interactive elements that overlap each other (bounding boxes).
import { expect, test } from '@playwright/test';
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
import { checkAtEveryWidth, HEIGHT } from './support/layout';

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

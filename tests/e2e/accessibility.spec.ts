// Accessibility of both journeys in Chromium: axe-core (WCAG 2.0/2.1 A and AA) on every page, a
// visible focus indicator on everything Tab reaches, and each journey done with the keyboard alone.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, seriousFindings } from './support/axe';
import {
  ADMIN,
  BUYER,
  DRAFT_EVENT_EDITOR,
  JPY_EVENT,
  logIn,
  ORGANIZER,
  startFromTheSeed,
  tabTo,
  USD_EVENT,
  type Account,
} from './support/journey';

/** What the focus-indicator journey below keeps in the page as focus moves. */
interface FocusNotes {
  notingFocus?: boolean;
  focusStops: { key: string; visible: boolean }[];
}

const ORDER_URL = /\/orders\/([0-9a-f-]{36})\/(new|pending|view|expired)$/;

// Each test here walks several pages and runs axe on each (about half a second a page): 5-15 s
// alone, more on a busy machine.
test.describe.configure({ timeout: 60_000 });

// Every journey starts from the seed (a new browser context has nothing else). Those that start
// at the login page open it first; the others open their own first page.

/** Logs in from the login page: an organizer lands on My events, everyone else on the events page. */
async function logInAndLand(page: Page, account: Account) {
  await logIn(page, account);
  await heading(page, account === ORGANIZER ? 'My events' : 'Upcoming events');
}

async function heading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** Attendee details for one paid USD ticket, by mouse: the setup for the payment-side pages. */
async function orderOnePaidTicket(page: Page) {
  await page.goto(USD_EVENT);
  await page.getByLabel('Quantity of General Admission').fill('1');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $25.00');
  await page.getByRole('button', { name: 'Order now' }).click();
  await heading(page, 'Attendee details');
}

async function continueToCardPayment(page: Page) {
  await page.getByLabel('First name of attendee 1').fill('Bea');
  await page.getByLabel('Last name of attendee 1').fill('Buyer');
  await page.getByLabel('Credit or debit card (Stripe)').check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await heading(page, 'Payment');
  await expect(page.getByLabel('Card number')).toBeVisible();
}

async function payByCard(page: Page, number: string) {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
}

test('the axe check, as the journeys run it, reports a page that breaks a serious rule', async ({
  page,
}) => {
  // A page of its own, not the app: an unnamed button and an image without alternative text.
  await page.setContent('<main><button></button><img src="data:,"></main>');
  const rules = (await seriousFindings(page)).map((finding) => finding.id);
  expect(rules).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
});

test.describe('axe finds no serious or critical WCAG A/AA violations', () => {
  test('on the login page, with and without an error, and on My events', async ({ page }) => {
    await startFromTheSeed(page);
    await heading(page, 'Log in');
    await expectNoSeriousA11yViolations(page, 'the login page');
    // The same form showing a server error.
    await page.getByLabel('Email').fill(ORGANIZER.email);
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the login page with an error');

    await logInAndLand(page, ORGANIZER);
    await expectNoSeriousA11yViolations(page, 'My events');
  });

  test('on each step of the new event wizard, with its validation errors', async ({ page }) => {
    await startFromTheSeed(page);
    await logInAndLand(page, ORGANIZER);
    // The empty first step, its validation errors, then the other steps once saved.
    await page.goto('/create');
    await heading(page, 'Create an event');
    await expectNoSeriousA11yViolations(page, 'the new event wizard, basic details');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the new event wizard, basic details with errors');
    await page.getByLabel('Event name').fill('Axe Fest');
    await page.getByLabel('Start date', { exact: true }).fill('2099-03-14');
    await page.getByLabel('Start time', { exact: true }).fill('09:00');
    await page.getByLabel('End date').fill('2099-03-15');
    await page.getByLabel('End time').fill('18:00');
    await page.getByRole('button', { name: 'Add a paid ticket' }).click();
    const ticket = page.getByRole('group', { name: 'Ticket 1', exact: true });
    await ticket.getByLabel('Ticket name').fill('Standard');
    await ticket.getByLabel('Price ($)').fill('10.00');
    await page.getByLabel('Card payments with Stripe').check();
    await expect(page.getByRole('button', { name: 'Connect with Stripe' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the new event wizard with a ticket and Stripe');
    await page.getByLabel('On site (cash or card at the event)').check();
    await page.getByLabel('Card payments with Stripe').uncheck();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/events\/\d+\/edit\/other-details$/);
    await expect(page.getByRole('heading', { name: 'Organizer' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the new event wizard, other details');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the new event wizard, publish');
  });

  test('on each step of a seeded event and on the Stripe consent popup', async ({ page }) => {
    await startFromTheSeed(page);
    await logInAndLand(page, ORGANIZER);
    // The seeded event, with its tickets and connected Stripe account, step by step.
    const steps = [
      ['basic-details', 'About the event'],
      ['other-details', 'Organizer'],
      ['publish', 'Review'],
    ] as const;
    for (const [step, title] of steps) {
      await page.goto(`/events/1/edit/${step}`);
      await heading(page, /^Edit /);
      await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `the existing event wizard, ${step}`);
    }

    // The Stripe consent page, in the popup the wizard opens.
    await page.goto(DRAFT_EVENT_EDITOR);
    await heading(page, /^Edit /);
    await page.getByRole('button', { name: 'Add a paid ticket' }).click();
    const ticket = page.getByRole('group', { name: 'Ticket 1', exact: true });
    await ticket.getByLabel('Ticket name').fill('Card entry');
    await ticket.getByLabel('Price (€)').fill('15.00');
    await page.getByLabel('Card payments with Stripe').check();
    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Connect with Stripe' }).click();
    const popup = await popupOpened;
    await expect(popup.getByRole('heading', { name: 'Connect your Stripe account' })).toBeVisible();
    await expectNoSeriousA11yViolations(popup, 'the Stripe consent page');
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Connect my Stripe account' }).click();
    await closed;
    await expect(page.getByText('Connected to Stripe', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the wizard with Stripe connected');
  });

  test('on the admin payment settings page', async ({ page }) => {
    await startFromTheSeed(page);
    await logInAndLand(page, ADMIN);
    await page.goto('/admin/settings/payment-gateway');
    await heading(page, 'Payment settings');
    await expect(page.getByRole('button').last()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the admin payment settings');
  });

  test('on the buyer pages: the events page, public events, attendee details, payment, order view, My tickets', async ({
    page,
  }) => {
    // Anonymous first: the events page and the public page as a visitor sees them.
    await page.goto('/');
    await heading(page, 'Upcoming events');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the events page, logged out');
    await page.goto(USD_EVENT);
    await heading(page, 'Open Source Summit Demo');
    await expectNoSeriousA11yViolations(page, 'the USD public event page, logged out');

    await page.goto('/login');
    await logInAndLand(page, BUYER);
    await page.goto(JPY_EVENT);
    await expect(page.getByText('¥3,000', { exact: true })).toBeVisible();
    await page.getByLabel('Quantity of General Admission').fill('1');
    await expect(page.getByRole('status').filter({ hasText: 'Total' })).toContainText('¥');
    await expectNoSeriousA11yViolations(page, 'the JPY public event page');

    await page.goto(USD_EVENT);
    await page.getByLabel('Quantity of General Admission').fill('1');
    await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $25.00');
    await expectNoSeriousA11yViolations(page, 'the USD public event page with a ticket chosen');
    await page.getByRole('button', { name: 'Order now' }).click();

    await heading(page, 'Attendee details');
    await expectNoSeriousA11yViolations(page, 'the attendee details page');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await expect(page.getByLabel('First name of attendee 1')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoSeriousA11yViolations(page, 'the attendee details page with errors');

    await continueToCardPayment(page);
    await expectNoSeriousA11yViolations(page, 'the payment page with the card form');
    await page.getByLabel('Card number').fill('4242 4242 4242 4241');
    await page.getByLabel('Expiry').fill('12 / 34');
    await page.getByLabel('CVC').focus();
    await expect(page.getByText(/card number is (invalid|incorrect)/i)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the payment page with a card error');
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: 'Pay $25.00' }).click();

    await heading(page, 'Your order is complete');
    await expectNoSeriousA11yViolations(page, 'the completed order view');

    await page.goto('/my-tickets');
    await heading(page, 'My tickets');
    await expect(page.getByRole('region', { name: 'Upcoming' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'My tickets');
  });

  test('on the declined and expired pages', async ({ page }) => {
    await startFromTheSeed(page);
    await logInAndLand(page, BUYER);
    await orderOnePaidTicket(page);
    await continueToCardPayment(page);
    await payByCard(page, '4000 0000 0000 0002');
    await heading(page, 'Your card was declined');
    await expectNoSeriousA11yViolations(page, 'the card declined advice');

    // A declined charge expires the order on the server: its own page says so.
    const [, identifier] = ORDER_URL.exec(page.url()) ?? [];
    expect(identifier).toBeTruthy();
    await page.goto(`/orders/${identifier ?? ''}/expired`);
    await heading(page, 'This order has expired');
    await expectNoSeriousA11yViolations(page, 'the expired order page');
  });
});

test('every element Tab reaches shows a visible focus indicator', async ({ page }) => {
  await startFromTheSeed(page);
  /** Tabs through the page once round (at most `presses` times), returning each stop that has
   *  neither an outline nor a box-shadow. */
  async function unmarkedFocusStops(presses: number) {
    // The page notes each element that takes focus, with whether it shows an indicator then;
    // Tab is pressed in rounds and the notes read after each: one round trip a press, not two.
    await page.evaluate(() => {
      const tab = window as unknown as FocusNotes;
      tab.focusStops = [];
      if (tab.notingFocus) return;
      tab.notingFocus = true;
      document.addEventListener('focusin', (event) => {
        const element = event.target;
        if (!(element instanceof Element) || element === document.body) return;
        const style = window.getComputedStyle(element);
        const outlined =
          style.outlineStyle !== 'none' &&
          style.outlineStyle !== '' &&
          parseFloat(style.outlineWidth) > 0;
        const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
        const name = element.getAttribute('aria-label') ?? element.textContent.trim();
        const id = element.id ? `#${element.id}` : '';
        tab.focusStops.push({
          key: `${element.tagName.toLowerCase()}${id} "${name.slice(0, 40)}"`,
          visible: outlined || shadowed,
        });
      });
    });
    const missing: string[] = [];
    const seen = new Set<string>();
    let first: string | undefined;
    let read = 0;
    const ROUND = 10;
    for (let pressed = 0; pressed < presses; pressed += ROUND) {
      for (let i = 0; i < ROUND; i += 1) await page.keyboard.press('Tab');
      const stops = await page.evaluate(() => (window as unknown as FocusNotes).focusStops);
      for (const stop of stops.slice(read)) {
        // Back at the first stop: Tab has been all the way round the page.
        if (stop.key === first) return { missing, count: seen.size };
        first ??= stop.key;
        if (seen.has(stop.key)) continue;
        seen.add(stop.key);
        if (!stop.visible) missing.push(stop.key);
      }
      read = stops.length;
    }
    return { missing, count: seen.size };
  }

  const pages: [string, () => Promise<void>][] = [
    ['the login page', () => heading(page, 'Log in')],
    [
      'the events page',
      async () => {
        await logInAndLand(page, BUYER);
      },
    ],
    [
      'the public event page',
      async () => {
        await page.goto(USD_EVENT);
        await heading(page, 'Open Source Summit Demo');
      },
    ],
    [
      'the attendee details page',
      async () => {
        await page.getByLabel('Quantity of General Admission').fill('1');
        await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText(
          'Total: $25.00',
        );
        await page.getByRole('button', { name: 'Order now' }).click();
        await heading(page, 'Attendee details');
      },
    ],
    [
      'the payment page',
      async () => {
        await continueToCardPayment(page);
      },
    ],
    [
      'the wizard',
      async () => {
        await page.goto('/create');
        await heading(page, 'Create an event');
        await page.getByRole('button', { name: 'Add a paid ticket' }).click();
        await page.getByLabel('Card payments with Stripe').check();
      },
    ],
  ];
  for (const [screen, open] of pages) {
    await open();
    // Start from the top of the document, as a fresh page load does.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.locator('body').focus();
    const { missing, count } = await unmarkedFocusStops(60);
    expect(count, `Tab reached nothing on ${screen}`).toBeGreaterThan(2);
    expect
      .soft(missing, `focused elements without a visible outline or box-shadow on ${screen}`)
      .toEqual([]);
  }
});

test.describe('both journeys by keyboard alone', () => {
  test('an organizer logs in, creates an event with a paid ticket and publishes it', async ({
    page,
  }) => {
    await startFromTheSeed(page);
    await tabTo(page, page.getByRole('textbox', { name: 'Email' }));
    await page.keyboard.type(ORGANIZER.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ORGANIZER.password);
    await page.keyboard.press('Enter');
    await heading(page, 'My events');

    await tabTo(
      page,
      page.getByRole('region', { name: 'My events' }).getByRole('link', { name: 'Create event' }),
    );
    await page.keyboard.press('Enter');
    await heading(page, 'Create an event');

    await tabTo(page, page.getByRole('textbox', { name: 'Event name' }));
    await page.keyboard.type('Keyboard Conf');
    // Date and time inputs take typed digits segment by segment.
    await tabTo(page, page.getByLabel('Start date', { exact: true }));
    await page.keyboard.type('03142099');
    await tabTo(page, page.getByLabel('Start time', { exact: true }));
    await page.keyboard.type('0900AM');
    await tabTo(page, page.getByLabel('End date'));
    await page.keyboard.type('03152099');
    await tabTo(page, page.getByLabel('End time'));
    await page.keyboard.type('0600PM');
    await expect(page.getByLabel('Start date', { exact: true })).toHaveValue('2099-03-14');
    await expect(page.getByLabel('End time')).toHaveValue('18:00');

    await tabTo(page, page.getByRole('button', { name: 'Add a paid ticket' }));
    await page.keyboard.press('Enter');
    const ticket = page.getByRole('group', { name: 'Ticket 1', exact: true });
    // Adding a ticket moves focus to its name.
    await expect(ticket.getByLabel('Ticket name')).toBeFocused();
    await page.keyboard.type('Keyboard pass');
    await tabTo(page, ticket.getByLabel('Price ($)'));
    await page.keyboard.type('12.50');
    await tabTo(page, page.getByRole('checkbox', { name: 'On site (cash or card at the event)' }));
    await page.keyboard.press('Space');
    await expect(page.getByLabel('On site (cash or card at the event)')).toBeChecked();

    await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }), 150);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/events\/\d+\/edit\/other-details$/);
    await tabTo(page, page.getByRole('textbox', { name: 'Organizer name' }));
    await page.keyboard.type('Keys Inc');
    await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/edit\/publish$/);
    await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Publish', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Your event is published.')).toBeVisible();

    await tabTo(page, page.getByRole('link', { name: 'View the public page' }).first());
    await page.keyboard.press('Enter');
    await heading(page, 'Keyboard Conf');
    await expect(page.getByText('$12.50', { exact: true })).toBeVisible();
  });

  test('a buyer logs in, orders a ticket, enters attendee details and pays by card', async ({
    page,
  }) => {
    await page.goto(USD_EVENT);
    await heading(page, 'Open Source Summit Demo');
    const quantity = page.getByRole('spinbutton', { name: 'Quantity of General Admission' });
    await tabTo(page, quantity);
    await page.keyboard.press('ArrowUp');
    await expect(quantity).toHaveValue('1');
    await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $25.00');
    await tabTo(page, page.getByRole('button', { name: 'Order now' }));
    await page.keyboard.press('Enter');

    // Ordering needs a login; the selection survives it.
    await expect(page).toHaveURL(/\/login\?next=/);
    await tabTo(page, page.getByRole('textbox', { name: 'Email' }));
    await page.keyboard.type(BUYER.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(BUYER.password);
    await page.keyboard.press('Enter');
    await expect(quantity).toHaveValue('1');
    await tabTo(page, page.getByRole('button', { name: 'Order now' }));
    await page.keyboard.press('Enter');

    await heading(page, 'Attendee details');
    await tabTo(page, page.getByRole('textbox', { name: 'First name of attendee 1' }));
    await page.keyboard.type('Kay');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Board');
    await tabTo(page, page.getByRole('radio', { name: 'Credit or debit card (Stripe)' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Continue to payment' }));
    await page.keyboard.press('Enter');

    await heading(page, 'Payment');
    await tabTo(page, page.getByRole('textbox', { name: 'Card number' }));
    await page.keyboard.type('4242 4242 4242 4242');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Expiry' })).toBeFocused();
    await page.keyboard.type('12 / 34');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'CVC' })).toBeFocused();
    await page.keyboard.type('123');
    await tabTo(page, page.getByRole('button', { name: 'Pay $25.00' }));
    await page.keyboard.press('Enter');

    await heading(page, 'Your order is complete');
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\/view$/);
    await expect(page.getByText('Visa card ending in 4242')).toBeVisible();
    await expect(page.getByText('Kay Board (buyer@open-event.test)')).toBeVisible();
  });
});

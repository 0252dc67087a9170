// Browser journeys on a PaymentIntent-era server (docs/payments.md), in mock mode: the demo bar
// switches the mock Open Event Server to today's flow, and the fake Stripe confirms over its HTTP
// API, with its 3-D Secure test page. Each journey counts the order's PaymentIntents: always one.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  BUYER,
  editDemoData,
  enterCard,
  JPY_EVENT,
  logIn,
  orderOneTicketByCard,
  startFromTheSeed,
  tabTo,
} from './support/journey';

test.beforeEach(async ({ page }) => {
  await startFromTheSeed(page);
  await page.getByLabel('Server').selectOption('payment-intent');
  await expect(page.getByText('The demo server now pays in the PaymentIntent era.')).toBeVisible();
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
});

/** The order's PaymentIntents in the mock server's store (the demo data in localStorage). */
async function intentsOf(page: Page, orderIdentifier: string): Promise<number> {
  return page.evaluate((identifier) => {
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i) ?? '';
      if (!key.startsWith('open-event-web:mock-db:')) continue;
      const snapshot = JSON.parse(window.localStorage.getItem(key) ?? '{}') as {
        data?: { payment_intents?: { metadata: { order_id: string } }[] };
      };
      return (snapshot.data?.payment_intents ?? []).filter(
        (intent) => intent.metadata.order_id === identifier,
      ).length;
    }
    return -1;
  }, orderIdentifier);
}

/** To the payment page with one ticket; returns the order's identifier once the card form is up. */
async function orderByCard(page: Page): Promise<string> {
  await orderOneTicketByCard(page);
  await expect(page.getByLabel('Card number')).toBeVisible();
  const match = /\/orders\/([0-9a-f-]{36})\/pending/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a payment page: ${page.url()}`);
  return match[1];
}

async function expectCompleted(page: Page, identifier: string) {
  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/orders/${identifier}/view`));
  await expect(page.getByText(/Visa card ending in \d{4}/)).toBeVisible();
  expect(await intentsOf(page, identifier)).toBe(1);
}

test('4242 pays through one PaymentIntent and lands on the completed order', async ({ page }) => {
  const identifier = await orderByCard(page);
  await expectNoSeriousA11yViolations(page, 'the PaymentIntent payment page');
  await enterCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await expectCompleted(page, identifier);
});

test('0002 is declined with advice, the order stays open with the card kept and focused, and another card typed by keyboard pays the same PaymentIntent', async ({
  page,
}) => {
  const identifier = await orderByCard(page);
  await enterCard(page, '4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await expect(page.getByRole('heading', { name: 'Your card was declined' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This order is still open');
  await expect(page.getByRole('alert')).toContainText(
    'The card details you entered are still filled in.',
  );
  await expect(page.getByLabel('Expiry')).toHaveValue('12 / 34');
  await expect(page.getByLabel('CVC')).toHaveValue('123');
  await expect(page.getByLabel('Card number')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4242 4242 4242 4242');
  await page.keyboard.press('Enter');
  await expectCompleted(page, identifier);
});

test('3184 goes through the 3-D Secure test page, and Complete authentication completes the order', async ({
  page,
}) => {
  const identifier = await orderByCard(page);
  await enterCard(page, '4000 0027 6000 3184');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await expect(page.getByRole('heading', { name: '3D Secure test page', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the 3-D Secure test page');
  // By keyboard, as on the rest of the journey.
  const complete = page.getByRole('button', { name: 'Complete authentication' });
  await tabTo(page, complete);
  await page.keyboard.press('Enter');
  await expectCompleted(page, identifier);
});

test('3184 with Fail authentication says so, and paying again with the same PaymentIntent completes the order', async ({
  page,
}) => {
  const identifier = await orderByCard(page);
  await enterCard(page, '4000 0027 6000 3184');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await page.getByRole('button', { name: 'Fail authentication' }).click();
  await expect(
    page.getByRole('heading', { name: 'Your bank could not confirm the payment' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Go back to the payment' }).click();
  await expect(page.getByRole('heading', { name: 'Payment', level: 1 })).toBeVisible();
  await enterCard(page, '4000 0027 6000 3184');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await expectCompleted(page, identifier);
});

test('a reload in the middle of paying reuses the PaymentIntent', async ({ page }) => {
  const identifier = await orderByCard(page);
  await enterCard(page, '4242');
  await page.reload();
  await expect(page.getByLabel('Card number')).toBeVisible();
  await page.goBack();
  await page.goForward();
  await enterCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await expectCompleted(page, identifier);
});

test('a yen order whose PaymentIntent is a hundred times too big is refused with both amounts, and the buyer pays at the event instead', async ({
  page,
}) => {
  // The seed's yen event takes no cards: connect it to the USD event's Stripe account in the demo
  // data, as an organizer would, so that the server's int(amount * 100) comes into play.
  await editDemoData<{
    events: { id: number; can_pay_by_stripe: boolean; is_stripe_linked: boolean }[];
    stripeAuthorizations: { id: number; event_id: number }[];
    nextIds: { stripeAuthorizations: number };
  }>(page, (data) => {
    const yen = data.events.find((event) => event.id === 2);
    const [linked] = data.stripeAuthorizations;
    if (!yen || !linked) throw new Error('the seed changed');
    Object.assign(yen, { can_pay_by_stripe: true, is_stripe_linked: true });
    const id = data.nextIds.stripeAuthorizations;
    data.stripeAuthorizations.push({ ...linked, id, event_id: yen.id });
    data.nextIds.stripeAuthorizations = id + 1;
  });
  await page.reload();
  await page.goto(JPY_EVENT);
  await page.getByRole('spinbutton', { name: /^Quantity of/ }).fill('1');
  await page.getByRole('button', { name: 'Order now' }).click();
  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await page.getByLabel('First name of attendee 1').fill('Bea');
  await page.getByLabel('Last name of attendee 1').fill('Buyer');
  await page.getByLabel('Company or full name').fill('Bea KK');
  await page.getByLabel('Address').fill('1-1 Shibuya');
  await page.getByLabel('City').fill('Tokyo');
  await page.getByLabel('Postal code').fill('150-0002');
  await page.getByLabel('Country').fill('JP');
  await page.getByLabel('Credit or debit card (Stripe)').check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();

  const refusal = page.getByRole('alert').filter({ hasText: 'We stopped this card payment' });
  await expect(refusal).toContainText('The server asked Stripe for ¥300,000');
  await expect(refusal).toContainText('your order comes to ¥3,000');
  await expect(page.getByLabel('Card number')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the refused PaymentIntent');
  await page.getByRole('button', { name: 'Pay at the event' }).click();
  await expect(page.getByRole('heading', { name: 'Pay at the event' })).toBeVisible();
  await page.getByRole('button', { name: 'Place my order' }).click();
  await expect(page.getByRole('heading', { name: 'Your order is placed', level: 1 })).toBeVisible();
});

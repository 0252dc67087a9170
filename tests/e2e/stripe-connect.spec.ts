// Connect with Stripe in Chromium: the real popup, the mock consent page, the redirect page, and back.
import { expect, test, type Page } from '@playwright/test';
import {
  DRAFT_EVENT_EDITOR,
  LINKED_EVENT_EDITOR,
  logIn,
  ORGANIZER,
  startFromTheSeed,
} from './support/journey';
import { snap } from './support/screenshot';

test.beforeEach(async ({ page }) => {
  await startFromTheSeed(page);
  await logIn(page, ORGANIZER);
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
});

/** The seeded draft has no tickets: add a paid one so the payment options appear, and pick Stripe. */
async function chooseStripeOnTheDraft(page: Page) {
  await page.goto(DRAFT_EVENT_EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
  await page.getByRole('button', { name: 'Add a paid ticket' }).click();
  const ticket = page.getByRole('group', { name: 'Ticket 1', exact: true });
  await ticket.getByLabel('Ticket name').fill('Card entry');
  // The draft is priced in euros.
  await ticket.getByLabel('Price (€)').fill('15.00');
  await page.getByLabel('Card payments with Stripe').check();
  return page.getByRole('group', { name: 'Stripe account' });
}

test('an organizer connects Stripe in the popup and sees the connected account', async ({
  page,
}) => {
  const slot = await chooseStripeOnTheDraft(page);
  const popupOpened = page.waitForEvent('popup');
  await slot.getByRole('button', { name: 'Connect with Stripe' }).click();
  const popup = await popupOpened;

  await expect(popup.getByRole('heading', { name: 'Connect your Stripe account' })).toBeVisible();
  await expect(popup.getByText(ORGANIZER.email)).toBeVisible();
  await snap(popup, 'stripe-consent');
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Connect my Stripe account' }).click();
  await closed;

  await expect(slot.getByText('Connected to Stripe')).toBeVisible();
  await expect(slot.getByText('Test mode')).toBeVisible();
  await expect(slot.getByText(/^pk_test_…[A-Za-z0-9]{4}$/)).toBeVisible();
  await snap(page, 'stripe-connected', slot);

  // The server now has it: a reload still shows the connection.
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Stripe account' }).getByText('Connected to Stripe'),
  ).toBeVisible();
});

test('an organizer who denies on Stripe sees the decline message and can try again', async ({
  page,
}) => {
  const slot = await chooseStripeOnTheDraft(page);
  const popupOpened = page.waitForEvent('popup');
  await slot.getByRole('button', { name: 'Connect with Stripe' }).click();
  const popup = await popupOpened;
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Deny' }).click();
  await closed;

  await expect(slot.getByRole('alert')).toContainText('You declined the connection on Stripe');
  await expect(slot.getByRole('button', { name: 'Connect with Stripe' })).toBeEnabled();
});

test('when the browser blocks the popup, the organizer connects in the same tab and returns to the step', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  const slot = await chooseStripeOnTheDraft(page);
  await slot.getByRole('button', { name: 'Connect with Stripe' }).click();
  await expect(slot.getByRole('alert')).toContainText('Your browser blocked the Stripe window.');
  await slot.getByRole('button', { name: 'Continue in this tab' }).click();

  await expect(page.getByRole('heading', { name: 'Connect your Stripe account' })).toBeVisible();
  await page.getByRole('button', { name: 'Connect my Stripe account' }).click();

  await expect(page).toHaveURL(/\/events\/3\/edit\/basic-details$/);
  const back = page.getByRole('group', { name: 'Stripe account' });
  await expect(back.getByText('Connected to Stripe')).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Ticket 1', exact: true }).getByLabel('Ticket name'),
  ).toHaveValue('Card entry');
});

test('an organizer disconnects Stripe after confirming', async ({ page }) => {
  await page.goto(LINKED_EVENT_EDITOR);
  const slot = page.getByRole('group', { name: 'Stripe account' });
  await expect(slot.getByText('Connected to Stripe')).toBeVisible();
  await slot.getByRole('button', { name: 'Disconnect' }).click();
  await slot.getByRole('button', { name: 'Yes, disconnect' }).click();
  await expect(slot.getByRole('button', { name: 'Connect with Stripe' })).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Stripe account' })
      .getByRole('button', { name: 'Connect with Stripe' }),
  ).toBeVisible();
});

test('the connect and disconnect controls work by keyboard', async ({ page }) => {
  await page.goto(LINKED_EVENT_EDITOR);
  const slot = page.getByRole('group', { name: 'Stripe account' });
  const disconnect = slot.getByRole('button', { name: 'Disconnect' });
  await disconnect.focus();
  await page.keyboard.press('Enter');
  await slot.getByRole('button', { name: 'Yes, disconnect' }).focus();
  await page.keyboard.press('Enter');
  const connect = slot.getByRole('button', { name: 'Connect with Stripe' });
  await expect(connect).toBeVisible();

  const popupOpened = page.waitForEvent('popup');
  await connect.focus();
  await page.keyboard.press('Enter');
  const popup = await popupOpened;
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Connect my Stripe account' }).focus();
  await popup.keyboard.press('Enter');
  await closed;
  await expect(slot.getByText('Connected to Stripe')).toBeVisible();
});

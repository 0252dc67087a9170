// The production build, with no mock code in it, against the mock Open Event API served over real
// HTTP on another origin (npm run build:http + scripts/preview-http.mjs): what changes when the app
// meets a real server is only VITE_API_HOST, and this journey proves that path end to end (CORS
// preflights, the JWT header, the policy's connect-src, no service worker).
import { expect, test } from '@playwright/test';
import {
  BUYER,
  enterCard,
  logIn,
  orderOneTicketByCard,
  recordPolicyViolations,
  USD_EVENT,
} from './support/journey';

const APP = 'http://127.0.0.1:4174';
const API = 'http://127.0.0.1:4010';

test('the production build logs in, orders and pays by card against the API on its own origin', async ({
  page,
}) => {
  const violations = await recordPolicyViolations(page);
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(API)) apiCalls.push(`${request.method()} ${request.url()}`);
  });

  await page.goto(`${APP}/login`);
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  // No mock in this build: no worker, no demo bar.
  expect(await page.evaluate(async () => navigator.serviceWorker.getRegistrations())).toHaveLength(
    0,
  );
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toHaveCount(0);

  await page.goto(`${APP}${USD_EVENT}`);
  await page.getByLabel('Quantity of General Admission').fill('1');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $25.00');
  await page.getByRole('button', { name: 'Order now' }).click();
  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Email of attendee 1')).toHaveValue(BUYER.email);
  await page.getByLabel('First name of attendee 1').fill('Bea');
  await page.getByLabel('Last name of attendee 1').fill('Buyer');
  await page.getByLabel('Credit or debit card (Stripe)').check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('heading', { name: 'Payment', level: 1 })).toBeVisible();
  await enterCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();

  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Visa card ending in 4242')).toBeVisible();
  expect(apiCalls).toContainEqual(
    expect.stringMatching(/^POST .*\/v1\/orders\/[0-9a-f-]{36}\/charge$/),
  );
  expect(await violations()).toEqual([]);
});

test('on a PaymentIntent-era server, the production build pays once when the answer of Stripe’s confirm is lost', async ({
  page,
  request,
}) => {
  // This server has no demo bar: its own control switches it to today's card flow, and back after.
  expect((await request.put(`${API}/__mock/charge-era`, { data: 'payment-intent' })).status()).toBe(
    204,
  );
  try {
    const violations = await recordPolicyViolations(page);
    const charges: string[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'POST' && sent.url().endsWith('/charge')) charges.push(sent.url());
    });
    // Stripe takes the payment, then the connection drops before its answer reaches the page.
    let lost = 0;
    await page.route(`${API}/fake-stripe/v1/payment_intents/*/confirm`, async (route) => {
      await route.fetch();
      lost += 1;
      await route.abort('connectionreset');
    });

    await page.goto(`${APP}/login`);
    await logIn(page, BUYER);
    await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
    await orderOneTicketByCard(page, APP);
    await enterCard(page, '4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay $25.00' }).click();

    await expect(
      page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('Visa card ending in 4242')).toBeVisible();
    expect(lost).toBe(1);
    expect(charges).toHaveLength(1);
    expect(await violations()).toEqual([]);
  } finally {
    await request.put(`${API}/__mock/charge-era`, { data: 'token' });
  }
});

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUYER, enterCard, logIn, nameTheAttendeeAndChooseCard, tabTo } from './support/journey';
import { snap } from './support/screenshot';

// Each journey opens its first page itself; a new browser context starts from the seed.

test('an anonymous visitor finds the USD event by search, orders after logging in, finds the paid order on My tickets, and downloads it as a calendar file', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await snap(page, 'events-page');

  await page.getByLabel('Search events by name').fill('open source summit');
  await page.getByLabel('Search events by name').press('Enter');
  await expect(page).toHaveURL(/\/\?q=open\+source\+summit$/);
  await expect(page.getByRole('article')).toHaveCount(1);
  const card = page.getByRole('article', { name: 'Open Source Summit Demo' });
  await expect(card).toContainText('Free, or from $5.00');
  await card.getByRole('link', { name: 'Open Source Summit Demo' }).click();

  await expect(
    page.getByRole('heading', { name: 'Open Source Summit Demo', level: 1 }),
  ).toBeVisible();
  await page.getByLabel('Quantity of General Admission').fill('1');
  await page.getByRole('button', { name: 'Order now' }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await logIn(page, BUYER);
  await expect(page.getByLabel('Quantity of General Admission')).toHaveValue('1');
  await page.getByRole('button', { name: 'Order now' }).click();

  await nameTheAttendeeAndChooseCard(page);
  await enterCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();

  // The paid order is found again on My tickets, from the navigation.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My tickets' })
    .click();
  await expect(page.getByRole('heading', { name: 'My tickets', level: 1 })).toBeVisible();
  const upcoming = page.getByRole('region', { name: 'Upcoming' });
  const paid = upcoming.getByRole('article', { name: 'Open Source Summit Demo' });
  await expect(paid).toContainText('Paid');
  await expect(paid).toContainText('$25.00');
  // After a reload too (and without the payment's toast over the picture).
  await page.reload();
  await expect(paid).toContainText('Paid');
  await snap(page, 'my-tickets');
  await paid.getByRole('link', { name: 'View order for Open Source Summit Demo' }).click();
  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();

  // The event as a calendar file, in the event's own timezone.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Add to calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Open-Source-Summit-Demo.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics).toMatch(/\r\nDTSTART;TZID=America\/Los_Angeles:\d{8}T\d{6}\r\n/);
  expect(ics).toContain('SUMMARY:Open Source Summit Demo');
});

test('paging moves through the list and back, and a page past the end shows the last one', async ({
  page,
}) => {
  await page.goto('/');
  const pager = page.getByRole('navigation', { name: 'Pages of events' });
  await expect(pager).toContainText('Page 1 of 2');
  const firstPage = await page.getByRole('article').allTextContents();
  await pager.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/\?page=2$/);
  await expect(pager).toContainText('Page 2 of 2');
  await expect(page.getByRole('status').filter({ hasText: 'Events 13 to' })).toBeVisible();
  expect(await page.getByRole('article').allTextContents()).not.toEqual(firstPage);

  await pager.getByRole('link', { name: 'Previous page' }).click();
  await expect(pager).toContainText('Page 1 of 2');

  await page.goto('/?page=9');
  await expect(page).toHaveURL(/\/\?page=2$/);
  await expect(pager).toContainText('Page 2 of 2');
});

test('the events page works by keyboard: search, the online filter, and opening an event', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  await tabTo(page, page.getByRole('combobox', { name: 'Where' }));
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/where=online/);
  await expect(page.getByRole('article', { name: 'Accessibility Office Hours' })).toBeVisible();

  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Search events by name')).toBeFocused();
  await page.keyboard.type('office');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toHaveCount(1);
  await tabTo(page, page.getByRole('link', { name: 'Accessibility Office Hours' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Accessibility Office Hours', level: 1 }),
  ).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { ORGANIZER, startFromTheSeed, tabTo } from './support/journey';
import { snap } from './support/screenshot';

// Every journey starts from the seed (a new browser context has nothing else); those that start
// at the login page open it first.

test('an organizer logs in and sees My events', async ({ page }) => {
  await startFromTheSeed(page);
  await expect(page.getByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
  await page.getByLabel('Email').fill(ORGANIZER.email);
  await page.getByLabel('Password').fill(ORGANIZER.password);
  await page.getByRole('button', { name: 'Log in' }).click();

  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open Source Summit Demo' })).toBeVisible();
  await expect(page).toHaveURL(/\/events$/);
  await snap(page, 'my-events');
});

test('the login to My events journey works by keyboard alone', async ({ page }) => {
  await startFromTheSeed(page);
  await tabTo(page, page.getByRole('textbox', { name: 'Email' }));
  await page.keyboard.type(ORGANIZER.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(ORGANIZER.password);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Edit Open Source Summit Demo' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/\d+\/edit\/basic-details$/);
});

test('the demo accounts on the login page fill the form', async ({ page }) => {
  await startFromTheSeed(page);
  await page.getByRole('button', { name: 'Use the organizer account' }).click();
  await expect(page.getByLabel('Email')).toHaveValue(ORGANIZER.email);
  await snap(page, 'login');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
});

test('the session and the mock data survive a reload, and "Reset demo data" restores the seed', async ({
  page,
}) => {
  await startFromTheSeed(page);
  await page.getByLabel('Email').fill(ORGANIZER.email);
  await page.getByLabel('Password').fill(ORGANIZER.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Open Source Summit Demo' })).toBeVisible();

  // Change the mock data through the API, the way a later feature would, then reload.
  const status = await page.evaluate(async () => {
    const stored = JSON.parse(window.sessionStorage.getItem('open-event-web:session') ?? '{}') as {
      token?: string;
    };
    const token = stored.token;
    const response = await fetch('/v1/events/1', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/vnd.api+json', Authorization: `JWT ${token ?? ''}` },
      body: JSON.stringify({
        data: { type: 'event', id: '1', attributes: { name: 'Renamed Summit' } },
      }),
    });
    return response.status;
  });
  expect(status).toBe(200);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Renamed Summit' })).toBeVisible();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByRole('heading', { name: 'Open Source Summit Demo' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Renamed Summit' })).toHaveCount(0);
});

test('a wrong password shows a message and the page stays usable', async ({ page }) => {
  await startFromTheSeed(page);
  await page.getByLabel('Email').fill(ORGANIZER.email);
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match an account');
  await page.getByLabel('Password').fill(ORGANIZER.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/this/does/not/exist');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
});

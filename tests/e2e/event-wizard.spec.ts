import { expect, test, type Page } from '@playwright/test';
import { logIn, openAndLoad, ORGANIZER, startFromTheSeed, tabTo } from './support/journey';
import { snap } from './support/screenshot';

/**
 * What the wizard of a saved event loads before it draws the form, and with it the notice of
 * restored changes (src/features/event-wizard/components/event-wizard.tsx): the public settings,
 * the event and its tickets.
 */
const WIZARD_DATA = [/^\/v1\/settings$/, /^\/v1\/events\/\d+$/, /^\/v1\/events\/\d+\/tickets$/];

function ticket(page: Page, number: number) {
  return page.getByRole('group', { name: `Ticket ${number}`, exact: true });
}

test.beforeEach(async ({ page }) => {
  // Every journey starts from the seed.
  await startFromTheSeed(page);
  await logIn(page, ORGANIZER);
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
});

test('an organizer creates a USD event with a paid and a free ticket, survives a reload, fixes a rule and publishes', async ({
  page,
}) => {
  await page
    .getByRole('region', { name: 'My events' })
    .getByRole('link', { name: 'Create event' })
    .click();
  await expect(page.getByRole('heading', { name: 'Create an event', level: 1 })).toBeVisible();
  await expect(page.getByText('1. Basic details')).toHaveAttribute('aria-current', 'step');

  await page.getByLabel('Event name').fill('Browser Fest');
  await page.getByLabel('Venue address').fill('1 Market St, San Francisco');
  await page.getByLabel('Timezone').selectOption('America/New_York');
  await page.getByLabel('Start date', { exact: true }).fill('2099-03-14');
  await page.getByLabel('Start time', { exact: true }).fill('09:00');
  await page.getByLabel('End date').fill('2099-03-15');
  await page.getByLabel('End time').fill('18:00');
  await page.getByLabel('Description').fill('Talks, <b>workshops</b> and 🎉.');
  await snap(page, 'event-wizard-basic-details');

  await page.getByRole('button', { name: 'Add a paid ticket' }).click();
  await ticket(page, 1).getByLabel('Ticket name').fill('Standard');
  await ticket(page, 1).getByLabel('Price ($)').fill('40.00');
  await page.getByRole('button', { name: 'Add a free ticket' }).click();
  await ticket(page, 2).getByLabel('Ticket name').fill('Student');
  await expect(page.getByLabel('Currency')).toHaveValue('USD');
  await page.getByLabel('On site (cash or card at the event)').check();
  await page.getByLabel('On-site payment instructions').fill('Pay at the door.');

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Your draft is saved.')).toBeVisible();
  await expect(page).toHaveURL(/\/events\/\d+\/edit\/basic-details$/);

  // In the middle of the tickets: unsaved changes, then a reload.
  await ticket(page, 2).getByLabel('Quantity').fill('50');
  await ticket(page, 2).getByLabel('Ticket description').fill('Bring your student card.');
  await openAndLoad(page, () => page.reload(), WIZARD_DATA);
  await expect(page.getByText(/We restored changes you had not saved yet/)).toBeVisible();
  await expect(page.getByLabel('Event name')).toHaveValue('Browser Fest');
  await expect(page.getByLabel('Timezone')).toHaveValue('America/New_York');
  await expect(page.getByLabel('Start time', { exact: true })).toHaveValue('09:00');
  await expect(ticket(page, 1).getByLabel('Ticket name')).toHaveValue('Standard');
  await expect(ticket(page, 1).getByLabel('Price ($)')).toHaveValue('40.00');
  await expect(ticket(page, 2).getByLabel('Ticket name')).toHaveValue('Student');
  await expect(ticket(page, 2).getByLabel('Quantity')).toHaveValue('50');
  await expect(ticket(page, 2).getByLabel('Ticket description')).toHaveValue(
    'Bring your student card.',
  );
  await expect(page.getByLabel('On site (cash or card at the event)')).toBeChecked();

  // A rule violation, refused before sending, then fixed.
  const maxOrder = ticket(page, 2).getByLabel('Maximum per order');
  await maxOrder.fill('80');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The maximum per order cannot be more than the quantity.',
  );
  await expect(maxOrder).toBeFocused();
  await expect(maxOrder).toHaveAttribute('aria-invalid', 'true');
  await maxOrder.fill('5');
  await expect(maxOrder).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page).toHaveURL(/\/edit\/other-details$/);
  await page.getByLabel('Organizer name').fill('Browser Org');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page).toHaveURL(/\/edit\/publish$/);
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await snap(page, 'event-wizard-review');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Your event is published.')).toBeVisible();

  await page.getByRole('link', { name: 'View the public page' }).first().click();
  await expect(page).toHaveURL(/\/e\/[0-9a-f]{8}$/);
  await expect(page.getByRole('heading', { name: 'Browser Fest', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Standard', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Student', level: 3 })).toBeVisible();
});

test('the other-details step and the step indicator work by keyboard alone', async ({ page }) => {
  await openAndLoad(page, () => page.goto('/events/1/edit/other-details'), WIZARD_DATA);
  await expect(page.getByRole('heading', { name: 'Organizer' })).toBeVisible();

  await tabTo(page, page.getByRole('textbox', { name: 'Organizer name', exact: true }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard Org');
  await tabTo(
    page,
    page.getByRole('radio', { name: 'Public: listed and open to everyone', exact: true }),
  );
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Private: only people with the link')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/edit\/publish$/);
  await expect(page.getByText('Keyboard Org')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: '2. Other details', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/edit\/other-details$/);
  await expect(page.getByLabel('Organizer name')).toHaveValue('Keyboard Org');
});

test('a ticket can be added, moved and removed by keyboard, with focus kept', async ({ page }) => {
  await openAndLoad(page, () => page.goto('/events/1/edit/basic-details'), WIZARD_DATA);
  await expect(ticket(page, 3)).toBeVisible();
  // Start from the third ticket's name rather than tabbing through the whole page.
  await ticket(page, 3).getByLabel('Ticket name').focus();
  await tabTo(page, page.getByRole('button', { name: 'Move ticket 3 up', exact: true }), 120);
  await page.keyboard.press('Enter');
  // Focus stays on the same action of the moved ticket, so it can be moved again at once.
  await expect(page.getByRole('button', { name: 'Move ticket 2 up' })).toBeFocused();
  await expect(ticket(page, 2).getByLabel('Ticket name')).toHaveValue(
    'Supporter (pay what you want)',
  );
  await tabTo(page, page.getByRole('button', { name: 'Add a free ticket', exact: true }), 120);
  await page.keyboard.press('Enter');
  await expect(ticket(page, 4).getByLabel('Ticket name')).toBeFocused();
  await page.keyboard.type('Volunteer');
  await tabTo(page, page.getByRole('button', { name: 'Remove ticket 4', exact: true }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tickets' })).toBeFocused();
  await expect(ticket(page, 4)).toHaveCount(0);
});

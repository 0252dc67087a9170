// Steps a person takes in the event wizard, shared by the wizard and Stripe Connect tests.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * How long to wait for the next step after the wizard saves and moves on (findBy*'s options): a
 * save is a request for the event and each changed ticket, then the whole form is checked and the
 * next step drawn. That is work, not waiting, but on a 2-core machine kept busy by
 * `npm run test:under-load` it took 2.5 s, past findBy*'s default second.
 */
export const AFTER_A_SAVE = { timeout: 5_000 };

export interface Basics {
  name?: string;
  timezone?: string;
  startDate?: string;
  startTime?: string;
  endDate?: string;
  endTime?: string;
}

export async function fillBasics(user: UserEvent, basics: Basics = {}) {
  const values = {
    name: 'Wizard Conf',
    timezone: 'America/Los_Angeles',
    startDate: '2099-01-03',
    startTime: '08:00',
    endDate: '2099-01-04',
    endTime: '17:00',
    ...basics,
  };
  await screen.findByRole('heading', { name: 'Create an event', level: 1 });
  if (values.name !== '') await user.type(screen.getByLabelText('Event name'), values.name);
  await user.selectOptions(screen.getByLabelText('Timezone'), values.timezone);
  if (values.startDate !== '')
    await user.type(screen.getByLabelText('Start date'), values.startDate);
  if (values.startTime !== '')
    await user.type(screen.getByLabelText('Start time'), values.startTime);
  if (values.endDate !== '') await user.type(screen.getByLabelText('End date'), values.endDate);
  if (values.endTime !== '') await user.type(screen.getByLabelText('End time'), values.endTime);
}

export function ticketGroup(number: number) {
  return screen.getByRole('group', { name: `Ticket ${number}` });
}

export async function addTicket(
  user: UserEvent,
  type: 'free' | 'paid' | 'donation',
  fields: { name: string; price?: string; minPrice?: string; maxPrice?: string },
) {
  await user.click(screen.getByRole('button', { name: `Add a ${type} ticket` }));
  const groups = screen.getAllByRole('group', { name: /^Ticket \d+$/ });
  const group = groups[groups.length - 1];
  if (group === undefined) throw new Error('No ticket was added.');
  const inGroup = within(group);
  await user.type(inGroup.getByLabelText('Ticket name'), fields.name);
  if (fields.price !== undefined) await user.type(inGroup.getByLabelText(/^Price/), fields.price);
  if (fields.minPrice !== undefined) {
    await user.type(inGroup.getByLabelText(/^Minimum price/), fields.minPrice);
  }
  if (fields.maxPrice !== undefined) {
    await user.type(inGroup.getByLabelText(/^Maximum price/), fields.maxPrice);
  }
  return group;
}

/** Replaces a field's text, as a person selecting it all and typing would. */
export async function retype(user: UserEvent, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text !== '') await user.type(element, text);
}

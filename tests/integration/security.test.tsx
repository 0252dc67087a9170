// What people type is shown as text, never run; the login token stays in the tab unless remembered.
/* eslint-disable testing-library/no-node-access -- these tests check that no markup from hostile
   input is in the page at all, which queries by role or text cannot show. */
import { screen, within } from '@testing-library/react';
import { db } from '@mocks/db';
import { DEMO_ACCOUNTS, SEED } from '@mocks/seed';
import { renderApp } from '../utils/render-app';

const HOSTILE_NAME = '<img src=x onerror="window.__xss = 1">Summit';
const HOSTILE_DESCRIPTION = '<script>window.__xss = 1</script><b>bold?</b>';
const HOSTILE_TICKET = '<a href="javascript:window.__xss = 1">VIP</a>';

declare global {
  interface Window {
    __xss?: number;
  }
}

describe('text from organizers', () => {
  it('shows event and ticket names with HTML as plain text, and a description’s HTML only sanitized', async () => {
    const event = db.events.find((candidate) => candidate.id === SEED.usdEvent.id);
    const ticket = db.tickets.find((candidate) => candidate.id === SEED.tickets.paid);
    if (!event || !ticket) throw new Error('The seed changed.');
    event.name = HOSTILE_NAME;
    event.description = HOSTILE_DESCRIPTION;
    ticket.name = HOSTILE_TICKET;

    renderApp(`/e/${SEED.usdEvent.identifier}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: HOSTILE_NAME }),
    ).toBeInTheDocument();
    // Descriptions are rich text (src/lib/sanitize-html.ts): the bold stays, the script goes.
    const about = screen.getByRole('region', { name: 'About this event' });
    expect(await within(about).findByText('bold?', { selector: 'b' })).toBeInTheDocument();
    expect(screen.getAllByText(HOSTILE_TICKET, { exact: false }).length).toBeGreaterThan(0);
    const page = screen.getByRole('heading', { level: 1 }).closest('article') ?? document.body;
    expect(page.querySelector('script, a[href^="javascript"]')).toBeNull();
    // The one image is the event's cover, none from the name's markup.
    expect([...page.querySelectorAll('img')].map((image) => image.closest('.event-cover'))).toEqual(
      [expect.any(HTMLElement)],
    );
    expect(page.querySelectorAll('b')).toHaveLength(1);
    expect(window.__xss).toBeUndefined();
  });

  it('shows a hostile event name as text in the organizer’s list too', async () => {
    const event = db.events.find((candidate) => candidate.id === SEED.usdEvent.id);
    if (!event) throw new Error('The seed changed.');
    event.name = HOSTILE_NAME;
    renderApp('/events', { as: 'organizer' });
    const published = await screen.findByRole('region', { name: 'Published' });
    expect(within(published).getByRole('heading', { name: HOSTILE_NAME })).toBeInTheDocument();
    expect(published.querySelector('img')).toBeNull();
    expect(window.__xss).toBeUndefined();
  });
});

describe('where the login token is kept', () => {
  const buyer = DEMO_ACCOUNTS.find((account) => account.role === 'buyer');
  if (!buyer) throw new Error('The seed has no buyer.');

  /** Keys whose value holds a JWT (the session record keeps it inside JSON). */
  const storedTokens = (storage: Storage) =>
    Object.keys(storage).filter((key) =>
      /(^|")eyJ[\w-]+\.[\w-]+\.[\w-]+/.test(storage.getItem(key) ?? ''),
    );

  it('keeps the token only for this tab when the person does not ask to be remembered', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), buyer.email);
    await user.type(screen.getByLabelText('Password'), buyer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByRole('heading', { level: 1, name: 'Upcoming events' });

    expect(storedTokens(window.sessionStorage)).toHaveLength(1);
    expect(storedTokens(window.localStorage)).toHaveLength(0);
  });

  it('keeps the token across browser restarts only when asked to', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), buyer.email);
    await user.type(screen.getByLabelText('Password'), buyer.password);
    await user.click(screen.getByLabelText('Keep me logged in on this device'));
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByRole('heading', { level: 1, name: 'Upcoming events' });

    expect(storedTokens(window.localStorage)).toHaveLength(1);
    expect(storedTokens(window.sessionStorage)).toHaveLength(0);
  });
});

// What the public event page shows about the event and its tickets, and how it treats a link's
// selection and what organizers type (src/features/checkout/components/event-details.tsx,
// ticket-card.tsx, public-event-view.tsx).
/* eslint-disable testing-library/no-node-access, testing-library/no-container -- some checks here
   are of markup that queries by role or text cannot reach: a decorative cover's empty alt, the
   right-to-left isolation of a ticket name, what the sanitizer left of a description. */
import { screen, within } from '@testing-library/react';
import { db } from '@mocks/db';
import { SEED } from '@mocks/seed';
import { renderApp } from '../utils/render-app';

const USD = `/e/${SEED.usdEvent.identifier}`;

function usdEvent() {
  const event = db.events.find((entry) => entry.id === SEED.usdEvent.id);
  if (!event) throw new Error('The seed has no USD event');
  return event;
}

function ticket(id: number) {
  const found = db.tickets.find((entry) => entry.id === id);
  if (!found) throw new Error(`The seed has no ticket ${id}`);
  return found;
}

const HOUR = 3600 * 1000;
const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('the public event page', () => {
  it('shows the cover, the venue with a map link and the organizer', async () => {
    usdEvent().large_image_url = 'https://images.example.test/cover.jpg';
    renderApp(USD);
    const title = await screen.findByRole('heading', { level: 1, name: 'Open Source Summit Demo' });
    const hero = title.closest('header');
    if (!hero) throw new Error('The title is not in the page header');
    // Decorative (the heading names the event): an empty alt keeps screen readers from repeating it.
    expect(hero.querySelector('img')).toHaveAttribute(
      'src',
      'https://images.example.test/cover.jpg',
    );
    expect(hero.querySelector('img')).toHaveAttribute('alt', '');
    expect(
      within(hero).getByText('Moscone Center, 747 Howard St, San Francisco, CA'),
    ).toBeVisible();
    const map = within(hero).getByRole('link', { name: /OpenStreetMap/ });
    expect(map).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=37.7842&mlon=-122.4016#map=17/37.7842/-122.4016',
    );
    expect(map).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(hero).getByText('Open Source Events Ltd')).toBeVisible();
  });

  it('links the venue by its name when the event has no coordinates', async () => {
    usdEvent().latitude = null;
    renderApp(USD);
    const map = await screen.findByRole('link', { name: /OpenStreetMap/ });
    expect(map).toHaveAttribute(
      'href',
      `https://www.openstreetmap.org/search?${new URLSearchParams({ query: 'Moscone Center, 747 Howard St, San Francisco, CA' }).toString()}`,
    );
  });

  it('shows a calm colour field instead of a cover the event does not have or that fails to load', async () => {
    usdEvent().large_image_url = 'javascript:alert(1)';
    usdEvent().original_image_url = null;
    const { container } = renderApp(USD);
    await screen.findByRole('heading', { level: 1, name: 'Open Source Summit Demo' });
    expect(container.querySelector('.event-cover img')).toBeNull();
    expect(container.querySelector('.event-cover-fallback')).not.toBeNull();
  });

  it('gives the buyer’s own time beside the event’s when their timezone differs', async () => {
    // The tests run in UTC (vitest's environment); the seeded event is in Los Angeles.
    renderApp(USD);
    expect(await screen.findByText(/\(America\/Los_Angeles\)$/)).toBeInTheDocument();
    expect(screen.getByText(/^Your time: .*\(UTC\)$/)).toBeInTheDocument();
  });

  it('says nothing more when the buyer is in the event’s timezone', async () => {
    usdEvent().timezone = 'UTC';
    renderApp(USD);
    expect(await screen.findByText(/\(UTC\)$/)).toBeInTheDocument();
    expect(screen.queryByText(/^Your time:/)).toBeNull();
  });

  it('renders the organizer’s rich-text description with its markup but nothing that runs', async () => {
    usdEvent().description =
      '<h2>Programme</h2><p>Talks and <strong>workshops</strong>.</p><ul><li>Day one</li></ul>' +
      '<script>window.hacked = true</script><img src="x" onerror="window.hacked = true">' +
      '<iframe src="https://evil.test"></iframe><p style="position:fixed">Styled</p>' +
      '<a href="javascript:window.hacked=true">bad link</a> <a href="https://fossasia.org">good link</a>' +
      '<a href="data:text/html,hi">data link</a>';
    const { container } = renderApp(USD);
    const about = await screen.findByRole('region', { name: 'About this event' });
    expect(await within(about).findByRole('heading', { name: 'Programme' })).toBeVisible();
    expect(within(about).getByText('workshops').tagName).toBe('STRONG');
    expect(within(about).getByRole('listitem')).toHaveTextContent('Day one');
    expect(
      container.querySelector('.event-about script, .event-about img, .event-about iframe'),
    ).toBeNull();
    expect(container.querySelector('.event-about [style]')).toBeNull();
    expect(within(about).getByRole('link', { name: 'good link' })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    );
    expect(within(about).queryByRole('link', { name: 'bad link' })).toBeNull();
    expect(within(about).queryByRole('link', { name: 'data link' })).toBeNull();
    expect(within(about).getByText('bad link')).toBeVisible();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('keeps the line breaks of a plain-text description', async () => {
    usdEvent().description = 'First line\nSecond line with a < sign';
    renderApp(USD);
    const about = await screen.findByRole('region', { name: 'About this event' });
    const text = within(about).getByText(/^First line/);
    expect(text).toHaveClass('rich-text-plain');
    expect(text.textContent).toBe('First line\nSecond line with a < sign');
  });

  it('isolates a ticket name ending in a right-to-left override from its price', async () => {
    ticket(SEED.tickets.paid).name = 'VIP\u202E';
    renderApp(USD);
    const name = await screen.findByRole('heading', { level: 3, name: 'VIP\u202E' });
    expect(name.querySelector('bdi')).toHaveTextContent('VIP\u202E');
    // The price is its own element outside the isolate, so it reads "$25.00", never "00.52$".
    expect(within(name.closest('li') ?? document.body).getByText('$25.00')).toBeVisible();
  });

  it('says when a ticket is not on sale yet, with the date sales open', async () => {
    ticket(SEED.tickets.paid).sales_starts_at = isoIn(48 * HOUR);
    renderApp(USD);
    expect(await screen.findByText(/^Not on sale yet: sales open /)).toBeVisible();
    expect(screen.queryByRole('spinbutton', { name: 'Quantity of General Admission' })).toBeNull();
    expect(screen.getByRole('spinbutton', { name: 'Quantity of Community Pass' })).toBeVisible();
  });

  it('says when the sales of a ticket have ended', async () => {
    ticket(SEED.tickets.paid).sales_ends_at = isoIn(-HOUR);
    renderApp(USD);
    expect(await screen.findByText('Sales have ended')).toBeVisible();
    expect(screen.queryByRole('spinbutton', { name: 'Quantity of General Admission' })).toBeNull();
  });

  it('says when a ticket is sold out', async () => {
    ticket(SEED.tickets.paid).quantity = 0;
    renderApp(USD);
    expect(await screen.findByText('Sold out')).toBeVisible();
  });

  it('steps a quantity up from nothing to the minimum and down again with the buttons', async () => {
    ticket(SEED.tickets.paid).min_order = 2;
    const { user } = renderApp(USD);
    const field = await screen.findByRole('spinbutton', { name: 'Quantity of General Admission' });
    expect(screen.getByText('2 to 10 per order')).toBeInTheDocument();
    const fewer = screen.getByRole('button', { name: 'One fewer General Admission' });
    const more = screen.getByRole('button', { name: 'One more General Admission' });
    expect(fewer).toHaveAttribute('aria-disabled', 'true');
    await user.click(more);
    expect(field).toHaveValue(2);
    expect(await screen.findByText('Total: $50.00')).toBeInTheDocument();
    await user.click(more);
    expect(field).toHaveValue(3);
    await user.click(fewer);
    await user.click(fewer);
    expect(field).toHaveValue(0);
    expect(await screen.findByText('Choose at least one ticket.')).toBeInTheDocument();
  });

  it('brings a link asking for more than a ticket’s maximum down to it, and says so', async () => {
    const { router } = renderApp(`${USD}?tickets=${SEED.tickets.paid}:50`);
    const field = await screen.findByRole('spinbutton', { name: 'Quantity of General Admission' });
    expect(field).toHaveValue(10);
    expect(
      screen.getByText('General Admission is limited to 10 per order, so you have 10.'),
    ).toBeVisible();
    expect(await screen.findByText('Total: $250.00')).toBeInTheDocument();
    expect(decodeURIComponent(router.state.location.search)).toBe(
      `?tickets=${SEED.tickets.paid}:10`,
    );
  });

  it('brings a link asking for more than is left down to what is left, and says so', async () => {
    ticket(SEED.tickets.paid).quantity = 3;
    renderApp(`${USD}?tickets=${SEED.tickets.paid}:5`);
    expect(
      await screen.findByText('Only 3 of General Admission are left, so you have 3.'),
    ).toBeVisible();
    expect(screen.getByRole('spinbutton', { name: 'Quantity of General Admission' })).toHaveValue(
      3,
    );
  });

  it('drops a ticket from the link that has sold out, or that the event no longer offers', async () => {
    ticket(SEED.tickets.free).quantity = 0;
    renderApp(`${USD}?tickets=${SEED.tickets.free}:1,999:2`);
    expect(await screen.findByText('Community Pass is sold out.')).toBeVisible();
    expect(
      screen.getByText('A ticket in the link you followed is no longer offered.'),
    ).toBeVisible();
    expect(screen.getByText('Choose at least one ticket.')).toBeInTheDocument();
  });

  it('stops explaining a link’s change once the buyer picks the quantity themselves', async () => {
    const { user } = renderApp(`${USD}?tickets=${SEED.tickets.paid}:50`);
    const message = await screen.findByText(
      'General Admission is limited to 10 per order, so you have 10.',
    );
    await user.click(screen.getByRole('button', { name: 'One fewer General Admission' }));
    expect(message).not.toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Quantity of General Admission' })).toHaveValue(
      9,
    );
  });

  it('shows the donation’s currency symbol beside its amount', async () => {
    renderApp(USD);
    const price = await screen.findByLabelText('Your price for Supporter (pay what you want) ($)');
    expect(price.parentElement).toHaveTextContent('$');
  });
});

// The events page at `/` (src/features/discover): upcoming public events from GET /v1/events,
// search and the online filter in the URL, paging by meta.count, and its loading, empty and
// error states. The mock server refuses a malformed filter with the server's 400, so a page that
// shows results (or "no results") sent a filter the server accepts.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { renderApp } from '../utils/render-app';

/** What the list should show: published, public, not over yet, soonest first. */
function upcomingPublicEvents() {
  const now = Date.now();
  return db.events
    .filter(
      (event) =>
        event.state === 'published' &&
        event.privacy === 'public' &&
        event.deleted_at === null &&
        Date.parse(event.ends_at) >= now,
    )
    .sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at));
}

async function cards() {
  const list = await screen.findByRole('list');
  return within(list)
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
}

describe('the events page', () => {
  it('shows anyone the upcoming public events, soonest first, twelve to a page, with dates, place and prices', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upcoming events' }),
    ).toBeInTheDocument();
    const expected = upcomingPublicEvents();
    expect(await cards()).toEqual(expected.slice(0, 12).map((event) => event.name));
    expect(screen.getByRole('status')).toHaveTextContent(`Events 1 to 12 of ${expected.length}.`);

    const names = await cards();
    expect(names).not.toContain('Invite-only Sponsors Dinner');
    expect(names).not.toContain('Planning Call (draft)');
    expect(names).not.toContain('Winter Hack Night');

    const online = screen.getByRole('article', { name: 'Accessibility Office Hours' });
    expect(online).toHaveTextContent('Online');
    expect(online).toHaveTextContent('Free');
    expect(online).toHaveTextContent('(America/New_York)');
    const seoul = screen.getByRole('article', { name: 'Seoul Frontend Night' });
    expect(seoul).toHaveTextContent('₩20,000');
    expect(seoul).toHaveTextContent('D2 Startup Factory');
    const link = within(seoul).getByRole('link', { name: 'Seoul Frontend Night' });
    expect(link.getAttribute('href')).toMatch(/^\/e\/ca7a/);
  });

  it('finds the USD event by name, keeps the search in the URL, and a reload shows the same results', async () => {
    const { user, router, unmount } = renderApp('/');
    await user.type(await screen.findByLabelText('Search events by name'), 'open source summit');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(async () => expect(await cards()).toEqual(['Open Source Summit Demo']));
    expect(router.state.location.search).toBe('?q=open+source+summit');
    const usd = screen.getByRole('article', { name: 'Open Source Summit Demo' });
    expect(usd).toHaveTextContent('Free, or from $5.00');
    expect(usd).toHaveTextContent('Moscone Center');
    unmount();

    renderApp('/?q=open+source+summit');
    expect(await screen.findByLabelText('Search events by name')).toHaveValue('open source summit');
    expect(await cards()).toEqual(['Open Source Summit Demo']);
  });

  it('filters online events and events at a venue, and says when none match', async () => {
    const { user, router } = renderApp('/');
    await user.selectOptions(await screen.findByLabelText('Where'), 'Online');
    await waitFor(() => expect(router.state.location.search).toBe('?where=online'));
    const online = upcomingPublicEvents().filter((event) => event.online);
    await waitFor(async () => expect(await cards()).toEqual(online.map((event) => event.name)));

    await user.type(screen.getByLabelText('Search events by name'), 'Tokyo');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No upcoming events online match “Tokyo”.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Show all upcoming events' }));
    expect(await cards()).toHaveLength(12);
    expect(router.state.location.search).toBe('');
  });

  it('pages forward and back with links that keep the filters', async () => {
    const { user, router } = renderApp('/?where=venue');
    const venue = upcomingPublicEvents().filter((event) => !event.online);
    const pager = await screen.findByRole('navigation', { name: 'Pages of events' });
    expect(pager).toHaveTextContent('Page 1 of 2');
    await user.click(within(pager).getByRole('link', { name: 'Next page' }));

    await waitFor(() => expect(router.state.location.search).toBe('?where=venue&page=2'));
    await waitFor(async () =>
      expect(await cards()).toEqual(venue.slice(12).map((event) => event.name)),
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Events 13 to ${venue.length} of`);
    await user.click(screen.getByRole('link', { name: 'Previous page' }));
    await waitFor(async () =>
      expect(await cards()).toEqual(venue.slice(0, 12).map((event) => event.name)),
    );
  });

  it('says which events are on show while the next page is still loading', async () => {
    // The second page's answer waits until the test lets it go; then the usual handler answers.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(apiUrl('/v1/events'), async ({ request }) => {
        if (new URL(request.url).searchParams.get('page[number]') === '2') await held;
      }),
    );
    const { user, router } = renderApp('/');
    const pager = await screen.findByRole('navigation', { name: 'Pages of events' });
    const count = upcomingPublicEvents().length;
    await user.click(within(pager).getByRole('link', { name: 'Next page' }));

    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    expect(pager).toHaveTextContent('Page 2 of 2');
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(`Events 1 to 12 of ${count}.`);

    release();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`Events 13 to ${count} of ${count}.`),
    );
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'false');
  });

  it('takes a page number past the end to the last page', async () => {
    const { router } = renderApp('/?page=40');
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    expect(await screen.findByRole('navigation', { name: 'Pages of events' })).toHaveTextContent(
      'Page 2 of 2',
    );
  });

  it.each([
    ['quotes', '"Summit\' OR 1=1 --'],
    ['a percent sign and an underscore', '100%_off'],
    ['emoji', '🎉🎟️ party'],
  ])(
    'sends a search with %s safely and shows no results rather than an error',
    async (_kind, text) => {
      const { user } = renderApp('/');
      await user.type(await screen.findByLabelText('Search events by name'), text);
      await user.click(screen.getByRole('button', { name: 'Search' }));
      expect(await screen.findByText(/^No upcoming events match “/)).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('cuts a 500-character search to 100 characters and still answers', async () => {
    const { user, router } = renderApp('/');
    const box = await screen.findByLabelText('Search events by name');
    await user.click(box);
    await user.paste('x'.repeat(500));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/^No upcoming events match “x{100}”\.$/)).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('q')).toHaveLength(100);
  });

  it('matches a percent sign, an underscore and a backslash typed in the search as themselves, not as wildcards', async () => {
    const event = db.events.find((entry) => entry.id === SEED.jpyEvent.id);
    if (!event) throw new Error('The seed changed.');
    event.name = '100% Tokyo_Dev \\ Meetup';
    const { user } = renderApp('/');
    await screen.findByLabelText('Search events by name');
    for (const [text, found] of [
      ['%', ['100% Tokyo_Dev \\ Meetup']],
      ['o_d', ['100% Tokyo_Dev \\ Meetup']],
      ['\\', ['100% Tokyo_Dev \\ Meetup']],
      ['0%_', []],
    ] as const) {
      // The box is new after each search (it follows the URL), so it is looked up each time.
      await user.clear(screen.getByLabelText('Search events by name'));
      await user.type(screen.getByLabelText('Search events by name'), text);
      await user.click(screen.getByRole('button', { name: 'Search' }));
      if (found.length === 0) {
        expect(await screen.findByText(/^No upcoming events match “/)).toBeInTheDocument();
      } else {
        await waitFor(async () => expect(await cards()).toEqual(found));
      }
    }
  });

  it('renders an event with no cover, no end date and a timezone the browser does not know', async () => {
    server.use(
      http.get(apiUrl('/v1/events'), () =>
        HttpResponse.json(
          {
            data: [
              {
                type: 'event',
                id: '77',
                attributes: {
                  identifier: 'abcdef77',
                  name: 'Odd Event',
                  'starts-at': '2099-03-14T09:00:00+00:00',
                  'ends-at': null,
                  timezone: 'Mars/Olympus_Mons',
                  online: false,
                  'location-name': null,
                  'payment-currency': null,
                  'original-image-url': 'javascript:alert(1)',
                },
              },
            ],
            meta: { count: 1 },
            links: { self: '/v1/events' },
            jsonapi: { version: '1.0' },
          },
          { headers: { 'Content-Type': 'application/vnd.api+json' } },
        ),
      ),
    );
    renderApp('/');
    const card = await screen.findByRole('article', { name: 'Odd Event' });
    expect(card).toHaveTextContent('(UTC)');
    expect(card).toHaveTextContent('Venue to be announced');
    // No broken image: a decorative one has no role to query by.
    // eslint-disable-next-line testing-library/no-node-access
    expect(card.querySelector('img')).toBeNull();
  });

  it('says when there are no upcoming events at all', async () => {
    db.events = db.events.filter((event) => Date.parse(event.ends_at) < Date.now());
    renderApp('/');
    expect(await screen.findByText('No upcoming events yet. Check back soon.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages of events' })).not.toBeInTheDocument();
  });

  it('says when the events cannot be loaded, and tries again on request', async () => {
    server.use(
      http.get(apiUrl('/v1/events'), () => new HttpResponse(null, { status: 503 }), {
        once: true,
      }),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'We could not load the events' }),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await cards()).toHaveLength(12);
  });

  it('loads for a logged-in buyer whose token has expired, because the list is sent without it', async () => {
    server.use(
      http.get(apiUrl('/v1/events'), ({ request }) =>
        request.headers.has('Authorization')
          ? HttpResponse.json(
              { errors: [{ status: 401, detail: 'Token has expired' }] },
              { status: 401 },
            )
          : undefined,
      ),
    );
    renderApp('/', { as: 'buyer' });
    expect(await cards()).toHaveLength(12);
  });
});

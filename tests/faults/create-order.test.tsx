// Fault matrix, creating an order (docs/reliability.md): POST /v1/orders/create-order failing
// every way from the public event page, as the buyer sees it. Every cell ends with the order made
// once the server is back.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, type HttpResponseResolver } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { madeOrders } from '../mocks/support';
import { logInThroughTheForm } from '../utils/accounts';
import { chooseQuantity } from '../utils/checkout';
import { useFakeClock } from '../utils/fake-clock';
import { PAGE_READY, renderApp } from '../utils/render-app';
import {
  appError,
  expectSentToLogInAgain,
  notJson,
  offline,
  serverError,
  slowerThanTheClient,
  theClientGivesUp,
  tokenExpired,
  wrongShape,
} from './support';

const EVENT_PAGE = `/e/${SEED.usdEvent.identifier}`;
const GENERAL = 'Quantity of General Admission';

function failOrderOnce(resolver: HttpResponseResolver) {
  server.use(http.post(apiUrl('/v1/orders/create-order'), resolver, { once: true }));
}

async function chooseTwoAndOrder(user: UserEvent) {
  await chooseQuantity(user, 'General Admission', 2);
  expect(await screen.findByText('Total: $50.00')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Order now' }));
}

/** The selection is as the buyer left it, no order exists, and ordering again works. */
async function expectKeptAndRetryOrders(user: UserEvent) {
  expect(screen.getByLabelText(GENERAL)).toHaveValue(2);
  expect(madeOrders()).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Order now' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Attendee details' }, PAGE_READY),
  ).toBeInTheDocument();
  expect(madeOrders()).toHaveLength(1);
  expect(madeOrders()[0]?.order_tickets).toEqual([
    { ticket_id: SEED.tickets.paid, quantity: 2, price: 25 },
  ]);
}

describe('fault matrix: creating an order', () => {
  it('[api offline] says the server cannot be reached, keeps the ticket selection, and orders on a retry', async () => {
    failOrderOnce(offline);
    const { user } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseTwoAndOrder(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not reach the server. Check your connection and try again.',
    );
    await expectKeptAndRetryOrders(user);
  });

  it('[500] says the server ran into a problem without showing its internals, keeps the selection, and orders on a retry', async () => {
    failOrderOnce(serverError);
    const { user } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseTwoAndOrder(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server ran into a problem');
    expect(alert).not.toHaveTextContent('psycopg2');
    await expectKeptAndRetryOrders(user);
  });

  it('[not JSON] says the answer could not be read, keeps the selection, and orders on a retry', async () => {
    failOrderOnce(() => notJson());
    const { user } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseTwoAndOrder(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent a response we could not read.',
    );
    await expectKeptAndRetryOrders(user);
  });

  it('[wrong shape] says the answer could not be read, keeps the selection, and orders on a retry', async () => {
    failOrderOnce(() => wrongShape());
    const { user } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseTwoAndOrder(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent a response we could not read.',
    );
    await expectKeptAndRetryOrders(user);
  });

  it('[timeout] says the server took too long, keeps the selection, and orders on a retry', async () => {
    failOrderOnce(slowerThanTheClient);
    useFakeClock();
    const { user } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseTwoAndOrder(user);
    await theClientGivesUp();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server took too long to answer. Please try again.',
    );
    await expectKeptAndRetryOrders(user);
  });

  it('[401 token expired] asks to log in again, then comes back to the event with the same tickets chosen and orders them', async () => {
    failOrderOnce(tokenExpired);
    const { user, router } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseTwoAndOrder(user);

    await expectSentToLogInAgain();
    await logInThroughTheForm(user, 'buyer');
    expect(await screen.findByLabelText(GENERAL)).toHaveValue(2);
    expect(router.state.location.pathname).toBe(EVENT_PAGE);
    await expectKeptAndRetryOrders(user);
    // Four pages and a login: 0.6 s alone on an idle machine, over vitest's 5 s per test once in
    // a clean-clone CI run (the login page's modules transformed cold in a busy worker).
  }, 15_000);

  it('[own: 409 sold out] says the ticket sold out, keeps the selection, and orders what is left', async () => {
    const { user } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseQuantity(user, 'General Admission', 2);
    expect(await screen.findByText('Total: $50.00')).toBeInTheDocument();
    // Other buyers took all but one while this one was choosing.
    const ticket = db.tickets.find((entry) => entry.id === SEED.tickets.paid);
    if (!ticket) throw new Error('The seed has no paid ticket.');
    ticket.quantity = 1;
    await user.click(screen.getByRole('button', { name: 'Order now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ticket "General Admission" already sold out',
    );
    expect(screen.getByLabelText(GENERAL)).toHaveValue(2);
    expect(madeOrders()).toHaveLength(0);
    await chooseQuantity(user, 'General Admission', 1);
    await user.click(screen.getByRole('button', { name: 'Order now' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendee details' }, PAGE_READY),
    ).toBeInTheDocument();
    expect(madeOrders()[0]?.order_tickets).toEqual([
      { ticket_id: SEED.tickets.paid, quantity: 1, price: 25 },
    ]);
  });

  it('[own: 422 unprocessable] shows the server reason, keeps the donation typed, and orders on a retry', async () => {
    failOrderOnce(() =>
      appError(
        422,
        { pointer: 'tickets/price' },
        'Price for donation ticket should be present and within range 5 to 500',
      ),
    );
    const { user } = renderApp(EVENT_PAGE, { as: 'buyer' });
    await chooseQuantity(user, 'Supporter (pay what you want)', 1);
    const price = screen.getByLabelText('Your price for Supporter (pay what you want) ($)');
    await user.clear(price);
    await user.type(price, '12.50');
    expect(await screen.findByText('Total: $12.50')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Order now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Price for donation ticket should be present and within range 5 to 500',
    );
    expect(price).toHaveValue('12.50');
    expect(madeOrders()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Order now' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendee details' }, PAGE_READY),
    ).toBeInTheDocument();
    expect(madeOrders()[0]?.order_tickets).toEqual([
      { ticket_id: SEED.tickets.donation, quantity: 1, price: 12.5 },
    ]);
  });
});

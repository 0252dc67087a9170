import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { renderApp } from '../utils/render-app';

describe('the app shell', () => {
  it('shows a helpful page for an unknown address', async () => {
    renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toBeInTheDocument();
  });

  it('treats an order address with an unknown step as not found', async () => {
    renderApp('/orders/5b3e0d0e-0000-4000-8000-000000000000/refund', { as: 'buyer' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });

  it('offers a skip link to the main content', async () => {
    renderApp('/login');
    expect(await screen.findByRole('link', { name: 'Skip to content' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('shows a published event with its ticket prices in the event currency', async () => {
    renderApp(`/e/${SEED.usdEvent.identifier}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Open Source Summit Demo' }),
    ).toBeInTheDocument();
    expect(screen.getByText('$25.00')).toBeInTheDocument();
    expect(screen.getByText('Free')).toBeInTheDocument();
  });

  it('shows yen prices without decimals', async () => {
    renderApp(`/e/${SEED.jpyEvent.identifier}`);
    expect(await screen.findByText('¥3,000')).toBeInTheDocument();
  });

  it('does not show a draft event to the public', async () => {
    renderApp(`/e/${SEED.draftEvent.identifier}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Event not found' }),
    ).toBeInTheDocument();
  });

  it('says the event could not be loaded when the API is down', async () => {
    server.use(http.get(apiUrl('/v1/events/:id'), () => HttpResponse.error()));
    renderApp(`/e/${SEED.usdEvent.identifier}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the server');
  });
});

import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { server } from '@mocks/node';
import { renderApp } from '../utils/render-app';

describe('My events', () => {
  it('links each event to its editor and each published event to its public page', async () => {
    renderApp('/events', { as: 'organizer' });
    expect(
      await screen.findByRole('link', { name: 'Edit Open Source Summit Demo' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/events\/\d+\/edit\/basic-details$/));
    expect(
      screen.getByRole('link', { name: 'Public page of Open Source Summit Demo' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/e\/[0-9a-f]{8}$/));
  });

  it('offers to create a first event when the person has none', async () => {
    renderApp('/events', { as: 'buyer' });
    expect(await screen.findByText('You have no events yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first event' })).toHaveAttribute(
      'href',
      '/create',
    );
  });

  it('says the events could not be loaded when the server fails, and loads them on retry', async () => {
    server.use(
      http.get(
        apiUrl('/v1/users/:id/events'),
        () =>
          HttpResponse.json(
            {
              errors: [
                {
                  status: 500,
                  title: 'Internal Server Error',
                  detail: 'Unknown error',
                  source: '',
                },
              ],
              jsonapi: { version: '1.0' },
            },
            { status: 500, headers: { 'Content-Type': 'application/vnd.api+json' } },
          ),
        { once: true },
      ),
    );
    const { user } = renderApp('/events', { as: 'organizer' });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your events');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'Open Source Summit Demo' }),
    ).toBeInTheDocument();
  });

  it('says the answer could not be read when the server sends the wrong shape', async () => {
    server.use(
      http.get(apiUrl('/v1/users/:id/events'), () => HttpResponse.json({ data: [{ id: 1 }] })),
    );
    renderApp('/events', { as: 'organizer' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent a response we could not read.',
    );
  });
});

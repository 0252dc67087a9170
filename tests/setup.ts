// vitest setup: the mock Open Event API for every test, fresh data after each, and no noise allowed.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { resetDb } from '@mocks/db';
import { setServerClockOffset } from '@mocks/jwt';
import { server } from '@mocks/node';

// findBy* waits up to 1 s by default; a multi-request save on a busy 2-core CI machine can take
// longer. A real failure still fails, only later.
configure({ asyncUtilTimeout: 3_000 });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  // A console.error is a React warning, an act() problem or an unexpected failure: fail the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDb();
  setServerClockOffset(0);
  window.sessionStorage.clear();
  window.localStorage.clear();
});

afterAll(() => {
  server.close();
});

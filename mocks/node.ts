// The mock API for vitest (and any node script): tests/setup.ts starts and resets it.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

#!/usr/bin/env node
// The mock Open Event Server over real HTTP (mocks/http-server.ts), for a production build that has
// no MSW in it: `npm run build:http` builds the app against it, `npm run preview:http` serves both.
//
// Usage: node scripts/mock-api-server.mjs [--port 4010]
//   Prints the origin once it listens and answers until stopped (Ctrl-C). Start it from the demo
//   seed each time; its data lives in memory only.
//
// Also imported by scripts/lighthouse.mjs and the Playwright config: startMockApi(port).
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The port `.env.http` builds the app against. */
export const DEFAULT_MOCK_API_PORT = 4010;

/**
 * Loads the TypeScript mock server through Vite (so `@/` and `@mocks/` resolve and import.meta.env
 * is set as in the app) and starts it on 127.0.0.1:port. Resolves to { origin, close }.
 */
export async function startMockApi(port = DEFAULT_MOCK_API_PORT) {
  // Vite gives variables already in the environment precedence over .env files.
  process.env.VITE_API_HOST = `http://127.0.0.1:${port}`;
  process.env.VITE_API_MOCKING = 'false';
  const vite = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    mode: 'http',
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { startMockHttpServer } = await vite.ssrLoadModule('/mocks/http-server.ts');
    const api = await startMockHttpServer();
    return {
      origin: api.origin,
      close: async () => {
        await api.close();
        await vite.close();
      },
    };
  } catch (error) {
    await vite.close();
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--port');
  const port = at === -1 ? DEFAULT_MOCK_API_PORT : Number.parseInt(args[at + 1] ?? '', 10);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error('mock-api-server: --port takes a port number, e.g. --port 4010');
    process.exit(2);
  }
  const api = await startMockApi(port);
  console.log(`Mock Open Event API on ${api.origin} (demo seed, in memory). Ctrl-C stops it.`);
  const stop = () => {
    api.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

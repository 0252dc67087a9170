#!/usr/bin/env node
// Serves dist-http/ (npm run build:http: the production build, no MSW in it) with vite preview on
// :4174, and the mock Open Event API over HTTP on :4010 beside it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockApi } from './mock-api-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_PORT = 4174;

const api = await startMockApi();
const preview = spawn(
  join(ROOT, 'node_modules', '.bin', 'vite'),
  [
    'preview',
    '--mode',
    'http',
    '--outDir',
    'dist-http',
    '--host',
    '127.0.0.1',
    '--port',
    String(APP_PORT),
    '--strictPort',
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
console.log(`Mock Open Event API on ${api.origin}; the app on http://127.0.0.1:${APP_PORT}`);
const stop = () => {
  preview.kill('SIGTERM');
  api.close().finally(() => process.exit(0));
};
preview.on('exit', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

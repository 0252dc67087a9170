// Mock mode's first script (vite.config.ts puts it in index.html, async): starts the mock worker
// as soon as the mock server has downloaded, before the app's entry has finished loading. The app
// waits on the same start (src/main.tsx) and reports a failure; here it is only started.
import { startMockWorker } from './browser';

startMockWorker().catch(() => undefined);

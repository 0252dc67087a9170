// Entry: start the mock API when mocking is on, then render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod/mini';
import { App } from '@/app/app';
import { enableDemoMode } from '@/config/demo';
import '@/styles.css';

// zod probes for eval with `new Function` on first use; under our CSP that probe is reported as a
// violation even though zod catches it. Its interpreter is fast enough for our small schemas.
configureZod({ jitless: true });

async function startMocks(): Promise<void> {
  // Checked against import.meta.env directly (not the parsed env) so that Vite replaces it with a
  // literal and a real build drops this branch, and with it every byte of MSW and the mock data.
  if (import.meta.env.VITE_API_MOCKING !== 'true') return;
  const [{ startMockWorker, resetDemoData }, { DEMO_ACCOUNTS }] = await Promise.all([
    import('@mocks/browser'),
    import('@mocks/seed'),
  ]);
  await startMockWorker();
  enableDemoMode({ accounts: DEMO_ACCOUNTS, resetData: resetDemoData });
}

function renderStartupFailure(error: unknown): void {
  const root = document.getElementById('root');
  if (!root) return;
  const message = error instanceof Error ? error.message : String(error);
  root.innerHTML = '';
  const main = document.createElement('main');
  main.className = 'startup-error';
  const heading = document.createElement('h1');
  heading.textContent = 'Open Event could not start';
  const text = document.createElement('p');
  text.textContent = message;
  const hint = document.createElement('p');
  hint.textContent =
    'Reload the page to try again. If this keeps happening, check the configuration.';
  main.append(heading, text, hint);
  root.append(main);
}

startMocks()
  .then(() => {
    const container = document.getElementById('root');
    if (!container) throw new Error('The page has no #root element.');
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch(renderStartupFailure);

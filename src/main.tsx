// Entry: render the app; in mock mode, with the mock API starting alongside.
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { enableDemoMode } from '@/config/demo';
import { holdRequestsUntil } from '@/lib/api-client';
import { activateLocale, needPart, registerCatalogs } from '@/lib/i18n/catalogs';
import { preferredLocale } from '@/lib/i18n/locales';
import '@/styles.css';

/**
 * Mock mode: the demo accounts first (a small chunk, preloaded by the HTML), then the app renders
 * while the mock service worker starts; API requests wait for it (holdRequestsUntil). Returns the
 * worker start, wrapped so that awaiting this function does not wait for it; null in a real build.
 */
async function prepareMocks(): Promise<{ started: Promise<void> } | null> {
  // Checked against import.meta.env directly (not the parsed env) so that Vite replaces it with a
  // literal and a real build drops this branch, and with it every byte of MSW and the mock data.
  if (import.meta.env.VITE_API_MOCKING !== 'true') return null;
  // The demo's own texts (its bar, the fake Stripe), in whatever language starts alongside.
  const demoTexts = import('@/lib/i18n/demo-catalogs').then(({ demoCatalogs }) => {
    registerCatalogs(demoCatalogs);
    return needPart('demo');
  });
  const browser = import('@mocks/browser');
  const started = browser.then(({ startMockWorker }) => startMockWorker());
  holdRequestsUntil(started);
  const [{ DEMO_ACCOUNTS }] = await Promise.all([import('@mocks/seed'), demoTexts]);
  enableDemoMode({
    accounts: DEMO_ACCOUNTS,
    resetData: async () => {
      (await browser).resetDemoData();
    },
    serverEra: async () => (await import('@mocks/charge-era')).getChargeEra(),
    setServerEra: async (era) => {
      await started;
      (await import('@mocks/charge-era')).setChargeEra(era);
      (await import('@/features/checkout/charge-flow')).forgetChargeFlow();
    },
  });
  return { started };
}

function renderStartupFailure(error: unknown): void {
  const root = document.getElementById('root');
  if (!root) return;
  const message = error instanceof Error ? error.message : String(error);
  root.innerHTML = '';
  const main = document.createElement('main');
  main.className = 'startup-error';
  // In the active language; in English when not even the messages arrived.
  const translated = i18n.locale !== '';
  const heading = document.createElement('h1');
  heading.textContent = translated ? t`Open Event could not start` : 'Open Event could not start';
  const text = document.createElement('p');
  text.textContent = message;
  const hint = document.createElement('p');
  hint.textContent = translated
    ? t`Reload the page to try again. If this keeps happening, check the configuration.`
    : 'Reload the page to try again. If this keeps happening, check the configuration.';
  main.append(heading, text, hint);
  root.append(main);
}

async function start(): Promise<void> {
  // The language's messages download while the mock API starts; the first render needs both.
  const [mocks] = await Promise.all([prepareMocks(), activateLocale(preferredLocale())]);
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Without its mock API the demo cannot work at all: say so instead of failing request by request.
  mocks?.started.catch((error: unknown) => {
    root.unmount();
    renderStartupFailure(error);
  });
}

start().catch(renderStartupFailure);

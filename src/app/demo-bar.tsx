// Demo mode only (a build with the mock API): says the API and Stripe are simulated, switches the
// mock server's card flow and resets the demo data. src/app/layout.tsx renders it behind a build
// flag, so a real build carries none of it.
import { lazy, Suspense } from 'react';
import { getDemoMode } from '@/config/demo';

const ServerEraSwitch = /* @__PURE__ */ lazy(async () => ({
  default: (await import('./demo-server-era')).ServerEraSwitch,
}));

export function DemoBar() {
  const demo = getDemoMode();
  if (!demo) return null;
  return (
    <aside className="demo-bar" aria-label="Demo mode">
      <span>Demo mode: the API, Stripe and its consent page are simulated in your browser.</span>
      <Suspense fallback={null}>
        <ServerEraSwitch demo={demo} />
      </Suspense>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          if (
            !window.confirm('Reset all demo data? Events, orders and logins you made will be lost.')
          )
            return;
          void demo.resetData().then(() => {
            window.location.reload();
          });
        }}
      >
        Reset demo data
      </button>
    </aside>
  );
}

// Demo mode only (a build with the mock API): says the API and Stripe are simulated, switches the
// mock server's card flow and resets the demo data. src/app/layout.tsx renders it behind a build
// flag, so a real build carries none of it.
import { useLingui } from '@lingui/react/macro';
import { getDemoMode } from '@/config/demo';
// Loaded with the bar, not after it: a switch arriving later would push the page down (CLS).
import { ServerEraSwitch } from './demo-server-era';

export function DemoBar() {
  const { t } = useLingui();
  const demo = getDemoMode();
  if (!demo) return null;
  return (
    <aside className="demo-bar" aria-label={t`Demo mode`}>
      <span>{t`Demo mode: the API, Stripe and its consent page are simulated in your browser.`}</span>
      <ServerEraSwitch demo={demo} />
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          if (
            !window.confirm(
              t`Reset all demo data? Events, orders and logins you made will be lost.`,
            )
          )
            return;
          void demo.resetData().then(() => {
            window.location.reload();
          });
        }}
      >
        {t`Reset demo data`}
      </button>
    </aside>
  );
}

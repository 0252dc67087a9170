// Toasts without putting the toast library on every page's critical path: sonner is loaded the
// first time something is announced, its <Toaster> is mounted then, and queued toasts are shown.
import { useLingui } from '@lingui/react/macro';
import { useEffect, useState, type ComponentType, type CSSProperties } from 'react';
import type * as SonnerModule from 'sonner';
import type { ExternalToast, ToasterProps } from 'sonner';
import { EnsureI18n } from './ensure-i18n';

type Sonner = typeof SonnerModule;
type Kind = 'success' | 'error' | 'info' | 'warning';

export type ToastOptions = Pick<ExternalToast, 'id' | 'description' | 'duration'>;

let sonner: Promise<Sonner> | null = null;
let showToaster: (() => void) | null = null;
let ready: Sonner | null = null;
const queue: Array<(api: Sonner) => void> = [];

/** Sonner once loaded: it keeps every toast not yet dismissed, for the next Toaster to show. */
let loaded: Sonner | null = null;

function load(): Promise<Sonner> {
  sonner ??= import('sonner').then((api) => (loaded = api));
  return sonner;
}

function announce(kind: Kind, message: string, options?: ToastOptions): void {
  const show = (api: Sonner) => void api.toast[kind](message, options);
  if (ready) {
    show(ready);
    return;
  }
  queue.push(show);
  showToaster?.();
}

/**
 * Drops every toast announced so far, so none shows up in a later <Toasts> (tests): the ones
 * queued while none was mounted, and the ones sonner keeps and replays to a new Toaster.
 */
export function resetToasts(): void {
  queue.length = 0;
  loaded?.toast.dismiss();
}

export const toast = {
  success: (message: string, options?: ToastOptions) => announce('success', message, options),
  error: (message: string, options?: ToastOptions) => announce('error', message, options),
  info: (message: string, options?: ToastOptions) => announce('info', message, options),
  warning: (message: string, options?: ToastOptions) => announce('warning', message, options),
};

/**
 * Where toasts appear: at the bottom, never over the site header or its navigation
 * (src/app/layout.tsx). The header scrolls with the page and its height varies (the demo bar above
 * it, a nav that wraps on a narrow screen), so an offset from the top could still cover it; the
 * bottom edge has nothing the toasts could hide for good (they close, time out and can be swiped).
 * Wide screens: the bottom-right corner. Phones (sonner's own breakpoint, 600px): the full width
 * along the bottom, clear of the home indicator.
 */
export const toasterPlacement = {
  position: 'bottom-right',
  offset: { right: 'var(--space-5)', bottom: 'var(--space-5)' },
  mobileOffset: {
    left: 'var(--space-4)',
    right: 'var(--space-4)',
    bottom: 'calc(var(--space-4) + env(safe-area-inset-bottom, 0px))',
  },
} satisfies Pick<ToasterProps, 'position' | 'offset' | 'mobileOffset'>;

const toasterProps: ToasterProps = {
  ...toasterPlacement,
  richColors: true,
  closeButton: true,
  // sonner's rich colours are 3.1-4.4:1 on their tints (axe color-contrast, WCAG 1.4.3); these
  // darker texts are 6.4-7.3:1. Inline on the toaster, so they beat the styles sonner injects.
  style: {
    '--success-text': '#006b2b',
    '--info-text': '#0b4fa3',
    '--warning-text': '#8a4b00',
    '--error-text': '#b00000',
  } as CSSProperties,
};

/** Mount once near the root. Renders nothing until the first toast. */
export function Toasts() {
  return (
    <EnsureI18n>
      <ToasterHost />
    </EnsureI18n>
  );
}

function ToasterHost() {
  const { t } = useLingui();
  const [Toaster, setToaster] = useState<{
    component: ComponentType<ToasterProps>;
    api: Sonner;
  } | null>(null);

  useEffect(() => {
    let active = true;
    showToaster = () => {
      void load().then((api) => {
        if (active) setToaster((current) => current ?? { component: api.Toaster, api });
      });
    };
    if (queue.length > 0) showToaster();
    return () => {
      active = false;
      showToaster = null;
    };
  }, []);

  useEffect(() => {
    if (!Toaster) return;
    // The Toaster has subscribed (child effects run first): flush what was announced meanwhile.
    ready = Toaster.api;
    for (const show of queue.splice(0)) show(Toaster.api);
    return () => {
      ready = null;
    };
  }, [Toaster]);

  return Toaster ? (
    <Toaster.component
      {...toasterProps}
      containerAriaLabel={t`Notifications`}
      toastOptions={{ closeButtonAriaLabel: t`Close toast` }}
    />
  ) : null;
}

// The one PaymentIntent of an order in this tab (docs/payments.md): the server makes a new one on
// every charge call and takes no idempotency key, so the page reuses the one it has instead of
// asking again on a reload, back/forward, a second click or a remount. Kept for the person logged
// in (src/lib/personal-storage.ts): another account on this browser must not pay with it.
import { personalStorage, type PersonalStorage } from '@/lib/personal-storage';

export interface StoredIntent {
  id: string;
  clientSecret: string;
}

const key = (orderIdentifier: string) => `payment-intent:${orderIdentifier}`;

function storage(): PersonalStorage | null {
  return personalStorage('tab');
}

export function recallIntent(orderIdentifier: string): StoredIntent | null {
  try {
    const raw = storage()?.getItem(key(orderIdentifier));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredIntent> | null;
    if (
      typeof value?.id === 'string' &&
      typeof value.clientSecret === 'string' &&
      value.clientSecret.startsWith(`${value.id}_secret_`)
    ) {
      return { id: value.id, clientSecret: value.clientSecret };
    }
  } catch {
    // Unreadable: as if nothing was kept.
  }
  return null;
}

export function keepIntent(orderIdentifier: string, intent: StoredIntent): void {
  try {
    storage()?.setItem(
      key(orderIdentifier),
      JSON.stringify({ id: intent.id, clientSecret: intent.clientSecret }),
    );
  } catch {
    // Storage refused (privacy mode, quota): this visit still works, a reload asks again.
  }
}

export function forgetIntent(orderIdentifier: string): void {
  try {
    storage()?.removeItem(key(orderIdentifier));
  } catch {
    // Nothing to do.
  }
}

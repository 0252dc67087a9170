// What the Stripe Connect control (handed to the wizard by its route as an element) gets from the
// wizard: the event's id and a way to save the form first, so the server knows the event takes
// Stripe before the authorization is posted. The wizard provides it (components/wizard-form.tsx).
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';

export interface WizardStripeConnect {
  /** The control, shown in the payment options when Stripe is chosen (payment-options.tsx). */
  element: ReactNode;
  /** The saved event's id, or null while the event is new. */
  eventId: string | null;
  /**
   * Saves the form as a draft (creating the event if new) and resolves with its id. Rejects, with
   * the problems shown in the form, when the form cannot be saved.
   */
  saveDraft: () => Promise<string>;
  /** Refreshes the event (is-stripe-linked) after connecting or disconnecting. */
  onConnectionChange: (connected: boolean) => void;
}

export const StripeConnectContext = createContext<WizardStripeConnect | null>(null);

/** For the control: throws outside the wizard, where it has nothing to connect. */
export function useWizardStripeConnect(): WizardStripeConnect {
  const value = useContext(StripeConnectContext);
  if (value === null) throw new Error('useWizardStripeConnect is used outside the event wizard.');
  return value;
}

/** The context's value, stable across renders while its element and event stay the same. */
export function useStripeConnectValue(value: WizardStripeConnect): WizardStripeConnect {
  // The control calls saveDraft only from its own event handlers: the newest one is always right.
  const saveDraftRef = useRef(value.saveDraft);
  useEffect(() => {
    saveDraftRef.current = value.saveDraft;
  });
  const { element, eventId, onConnectionChange } = value;
  return useMemo(
    () => ({ element, eventId, saveDraft: () => saveDraftRef.current(), onConnectionChange }),
    [element, eventId, onConnectionChange],
  );
}

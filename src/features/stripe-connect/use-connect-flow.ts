// The "Connect with Stripe" round trip: popup (or full-page fallback), state check, code → server.
import { t } from '@lingui/core/macro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/components/ui/error-notice';
import { useCreateStripeAuthorization } from './api/create-stripe-authorization';
import type { StripeAuthorization } from './api/get-stripe-authorization';
import {
  buildAuthorizeUrl,
  consumeState,
  discardState,
  issueState,
  redirectUri,
  takeRedirectResult,
} from './oauth';
import { isOAuthResultMessage, OAUTH_CHANNEL_NAME, type OAuthResultMessage } from './oauth-message';

export type ConnectOutcome =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'connected' }
  | { kind: 'blocked' }
  | { kind: 'closed' }
  | { kind: 'declined' }
  | { kind: 'stripe-error'; message: string }
  | { kind: 'insecure'; reason: 'missing' | 'unknown' | 'reused' | 'expired' }
  | { kind: 'code-rejected'; message: string }
  | { kind: 'already-connected' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string };

export interface ConnectFlowOptions {
  clientId: string | null;
  authorizeUrl: string;
  email?: string | null;
  /** Saves the event as it is in the form (a draft if new) and returns its id. */
  prepareEvent: () => Promise<string>;
  /** The wizard URL to come back to after a full-page redirect. */
  returnTo: (eventId: string) => string;
  onConnected?: (authorization: StripeAuthorization) => void;
  onAlreadyConnected?: () => void;
}

const POPUP_NAME = 'open-event-stripe-connect';
const POPUP_FEATURES = 'popup,width=600,height=760';
const POLL_MS = 400;
/** After the popup closes, a message may still be on its way. */
const CLOSE_GRACE_MS = 800;

function saveFailure(error: unknown): ConnectOutcome {
  if (isApiError(error) && error.kind === 'http') {
    if (error.status === 422) {
      return {
        kind: 'code-rejected',
        message: error.detail ?? t`Stripe did not accept the authorization code.`,
      };
    }
    if (error.status === 409) return { kind: 'already-connected' };
    if (error.status === 403) return { kind: 'forbidden', message: error.message };
  }
  return { kind: 'failed', message: errorMessage(error) };
}

export function useConnectFlow(options: ConnectFlowOptions) {
  const [outcome, setOutcome] = useState<ConnectOutcome>({ kind: 'idle' });
  const createAuthorization = useCreateStripeAuthorization();
  const popupRef = useRef<Window | null>(null);
  const activeStateRef = useRef<string | null>(null);
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const finish = useCallback(
    async (code: string) => {
      setOutcome({ kind: 'saving' });
      try {
        const eventId = await optionsRef.current.prepareEvent();
        const authorization = await createAuthorization.mutateAsync({ eventId, code });
        setOutcome({ kind: 'connected' });
        optionsRef.current.onConnected?.(authorization);
      } catch (error) {
        const failure = saveFailure(error);
        if (failure.kind === 'already-connected') optionsRef.current.onAlreadyConnected?.();
        setOutcome(failure);
      }
    },
    [createAuthorization],
  );

  const endRoundTrip = useCallback(() => {
    if (activeStateRef.current !== null) discardState(activeStateRef.current);
    activeStateRef.current = null;
    popupRef.current?.close();
    popupRef.current = null;
  }, []);

  const handleResult = useCallback(
    (message: OAuthResultMessage, source: 'popup' | 'redirect') => {
      // A popup answer counts only when it carries the state this tab issued for the round trip
      // in progress. Anything else (no round trip, a forged or foreign state: any page can open
      // the redirect page, and without an opener it broadcasts) is ignored without a trace, so
      // another site cannot end or spoil the organizer's connection.
      if (source === 'popup' && message.state !== activeStateRef.current) return;
      const check = consumeState(message.state);
      if (!check.ok || check.entry.mode !== source) {
        // Missing, forged, replayed or expired: nothing is saved and this round trip is over.
        endRoundTrip();
        setOutcome({ kind: 'insecure', reason: check.ok ? 'unknown' : check.reason });
        return;
      }
      activeStateRef.current = null;
      endRoundTrip();
      if (message.error) {
        setOutcome(
          message.error === 'access_denied'
            ? { kind: 'declined' }
            : { kind: 'stripe-error', message: message.errorDescription ?? message.error },
        );
        return;
      }
      if (!message.code) {
        setOutcome({ kind: 'stripe-error', message: t`Stripe sent no authorization code.` });
        return;
      }
      void finish(message.code);
    },
    [endRoundTrip, finish],
  );

  // Answers from the popup: postMessage from this origin only, or the same-origin channel.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      if (!isOAuthResultMessage(event.data)) return;
      handleResult(event.data, 'popup');
    };
    window.addEventListener('message', onMessage);
    const channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(OAUTH_CHANNEL_NAME);
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        if (isOAuthResultMessage(event.data)) handleResult(event.data, 'popup');
      };
    }
    return () => {
      window.removeEventListener('message', onMessage);
      channel?.close();
    };
  }, [handleResult]);

  // The full-page fallback came back here with Stripe's answer.
  useEffect(() => {
    const result = takeRedirectResult();
    // Handled as a callback from storage, after mount, like any other answer from outside React.
    if (result) void Promise.resolve().then(() => handleResult(result, 'redirect'));
  }, [handleResult]);

  // Notice a popup closed without an answer.
  useEffect(() => {
    if (outcome.kind !== 'waiting') return;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const timer = setInterval(() => {
      const popup = popupRef.current;
      if (!popup?.closed || graceTimer !== undefined) return;
      graceTimer = setTimeout(() => {
        const state = activeStateRef.current;
        if (state === null) return;
        discardState(state);
        activeStateRef.current = null;
        popupRef.current = null;
        setOutcome({ kind: 'closed' });
      }, CLOSE_GRACE_MS);
    }, POLL_MS);
    return () => {
      clearInterval(timer);
      if (graceTimer !== undefined) clearTimeout(graceTimer);
    };
  }, [outcome.kind]);

  /** Must run inside the click handler itself, or browsers block the popup. */
  const connect = useCallback(() => {
    const open = popupRef.current;
    if (open && !open.closed) {
      open.focus();
      return;
    }
    const { clientId, authorizeUrl, email } = optionsRef.current;
    if (!clientId) return;
    endRoundTrip();
    const state = issueState({ mode: 'popup', returnTo: window.location.pathname });
    const url = buildAuthorizeUrl({
      authorizeUrl,
      clientId,
      redirectUri: redirectUri(),
      state,
      email,
    });
    const popup = window.open(url, POPUP_NAME, POPUP_FEATURES);
    if (!popup) {
      discardState(state);
      setOutcome({ kind: 'blocked' });
      return;
    }
    popupRef.current = popup;
    activeStateRef.current = state;
    setOutcome({ kind: 'waiting' });
  }, [endRoundTrip]);

  /** The fallback when popups are blocked: go to Stripe in this tab and come back to this step. */
  const continueInThisTab = useCallback(async () => {
    const { clientId, authorizeUrl, email, prepareEvent, returnTo } = optionsRef.current;
    if (!clientId) return;
    setOutcome({ kind: 'saving' });
    try {
      const eventId = await prepareEvent();
      const state = issueState({ mode: 'redirect', returnTo: returnTo(eventId) });
      window.location.assign(
        buildAuthorizeUrl({ authorizeUrl, clientId, redirectUri: redirectUri(), state, email }),
      );
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorMessage(error) });
    }
  }, []);

  return { outcome, connect, continueInThisTab, reset: () => setOutcome({ kind: 'idle' }) };
}

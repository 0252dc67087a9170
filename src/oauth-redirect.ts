// Stripe Connect sends the organizer back here with ?code=&state= or ?error=&error_description=.
// In a popup: hand the answer to the opener, on this origin only, and close; the opener checks
// `state`. In the full-page fallback (no popup): leave the answer for the wizard and go back to it.
// The session module tells personal storage who is logged in: OAuth states are kept per person.
import '@/features/auth/session';
import { readOAuthResult, OAUTH_CHANNEL_NAME } from '@/features/stripe-connect/oauth-message';
import { peekState, stashRedirectResult } from '@/features/stripe-connect/oauth';
import type { RedirectStatus } from './oauth-redirect-text';

const result = readOAuthResult(window.location.search);
/** What the page says, in the visitor's language (its messages load after the work is done). */
const say = (status: RedirectStatus) => {
  void import('./oauth-redirect-text').then(({ showRedirectStatus }) => showRedirectStatus(status));
};

const entry = peekState(result.state);
if (entry?.mode === 'redirect') {
  stashRedirectResult(result);
  say('returning');
  window.location.replace(entry.returnTo);
} else {
  let delivered = false;
  const opener = window.opener as Window | null;
  if (opener && opener !== window) {
    try {
      opener.postMessage(result, window.location.origin);
      delivered = true;
    } catch {
      delivered = false;
    }
  }
  // Browsers that cut window.opener (Cross-Origin-Opener-Policy) still share this channel. Only
  // one of the two is used: the opener treats a second copy of the same state as a replay.
  if (!delivered && typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(OAUTH_CHANNEL_NAME);
    channel.postMessage(result);
    channel.close();
    delivered = true;
  }
  say(delivered ? 'done' : 'failed');
  window.setTimeout(() => window.close(), 300);
}

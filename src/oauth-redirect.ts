// Stripe Connect sends the organizer back here (in the popup) with ?code=&state= or ?error=.
// Hand the result to the opener, on this origin only, and close. The opener checks `state`.
import { OAUTH_CHANNEL_NAME, readOAuthResult } from '@/features/stripe-connect/oauth-message';

const result = readOAuthResult(window.location.search);
const status = document.getElementById('status');
let delivered = false;

if (window.opener && window.opener !== window) {
  try {
    (window.opener as Window).postMessage(result, window.location.origin);
    delivered = true;
  } catch {
    delivered = false;
  }
}
if (typeof BroadcastChannel !== 'undefined') {
  const channel = new BroadcastChannel(OAUTH_CHANNEL_NAME);
  channel.postMessage(result);
  channel.close();
  delivered = true;
}

if (status) {
  status.textContent = delivered
    ? 'Done. You can close this window and return to Open Event.'
    : 'Open Event could not receive the answer from Stripe. Close this window and try connecting again.';
}
window.setTimeout(() => window.close(), 300);

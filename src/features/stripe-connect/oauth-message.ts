// The message the OAuth redirect page (torii/redirect.html) sends back to the window that opened it.

export const OAUTH_MESSAGE_SOURCE = 'open-event-web:stripe-connect';
/** Fallback for browsers that cut `window.opener` (COOP): same-origin windows share this channel. */
export const OAUTH_CHANNEL_NAME = 'open-event-web:stripe-connect';

export interface OAuthResultMessage {
  source: typeof OAUTH_MESSAGE_SOURCE;
  state: string | null;
  code: string | null;
  error: string | null;
  errorDescription: string | null;
}

export function readOAuthResult(search: string): OAuthResultMessage {
  const params = new URLSearchParams(search);
  return {
    source: OAUTH_MESSAGE_SOURCE,
    state: params.get('state'),
    code: params.get('code'),
    error: params.get('error'),
    errorDescription: params.get('error_description'),
  };
}

export function isOAuthResultMessage(value: unknown): value is OAuthResultMessage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const optionalString = (key: string) => record[key] === null || typeof record[key] === 'string';
  return (
    record.source === OAUTH_MESSAGE_SOURCE &&
    optionalString('state') &&
    optionalString('code') &&
    optionalString('error') &&
    optionalString('errorDescription')
  );
}

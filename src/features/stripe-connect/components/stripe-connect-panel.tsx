// The Stripe part of the wizard's payment options: status when connected, else "Connect with Stripe".
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { env } from '@/config/env';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { toast } from '@/components/ui/toast';
import { usePublicSettings } from '@/lib/settings';
import { useStripeAuthorization } from '../api/get-stripe-authorization';
import { useConnectFlow, type ConnectOutcome } from '../use-connect-flow';
import { ConnectedStatus } from './connected-status';
import '../stripe-connect.css';

export interface StripeConnectPanelProps {
  /** The saved event's id, or null while the event is new. */
  eventId: string | null;
  organizerEmail?: string | null;
  /** Saves the event as it is in the form (a draft if new) and returns its id. */
  prepareEvent: () => Promise<string>;
  /** The wizard URL to come back to after a full-page redirect to Stripe. */
  returnTo: (eventId: string) => string;
  /** Called when the event gains or loses its Stripe account, so the wizard can refresh the event. */
  onConnectionChange?: (connected: boolean) => void;
}

export function StripeConnectPanel(props: StripeConnectPanelProps) {
  const { t } = useLingui();
  const settings = usePublicSettings();
  const authorization = useStripeAuthorization(props.eventId);
  const headingId = useId();

  let body;
  if (settings.isPending || (props.eventId !== null && authorization.isPending)) {
    body = <Loading label={t`Checking the Stripe connection…`} />;
  } else if (settings.isError) {
    body = (
      <ErrorNotice
        title={t`We could not load the payment settings`}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
    );
  } else if (authorization.isError) {
    body = (
      <ErrorNotice
        title={t`We could not check the Stripe connection`}
        error={authorization.error}
        onRetry={() => void authorization.refetch()}
      />
    );
  } else if (!settings.data.stripeConnectClientId) {
    body = (
      <p className="notice" role="note">
        <Trans>
          Stripe is not enabled on this platform yet. An administrator must add the Stripe Connect
          client id in the payment settings before organizers can connect their accounts.
        </Trans>
      </p>
    );
  } else if (props.eventId !== null && authorization.data) {
    body = (
      <ConnectedStatus
        eventId={props.eventId}
        authorization={authorization.data}
        onDisconnected={() => props.onConnectionChange?.(false)}
      />
    );
  } else {
    body = <ConnectButton {...props} clientId={settings.data.stripeConnectClientId} />;
  }

  return (
    <section className="stripe-connect" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Trans>Stripe account</Trans>
      </h3>
      {body}
    </section>
  );
}

function ConnectButton(props: StripeConnectPanelProps & { clientId: string }) {
  const { t } = useLingui();
  const flow = useConnectFlow({
    clientId: props.clientId,
    authorizeUrl: env.stripeConnectAuthorizeUrl,
    email: props.organizerEmail,
    prepareEvent: props.prepareEvent,
    returnTo: props.returnTo,
    onConnected: () => {
      toast.success(t`Connected to Stripe. Buyers can now pay by card.`);
      props.onConnectionChange?.(true);
    },
    onAlreadyConnected: () => props.onConnectionChange?.(true),
  });
  const busy = flow.outcome.kind === 'saving';
  return (
    <div className="stripe-connect-actions">
      <p className="muted">
        <Trans>
          Payments go straight to your own Stripe account. You will sign in to Stripe in a new
          window and come back here.
        </Trans>
      </p>
      <button
        type="button"
        className="button button-stripe"
        onClick={flow.connect}
        disabled={busy}
        aria-busy={busy}
      >
        {flow.outcome.kind === 'waiting'
          ? t`Continue in the Stripe window`
          : t`Connect with Stripe`}
      </button>
      <OutcomeMessage
        outcome={flow.outcome}
        onContinueInThisTab={() => void flow.continueInThisTab()}
      />
    </div>
  );
}

const INSECURE_TEXT: Record<'missing' | 'unknown' | 'reused' | 'expired', MessageDescriptor> = {
  missing: msg`The answer from Stripe carried no security token.`,
  unknown: msg`The answer from Stripe did not match the request this page made.`,
  reused: msg`That answer from Stripe was already used once.`,
  expired: msg`The connection request expired (after 10 minutes).`,
};

function OutcomeMessage({
  outcome,
  onContinueInThisTab,
}: {
  outcome: ConnectOutcome;
  onContinueInThisTab: () => void;
}) {
  const { t, i18n } = useLingui();
  switch (outcome.kind) {
    case 'idle':
      return null;
    case 'connected':
      return (
        <p role="status">
          <Trans>Connected to Stripe.</Trans>
        </p>
      );
    case 'waiting':
      return (
        <p role="status">
          <Trans>
            Finish connecting in the Stripe window. If you cannot see it, press the button again to
            bring it to the front.
          </Trans>
        </p>
      );
    case 'saving':
      return <Loading label={t`Saving the Stripe connection…`} />;
    case 'blocked':
      return (
        <div className="notice" role="alert">
          <p>
            <Trans>Your browser blocked the Stripe window.</Trans>
          </p>
          <p>
            <Trans>
              Allow pop-ups for this site and try again, or continue in this tab: your event is
              saved first and you come back to this step afterwards.
            </Trans>
          </p>
          <button type="button" className="button" onClick={onContinueInThisTab}>
            <Trans>Continue in this tab</Trans>
          </button>
        </div>
      );
    case 'closed':
      return (
        <p className="notice" role="alert">
          <Trans>
            The Stripe window was closed before the connection finished. Nothing was changed; press
            Connect with Stripe to try again.
          </Trans>
        </p>
      );
    case 'declined':
      return (
        <p className="notice" role="alert">
          <Trans>
            You declined the connection on Stripe, so buyers cannot pay by card yet. Connect with
            Stripe again whenever you are ready, or choose another payment method.
          </Trans>
        </p>
      );
    case 'stripe-error': {
      const reason = outcome.message;
      return (
        <p className="notice notice-error" role="alert">
          {t`Stripe could not connect your account: ${reason} Please try again.`}
        </p>
      );
    }
    case 'insecure': {
      const reason = i18n._(INSECURE_TEXT[outcome.reason]);
      return (
        <p className="notice notice-error" role="alert">
          {t`For your security the connection was rejected. ${reason} Nothing was saved. Press Connect with Stripe to start again.`}
        </p>
      );
    }
    case 'code-rejected': {
      const reason = outcome.message;
      return (
        <p className="notice notice-error" role="alert">
          {t`Stripe did not accept the connection (${reason}). The code may have expired or been used already. Please try connecting again.`}
        </p>
      );
    }
    case 'already-connected':
      return (
        <p className="notice" role="status">
          <Trans>This event is already connected to a Stripe account.</Trans>
        </p>
      );
    case 'forbidden':
    case 'failed': {
      const reason = outcome.message;
      return (
        <p className="notice notice-error" role="alert">
          {t`The connection could not be saved: ${reason}`}
        </p>
      );
    }
  }
}

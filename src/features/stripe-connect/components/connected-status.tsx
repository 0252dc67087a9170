// The connected state of the Stripe Connect panel: the masked publishable key, and "Disconnect"
// behind a confirmation.
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { errorMessage } from '@/components/ui/error-notice';
import { toast } from '@/components/ui/toast';
import { useDeleteStripeAuthorization } from '../api/delete-stripe-authorization';
import {
  isTestKey,
  maskPublishableKey,
  type StripeAuthorization,
} from '../api/get-stripe-authorization';

export function ConnectedStatus({
  eventId,
  authorization,
  onDisconnected,
}: {
  eventId: string;
  authorization: StripeAuthorization;
  onDisconnected: () => void;
}) {
  const { t } = useLingui();
  const [confirming, setConfirming] = useState(false);
  const disconnect = useDeleteStripeAuthorization();
  const testMode = isTestKey(authorization.publishableKey);
  const maskedKey = maskPublishableKey(authorization.publishableKey);
  const disconnectError = disconnect.isError ? errorMessage(disconnect.error) : '';
  return (
    <div className="stripe-connected">
      <p role="status">
        <strong>
          <Trans>Connected to Stripe</Trans>
        </strong>{' '}
        {testMode ? (
          <span className="badge">
            <Trans>Test mode</Trans>
          </span>
        ) : null}
      </p>
      <p className="muted">
        <Trans>
          Publishable key <code>{maskedKey}</code>
        </Trans>
      </p>
      {disconnect.isError ? (
        <p className="form-error" role="alert">
          {t`We could not disconnect Stripe: ${disconnectError}`}
        </p>
      ) : null}
      {confirming ? (
        <div className="notice" role="group" aria-label={t`Confirm disconnecting Stripe`}>
          <p>
            <Trans>
              Disconnect Stripe? Buyers cannot pay by card until you connect an account again.
            </Trans>
          </p>
          <p className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={disconnect.isPending}
              onClick={() =>
                disconnect.mutate(
                  { id: authorization.id, eventId },
                  {
                    onSuccess: () => {
                      setConfirming(false);
                      toast.success(t`Stripe is disconnected from this event.`);
                      onDisconnected();
                    },
                  },
                )
              }
            >
              {disconnect.isPending ? t`Disconnecting…` : t`Yes, disconnect`}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              <Trans>Keep it connected</Trans>
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          <Trans>Disconnect</Trans>
        </button>
      )}
    </div>
  );
}

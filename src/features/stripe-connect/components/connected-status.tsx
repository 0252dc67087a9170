// The connected state of the Stripe Connect panel: the masked publishable key, and "Disconnect"
// behind a confirmation.
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
  const [confirming, setConfirming] = useState(false);
  const disconnect = useDeleteStripeAuthorization();
  const testMode = isTestKey(authorization.publishableKey);
  return (
    <div className="stripe-connected">
      <p role="status">
        <strong>Connected to Stripe</strong>{' '}
        {testMode ? <span className="badge">Test mode</span> : null}
      </p>
      <p className="muted">
        Publishable key <code>{maskPublishableKey(authorization.publishableKey)}</code>
      </p>
      {disconnect.isError ? (
        <p className="form-error" role="alert">
          We could not disconnect Stripe: {errorMessage(disconnect.error)}
        </p>
      ) : null}
      {confirming ? (
        <div className="notice" role="group" aria-label="Confirm disconnecting Stripe">
          <p>Disconnect Stripe? Buyers cannot pay by card until you connect an account again.</p>
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
                      toast.success('Stripe is disconnected from this event.');
                      onDisconnected();
                    },
                  },
                )
              }
            >
              {disconnect.isPending ? 'Disconnecting…' : 'Yes, disconnect'}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it connected
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Disconnect
        </button>
      )}
    </div>
  );
}

import { Planned } from './planned';

export function AdminPaymentGatewayRoute() {
  return (
    <Planned
      title="Payment settings"
      text="Payment gateway settings are not available in this version yet."
    />
  );
}

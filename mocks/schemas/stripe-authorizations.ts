// StripeAuthorizationSchema (app/api/schema/stripe_authorization.py). The model's secret key, refresh
// token and Stripe user id are deliberately absent: no schema has them, so they are never sent.
import type { StripeAuthorizationRecord } from '../db';
import type { ResourceSchema } from '../json-api/schema';

export const stripeAuthorizationSchema: ResourceSchema<StripeAuthorizationRecord> = {
  stripe_auth_code: { kind: 'string', required: true, loadOnly: true },
  stripe_publishable_key: { kind: 'string', dumpOnly: true },
};

// The wizard's form values (one object for every step, also what is kept in the browser: its shape
// is checked when a kept draft is read back), and the resolver that applies the rules in scope.
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, ResolverOptions, ResolverResult } from 'react-hook-form';
import * as v from 'valibot';
import { checkWizard, type RuleContext } from './rules';

export const TICKET_TYPES = ['free', 'paid', 'donation'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const ticketDraftSchema = v.object({
  /** Stable across reorders and reloads; the server id comes later. */
  key: v.string(),
  /** Set once the server has the ticket: later saves PATCH it instead of creating a duplicate. */
  serverId: v.nullable(v.string()),
  type: v.picklist(TICKET_TYPES),
  name: v.string(),
  /** Money is typed text here; rules.ts parses it in the event currency. */
  price: v.string(),
  minPrice: v.string(),
  maxPrice: v.string(),
  quantity: v.string(),
  salesStartDate: v.string(),
  salesStartTime: v.string(),
  salesEndDate: v.string(),
  salesEndTime: v.string(),
  minOrder: v.string(),
  maxOrder: v.string(),
  description: v.string(),
  isHidden: v.boolean(),
});
export type TicketDraft = v.InferOutput<typeof ticketDraftSchema>;

export const wizardValuesSchema = v.object({
  name: v.string(),
  locationType: v.picklist(['venue', 'online']),
  locationName: v.string(),
  onlineUrl: v.string(),
  timezone: v.string(),
  startDate: v.string(),
  startTime: v.string(),
  endDate: v.string(),
  endTime: v.string(),
  description: v.string(),
  tickets: v.array(ticketDraftSchema),
  /** Server ids of tickets removed in the form, deleted on the next save. */
  deletedTicketIds: v.array(v.string()),
  paymentCurrency: v.string(),
  paymentCountry: v.string(),
  canPayByStripe: v.boolean(),
  canPayByPaypal: v.boolean(),
  paypalEmail: v.string(),
  canPayByBank: v.boolean(),
  bankDetails: v.string(),
  canPayByCheque: v.boolean(),
  chequeDetails: v.string(),
  canPayOnsite: v.boolean(),
  onsiteDetails: v.string(),
  refundPolicy: v.string(),
  ownerName: v.string(),
  ownerDescription: v.string(),
  codeOfConduct: v.string(),
  privacy: v.picklist(['public', 'private']),
});
export type WizardValues = v.InferOutput<typeof wizardValuesSchema>;

/**
 * What react-hook-form's resolver answers: the rules in `context` (rules.ts), whose scope (which
 * step, saving or publishing) and Stripe status the form passes in at each validation. The form's
 * own fields give the values their shape, so only the rules are checked; a field shows its first
 * message.
 */
export function resolveWizard(
  values: WizardValues,
  context: RuleContext,
  options: ResolverOptions<WizardValues>,
): ResolverResult<WizardValues> {
  const issues = checkWizard(values, context);
  if (issues.length === 0) return { values, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) errors[issue.path] ??= { type: 'custom', message: issue.message };
  return { values: {}, errors: toNestErrors(errors, options) };
}

// The wizard's form values (one object for every step, also what is kept in the browser), and one
// zod schema per step that adds the rules of that step (see rules.ts).
import * as z from 'zod/mini';
import { checkWizard, type RuleContext } from './rules';

export const TICKET_TYPES = ['free', 'paid', 'donation'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const ticketDraftSchema = z.object({
  /** Stable across reorders and reloads; the server id comes later. */
  key: z.string(),
  /** Set once the server has the ticket: later saves PATCH it instead of creating a duplicate. */
  serverId: z.nullable(z.string()),
  type: z.enum(TICKET_TYPES),
  name: z.string(),
  /** Money is typed text here; rules.ts parses it in the event currency. */
  price: z.string(),
  minPrice: z.string(),
  maxPrice: z.string(),
  quantity: z.string(),
  salesStartDate: z.string(),
  salesStartTime: z.string(),
  salesEndDate: z.string(),
  salesEndTime: z.string(),
  minOrder: z.string(),
  maxOrder: z.string(),
  description: z.string(),
  isHidden: z.boolean(),
});
export type TicketDraft = z.infer<typeof ticketDraftSchema>;

export const wizardValuesSchema = z.object({
  name: z.string(),
  locationType: z.enum(['venue', 'online']),
  locationName: z.string(),
  onlineUrl: z.string(),
  timezone: z.string(),
  startDate: z.string(),
  startTime: z.string(),
  endDate: z.string(),
  endTime: z.string(),
  description: z.string(),
  tickets: z.array(ticketDraftSchema),
  /** Server ids of tickets removed in the form, deleted on the next save. */
  deletedTicketIds: z.array(z.string()),
  paymentCurrency: z.string(),
  paymentCountry: z.string(),
  canPayByStripe: z.boolean(),
  canPayByPaypal: z.boolean(),
  paypalEmail: z.string(),
  canPayByBank: z.boolean(),
  bankDetails: z.string(),
  canPayByCheque: z.boolean(),
  chequeDetails: z.string(),
  canPayOnsite: z.boolean(),
  onsiteDetails: z.string(),
  refundPolicy: z.string(),
  ownerName: z.string(),
  ownerDescription: z.string(),
  codeOfConduct: z.string(),
  privacy: z.enum(['public', 'private']),
});
export type WizardValues = z.infer<typeof wizardValuesSchema>;

/**
 * The schema react-hook-form validates with: the value shapes plus the rules in scope. Built per
 * submit because the scope (which step, saving or publishing) and the Stripe status change.
 */
export function wizardSchema(context: RuleContext) {
  return wizardValuesSchema.check(
    z.superRefine((values, ctx) => {
      for (const issue of checkWizard(values, context)) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.split('.') });
      }
    }),
  );
}

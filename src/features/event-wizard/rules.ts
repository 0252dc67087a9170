// The event and ticket rules, the same as the server's (docs/server-contract.md, "Events" and "Tickets") plus the wizard's own
// publishing rules, as one plain function so every rule can be tested without a form.
import { plural, t } from '@lingui/core/macro';
import { minorUnitDigits, parseMoneyInput } from '@/lib/money';
import { isValidTimezone, zonedToInstant } from '@/lib/timezones';
import type { TicketDraft, WizardValues } from './schemas';
import type { WizardStep } from './steps';

export const MAX_EVENT_DAYS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Which rules run. Every save sends the whole event, so the basic details are always checked;
 * saving from the other-details step adds its rules, and publishing adds the publishing rules.
 */
export type RuleScope = 'basic-details' | 'other-details' | 'publish';

export interface RuleContext {
  scope: RuleScope;
  /** The event's `is-stripe-linked`: publishing with Stripe needs a connected account. */
  isStripeLinked: boolean;
}

export interface RuleIssue {
  /** A react-hook-form path (`tickets.0.price`), or `paymentMethods` for the group of methods. */
  path: string;
  message: string;
  /** The step whose page shows the field. */
  step: WizardStep;
}

export function needsPayment(tickets: readonly Pick<TicketDraft, 'type'>[]): boolean {
  return tickets.some((ticket) => ticket.type === 'paid' || ticket.type === 'donation');
}

export function hasPaymentMethod(values: WizardValues): boolean {
  return (
    values.canPayByStripe ||
    values.canPayByPaypal ||
    values.canPayByBank ||
    values.canPayByCheque ||
    values.canPayOnsite
  );
}

function moneyMessage(currency: string): string {
  return minorUnitDigits(currency) === 0
    ? t`Enter a whole amount: ${currency} has no decimals.`
    : t`Enter an amount such as 25.00.`;
}

/** A whole number ≥ 0 typed in a field, or null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}

type Add = (path: string, message: string) => void;

/** Which date and time pair is checked: each has its own whole messages. */
type DateTimeKind = 'start' | 'end' | 'sales-start' | 'sales-end';

interface DateTimeMessages {
  missingDate: () => string;
  missingTime: () => string;
  notReal: () => string;
}

function dateTimeMessages(kind: DateTimeKind): DateTimeMessages {
  switch (kind) {
    case 'start':
      return {
        missingDate: () => t`Enter the start date.`,
        missingTime: () => t`Enter the start time.`,
        notReal: () => t`Enter a real start date and time.`,
      };
    case 'end':
      return {
        missingDate: () => t`Enter the end date.`,
        missingTime: () => t`Enter the end time.`,
        notReal: () => t`Enter a real end date and time.`,
      };
    case 'sales-start':
      return {
        missingDate: () => t`Enter the sales start date.`,
        missingTime: () => t`Enter the sales start time.`,
        notReal: () => t`Enter a real sales start date and time.`,
      };
    case 'sales-end':
      return {
        missingDate: () => t`Enter the sales end date.`,
        missingTime: () => t`Enter the sales end time.`,
        notReal: () => t`Enter a real sales end date and time.`,
      };
  }
}

/** Checks a date and time pair; returns the instant when both are filled in and real. */
function checkDateTime(
  add: Add,
  values: { date: string; time: string },
  paths: { date: string; time: string },
  kind: DateTimeKind,
  timeZone: string,
): number | null {
  const messages = dateTimeMessages(kind);
  const missingDate = values.date.trim() === '';
  const missingTime = values.time.trim() === '';
  if (missingDate) add(paths.date, messages.missingDate());
  if (missingTime) add(paths.time, messages.missingTime());
  if (missingDate || missingTime || !isValidTimezone(timeZone)) return null;
  const instant = zonedToInstant(values, timeZone);
  if (instant === null) add(paths.date, messages.notReal());
  return instant;
}

function checkBasicDetails(values: WizardValues, add: Add): void {
  if (values.name.trim() === '') add('name', t`Enter a name for the event.`);
  const zone = values.timezone;
  if (zone === '') add('timezone', t`Choose the timezone the event takes place in.`);
  else if (!isValidTimezone(zone)) add('timezone', t`Choose a timezone from the list.`);

  const start = checkDateTime(
    add,
    { date: values.startDate, time: values.startTime },
    { date: 'startDate', time: 'startTime' },
    'start',
    zone,
  );
  const end = checkDateTime(
    add,
    { date: values.endDate, time: values.endTime },
    { date: 'endDate', time: 'endTime' },
    'end',
    zone,
  );
  if (start !== null && end !== null) {
    if (end <= start) add('endDate', t`The event must end after it starts.`);
    else if (end - start > MAX_EVENT_DAYS * DAY_MS) {
      const maxDays = MAX_EVENT_DAYS;
      add(
        'endDate',
        t`An event can last at most ${plural(maxDays, { one: '# day', other: '# days' })}.`,
      );
    }
  }
  if (values.locationType === 'online' && values.onlineUrl.trim() !== '') {
    if (!/^https?:\/\/\S+$/i.test(values.onlineUrl.trim())) {
      add('onlineUrl', t`Enter a link that starts with https://.`);
    }
  }

  const names = new Set<string>();
  values.tickets.forEach((ticket, index) => {
    checkTicket(ticket, index, values, end, add);
    const name = ticket.name.trim();
    if (name !== '' && names.has(name)) {
      add(`tickets.${index}.name`, t`Another ticket of this event already has this name.`);
    }
    names.add(name);
  });

  if (needsPayment(values.tickets)) {
    if (!hasPaymentMethod(values)) {
      add('paymentMethods', t`Choose at least one payment method for paid and donation tickets.`);
    }
    if (values.paymentCurrency === '') add('paymentCurrency', t`Choose the event currency.`);
    if (values.canPayByPaypal && !EMAIL.test(values.paypalEmail.trim())) {
      add('paypalEmail', t`Enter the email address of your PayPal account.`);
    }
  }
}

function checkTicket(
  ticket: TicketDraft,
  index: number,
  values: WizardValues,
  eventEnd: number | null,
  add: Add,
): void {
  const at = (field: string) => `tickets.${index}.${field}`;
  const currency = values.paymentCurrency || 'USD';
  if (ticket.name.trim() === '') add(at('name'), t`Enter a name for this ticket.`);

  if (ticket.type === 'paid') {
    const price = parseMoneyInput(ticket.price, currency);
    if (ticket.price.trim() === '') add(at('price'), t`Enter the price of this paid ticket.`);
    else if (price === null) add(at('price'), moneyMessage(currency));
    else if (price <= 0) add(at('price'), t`A paid ticket needs a price above zero.`);
  }
  if (ticket.type === 'donation') {
    const min = parseMoneyInput(ticket.minPrice, currency);
    const max = parseMoneyInput(ticket.maxPrice, currency);
    if (ticket.minPrice.trim() === '') add(at('minPrice'), t`Enter the minimum price.`);
    else if (min === null) add(at('minPrice'), moneyMessage(currency));
    if (ticket.maxPrice.trim() === '') add(at('maxPrice'), t`Enter the maximum price.`);
    else if (max === null) add(at('maxPrice'), moneyMessage(currency));
    if (min !== null && max !== null && min > max) {
      add(at('minPrice'), t`The minimum price cannot be more than the maximum price.`);
    }
  }

  const quantity = parseCount(ticket.quantity);
  if (quantity === null)
    add(at('quantity'), t`Enter how many tickets there are, as a whole number.`);
  else if (quantity <= 0) add(at('quantity'), t`The quantity must be at least 1.`);
  const minOrder = parseCount(ticket.minOrder);
  const maxOrder = parseCount(ticket.maxOrder);
  if (minOrder === null) add(at('minOrder'), t`Enter the minimum per order, as a whole number.`);
  if (maxOrder === null) add(at('maxOrder'), t`Enter the maximum per order, as a whole number.`);
  if (minOrder !== null && maxOrder !== null && maxOrder < minOrder) {
    add(at('maxOrder'), t`The maximum per order must be at least the minimum per order.`);
  } else if (maxOrder !== null && quantity !== null && quantity > 0 && maxOrder > quantity) {
    add(at('maxOrder'), t`The maximum per order cannot be more than the quantity.`);
  }

  const zone = values.timezone;
  const salesStart = checkDateTime(
    add,
    { date: ticket.salesStartDate, time: ticket.salesStartTime },
    { date: at('salesStartDate'), time: at('salesStartTime') },
    'sales-start',
    zone,
  );
  const salesEnd = checkDateTime(
    add,
    { date: ticket.salesEndDate, time: ticket.salesEndTime },
    { date: at('salesEndDate'), time: at('salesEndTime') },
    'sales-end',
    zone,
  );
  if (salesStart !== null && salesEnd !== null && salesEnd < salesStart) {
    add(at('salesEndDate'), t`Ticket sales must end after they start.`);
  } else if (salesEnd !== null && eventEnd !== null && salesEnd > eventEnd) {
    add(at('salesEndDate'), t`Ticket sales must end by the time the event ends.`);
  }
}

function checkOtherDetails(values: WizardValues, add: Add): void {
  if (values.ownerDescription.trim() !== '' && values.ownerName.trim() === '') {
    add('ownerName', t`Enter the organizer name that goes with the description.`);
  }
}

function checkPublishing(values: WizardValues, context: RuleContext, add: Add): void {
  if (values.tickets.length === 0) {
    add('tickets', t`A published event needs at least one ticket.`);
  }
  if (needsPayment(values.tickets) && values.canPayByStripe && !context.isStripeLinked) {
    add(
      'canPayByStripe',
      t`Connect a Stripe account before publishing with Stripe, or choose another payment method.`,
    );
  }
}

/** Every problem in scope, in the order the fields appear on the pages. */
export function checkWizard(values: WizardValues, context: RuleContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const adder =
    (step: WizardStep): Add =>
    (path, message) => {
      // One message per field: the first is the most basic problem.
      if (!issues.some((issue) => issue.path === path)) issues.push({ path, message, step });
    };
  checkBasicDetails(values, adder('basic-details'));
  if (context.scope !== 'basic-details') checkOtherDetails(values, adder('other-details'));
  if (context.scope === 'publish') checkPublishing(values, context, adder('basic-details'));
  return issues;
}

/** The step each form path lives on, for messages that arrive from the server. */
export function stepOfPath(path: string): WizardStep {
  return ['ownerName', 'ownerDescription', 'codeOfConduct', 'privacy'].includes(path)
    ? 'other-details'
    : 'basic-details';
}

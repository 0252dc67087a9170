// Form values ↔ the server: a new event's defaults, an event and its tickets as form values, and
// the attributes each save sends (dates as tz-aware ISO 8601, money as the server's decimals).
import { minorUnitDigits, parseMoneyInput, toMajorUnits, toMinorUnits } from '@/lib/money';
import { instantToIso, isoToZoned, zonedToIso } from '@/lib/timezones';
import type { WizardTicket } from './api/get-event-tickets';
import type { WizardEvent } from './api/get-event';
import { needsPayment, parseCount } from './rules';
import type { TicketDraft, TicketType, WizardValues } from './schemas';

export const DEFAULT_CURRENCY = 'USD';

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function emptyWizardValues(timezone: string): WizardValues {
  return {
    name: '',
    locationType: 'venue',
    locationName: '',
    onlineUrl: '',
    timezone,
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    description: '',
    tickets: [],
    deletedTicketIds: [],
    paymentCurrency: DEFAULT_CURRENCY,
    paymentCountry: '',
    canPayByStripe: false,
    canPayByPaypal: false,
    paypalEmail: '',
    canPayByBank: false,
    bankDetails: '',
    canPayByCheque: false,
    chequeDetails: '',
    canPayOnsite: false,
    onsiteDetails: '',
    refundPolicy: '',
    ownerName: '',
    ownerDescription: '',
    codeOfConduct: '',
    privacy: 'public',
  };
}

/** A new ticket: on sale from now until the event starts, as Open Event Frontend suggests. */
export function newTicket(type: TicketType, values: WizardValues, now = Date.now()): TicketDraft {
  const zone = values.timezone || 'UTC';
  const start = isoToZoned(instantToIso(now, zone), zone);
  return {
    key: newKey(),
    serverId: null,
    type,
    name: '',
    price: '',
    minPrice: '',
    maxPrice: '',
    quantity: '100',
    salesStartDate: start?.date ?? '',
    salesStartTime: start?.time ?? '',
    salesEndDate: values.startDate,
    salesEndTime: values.startTime,
    minOrder: '1',
    maxOrder: '10',
    description: '',
    isHidden: false,
  };
}

/** Minor units as the text of a price field: 2550 USD → "25.50", 3000 JPY → "3000". */
export function moneyInputText(minor: number, currency: string): string {
  return toMajorUnits(minor, currency).toFixed(minorUnitDigits(currency));
}

function serverMoney(value: number | string | null | undefined, currency: string): string {
  if (value === null || value === undefined || value === '') return '';
  try {
    return moneyInputText(toMinorUnits(value, currency), currency);
  } catch {
    return '';
  }
}

function wall(iso: string | null | undefined, zone: string) {
  return isoToZoned(iso, zone) ?? { date: '', time: '' };
}

export function valuesFromServer(
  event: WizardEvent,
  tickets: readonly WizardTicket[],
): WizardValues {
  const zone = event.timezone ?? 'UTC';
  const currency = event.paymentCurrency || DEFAULT_CURRENCY;
  const start = wall(event.startsAt, zone);
  const end = wall(event.endsAt, zone);
  return {
    name: event.name,
    locationType: event.online ? 'online' : 'venue',
    locationName: event.locationName ?? '',
    onlineUrl: event.externalEventUrl ?? '',
    timezone: zone,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    description: event.description ?? '',
    tickets: tickets.map((ticket) => {
      const salesStart = wall(ticket.salesStartsAt, zone);
      const salesEnd = wall(ticket.salesEndsAt, zone);
      return {
        key: `server-${ticket.id}`,
        serverId: ticket.id,
        type: ticket.type,
        name: ticket.name,
        price: ticket.type === 'paid' ? serverMoney(ticket.price, currency) : '',
        minPrice: ticket.type === 'donation' ? serverMoney(ticket.minPrice, currency) : '',
        maxPrice: ticket.type === 'donation' ? serverMoney(ticket.maxPrice, currency) : '',
        quantity:
          ticket.quantity === null || ticket.quantity === undefined ? '' : String(ticket.quantity),
        salesStartDate: salesStart.date,
        salesStartTime: salesStart.time,
        salesEndDate: salesEnd.date,
        salesEndTime: salesEnd.time,
        minOrder: String(ticket.minOrder ?? 1),
        maxOrder: String(ticket.maxOrder ?? 10),
        description: ticket.description ?? '',
        isHidden: ticket.isHidden ?? false,
      };
    }),
    deletedTicketIds: [],
    paymentCurrency: currency,
    paymentCountry: event.paymentCountry ?? '',
    canPayByStripe: event.canPayByStripe ?? false,
    canPayByPaypal: event.canPayByPaypal ?? false,
    paypalEmail: event.paypalEmail ?? '',
    canPayByBank: event.canPayByBank ?? false,
    bankDetails: event.bankDetails ?? '',
    canPayByCheque: event.canPayByCheque ?? false,
    chequeDetails: event.chequeDetails ?? '',
    canPayOnsite: event.canPayOnsite ?? false,
    onsiteDetails: event.onsiteDetails ?? '',
    refundPolicy: event.refundPolicy ?? '',
    ownerName: event.ownerName ?? '',
    ownerDescription: event.ownerDescription ?? '',
    codeOfConduct: event.codeOfConduct ?? '',
    privacy: event.privacy === 'private' ? 'private' : 'public',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The event's attributes for POST/PATCH. Only called on values that passed the rules. */
export function eventAttributes(values: WizardValues): Record<string, unknown> {
  const zone = values.timezone;
  const online = values.locationType === 'online';
  return {
    name: values.name.trim(),
    description: orNull(values.description),
    timezone: zone,
    startsAt: zonedToIso({ date: values.startDate, time: values.startTime }, zone),
    endsAt: zonedToIso({ date: values.endDate, time: values.endTime }, zone),
    online,
    locationName: online ? null : orNull(values.locationName.trim()),
    externalEventUrl: online ? orNull(values.onlineUrl.trim()) : null,
    isTicketingEnabled: values.tickets.length > 0,
    paymentCurrency: values.paymentCurrency || DEFAULT_CURRENCY,
    paymentCountry: orNull(values.paymentCountry),
    canPayByStripe: values.canPayByStripe,
    canPayByPaypal: values.canPayByPaypal,
    paypalEmail: values.canPayByPaypal ? orNull(values.paypalEmail.trim()) : null,
    canPayByBank: values.canPayByBank,
    bankDetails: orNull(values.bankDetails),
    canPayByCheque: values.canPayByCheque,
    chequeDetails: orNull(values.chequeDetails),
    canPayOnsite: values.canPayOnsite,
    onsiteDetails: orNull(values.onsiteDetails),
    refundPolicy: orNull(values.refundPolicy),
    ownerName: orNull(values.ownerName.trim()),
    ownerDescription: orNull(values.ownerDescription),
    hasOwnerInfo: values.ownerName.trim() !== '',
    codeOfConduct: orNull(values.codeOfConduct),
    privacy: values.privacy,
  };
}

function major(text: string, currency: string): number | null {
  const minor = parseMoneyInput(text, currency);
  return minor === null ? null : toMajorUnits(minor, currency);
}

/** One ticket's attributes for POST/PATCH; `position` keeps the order the organizer chose. */
export function ticketAttributes(
  ticket: TicketDraft,
  index: number,
  values: WizardValues,
): Record<string, unknown> {
  const zone = values.timezone;
  const currency = values.paymentCurrency || DEFAULT_CURRENCY;
  return {
    name: ticket.name.trim(),
    type: ticket.type,
    description: orNull(ticket.description),
    isHidden: ticket.isHidden,
    position: index + 1,
    price:
      ticket.type === 'paid' ? major(ticket.price, currency) : ticket.type === 'free' ? 0 : null,
    minPrice: ticket.type === 'donation' ? major(ticket.minPrice, currency) : null,
    maxPrice: ticket.type === 'donation' ? major(ticket.maxPrice, currency) : null,
    quantity: parseCount(ticket.quantity),
    minOrder: parseCount(ticket.minOrder),
    maxOrder: parseCount(ticket.maxOrder),
    salesStartsAt: zonedToIso({ date: ticket.salesStartDate, time: ticket.salesStartTime }, zone),
    salesEndsAt: zonedToIso({ date: ticket.salesEndDate, time: ticket.salesEndTime }, zone),
  };
}

export function showsPaymentOptions(values: Pick<WizardValues, 'tickets'>): boolean {
  return needsPayment(values.tickets);
}

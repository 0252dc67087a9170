// Server errors → form paths: `source.pointer` names an attribute; a few rules use other sources.
import { serverFieldErrors } from '@/lib/field-errors';

const EVENT_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  description: 'description',
  timezone: 'timezone',
  startsAt: 'startDate',
  endsAt: 'endDate',
  // "enter required fields starts-at/ends-at" points at a `date` attribute that does not exist.
  date: 'startDate',
  locationName: 'locationName',
  externalEventUrl: 'onlineUrl',
  paymentCurrency: 'paymentCurrency',
  paymentCountry: 'paymentCountry',
  paypalEmail: 'paypalEmail',
  bankDetails: 'bankDetails',
  chequeDetails: 'chequeDetails',
  onsiteDetails: 'onsiteDetails',
  refundPolicy: 'refundPolicy',
  ownerName: 'ownerName',
  ownerDescription: 'ownerDescription',
  codeOfConduct: 'codeOfConduct',
  privacy: 'privacy',
};

const TICKET_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  type: 'type',
  description: 'description',
  price: 'price',
  minPrice: 'minPrice',
  maxPrice: 'maxPrice',
  quantity: 'quantity',
  minOrder: 'minOrder',
  maxOrder: 'maxOrder',
  salesStartsAt: 'salesStartDate',
  salesEndsAt: 'salesEndDate',
};

export type PathErrors = Array<[path: string, message: string]>;

export function eventErrorPaths(error: unknown): PathErrors {
  return serverFieldErrors(error, EVENT_FIELDS).entries;
}

export function ticketErrorPaths(error: unknown, index: number): PathErrors {
  return serverFieldErrors(error, (field, entry) => {
    if (field !== undefined) {
      const path = Object.hasOwn(TICKET_FIELDS, field) ? TICKET_FIELDS[field] : undefined;
      return path === undefined ? undefined : `tickets.${index}.${path}`;
    }
    // These two rules answer with odd sources: {sales_ends_at: ...} and {event_id}.
    if (entry.source && 'sales_ends_at' in entry.source) return `tickets.${index}.salesEndDate`;
    if (entry.source && 'event_id' in entry.source && /payment method/i.test(entry.detail ?? '')) {
      return 'paymentMethods';
    }
    return undefined;
  }).entries;
}

// Server errors → form paths: `source.pointer` names an attribute; a few rules use other sources.
import { fieldErrors, isApiError } from '@/lib/api-client';

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
  if (!isApiError(error)) return [];
  return Object.entries(fieldErrors(error)).flatMap(([field, message]): PathErrors => {
    const path = EVENT_FIELDS[field];
    return path === undefined ? [] : [[path, message]];
  });
}

export function ticketErrorPaths(error: unknown, index: number): PathErrors {
  if (!isApiError(error)) return [];
  const found: PathErrors = Object.entries(fieldErrors(error)).flatMap(
    ([field, message]): PathErrors => {
      const path = TICKET_FIELDS[field];
      return path === undefined ? [] : [[`tickets.${index}.${path}`, message]];
    },
  );
  for (const entry of error.errors) {
    const detail = entry.detail ?? '';
    // These two rules answer with odd sources (CONTRACT §5): {sales_ends_at: ...} and {event_id}.
    if (entry.source && 'sales_ends_at' in entry.source) {
      found.push([`tickets.${index}.salesEndDate`, detail]);
    } else if (entry.source && 'event_id' in entry.source && /payment method/i.test(detail)) {
      found.push(['paymentMethods', detail]);
    }
  }
  return found;
}

// A ticket selection as text, so it survives a trip through the login page (in the URL) and can
// start a new order with the same tickets after a decline or an expiry (kept per order, for the
// person logged in, in this tab: src/lib/personal-storage.ts).
import { personalStorage, type PersonalStorage } from '@/lib/personal-storage';

export interface SelectedTicket {
  ticketId: string;
  quantity: number;
  /** A donation's chosen price in minor units; absent for fixed-price tickets. */
  price?: number;
}

export type Selection = SelectedTicket[];

/** The query parameter the public event page reads its selection from. */
export const SELECTION_PARAM = 'tickets';

const STORAGE_PREFIX = 'order-selection:';

/** `2:1,3:2:1500` — ticket id, quantity and, for donations, the price in minor units. */
export function encodeSelection(selection: Selection): string {
  return selection
    .filter((entry) => entry.quantity > 0)
    .map((entry) =>
      [entry.ticketId, entry.quantity, ...(entry.price === undefined ? [] : [entry.price])].join(
        ':',
      ),
    )
    .join(',');
}

/** Anything malformed is dropped entry by entry: a hand-edited link should not break the page. */
export function decodeSelection(text: string | null | undefined): Selection {
  if (!text) return [];
  const out: Selection = [];
  for (const part of text.split(',')) {
    const match = /^(\d+):(\d{1,3})(?::(\d{1,12}))?$/.exec(part.trim());
    if (!match?.[1] || !match[2]) continue;
    const quantity = Number(match[2]);
    if (quantity <= 0 || out.some((entry) => entry.ticketId === match[1])) continue;
    const entry: SelectedTicket = { ticketId: match[1], quantity };
    if (match[3] !== undefined) entry.price = Number(match[3]);
    out.push(entry);
  }
  return out;
}

function storage(): PersonalStorage | null {
  return personalStorage('tab');
}

export function rememberOrderSelection(orderIdentifier: string, selection: Selection): void {
  try {
    storage()?.setItem(STORAGE_PREFIX + orderIdentifier, encodeSelection(selection));
  } catch {
    // A full or disabled storage only costs the "same tickets" shortcut.
  }
}

export function recallOrderSelection(orderIdentifier: string): Selection {
  return decodeSelection(storage()?.getItem(STORAGE_PREFIX + orderIdentifier));
}

/** A ticket holder as the buyer typed them, carried to a new order with the same tickets. */
export interface KeptHolder {
  ticketId: string;
  firstname: string;
  lastname: string;
  email: string;
}

const HOLDERS_PREFIX = 'order-holders:';

export function rememberOrderHolders(orderIdentifier: string, holders: KeptHolder[]): void {
  try {
    storage()?.setItem(HOLDERS_PREFIX + orderIdentifier, JSON.stringify(holders));
  } catch {
    // Only costs the names: the buyer types them again.
  }
}

export function recallOrderHolders(orderIdentifier: string): KeptHolder[] {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(HOLDERS_PREFIX + orderIdentifier) ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { ticketId, firstname, lastname, email } = entry as Record<string, unknown>;
      return typeof ticketId === 'string' &&
        typeof firstname === 'string' &&
        typeof lastname === 'string' &&
        typeof email === 'string'
        ? [{ ticketId, firstname, lastname, email }]
        : [];
    });
  } catch {
    return [];
  }
}

/**
 * Each attendee of a new order gets the first kept holder of the same ticket not given out yet, so
 * names typed for the first order come back in the same places.
 */
export function holdersFor(
  attendees: readonly { ticketId: string }[],
  kept: readonly KeptHolder[],
): (KeptHolder | null)[] {
  const left = [...kept];
  return attendees.map((attendee) => {
    const index = left.findIndex((holder) => holder.ticketId === attendee.ticketId);
    if (index === -1) return null;
    const [holder] = left.splice(index, 1);
    return holder ?? null;
  });
}

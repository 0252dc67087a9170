// One ticket on the public event page: name, price, description, whether it can be bought now,
// and the quantity (a stepper within the ticket's per-order bounds and what is left).
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { QuantityStepper } from '@/components/ui/quantity-stepper';
import { formatDateRange } from '@/lib/dates';
import { currencySymbol, formatMoney } from '@/lib/money';
import type { PublicTicket } from '../api/get-public-event';
import { withTags } from '@/lib/i18n/tags';

export type SaleState =
  | { kind: 'on-sale'; min: number; max: number; left: number | undefined }
  | { kind: 'not-yet'; opens: string }
  | { kind: 'ended' }
  | { kind: 'sold-out' };

/** Whether the ticket can be bought at `now`, and how many per order if so. */
export function saleState(
  ticket: PublicTicket,
  available: number | undefined,
  now: number,
): SaleState {
  // An unreadable date parses to NaN, which no comparison passes: it does not close the sale.
  if (ticket.salesStartsAt && now < Date.parse(ticket.salesStartsAt)) {
    return { kind: 'not-yet', opens: ticket.salesStartsAt };
  }
  if (ticket.salesEndsAt && now >= Date.parse(ticket.salesEndsAt)) return { kind: 'ended' };
  const left = available ?? ticket.quantity;
  if (left < ticket.minOrder) return { kind: 'sold-out' };
  return {
    kind: 'on-sale',
    min: ticket.minOrder,
    max: Math.min(ticket.maxOrder, left),
    left: available,
  };
}

/** The price as the buyer reads it, in the language of `i18n`. */
export function ticketPrice(ticket: PublicTicket, currency: string, i18n: I18n): string {
  if (ticket.type === 'free') return i18n._(msg`Free`);
  if (ticket.type === 'donation') {
    const min = formatMoney(ticket.price, currency);
    if (ticket.maxPrice == null) return i18n._(msg`Pay what you want, from ${min}`);
    const max = formatMoney(ticket.maxPrice, currency);
    return i18n._(msg`Pay what you want, ${min} to ${max}`);
  }
  return formatMoney(ticket.price, currency);
}

interface TicketCardProps {
  ticket: PublicTicket;
  currency: string;
  timezone: string;
  sale: SaleState;
  quantity: number;
  donationText: string;
  donationError: string | undefined;
  onQuantity: (quantity: number) => void;
  onDonation: (text: string) => void;
}

export function TicketCard(props: TicketCardProps) {
  const { i18n } = useLingui();
  const { ticket, currency, sale, quantity } = props;
  const ticketName = ticket.name;
  const symbol = currencySymbol(currency);
  const quantityId = `quantity-${ticket.id}`;
  const boundsId = `${quantityId}-bounds`;
  const donationId = `donation-${ticket.id}`;
  return (
    <li className="ticket-card">
      <div className="ticket-info">
        <h3 className="ticket-name">
          <bdi>{ticket.name}</bdi>
        </h3>
        <p className="ticket-price">{ticketPrice(ticket, currency, i18n)}</p>
        {ticket.description ? (
          <p className="muted ticket-description">
            <bdi>{ticket.description}</bdi>
          </p>
        ) : null}
      </div>
      <div className="ticket-controls">
        {sale.kind === 'on-sale' ? (
          <>
            <QuantityStepper
              id={quantityId}
              itemName={ticket.name}
              value={quantity}
              min={sale.min}
              max={sale.max}
              onChange={props.onQuantity}
              describedBy={boundsId}
            />
            <p id={boundsId} className="ticket-bounds muted">
              {bounds(sale, i18n)}
            </p>
          </>
        ) : (
          <p className="ticket-unavailable">{unavailable(sale, props.timezone, i18n)}</p>
        )}
        {ticket.type === 'donation' && sale.kind === 'on-sale' ? (
          // Field's markup (src/components/ui/field.tsx) written out: importing it put one more
          // small shared file on the event page's first load, over its size budget (npm run size).
          <div className="field">
            <label htmlFor={donationId}>
              {withTags(i18n._(msg`Your price for <0>${ticketName}</0> (${symbol})`), [<bdi />])}
            </label>
            <span className="money-input">
              <span className="money-input-symbol" aria-hidden="true">
                {symbol}
              </span>
              <input
                id={donationId}
                inputMode="decimal"
                aria-invalid={props.donationError ? true : undefined}
                aria-describedby={props.donationError ? `${donationId}-error` : undefined}
                value={props.donationText}
                onChange={(event) => props.onDonation(event.target.value)}
              />
            </span>
            {props.donationError ? (
              <p className="field-error" id={`${donationId}-error`}>
                {props.donationError}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** How many per order, and how few are left when that is 10 or fewer. */
function bounds(sale: Extract<SaleState, { kind: 'on-sale' }>, i18n: I18n): string {
  const { min, max } = sale;
  const left = sale.left !== undefined && sale.left <= 10 ? sale.left : null;
  if (min === max) {
    return left === null
      ? i18n._(msg`${max} per order`)
      : i18n._(msg`${max} per order · only ${left} left`);
  }
  return left === null
    ? i18n._(msg`${min} to ${max} per order`)
    : i18n._(msg`${min} to ${max} per order · only ${left} left`);
}

function unavailable(
  sale: Exclude<SaleState, { kind: 'on-sale' }>,
  timezone: string,
  i18n: I18n,
): string {
  if (sale.kind === 'not-yet') {
    const opens = formatDateRange(sale.opens, null, timezone);
    return i18n._(msg`Not on sale yet: sales open ${opens}`);
  }
  return sale.kind === 'ended' ? i18n._(msg`Sales have ended`) : i18n._(msg`Sold out`);
}

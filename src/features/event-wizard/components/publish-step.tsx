// Step 3: a review of what buyers will see, and what still stands in the way of publishing.
import { Link } from 'react-router';
import { useFormContext, useWatch } from 'react-hook-form';
import { paths } from '@/config/paths';
import { formatDateRange } from '@/lib/dates';
import { formatMoney, parseMoneyInput } from '@/lib/money';
import { zonedToIso } from '@/lib/timezones';
import { DEFAULT_CURRENCY, showsPaymentOptions } from '../form-values';
import type { TicketDraft, WizardValues } from '../schemas';

function price(ticket: TicketDraft, currency: string): string {
  const money = (text: string) => {
    const minor = parseMoneyInput(text, currency);
    return minor === null ? text : formatMoney(minor, currency);
  };
  if (ticket.type === 'free') return 'Free';
  if (ticket.type === 'paid') return money(ticket.price);
  return `${money(ticket.minPrice)} to ${money(ticket.maxPrice)}`;
}

function methods(values: WizardValues): string {
  const list = [
    values.canPayByStripe && 'Stripe',
    values.canPayByPaypal && 'PayPal',
    values.canPayByBank && 'bank transfer',
    values.canPayByCheque && 'cheque',
    values.canPayOnsite && 'on site',
  ].filter((entry): entry is string => typeof entry === 'string');
  return list.length > 0 ? list.join(', ') : 'none chosen';
}

interface PublishStepProps {
  eventId: string;
  state: 'draft' | 'published';
  identifier: string | null;
  /** The page already shows a notice that the event is published (just after saving). */
  announced?: boolean;
}

export function PublishStep({ eventId, state, identifier, announced = false }: PublishStepProps) {
  const { control } = useFormContext<WizardValues>();
  const values = useWatch({ control }) as WizardValues;
  const currency = values.paymentCurrency || DEFAULT_CURRENCY;
  const startsAt = zonedToIso({ date: values.startDate, time: values.startTime }, values.timezone);
  const endsAt = zonedToIso({ date: values.endDate, time: values.endTime }, values.timezone);
  return (
    <section className="wizard-section" aria-labelledby="wizard-review-title">
      <h2 id="wizard-review-title">Review</h2>
      {state === 'published' ? (
        announced ? null : (
          <p className="notice">
            This event is published.{' '}
            {identifier ? (
              <Link to={paths.publicEvent.href(identifier)}>View the public page</Link>
            ) : null}
          </p>
        )
      ) : (
        <p>Check the details below. Publishing puts the event on its public page.</p>
      )}
      <dl className="wizard-review">
        <dt>Name</dt>
        <dd className="plain-text">{values.name || '(no name)'}</dd>
        <dt>When</dt>
        <dd>{formatDateRange(startsAt, endsAt, values.timezone)}</dd>
        <dt>Where</dt>
        <dd className="plain-text">
          {values.locationType === 'online'
            ? `Online${values.onlineUrl ? `: ${values.onlineUrl}` : ''}`
            : values.locationName || '(no venue yet)'}
        </dd>
        <dt>Description</dt>
        <dd className="plain-text">{values.description || '(none)'}</dd>
        <dt>Tickets</dt>
        <dd>
          {values.tickets.length === 0 ? (
            'No tickets yet'
          ) : (
            <ul>
              {values.tickets.map((ticket) => (
                <li key={ticket.key}>
                  <span className="plain-text">{ticket.name || '(no name)'}</span>:{' '}
                  {price(ticket, currency)}, {ticket.quantity} available
                  {ticket.isHidden ? ' (hidden)' : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {showsPaymentOptions(values) ? (
          <>
            <dt>Payment</dt>
            <dd>
              {currency}; {methods(values)}
            </dd>
          </>
        ) : null}
        <dt>Organizer</dt>
        <dd className="plain-text">{values.ownerName || '(not given)'}</dd>
        <dt>Visibility</dt>
        <dd>{values.privacy === 'private' ? 'Private' : 'Public'}</dd>
      </dl>
      <p>
        <Link to={paths.editEvent.href(eventId, 'basic-details')}>Change the basic details</Link>
      </p>
    </section>
  );
}

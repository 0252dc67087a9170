// Step 3: a review of what buyers will see, and what still stands in the way of publishing.
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { useFormContext, useWatch } from 'react-hook-form';
import { paths } from '@/config/paths';
import { formatDateRange } from '@/lib/dates';
import { formatMoney, parseMoneyInput } from '@/lib/money';
import { zonedToIso } from '@/lib/timezones';
import { DEFAULT_CURRENCY, showsPaymentOptions } from '../form-values';
import type { TicketDraft, WizardValues } from '../schemas';

/** A ticket's price as the review shows it (called at render time: the texts follow the language). */
function price(ticket: TicketDraft, currency: string): string {
  const money = (text: string) => {
    const minor = parseMoneyInput(text, currency);
    return minor === null ? text : formatMoney(minor, currency);
  };
  if (ticket.type === 'free') return t`Free`;
  if (ticket.type === 'paid') return money(ticket.price);
  const minPrice = money(ticket.minPrice);
  const maxPrice = money(ticket.maxPrice);
  return t`${minPrice} to ${maxPrice}`;
}

/** The payment methods chosen, as a list in the active language ("Stripe, PayPal, bank transfer"). */
function methods(values: WizardValues): string {
  const list = [
    values.canPayByStripe && 'Stripe',
    values.canPayByPaypal && 'PayPal',
    values.canPayByBank && t`bank transfer`,
    values.canPayByCheque && t`cheque`,
    values.canPayOnsite && t`on site`,
  ].filter((entry): entry is string => typeof entry === 'string');
  if (list.length === 0) return t`none chosen`;
  try {
    return new Intl.ListFormat(i18n.locale || undefined, { type: 'unit', style: 'short' }).format(
      list,
    );
  } catch {
    return list.join(', ');
  }
}

interface PublishStepProps {
  eventId: string;
  state: 'draft' | 'published';
  identifier: string | null;
  /** The page already shows a notice that the event is published (just after saving). */
  announced?: boolean;
}

export function PublishStep({ eventId, state, identifier, announced = false }: PublishStepProps) {
  const { t } = useLingui();
  const { control } = useFormContext<WizardValues>();
  const values = useWatch({ control }) as WizardValues;
  const currency = values.paymentCurrency || DEFAULT_CURRENCY;
  const startsAt = zonedToIso({ date: values.startDate, time: values.startTime }, values.timezone);
  const endsAt = zonedToIso({ date: values.endDate, time: values.endTime }, values.timezone);
  const onlineUrl = values.onlineUrl;
  const paymentMethods = methods(values);
  return (
    <section className="wizard-section" aria-labelledby="wizard-review-title">
      <h2 id="wizard-review-title">
        <Trans>Review</Trans>
      </h2>
      {state === 'published' ? (
        announced ? null : (
          <p className="notice">
            <Trans>This event is published.</Trans>{' '}
            {identifier ? (
              <Link to={paths.publicEvent.href(identifier)}>
                <Trans>View the public page</Trans>
              </Link>
            ) : null}
          </p>
        )
      ) : (
        <p>
          <Trans>Check the details below. Publishing puts the event on its public page.</Trans>
        </p>
      )}
      <dl className="wizard-review">
        <dt>
          <Trans>Name</Trans>
        </dt>
        <dd className="plain-text">{values.name || t`(no name)`}</dd>
        <dt>
          <Trans>When</Trans>
        </dt>
        <dd>{formatDateRange(startsAt, endsAt, values.timezone)}</dd>
        <dt>
          <Trans>Where</Trans>
        </dt>
        <dd className="plain-text">
          {values.locationType === 'online'
            ? onlineUrl
              ? t`Online: ${onlineUrl}`
              : t`Online`
            : values.locationName || t`(no venue yet)`}
        </dd>
        <dt>
          <Trans>Description</Trans>
        </dt>
        <dd className="plain-text">{values.description || t`(none)`}</dd>
        <dt>
          <Trans>Tickets</Trans>
        </dt>
        <dd>
          {values.tickets.length === 0 ? (
            t`No tickets yet`
          ) : (
            <ul>
              {values.tickets.map((ticket) => {
                const ticketName = ticket.name || t`(no name)`;
                const ticketPrice = price(ticket, currency);
                const quantity = ticket.quantity;
                return (
                  <li key={ticket.key}>
                    {ticket.isHidden ? (
                      <Trans>
                        <span className="plain-text">{ticketName}</span>: {ticketPrice}, {quantity}{' '}
                        available (hidden)
                      </Trans>
                    ) : (
                      <Trans>
                        <span className="plain-text">{ticketName}</span>: {ticketPrice}, {quantity}{' '}
                        available
                      </Trans>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        {showsPaymentOptions(values) ? (
          <>
            <dt>
              <Trans>Payment</Trans>
            </dt>
            <dd>{t`${currency}; ${paymentMethods}`}</dd>
          </>
        ) : null}
        <dt>
          <Trans>Organizer</Trans>
        </dt>
        <dd className="plain-text">{values.ownerName || t`(not given)`}</dd>
        <dt>
          <Trans>Visibility</Trans>
        </dt>
        <dd>{values.privacy === 'private' ? t`Private` : t`Public`}</dd>
      </dl>
      <p>
        <Link to={paths.editEvent.href(eventId, 'basic-details')}>
          <Trans>Change the basic details</Trans>
        </Link>
      </p>
    </section>
  );
}

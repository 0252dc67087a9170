// The tickets of the event: add free, paid or donation tickets, edit, reorder and remove them.
// Prices are typed in the event currency, shown with its symbol, without decimals for JPY and co.
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { currencySymbol, minorUnitDigits } from '@/lib/money';
import { DEFAULT_CURRENCY, newTicket } from '../form-values';
import { TICKET_TYPES, type TicketType, type WizardValues } from '../schemas';
import {
  CheckboxField,
  fieldId,
  SelectField,
  TextAreaField,
  TextField,
  useFieldError,
} from './fields';

const TYPE_LABELS: Record<TicketType, MessageDescriptor> = {
  free: msg`Free`,
  paid: msg`Paid`,
  donation: msg`Donation (pay what you want)`,
};

type PendingFocus = { kind: 'move'; index: number; direction: 'up' | 'down' } | { kind: 'heading' };

export function TicketsEditor() {
  const { t } = useLingui();
  const { control, getValues, setValue } = useFormContext<WizardValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'tickets' });
  const currency = useWatch({ control, name: 'paymentCurrency' }) || DEFAULT_CURRENCY;
  const listError = useFieldError('tickets');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // Where focus goes once the list has re-rendered after a move or a removal.
  const pendingFocusRef = useRef<PendingFocus | null>(null);

  useEffect(() => {
    const pendingFocus = pendingFocusRef.current;
    if (pendingFocus === null) return;
    pendingFocusRef.current = null;
    if (pendingFocus.kind === 'heading') headingRef.current?.focus();
    else {
      const target =
        document.getElementById(`ticket-move-${pendingFocus.direction}-${pendingFocus.index}`) ??
        document.getElementById(
          `ticket-move-${pendingFocus.direction === 'up' ? 'down' : 'up'}-${pendingFocus.index}`,
        );
      target?.focus();
    }
  });

  const add = (type: TicketType) => {
    append(newTicket(type, getValues()), { focusName: `tickets.${fields.length}.name` });
    const position = fields.length + 1;
    setAnnouncement(
      type === 'free'
        ? t`Free ticket added as ticket ${position}.`
        : type === 'paid'
          ? t`Paid ticket added as ticket ${position}.`
          : t`Donation (pay what you want) ticket added as ticket ${position}.`,
    );
  };

  const removeAt = (index: number) => {
    const ticket = getValues(`tickets.${index}`);
    if (ticket.serverId !== null) {
      setValue('deletedTicketIds', [...getValues('deletedTicketIds'), ticket.serverId]);
    }
    remove(index);
    const ticketNumber = index + 1;
    const ticketName = ticket.name;
    setAnnouncement(
      ticketName
        ? t`Ticket ${ticketNumber} (${ticketName}) removed.`
        : t`Ticket ${ticketNumber} removed.`,
    );
    pendingFocusRef.current = { kind: 'heading' };
  };

  const moveTo = (from: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? from - 1 : from + 1;
    move(from, to);
    const position = to + 1;
    setAnnouncement(t`Ticket moved to position ${position}.`);
    pendingFocusRef.current = { kind: 'move', index: to, direction };
  };

  const symbol = currencySymbol(currency);
  const zeroDecimal = minorUnitDigits(currency) === 0;
  const moneyHint = zeroDecimal
    ? t`In ${currency}, without decimals.`
    : t`In ${currency}, for example 25.00.`;

  return (
    <section className="wizard-section" aria-labelledby="wizard-tickets-title">
      <h2 id="wizard-tickets-title" ref={headingRef} tabIndex={-1}>
        <Trans>Tickets</Trans>
      </h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {listError ? (
        <p className="field-error" id={fieldId('tickets')} tabIndex={-1}>
          {listError}
        </p>
      ) : null}
      {fields.length === 0 ? <p className="muted">{t`No tickets yet.`}</p> : null}
      <ol className="wizard-tickets">
        {fields.map((field, index) => (
          <li key={field.id}>
            <TicketFields
              index={index}
              count={fields.length}
              symbol={symbol}
              moneyHint={moneyHint}
              onMove={moveTo}
              onRemove={removeAt}
            />
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button" onClick={() => add('free')}>
          <Trans>Add a free ticket</Trans>
        </button>
        <button type="button" className="button" onClick={() => add('paid')}>
          <Trans>Add a paid ticket</Trans>
        </button>
        <button type="button" className="button" onClick={() => add('donation')}>
          <Trans>Add a donation ticket</Trans>
        </button>
      </div>
    </section>
  );
}

interface TicketFieldsProps {
  index: number;
  count: number;
  symbol: string;
  moneyHint: string;
  onMove: (index: number, direction: 'up' | 'down') => void;
  onRemove: (index: number) => void;
}

function TicketFields({ index, count, symbol, moneyHint, onMove, onRemove }: TicketFieldsProps) {
  const { t, i18n } = useLingui();
  const { control } = useFormContext<WizardValues>();
  const [type, name] = useWatch({
    control,
    name: [`tickets.${index}.type`, `tickets.${index}.name`],
  });
  const at = <F extends keyof WizardValues['tickets'][number]>(field: F) =>
    `tickets.${index}.${field}` as const;
  const number = index + 1;
  return (
    <fieldset className="ticket-editor">
      <legend>
        <Trans>Ticket {number}</Trans>
      </legend>
      <p className="muted ticket-summary" aria-hidden="true">
        {i18n._(TYPE_LABELS[type])}
        {name ? ` · ${name}` : ''}
      </p>
      <div className="ticket-grid">
        <TextField path={at('name')} label={t`Ticket name`} />
        <SelectField
          path={at('type')}
          label={t`Ticket type`}
          options={TICKET_TYPES.map((value) => ({ value, label: i18n._(TYPE_LABELS[value]) }))}
        />
        {type === 'paid' ? (
          <TextField
            path={at('price')}
            label={t`Price (${symbol})`}
            prefix={symbol}
            inputMode="decimal"
            hint={moneyHint}
          />
        ) : null}
        {type === 'donation' ? (
          <>
            <TextField
              path={at('minPrice')}
              label={t`Minimum price (${symbol})`}
              prefix={symbol}
              inputMode="decimal"
              hint={moneyHint}
            />
            <TextField
              path={at('maxPrice')}
              label={t`Maximum price (${symbol})`}
              prefix={symbol}
              inputMode="decimal"
              hint={moneyHint}
            />
          </>
        ) : null}
        <TextField path={at('quantity')} label={t`Quantity`} inputMode="numeric" />
        <TextField path={at('minOrder')} label={t`Minimum per order`} inputMode="numeric" />
        <TextField path={at('maxOrder')} label={t`Maximum per order`} inputMode="numeric" />
        <TextField path={at('salesStartDate')} label={t`Sales start date`} type="date" />
        <TextField path={at('salesStartTime')} label={t`Sales start time`} type="time" />
        <TextField path={at('salesEndDate')} label={t`Sales end date`} type="date" />
        <TextField path={at('salesEndTime')} label={t`Sales end time`} type="time" />
      </div>
      <TextAreaField path={at('description')} label={t`Ticket description`} />
      <CheckboxField path={at('isHidden')} label={t`Hide this ticket from the public page`} />
      <div className="actions">
        {index > 0 ? (
          <button
            type="button"
            className="button button-small"
            id={`ticket-move-up-${index}`}
            onClick={() => onMove(index, 'up')}
          >
            <Trans>Move ticket {number} up</Trans>
          </button>
        ) : null}
        {index < count - 1 ? (
          <button
            type="button"
            className="button button-small"
            id={`ticket-move-down-${index}`}
            onClick={() => onMove(index, 'down')}
          >
            <Trans>Move ticket {number} down</Trans>
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={() => onRemove(index)}>
          <Trans>Remove ticket {number}</Trans>
        </button>
      </div>
    </fieldset>
  );
}

// The tickets of the event: add free, paid or donation tickets, edit, reorder and remove them.
// Prices are typed in the event currency, shown with its symbol, without decimals for JPY and co.
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

const TYPE_LABELS: Record<TicketType, string> = {
  free: 'Free',
  paid: 'Paid',
  donation: 'Donation (pay what you want)',
};

type PendingFocus = { kind: 'move'; index: number; direction: 'up' | 'down' } | { kind: 'heading' };

export function TicketsEditor() {
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
    setAnnouncement(`${TYPE_LABELS[type]} ticket added as ticket ${fields.length + 1}.`);
  };

  const removeAt = (index: number) => {
    const ticket = getValues(`tickets.${index}`);
    if (ticket.serverId !== null) {
      setValue('deletedTicketIds', [...getValues('deletedTicketIds'), ticket.serverId]);
    }
    remove(index);
    setAnnouncement(`Ticket ${index + 1}${ticket.name ? ` (${ticket.name})` : ''} removed.`);
    pendingFocusRef.current = { kind: 'heading' };
  };

  const moveTo = (from: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? from - 1 : from + 1;
    move(from, to);
    setAnnouncement(`Ticket moved to position ${to + 1}.`);
    pendingFocusRef.current = { kind: 'move', index: to, direction };
  };

  const symbol = currencySymbol(currency);
  const zeroDecimal = minorUnitDigits(currency) === 0;
  const moneyHint = zeroDecimal
    ? `In ${currency}, without decimals.`
    : `In ${currency}, for example 25.00.`;

  return (
    <section className="wizard-section" aria-labelledby="wizard-tickets-title">
      <h2 id="wizard-tickets-title" ref={headingRef} tabIndex={-1}>
        Tickets
      </h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {listError ? (
        <p className="field-error" id={fieldId('tickets')} tabIndex={-1}>
          {listError}
        </p>
      ) : null}
      {fields.length === 0 ? <p className="muted">No tickets yet.</p> : null}
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
          Add a free ticket
        </button>
        <button type="button" className="button" onClick={() => add('paid')}>
          Add a paid ticket
        </button>
        <button type="button" className="button" onClick={() => add('donation')}>
          Add a donation ticket
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
      <legend>Ticket {number}</legend>
      <p className="muted ticket-summary" aria-hidden="true">
        {TYPE_LABELS[type]}
        {name ? ` · ${name}` : ''}
      </p>
      <div className="ticket-grid">
        <TextField path={at('name')} label="Ticket name" />
        <SelectField
          path={at('type')}
          label="Ticket type"
          options={TICKET_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }))}
        />
        {type === 'paid' ? (
          <TextField
            path={at('price')}
            label={`Price (${symbol})`}
            prefix={symbol}
            inputMode="decimal"
            hint={moneyHint}
          />
        ) : null}
        {type === 'donation' ? (
          <>
            <TextField
              path={at('minPrice')}
              label={`Minimum price (${symbol})`}
              prefix={symbol}
              inputMode="decimal"
              hint={moneyHint}
            />
            <TextField
              path={at('maxPrice')}
              label={`Maximum price (${symbol})`}
              prefix={symbol}
              inputMode="decimal"
              hint={moneyHint}
            />
          </>
        ) : null}
        <TextField path={at('quantity')} label="Quantity" inputMode="numeric" />
        <TextField path={at('minOrder')} label="Minimum per order" inputMode="numeric" />
        <TextField path={at('maxOrder')} label="Maximum per order" inputMode="numeric" />
        <TextField path={at('salesStartDate')} label="Sales start date" type="date" />
        <TextField path={at('salesStartTime')} label="Sales start time" type="time" />
        <TextField path={at('salesEndDate')} label="Sales end date" type="date" />
        <TextField path={at('salesEndTime')} label="Sales end time" type="time" />
      </div>
      <TextAreaField path={at('description')} label="Ticket description" />
      <CheckboxField path={at('isHidden')} label="Hide this ticket from the public page" />
      <div className="actions">
        {index > 0 ? (
          <button
            type="button"
            className="button button-small"
            id={`ticket-move-up-${index}`}
            onClick={() => onMove(index, 'up')}
          >
            Move ticket {number} up
          </button>
        ) : null}
        {index < count - 1 ? (
          <button
            type="button"
            className="button button-small"
            id={`ticket-move-down-${index}`}
            onClick={() => onMove(index, 'down')}
          >
            Move ticket {number} down
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={() => onRemove(index)}>
          Remove ticket {number}
        </button>
      </div>
    </fieldset>
  );
}

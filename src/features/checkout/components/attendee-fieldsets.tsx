// The attendee form's groups: a name and email per ticket, the billing details, how to pay.
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import type { FieldErrors, UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import { Field, FieldError } from '@/components/ui/field';
import type { PaymentMode } from '../api/get-order';
import { PAYMENT_LABELS } from '../payment-modes';
import type { AttendeeFormValues } from '../schemas';

interface GroupProps {
  register: UseFormRegister<AttendeeFormValues>;
  errors: FieldErrors<AttendeeFormValues>;
}

export function AttendeeFieldset({
  index,
  ticketName,
  register,
  errors,
}: GroupProps & { index: number; ticketName: string | undefined }) {
  const { t } = useLingui();
  const own = errors.attendees?.[index];
  const number = index + 1;
  return (
    <fieldset className="attendee-fieldset">
      <legend>
        {ticketName !== undefined ? t`Attendee ${number} (${ticketName})` : t`Attendee ${number}`}
      </legend>
      <TextField
        label={t`First name of attendee ${number}`}
        name={`attendees.${index}.firstname`}
        error={own?.firstname?.message}
        registration={register(`attendees.${index}.firstname`)}
        autoComplete={index === 0 ? 'given-name' : 'off'}
      />
      <TextField
        label={t`Last name of attendee ${number}`}
        name={`attendees.${index}.lastname`}
        error={own?.lastname?.message}
        registration={register(`attendees.${index}.lastname`)}
        autoComplete={index === 0 ? 'family-name' : 'off'}
      />
      <TextField
        label={t`Email of attendee ${number}`}
        name={`attendees.${index}.email`}
        error={own?.email?.message}
        registration={register(`attendees.${index}.email`)}
        type="email"
        autoComplete={index === 0 ? 'email' : 'off'}
      />
    </fieldset>
  );
}

/** The billing fields, in the order an address is written. */
const BILLING_FIELDS: readonly {
  key: 'company' | 'address' | 'city' | 'state' | 'zipcode' | 'country' | 'taxBusinessInfo';
  label: MessageDescriptor;
  autoComplete: string;
}[] = [
  { key: 'company', label: msg`Company or full name`, autoComplete: 'organization' },
  { key: 'address', label: msg`Address`, autoComplete: 'street-address' },
  { key: 'city', label: msg`City`, autoComplete: 'address-level2' },
  { key: 'state', label: msg`State or region (optional)`, autoComplete: 'address-level1' },
  { key: 'zipcode', label: msg`Postal code`, autoComplete: 'postal-code' },
  { key: 'country', label: msg`Country`, autoComplete: 'country-name' },
  { key: 'taxBusinessInfo', label: msg`Tax ID (optional)`, autoComplete: 'off' },
];

export function BillingFieldset({ register, errors }: GroupProps) {
  const { t, i18n } = useLingui();
  const billing = errors.billing;
  return (
    <fieldset className="attendee-fieldset">
      <legend>{t`Billing details`}</legend>
      <p className="muted">{t`The organizer needs these for your invoice.`}</p>
      {BILLING_FIELDS.map(({ key, label, autoComplete }) => (
        <TextField
          key={key}
          label={i18n._(label)}
          name={`billing.${key}`}
          error={billing?.[key]?.message}
          registration={register(`billing.${key}`)}
          autoComplete={autoComplete}
        />
      ))}
    </fieldset>
  );
}

/** One radio button per way to pay the event accepts. */
export function PaymentModeFieldset({
  modes,
  register,
  errors,
}: GroupProps & { modes: readonly PaymentMode[] }) {
  const { t } = useLingui();
  const error = errors.paymentMode?.message;
  return (
    <fieldset
      className="attendee-fieldset"
      aria-describedby={errors.paymentMode ? 'paymentMode-error' : undefined}
    >
      <legend>{t`Payment method`}</legend>
      {modes.map((mode, index) => (
        <label key={mode} className="radio">
          <input
            type="radio"
            value={mode}
            {...register('paymentMode')}
            id={index === 0 ? 'paymentMode' : `paymentMode-${mode}`}
            aria-invalid={errors.paymentMode ? true : undefined}
          />{' '}
          {PAYMENT_LABELS[mode]}
        </label>
      ))}
      <FieldError id="paymentMode-error" message={error} />
    </fieldset>
  );
}

interface TextFieldProps {
  label: string;
  /** The form path, which is the input's id too. */
  name: string;
  error: string | undefined;
  type?: string;
  autoComplete: string;
  registration: UseFormRegisterReturn;
}

function TextField({
  label,
  name,
  error,
  type = 'text',
  autoComplete,
  registration,
}: TextFieldProps) {
  return (
    <Field id={name} label={label} error={error}>
      {(control) => (
        <input type={type} autoComplete={autoComplete} {...registration} {...control} />
      )}
    </Field>
  );
}

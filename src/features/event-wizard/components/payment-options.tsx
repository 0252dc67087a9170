// How buyers pay for paid and donation tickets: currency, country, the methods the platform has
// switched on, and the refund policy. Stripe gets a place for the "Connect with Stripe" control
// that the route hands the wizard (src/app/routes/event-wizard.tsx).
import { useContext, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PublicSettings } from '@/lib/settings';
import { minorUnitDigits } from '@/lib/money';
import type { WizardValues } from '../schemas';
import { COUNTRIES, CURRENCIES, displayNames } from '../payment-choices';
import { StripeConnectContext } from '../stripe-connect-context';
import {
  CheckboxField,
  fieldId,
  SelectField,
  TextAreaField,
  TextField,
  useFieldError,
} from './fields';

export interface PaymentOptionsProps {
  settings: PublicSettings;
  /** The event's `is-stripe-linked`, shown when the route gave no Connect control. */
  isStripeLinked: boolean;
}

export function PaymentOptions({ settings, isStripeLinked }: PaymentOptionsProps) {
  const { control } = useFormContext<WizardValues>();
  // The "Connect with Stripe" control, rendered where Stripe is chosen (stripe-connect-context.ts).
  const stripeConnect = useContext(StripeConnectContext)?.element;
  const [currency, stripe, paypal, bank, cheque, onsite] = useWatch({
    control,
    name: [
      'paymentCurrency',
      'canPayByStripe',
      'canPayByPaypal',
      'canPayByBank',
      'canPayByCheque',
      'canPayOnsite',
    ],
  });
  const methodsError = useFieldError('paymentMethods');
  const methodsErrorId = `${fieldId('paymentMethods')}-error`;
  const currencies = useMemo(() => {
    const names = displayNames('currency');
    return CURRENCIES.map((code) => ({
      value: code,
      label: `${names?.of(code) ?? code} (${code})`,
    }));
  }, []);
  const countries = useMemo(() => {
    const names = displayNames('region');
    return COUNTRIES.map((code) => ({ value: code, label: names?.of(code) ?? code })).sort((a, b) =>
      a.label.localeCompare(b.label),
    );
  }, []);
  // A currency saved earlier that the list does not have stays selectable.
  const currencyOptions = currencies.some((option) => option.value === currency)
    ? currencies
    : [...currencies, { value: currency, label: currency }];

  return (
    <section className="wizard-section" aria-labelledby="wizard-payment-title">
      <h2 id="wizard-payment-title">Payment options</h2>
      <SelectField
        path="paymentCurrency"
        label="Currency"
        options={currencyOptions}
        hint={
          minorUnitDigits(currency || 'USD') === 0
            ? `${currency} has no decimals: prices are whole amounts.`
            : 'Ticket prices are in this currency.'
        }
      />
      <SelectField
        path="paymentCountry"
        label="Country"
        placeholder="Choose a country"
        options={countries}
      />
      <fieldset
        className="field-group"
        aria-describedby={methodsError ? methodsErrorId : undefined}
      >
        <legend>How buyers can pay</legend>
        {methodsError ? (
          <p className="field-error" id={methodsErrorId}>
            {methodsError}
          </p>
        ) : null}
        {settings.isStripeActivated ? (
          <>
            <CheckboxField
              path="canPayByStripe"
              label="Card payments with Stripe"
              invalid={Boolean(methodsError)}
            />
            {stripe && minorUnitDigits(currency || 'USD') === 0 ? (
              <p className="notice notice-warning" role="note">
                The Open Event Server asks Stripe for every amount in cents, so a {currency} card
                payment would be a hundred times the ticket price. Buyers' browsers refuse such
                payments and offer your other payment methods instead: add bank transfer or another
                method for {currency} buyers.
              </p>
            ) : null}
            {stripe ? (
              <div
                className="stripe-connect-slot"
                role="group"
                aria-label="Stripe account"
                data-slot="stripe-connect"
              >
                {stripeConnect ?? (
                  <p className="stripe-status">
                    {isStripeLinked ? 'Connected to Stripe' : 'Not connected yet'}
                  </p>
                )}
              </div>
            ) : null}
          </>
        ) : null}
        {settings.isPaypalActivated ? (
          <>
            <CheckboxField path="canPayByPaypal" label="PayPal" invalid={Boolean(methodsError)} />
            {paypal ? (
              <TextField
                path="paypalEmail"
                label="PayPal email"
                type="email"
                inputMode="email"
                className="method-details"
              />
            ) : null}
          </>
        ) : null}
        <CheckboxField path="canPayByBank" label="Bank transfer" invalid={Boolean(methodsError)} />
        {bank ? (
          <TextAreaField
            path="bankDetails"
            label="Bank transfer instructions"
            className="method-details"
          />
        ) : null}
        <CheckboxField path="canPayByCheque" label="Cheque" invalid={Boolean(methodsError)} />
        {cheque ? (
          <TextAreaField
            path="chequeDetails"
            label="Cheque instructions"
            className="method-details"
          />
        ) : null}
        <CheckboxField
          path="canPayOnsite"
          label="On site (cash or card at the event)"
          invalid={Boolean(methodsError)}
        />
        {onsite ? (
          <TextAreaField
            path="onsiteDetails"
            label="On-site payment instructions"
            className="method-details"
          />
        ) : null}
      </fieldset>
      <TextAreaField path="refundPolicy" label="Refund policy" />
    </section>
  );
}

// How buyers pay for paid and donation tickets: currency, country, the methods the platform has
// switched on, and the refund policy. Stripe gets a place for the "Connect with Stripe" control
// that the route hands the wizard (src/app/routes/event-wizard.tsx).
import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t, i18n } = useLingui();
  const locale = i18n.locale;
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
  // Named and sorted in the active language: the lists are made again when it changes.
  const currencies = useMemo(() => {
    const names = displayNames('currency', locale);
    return CURRENCIES.map((code) => {
      const currencyName = names?.of(code) ?? code;
      return { value: code, label: t`${currencyName} (${code})` };
    });
  }, [locale, t]);
  const countries = useMemo(() => {
    const names = displayNames('region', locale);
    return COUNTRIES.map((code) => ({ value: code, label: names?.of(code) ?? code })).sort((a, b) =>
      a.label.localeCompare(b.label, locale),
    );
  }, [locale]);
  // A currency saved earlier that the list does not have stays selectable.
  const currencyOptions = currencies.some((option) => option.value === currency)
    ? currencies
    : [...currencies, { value: currency, label: currency }];

  return (
    <section className="wizard-section" aria-labelledby="wizard-payment-title">
      <h2 id="wizard-payment-title">
        <Trans>Payment options</Trans>
      </h2>
      <SelectField
        path="paymentCurrency"
        label={t`Currency`}
        options={currencyOptions}
        hint={
          minorUnitDigits(currency || 'USD') === 0
            ? t`${currency} has no decimals: prices are whole amounts.`
            : t`Ticket prices are in this currency.`
        }
      />
      <SelectField
        path="paymentCountry"
        label={t`Country`}
        placeholder={t`Choose a country`}
        options={countries}
      />
      <fieldset
        className="field-group"
        aria-describedby={methodsError ? methodsErrorId : undefined}
      >
        <legend>
          <Trans>How buyers can pay</Trans>
        </legend>
        {methodsError ? (
          <p className="field-error" id={methodsErrorId}>
            {methodsError}
          </p>
        ) : null}
        {settings.isStripeActivated ? (
          <>
            <CheckboxField
              path="canPayByStripe"
              label={t`Card payments with Stripe`}
              invalid={Boolean(methodsError)}
            />
            {stripe && minorUnitDigits(currency || 'USD') === 0 ? (
              <p className="notice notice-warning" role="note">
                <Trans>
                  The Open Event Server asks Stripe for every amount in cents, so a {currency} card
                  payment would be a hundred times the ticket price. Buyers' browsers refuse such
                  payments and offer your other payment methods instead: add bank transfer or
                  another method for {currency} buyers.
                </Trans>
              </p>
            ) : null}
            {stripe ? (
              <div
                className="stripe-connect-slot"
                role="group"
                aria-label={t`Stripe account`}
                data-slot="stripe-connect"
              >
                {stripeConnect ?? (
                  <p className="stripe-status">
                    {isStripeLinked ? t`Connected to Stripe` : t`Not connected yet`}
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
                label={t`PayPal email`}
                type="email"
                inputMode="email"
                className="method-details"
              />
            ) : null}
          </>
        ) : null}
        <CheckboxField
          path="canPayByBank"
          label={t`Bank transfer`}
          invalid={Boolean(methodsError)}
        />
        {bank ? (
          <TextAreaField
            path="bankDetails"
            label={t`Bank transfer instructions`}
            className="method-details"
          />
        ) : null}
        <CheckboxField path="canPayByCheque" label={t`Cheque`} invalid={Boolean(methodsError)} />
        {cheque ? (
          <TextAreaField
            path="chequeDetails"
            label={t`Cheque instructions`}
            className="method-details"
          />
        ) : null}
        <CheckboxField
          path="canPayOnsite"
          label={t`On site (cash or card at the event)`}
          invalid={Boolean(methodsError)}
        />
        {onsite ? (
          <TextAreaField
            path="onsiteDetails"
            label={t`On-site payment instructions`}
            className="method-details"
          />
        ) : null}
      </fieldset>
      <TextAreaField path="refundPolicy" label={t`Refund policy`} />
    </section>
  );
}

// Admin form for the platform's Stripe keys. Secret keys are write-only: never shown, never prefilled.
import { valibotResolver } from '@hookform/resolvers/valibot';
import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useForm } from 'react-hook-form';
import * as v from 'valibot';
import { ErrorNotice, errorMessage } from '@/components/ui/error-notice';
import { Field, FieldError, FormError } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { toast } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-client';
import { serverFieldErrors } from '@/lib/field-errors';
import {
  useAdminStripeSettings,
  useSaveStripeSettings,
  type AdminStripeSettings,
  type StripeSettingsInput,
} from '../api/admin-payment-settings';
import '../stripe-connect.css';

// Messages are functions: valibot calls them when it checks, in the language active then.
const optionalKey = (pattern: RegExp, message: () => string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check((value) => value === '' || pattern.test(value), message),
  );

const schema = v.object({
  mode: v.picklist(['live', 'test']),
  liveClientId: optionalKey(/^ca_[A-Za-z0-9]+$/, () => t`A Connect client id starts with ca_.`),
  livePublishableKey: optionalKey(
    /^pk_live_[A-Za-z0-9]+$/,
    () => t`A live publishable key starts with pk_live_.`,
  ),
  liveSecretKey: optionalKey(
    /^(sk|rk)_live_[A-Za-z0-9]+$/,
    () => t`A live secret key starts with sk_live_ or rk_live_.`,
  ),
  testClientId: optionalKey(/^ca_[A-Za-z0-9]+$/, () => t`A Connect client id starts with ca_.`),
  testPublishableKey: optionalKey(
    /^pk_test_[A-Za-z0-9]+$/,
    () => t`A test publishable key starts with pk_test_.`,
  ),
  testSecretKey: optionalKey(
    /^(sk|rk)_test_[A-Za-z0-9]+$/,
    () => t`A test secret key starts with sk_test_ or rk_test_.`,
  ),
});

const SERVER_FIELDS: Record<string, keyof StripeSettingsInput> = {
  stripeMode: 'mode',
  stripeClientId: 'liveClientId',
  stripePublishableKey: 'livePublishableKey',
  stripeSecretKey: 'liveSecretKey',
  stripeTestClientId: 'testClientId',
  stripeTestPublishableKey: 'testPublishableKey',
  stripeTestSecretKey: 'testSecretKey',
};

const MODES: ReadonlyArray<readonly ['test' | 'live', MessageDescriptor]> = [
  ['test', msg`Test (no real money moves)`],
  ['live', msg`Live`],
];

export function PaymentGatewaySettings() {
  const { t } = useLingui();
  const settings = useAdminStripeSettings();
  if (settings.isPending) return <Loading label={t`Loading the payment settings…`} />;
  if (settings.isError) {
    return (
      <ErrorNotice
        title={t`We could not load the payment settings`}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
    );
  }
  return <StripeSettingsForm settings={settings.data} />;
}

function StripeSettingsForm({ settings }: { settings: AdminStripeSettings }) {
  const { t, i18n } = useLingui();
  const save = useSaveStripeSettings(settings.id);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<StripeSettingsInput>({
    resolver: valibotResolver(schema),
    defaultValues: {
      mode: settings.mode,
      liveClientId: settings.liveClientId,
      livePublishableKey: settings.livePublishableKey,
      liveSecretKey: '',
      testClientId: settings.testClientId,
      testPublishableKey: settings.testPublishableKey,
      testSecretKey: '',
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      // The typed secrets are sent once and then forgotten by the page.
      resetField('liveSecretKey', { defaultValue: '' });
      resetField('testSecretKey', { defaultValue: '' });
      toast.success(t`Payment settings saved.`);
    } catch (error) {
      for (const [name, message] of serverFieldErrors(error, SERVER_FIELDS).entries) {
        setError(name, { message }, { shouldFocus: true });
      }
    }
  });

  const field = (
    name: Exclude<keyof StripeSettingsInput, 'mode'>,
    label: string,
    options: { secret?: boolean; hint?: string } = {},
  ) => (
    <Field
      id={`stripe-${name}`}
      label={label}
      error={errors[name]?.message}
      hint={options.hint}
      hintPlacement="control"
    >
      {(control) => (
        <input
          {...control}
          type={options.secret ? 'password' : 'text'}
          autoComplete="off"
          spellCheck={false}
          {...register(name)}
        />
      )}
    </Field>
  );

  const modeError = errors.mode?.message || undefined;
  const secretHint = (saved: boolean) =>
    saved
      ? t`A key is saved. It is never shown; type a new one only to replace it.`
      : t`No key saved yet.`;
  const notSavedReason = save.error?.message ?? '';

  return (
    <form
      className="form stripe-settings"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t`Stripe settings`}
    >
      {save.isError && !isApiError(save.error) ? (
        <FormError>{errorMessage(save.error)}</FormError>
      ) : null}
      {save.isError &&
      isApiError(save.error) &&
      serverFieldErrors(save.error, SERVER_FIELDS).entries.length === 0 ? (
        <FormError>{t`The settings were not saved: ${notSavedReason}`}</FormError>
      ) : null}
      <fieldset aria-describedby={modeError ? 'stripe-mode-error' : undefined}>
        <legend>
          <Trans>Mode</Trans>
        </legend>
        {MODES.map(([mode, label]) => (
          <Field
            key={mode}
            id={`stripe-mode-${mode}`}
            label={i18n._(label)}
            layout="checkbox"
            invalid={modeError !== undefined}
          >
            {(control) => <input {...control} type="radio" value={mode} {...register('mode')} />}
          </Field>
        ))}
        {/* The server can refuse the mode; the form's own radio buttons cannot be wrong. */}
        <FieldError id="stripe-mode-error" message={modeError} />
      </fieldset>
      <fieldset>
        <legend>
          <Trans>Live keys</Trans>
        </legend>
        {field('liveClientId', t`Live Connect client id`)}
        {field('livePublishableKey', t`Live publishable key`)}
        {field('liveSecretKey', t`Live secret key`, {
          secret: true,
          hint: secretHint(settings.hasLiveSecretKey),
        })}
      </fieldset>
      <fieldset>
        <legend>
          <Trans>Test keys</Trans>
        </legend>
        {field('testClientId', t`Test Connect client id`)}
        {field('testPublishableKey', t`Test publishable key`)}
        {field('testSecretKey', t`Test secret key`, {
          secret: true,
          hint: secretHint(settings.hasTestSecretKey),
        })}
      </fieldset>
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={isSubmitting}
          aria-busy={isSubmitting}
        >
          {isSubmitting ? t`Saving…` : t`Save payment settings`}
        </button>
      </div>
    </form>
  );
}

// Admin form for the platform's Stripe keys. Secret keys are write-only: never shown, never prefilled.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import * as z from 'zod/mini';
import { ErrorNotice, errorMessage } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { toast } from '@/components/ui/toast';
import { fieldErrors, isApiError } from '@/lib/api-client';
import {
  useAdminStripeSettings,
  useSaveStripeSettings,
  type AdminStripeSettings,
  type StripeSettingsInput,
} from '../api/admin-payment-settings';
import '../stripe-connect.css';

const optionalKey = (pattern: RegExp, message: string) =>
  z.string().check(
    z.trim(),
    z.refine((value) => value === '' || pattern.test(value), message),
  );

const schema = z.object({
  mode: z.enum(['live', 'test']),
  liveClientId: optionalKey(/^ca_[A-Za-z0-9]+$/, 'A Connect client id starts with ca_.'),
  livePublishableKey: optionalKey(
    /^pk_live_[A-Za-z0-9]+$/,
    'A live publishable key starts with pk_live_.',
  ),
  liveSecretKey: optionalKey(
    /^(sk|rk)_live_[A-Za-z0-9]+$/,
    'A live secret key starts with sk_live_ or rk_live_.',
  ),
  testClientId: optionalKey(/^ca_[A-Za-z0-9]+$/, 'A Connect client id starts with ca_.'),
  testPublishableKey: optionalKey(
    /^pk_test_[A-Za-z0-9]+$/,
    'A test publishable key starts with pk_test_.',
  ),
  testSecretKey: optionalKey(
    /^(sk|rk)_test_[A-Za-z0-9]+$/,
    'A test secret key starts with sk_test_ or rk_test_.',
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

export function PaymentGatewaySettings() {
  const settings = useAdminStripeSettings();
  if (settings.isPending) return <Loading label="Loading the payment settings…" />;
  if (settings.isError) {
    return (
      <ErrorNotice
        title="We could not load the payment settings"
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
    );
  }
  return <StripeSettingsForm settings={settings.data} />;
}

function StripeSettingsForm({ settings }: { settings: AdminStripeSettings }) {
  const save = useSaveStripeSettings(settings.id);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<StripeSettingsInput>({
    resolver: zodResolver(schema),
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
      toast.success('Payment settings saved.');
    } catch (error) {
      if (isApiError(error)) {
        for (const [field, message] of Object.entries(fieldErrors(error))) {
          const name = SERVER_FIELDS[field];
          if (name) setError(name, { message }, { shouldFocus: true });
        }
      }
    }
  });

  const field = (
    name: Exclude<keyof StripeSettingsInput, 'mode'>,
    label: string,
    options: { secret?: boolean; hint?: string } = {},
  ) => {
    const id = `stripe-${name}`;
    const error = errors[name]?.message;
    const describedBy = [options.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ');
    const registration: UseFormRegisterReturn = register(name);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={options.secret ? 'password' : 'text'}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...registration}
        />
        {options.hint ? (
          <p className="muted field-hint" id={`${id}-hint`}>
            {options.hint}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  const secretHint = (saved: boolean) =>
    saved
      ? 'A key is saved. It is never shown; type a new one only to replace it.'
      : 'No key saved yet.';

  return (
    <form
      className="form stripe-settings"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label="Stripe settings"
    >
      {save.isError && !isApiError(save.error) ? (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      ) : null}
      {save.isError &&
      isApiError(save.error) &&
      Object.keys(fieldErrors(save.error)).length === 0 ? (
        <p className="form-error" role="alert">
          The settings were not saved: {save.error.message}
        </p>
      ) : null}
      <fieldset>
        <legend>Mode</legend>
        <div className="field field-checkbox">
          <input id="stripe-mode-test" type="radio" value="test" {...register('mode')} />
          <label htmlFor="stripe-mode-test">Test (no real money moves)</label>
        </div>
        <div className="field field-checkbox">
          <input id="stripe-mode-live" type="radio" value="live" {...register('mode')} />
          <label htmlFor="stripe-mode-live">Live</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Live keys</legend>
        {field('liveClientId', 'Live Connect client id')}
        {field('livePublishableKey', 'Live publishable key')}
        {field('liveSecretKey', 'Live secret key', {
          secret: true,
          hint: secretHint(settings.hasLiveSecretKey),
        })}
      </fieldset>
      <fieldset>
        <legend>Test keys</legend>
        {field('testClientId', 'Test Connect client id')}
        {field('testPublishableKey', 'Test publishable key')}
        {field('testSecretKey', 'Test secret key', {
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
          {isSubmitting ? 'Saving…' : 'Save payment settings'}
        </button>
      </div>
    </form>
  );
}

import { valibotResolver } from '@hookform/resolvers/valibot';
import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import * as v from 'valibot';
import { errorMessage } from '@/components/ui/error-notice';
import { Field, FormError } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { useLogin } from '../api/login';

const schema = v.object({
  email: v.pipe(
    v.string(),
    v.trim(),
    // Made at validation time, in the language active then.
    v.nonEmpty(() => t`Enter your email address.`),
    v.email(() => t`Enter a valid email address.`),
  ),
  password: v.pipe(
    v.string(),
    v.nonEmpty(() => t`Enter your password.`),
  ),
  remember: v.boolean(),
});
type LoginValues = v.InferOutput<typeof schema>;

interface LoginFormProps {
  onLoggedIn: () => void;
  /** Lets the page pre-fill the form (demo accounts in mock mode). */
  fillRequest?: { email: string; password: string; nonce: number } | null;
}

export function LoginForm({ onLoggedIn, fillRequest }: LoginFormProps) {
  const { t } = useLingui();
  const loginMutation = useLogin();
  const serverErrorRef = useRef<HTMLParagraphElement>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({
    resolver: valibotResolver(schema),
    defaultValues: { email: '', password: '', remember: false },
  });

  useEffect(() => {
    if (!fillRequest) return;
    setValue('email', fillRequest.email, { shouldValidate: false });
    setValue('password', fillRequest.password, { shouldValidate: false });
    setFocus('password');
  }, [fillRequest, setValue, setFocus]);

  useEffect(() => {
    if (loginMutation.isError) serverErrorRef.current?.focus();
  }, [loginMutation.isError, loginMutation.failureCount]);

  const onSubmit = handleSubmit(async (values) => {
    try {
      await loginMutation.mutateAsync(values);
      onLoggedIn();
    } catch {
      // Shown from loginMutation.error below; the typed values stay in the form.
    }
  });

  const busy = isSubmitting || loginMutation.isPending;
  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t`Log in`}
    >
      {loginMutation.isError ? (
        <FormError tabIndex={-1} ref={serverErrorRef}>
          {loginErrorMessage(loginMutation.error)}
        </FormError>
      ) : null}
      <Field id="login-email" label={t`Email`} error={errors.email?.message}>
        {(control) => (
          <input {...control} type="email" autoComplete="username" {...register('email')} />
        )}
      </Field>
      <Field id="login-password" label={t`Password`} error={errors.password?.message}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            {...register('password')}
          />
        )}
      </Field>
      <Field id="login-remember" label={t`Keep me logged in on this device`} layout="checkbox">
        {(control) => <input {...control} type="checkbox" {...register('remember')} />}
      </Field>
      <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
        {busy ? t`Logging in…` : t`Log in`}
      </button>
    </form>
  );
}

/** Called at render: the words are in the language active then. */
function loginErrorMessage(error: unknown): string {
  // The server's 400 is "username or password missing", which the form's own checks normally
  // prevent; if one still comes back, say what to do in the form's words, not the server's.
  if (isApiError(error) && error.kind === 'http' && error.status === 400)
    return t`Enter both your email address and your password, then log in again.`;
  const message = errorMessage(error);
  // The server's own words for wrong credentials are terse; say what to do.
  if (message === 'Invalid Credentials')
    return t`That email and password do not match an account. Check them and try again.`;
  return message;
}

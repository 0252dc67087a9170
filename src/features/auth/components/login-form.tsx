import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { errorMessage } from '@/components/ui/error-notice';
import { isApiError } from '@/lib/api-client';
import { useLogin } from '../api/login';

const schema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, 'Enter your email address.')),
    z.email('Enter a valid email address.'),
  ),
  password: z.string().check(z.minLength(1, 'Enter your password.')),
  remember: z.boolean(),
});
type LoginValues = z.infer<typeof schema>;

interface LoginFormProps {
  onLoggedIn: () => void;
  /** Lets the page pre-fill the form (demo accounts in mock mode). */
  fillRequest?: { email: string; password: string; nonce: number } | null;
}

export function LoginForm({ onLoggedIn, fillRequest }: LoginFormProps) {
  const loginMutation = useLogin();
  const serverErrorRef = useRef<HTMLParagraphElement>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({
    resolver: zodResolver(schema),
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
      aria-label="Log in"
    >
      {loginMutation.isError ? (
        <p className="form-error" role="alert" tabIndex={-1} ref={serverErrorRef}>
          {loginErrorMessage(loginMutation.error)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'login-email-error' : undefined}
          {...register('email')}
        />
        {errors.email ? (
          <p className="field-error" id="login-email-error">
            {errors.email.message}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'login-password-error' : undefined}
          {...register('password')}
        />
        {errors.password ? (
          <p className="field-error" id="login-password-error">
            {errors.password.message}
          </p>
        ) : null}
      </div>
      <div className="field field-checkbox">
        <input id="login-remember" type="checkbox" {...register('remember')} />
        <label htmlFor="login-remember">Keep me logged in on this device</label>
      </div>
      <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
        {busy ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}

function loginErrorMessage(error: unknown): string {
  // The server's 400 is "username or password missing", which the form's own checks normally
  // prevent; if one still comes back, say what to do in the form's words, not the server's.
  if (isApiError(error) && error.kind === 'http' && error.status === 400)
    return 'Enter both your email address and your password, then log in again.';
  const message = errorMessage(error);
  // The server's own words for wrong credentials are terse; say what to do.
  if (message === 'Invalid Credentials')
    return 'That email and password do not match an account. Check them and try again.';
  return message;
}

// A readable error with a way on: the message the API client made, and an optional retry.
import { useId, type ReactNode } from 'react';

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

interface ErrorNoticeProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

export function ErrorNotice({
  title = 'Something went wrong',
  error,
  onRetry,
  children,
}: ErrorNoticeProps) {
  const headingId = useId();
  return (
    <section className="notice notice-error" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{errorMessage(error)}</p>
      {children}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}

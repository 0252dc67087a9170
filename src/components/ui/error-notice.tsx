// A readable error with a way on: the message the API client made, and an optional retry.
import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useId, type ReactNode } from 'react';

/** Called at render: the fallback is in the language active then. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return t`Something went wrong. Please try again.`;
}

interface ErrorNoticeProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

export function ErrorNotice({ title, error, onRetry, children }: ErrorNoticeProps) {
  const { t } = useLingui();
  const headingId = useId();
  return (
    <section className="notice notice-error" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{title ?? t`Something went wrong`}</h2>
      <p>{errorMessage(error)}</p>
      {children}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t`Try again`}
        </button>
      ) : null}
    </section>
  );
}

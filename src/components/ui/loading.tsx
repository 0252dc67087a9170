import { useLingui } from '@lingui/react/macro';

export function Loading({ label }: { label?: string }) {
  const { t } = useLingui();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t`Loading…`}</span>
    </div>
  );
}

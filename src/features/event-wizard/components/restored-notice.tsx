// Says that the form came back from this browser's copy, with a way to drop it.
import { Trans, useLingui } from '@lingui/react/macro';
import { dateTimeFormat } from '@/lib/intl-cache';

function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function RestoredNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const { t } = useLingui();
  const when = formatSavedAt(savedAt);
  return (
    <div className="notice wizard-restored" role="status">
      <p>
        {when
          ? t`We restored changes you had not saved yet, kept in this browser (${when}).`
          : t`We restored changes you had not saved yet, kept in this browser.`}
      </p>
      <button type="button" className="button button-small" onClick={onDiscard}>
        <Trans>Discard the restored changes</Trans>
      </button>
    </div>
  );
}

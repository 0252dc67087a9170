// The wizard's buttons: back a step, save, and next (or publish on the last step).
import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { WIZARD_STEPS, type WizardStep } from '../steps';

export function WizardActions({
  step,
  eventId,
  published,
  busy,
  onSave,
}: {
  step: WizardStep;
  eventId: string | null;
  published: boolean;
  busy: boolean;
  onSave: () => void;
}) {
  const { t } = useLingui();
  const previous = WIZARD_STEPS[WIZARD_STEPS.findIndex((entry) => entry.id === step) - 1];
  return (
    <div className="actions wizard-actions">
      {previous !== undefined && eventId !== null ? (
        <Link className="button" to={paths.editEvent.href(eventId, previous.id)}>
          <Trans>Back</Trans>
        </Link>
      ) : null}
      {step !== 'publish' ? (
        <button type="button" className="button" disabled={busy} onClick={onSave}>
          {published ? t`Save` : t`Save draft`}
        </button>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {step !== 'publish' ? t`Next` : published ? t`Save changes` : t`Publish`}
      </button>
      {busy ? (
        <span role="status" className="muted">
          <Trans>Saving…</Trans>
        </span>
      ) : null}
    </div>
  );
}

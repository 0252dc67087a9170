// The wizard's buttons: back a step, save, and next (or publish on the last step).
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
  const previous = WIZARD_STEPS[WIZARD_STEPS.findIndex((entry) => entry.id === step) - 1];
  return (
    <div className="actions wizard-actions">
      {previous !== undefined && eventId !== null ? (
        <Link className="button" to={paths.editEvent.href(eventId, previous.id)}>
          Back
        </Link>
      ) : null}
      {step !== 'publish' ? (
        <button type="button" className="button" disabled={busy} onClick={onSave}>
          {published ? 'Save' : 'Save draft'}
        </button>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {step !== 'publish' ? 'Next' : published ? 'Save changes' : 'Publish'}
      </button>
      {busy ? (
        <span role="status" className="muted">
          Saving…
        </span>
      ) : null}
    </div>
  );
}

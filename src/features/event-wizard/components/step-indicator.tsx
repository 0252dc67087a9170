// Where the organizer is in the wizard, with links back (and forward once the event exists).
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { WIZARD_STEPS, type WizardStep } from '../steps';

export function StepIndicator({
  eventId,
  current,
}: {
  eventId: string | null;
  current: WizardStep;
}) {
  return (
    <nav aria-label="Event wizard steps" className="wizard-steps">
      <ol>
        {WIZARD_STEPS.map((step, index) => {
          const label = `${index + 1}. ${step.title}`;
          const isCurrent = step.id === current;
          return (
            <li key={step.id} className={isCurrent ? 'current' : undefined}>
              {isCurrent ? (
                <span aria-current="step">{label}</span>
              ) : eventId !== null ? (
                <Link to={paths.editEvent.href(eventId, step.id)}>{label}</Link>
              ) : (
                <span className="muted" title="Save the basic details first">
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

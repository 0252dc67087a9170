// Where the organizer is in the wizard, with links back (and forward once the event exists).
import { useLingui } from '@lingui/react/macro';
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
  const { t, i18n } = useLingui();
  return (
    <nav aria-label={t`Event wizard steps`} className="wizard-steps">
      <ol>
        {WIZARD_STEPS.map((step, index) => {
          const number = index + 1;
          const title = i18n._(step.title);
          const label = t`${number}. ${title}`;
          const isCurrent = step.id === current;
          return (
            <li key={step.id} className={isCurrent ? 'current' : undefined}>
              {isCurrent ? (
                <span aria-current="step">{label}</span>
              ) : eventId !== null ? (
                <Link to={paths.editEvent.href(eventId, step.id)}>{label}</Link>
              ) : (
                <span className="muted" title={t`Save the basic details first`}>
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

// /create and /events/:id/edit/:step: the organizer's event wizard.
import { Link, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { EventWizard } from '@/features/event-wizard/components/event-wizard';
import { isWizardStep } from '@/features/event-wizard/steps';

export function EventWizardRoute() {
  const { id, step } = useParams();
  const eventId = id ?? null;
  if (eventId === null) return <EventWizard key="new" eventId={null} step="basic-details" />;
  if (!isWizardStep(step)) return <UnknownStep eventId={eventId} />;
  // Issue 4 passes its "Connect with Stripe" control here as stripeConnectSlot.
  return <EventWizard key={eventId} eventId={eventId} step={step} />;
}

function UnknownStep({ eventId }: { eventId: string }) {
  useDocumentTitle('Page not found');
  return (
    <section className="page" aria-labelledby="wizard-unknown-step">
      <h1 id="wizard-unknown-step">Page not found</h1>
      <p>The event editor has no step with this name.</p>
      <p>
        <Link to={paths.editEvent.href(eventId, 'basic-details')}>Go to the basic details</Link>
      </p>
    </section>
  );
}

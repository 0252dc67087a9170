// /create and /events/:id/edit/:step: the organizer's event wizard, with Connect with Stripe inside.
import { Link, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useSession } from '@/features/auth/use-session';
import { EventWizard } from '@/features/event-wizard/components/event-wizard';
import type { StripeConnectSlotApi } from '@/features/event-wizard/components/wizard-form';
import { isWizardStep } from '@/features/event-wizard/steps';
import { StripeConnectPanel } from '@/features/stripe-connect/components/stripe-connect-panel';

export function EventWizardRoute() {
  const { id, step } = useParams();
  const eventId = id ?? null;
  const user = useCurrentUser();
  const ownerId = useSession()?.userId ?? null;
  const renderStripeConnect = (api: StripeConnectSlotApi) => (
    <StripeConnectPanel
      eventId={api.eventId}
      organizerEmail={user.data?.email ?? null}
      prepareEvent={api.saveDraft}
      // After a full-page trip to Stripe, the organizer comes back to the payment options.
      returnTo={(savedId) => paths.editEvent.href(savedId, 'basic-details')}
      onConnectionChange={api.onConnectionChange}
    />
  );
  if (eventId === null) {
    return (
      <EventWizard
        key="new"
        eventId={null}
        ownerId={ownerId}
        step="basic-details"
        renderStripeConnect={renderStripeConnect}
      />
    );
  }
  if (!isWizardStep(step)) return <UnknownStep eventId={eventId} />;
  return (
    <EventWizard
      key={eventId}
      eventId={eventId}
      ownerId={ownerId}
      step={step}
      renderStripeConnect={renderStripeConnect}
    />
  );
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

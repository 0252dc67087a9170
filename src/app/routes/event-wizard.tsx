// /create and /events/:id/edit/:step: the organizer's event wizard, with Connect with Stripe inside.
// Both paths are children of one route (src/app/router.tsx), so this component stays mounted when
// a new event's first save moves the form from /create to the event's own URL.
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useSession } from '@/features/auth/use-session';
import { EventWizard } from '@/features/event-wizard/components/event-wizard';
import { isWizardStep } from '@/features/event-wizard/steps';
import { useWizardStripeConnect } from '@/features/event-wizard/stripe-connect-context';
import { StripeConnectPanel } from '@/features/stripe-connect/components/stripe-connect-panel';

/** The Stripe Connect panel, wired to the wizard it sits in. */
function WizardStripeConnect() {
  const wizard = useWizardStripeConnect();
  const user = useCurrentUser();
  return (
    <StripeConnectPanel
      eventId={wizard.eventId}
      organizerEmail={user.data?.email ?? null}
      prepareEvent={wizard.saveDraft}
      // After a full-page trip to Stripe, the organizer comes back to the payment options.
      returnTo={(savedId) => paths.editEvent.href(savedId, 'basic-details')}
      onConnectionChange={wizard.onConnectionChange}
    />
  );
}

const stripeConnect = <WizardStripeConnect />;

export function EventWizardRoute() {
  const { id, step } = useParams();
  const eventId = id ?? null;
  const ownerId = useSession()?.userId ?? null;
  const location = useLocation();
  // Each visit to /create gets a fresh form; the event it creates keeps that form. `at` is the
  // /create visit (its location key) that made the event.
  const [visit, setVisit] = useState<{ count: number; createdId: string | null; at: string }>({
    count: 0,
    createdId: null,
    at: '',
  });
  if (eventId === null && visit.createdId !== null && location.key !== visit.at) {
    setVisit({ count: visit.count + 1, createdId: null, at: '' });
  }
  const newKey = `new-${visit.count}`;
  const onCreated = (createdId: string) =>
    setVisit({ count: visit.count, createdId, at: location.key });

  if (eventId === null) {
    return (
      <EventWizard
        key={newKey}
        eventId={null}
        ownerId={ownerId}
        step="basic-details"
        stripeConnect={stripeConnect}
        onCreated={onCreated}
      />
    );
  }
  if (!isWizardStep(step)) return <UnknownStep eventId={eventId} />;
  return (
    <EventWizard
      key={eventId === visit.createdId ? newKey : eventId}
      eventId={eventId}
      ownerId={ownerId}
      step={step}
      stripeConnect={stripeConnect}
    />
  );
}

function UnknownStep({ eventId }: { eventId: string }) {
  const { t } = useLingui();
  useDocumentTitle(t`Page not found`);
  return (
    <section className="page" aria-labelledby="wizard-unknown-step">
      <h1 id="wizard-unknown-step">
        <Trans>Page not found</Trans>
      </h1>
      <p>
        <Trans>The event editor has no step with this name.</Trans>
      </p>
      <p>
        <Link to={paths.editEvent.href(eventId, 'basic-details')}>
          <Trans>Go to the basic details</Trans>
        </Link>
      </p>
    </section>
  );
}

// The event wizard: loads what it edits (public settings, the event and its tickets), then hands
// over to the form. Mount it with `key={eventId ?? 'new'}` so a newly created event starts fresh.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { isApiError } from '@/lib/api-client';
import { usePublicSettings } from '@/lib/settings';
import { useWizardEvent } from '../api/get-event';
import { useEventTickets } from '../api/get-event-tickets';
import type { WizardStep } from '../steps';
import { WizardForm, type StripeConnectSlotApi } from './wizard-form';
import '../event-wizard.css';

export interface EventWizardProps {
  /** null on /create: the event does not exist yet. */
  eventId: string | null;
  /** The organizer's user id (see WizardForm). */
  ownerId: string | null;
  step: WizardStep;
  /** The "Connect with Stripe" control, shown in the payment options when Stripe is chosen. */
  renderStripeConnect?: (api: StripeConnectSlotApi) => ReactNode;
}

export function EventWizard({ eventId, ownerId, step, renderStripeConnect }: EventWizardProps) {
  const settings = usePublicSettings();
  const event = useWizardEvent(eventId);
  const tickets = useEventTickets(eventId);
  useDocumentTitle(eventId === null ? 'Create an event' : `Edit ${event.data?.name ?? 'event'}`);

  if (eventId !== null && event.isError) {
    if (isApiError(event.error) && event.error.status === 404) {
      return (
        <section className="page" aria-labelledby="wizard-missing">
          <h1 id="wizard-missing">Event not found</h1>
          <p>This event does not exist, or you are not one of its organizers.</p>
          <p>
            <Link to={paths.myEvents.href()}>Back to my events</Link>
          </p>
        </section>
      );
    }
    return (
      <ErrorNotice
        title="We could not load this event"
        error={event.error}
        onRetry={() => void event.refetch()}
      />
    );
  }
  if (eventId !== null && tickets.isError) {
    return (
      <ErrorNotice
        title="We could not load the tickets of this event"
        error={tickets.error}
        onRetry={() => void tickets.refetch()}
      />
    );
  }
  if (settings.isError) {
    return (
      <ErrorNotice
        title="We could not load the platform settings"
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
    );
  }
  if (settings.data === undefined) return <Loading label="Loading the event wizard…" />;
  if (eventId !== null && (event.data === undefined || tickets.data === undefined)) {
    return <Loading label="Loading the event…" />;
  }
  return (
    <WizardForm
      eventId={eventId}
      ownerId={ownerId}
      step={step}
      settings={settings.data}
      event={event.data ?? null}
      serverTickets={tickets.data ?? []}
      renderStripeConnect={renderStripeConnect}
    />
  );
}

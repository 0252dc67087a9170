// The event wizard: loads what it edits (public settings, the event and its tickets), then hands
// over to the form. Mount it with a key per event; the form a new event was created in keeps its
// key (and so its state) when it moves to the event's URL, as src/app/routes/event-wizard.tsx does.
import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type ReactNode } from 'react';
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
import { WizardForm } from './wizard-form';
import '../event-wizard.css';

export interface EventWizardProps {
  /** null on /create: the event does not exist yet. */
  eventId: string | null;
  /** The organizer's user id (see WizardForm). */
  ownerId: string | null;
  step: WizardStep;
  /**
   * The "Connect with Stripe" control, shown in the payment options when Stripe is chosen; it
   * reaches the wizard through useWizardStripeConnect (../stripe-connect-context.ts).
   */
  stripeConnect?: ReactNode;
  /** Told the new event's id just before the form moves to the event's own URL. */
  onCreated?: (eventId: string) => void;
}

export function EventWizard({
  eventId,
  ownerId,
  step,
  stripeConnect,
  onCreated,
}: EventWizardProps) {
  // Opened on /create: the form stays on after its first save made the event, while the event's
  // tickets load in the background.
  const { t } = useLingui();
  const [startedAsNew] = useState(eventId === null);
  const settings = usePublicSettings();
  const event = useWizardEvent(eventId);
  const tickets = useEventTickets(eventId);
  const eventName = event.data?.name;
  useDocumentTitle(
    eventId === null
      ? t`Create an event`
      : eventName === undefined
        ? t`Edit event`
        : t`Edit ${eventName}`,
  );

  // A failed refresh of data already shown keeps the form (and what was typed) on the page.
  if (eventId !== null && event.isError && event.data === undefined) {
    if (isApiError(event.error) && event.error.status === 404) {
      return (
        <section className="page" aria-labelledby="wizard-missing">
          <h1 id="wizard-missing">
            <Trans>Event not found</Trans>
          </h1>
          <p>
            <Trans>This event does not exist, or you are not one of its organizers.</Trans>
          </p>
          <p>
            <Link to={paths.myEvents.href()}>
              <Trans>Back to my events</Trans>
            </Link>
          </p>
        </section>
      );
    }
    return (
      <ErrorNotice
        title={t`We could not load this event`}
        error={event.error}
        onRetry={() => void event.refetch()}
      />
    );
  }
  if (eventId !== null && tickets.isError && tickets.data === undefined && !startedAsNew) {
    return (
      <ErrorNotice
        title={t`We could not load the tickets of this event`}
        error={tickets.error}
        onRetry={() => void tickets.refetch()}
      />
    );
  }
  if (settings.isError) {
    return (
      <ErrorNotice
        title={t`We could not load the platform settings`}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
    );
  }
  if (settings.data === undefined) return <Loading label={t`Loading the event wizard…`} />;
  if (
    eventId !== null &&
    (event.data === undefined || (tickets.data === undefined && !startedAsNew))
  ) {
    return <Loading label={t`Loading the event…`} />;
  }
  return (
    <WizardForm
      eventId={eventId}
      ownerId={ownerId}
      step={step}
      settings={settings.data}
      event={event.data ?? null}
      serverTickets={tickets.data ?? []}
      stripeConnect={stripeConnect}
      onCreated={onCreated}
    />
  );
}

// The wizard's one form across its steps: rules before sending, the save (api/use-save-wizard.ts)
// and its report, the copy kept in this browser, and focus moved to the first problem. A new event
// keeps this same form when its first save moves it to its own URL (src/app/routes/event-wizard.tsx).
import { useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { isUnauthorized } from '@/lib/query-client';
import type { PublicSettings } from '@/lib/settings';
import type { WizardEvent } from '../api/get-event';
import type { WizardTicket } from '../api/get-event-tickets';
import { useSaveWizard } from '../api/use-save-wizard';
import { checkWizard, type RuleContext } from '../rules';
import { resolveWizard, type WizardValues } from '../schemas';
import type { PathErrors } from '../server-errors';
import { nextStep, stepTitle, type WizardStep } from '../steps';
import { StripeConnectContext, useStripeConnectValue } from '../stripe-connect-context';
import { startingValues, useDraftCopy } from '../use-draft-copy';
import { useStepFocus } from '../use-step-focus';
import { BasicDetailsStep } from './basic-details-step';
import { OtherDetailsStep } from './other-details-step';
import { PublishStep } from './publish-step';
import { RestoredNotice } from './restored-notice';
import { StepIndicator } from './step-indicator';
import { WizardActions } from './wizard-actions';
import { reportOfSave, ReportView, rulesReport, useReport, type SaveAction } from './wizard-report';

interface WizardFormProps {
  eventId: string | null;
  /** The organizer's user id, to look for a created event whose answer was lost. */
  ownerId: string | null;
  step: WizardStep;
  settings: PublicSettings;
  event: WizardEvent | null;
  serverTickets: readonly WizardTicket[];
  /** The "Connect with Stripe" control (see stripe-connect-context.ts). */
  stripeConnect?: ReactNode;
  /** Told the new event's id just before the form moves to the event's own URL. */
  onCreated?: (eventId: string) => void;
}

export function WizardForm({
  eventId,
  ownerId,
  step,
  settings,
  event,
  serverTickets,
  stripeConnect,
  onCreated,
}: WizardFormProps) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const [initial] = useState(() => startingValues(eventId, event, serverTickets));
  const isStripeLinked = event?.isStripeLinked ?? false;
  const state = event?.state ?? 'draft';

  const scopeRef = useRef<RuleContext>({ scope: 'basic-details', isStripeLinked });
  const resolver = useCallback<Resolver<WizardValues>>(
    (values, _context, options) => resolveWizard(values, scopeRef.current, options),
    [],
  );
  const form = useForm<WizardValues>({
    defaultValues: initial.values,
    resolver,
    shouldFocusError: false,
  });
  const { handleSubmit, getValues, setError, reset, subscribe, trigger } = form;
  const saver = useSaveWizard({ eventId, ownerId, serverValues: initial.serverValues, form });
  const { currentId } = saver;
  const draft = useDraftCopy({ getValues, serverValues: initial.serverValues, currentId });
  const { persist } = draft;

  const { report, show: showReport, source: reportSource, headingRef } = useReport(step);
  const [restoredAt, setRestoredAt] = useState(initial.restoredAt);

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: () => {
          persist();
          if (reportSource() === 'rules') {
            // Keep the messages true as the organizer fixes them, including rules across fields.
            void trigger();
            const issues = checkWizard(getValues(), scopeRef.current);
            showReport(issues.length === 0 ? null : rulesReport(issues), false);
          }
        },
      }),
    [subscribe, persist, trigger, getValues, reportSource, showReport],
  );

  const applyFieldErrors = (entries: PathErrors) => {
    for (const [path, message] of entries) {
      setError(path as FieldPath<WizardValues>, { type: 'server', message });
    }
  };

  /** Resolves true when the event itself was saved (ticket failures are reported separately). */
  const onValid = async (values: WizardValues, action: SaveAction): Promise<boolean> => {
    showReport(null, false);
    setRestoredAt(null);
    const startedAsNew = currentId() === null;
    let record;
    try {
      record = await saver.save({ values, publish: action === 'publish' });
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      // The app is on its way to the login page; the copy in this browser brings the form back.
      persist();
      return false;
    }
    const { report: next, fieldErrors } = reportOfSave(record, action);
    // With problems, keep everything typed, with the ids the server gave, for the retry.
    if (next.kind === 'problems') persist();
    else draft.markSaved();
    applyFieldErrors(fieldErrors);
    showReport(next, true);

    const id = currentId();
    const target = next.kind === 'saved' && action === 'next' ? (nextStep(step) ?? step) : step;
    if (id !== null && startedAsNew) {
      // The new event continues at its own URL, in this same form.
      onCreated?.(id);
      void navigate(paths.editEvent.href(id, target), { replace: true });
    } else if (id !== null && target !== step) {
      void navigate(paths.editEvent.href(id, target));
    }
    return record.eventFailure === null;
  };

  const showRuleProblems = (action: SaveAction) => {
    const issues = checkWizard(getValues(), scopeRef.current);
    const title =
      action === 'publish' ? t`The event cannot be published yet` : t`Please fix these problems`;
    showReport(rulesReport(issues, title), true);
  };

  const submit = (action: SaveAction) => {
    scopeRef.current = {
      scope:
        action === 'publish'
          ? 'publish'
          : step === 'basic-details'
            ? 'basic-details'
            : 'other-details',
      isStripeLinked,
    };
    void handleSubmit(
      async (values) => {
        await onValid(values, action);
      },
      () => showRuleProblems(action),
    )();
  };

  const saveDraft = () =>
    new Promise<string>((resolve, reject) => {
      scopeRef.current = { scope: 'basic-details', isStripeLinked };
      const notSaved = () =>
        // Shown by the Stripe panel ("The connection could not be saved: …").
        reject(new Error(t`Fix the problems shown in the form, then connect Stripe again.`));
      void handleSubmit(
        async (values) => {
          const saved = await onValid(values, 'save');
          const id = currentId();
          if (saved && id !== null) resolve(id);
          else notSaved();
        },
        () => {
          showRuleProblems('save');
          notSaved();
        },
      )();
    });
  const stripeContext = useStripeConnectValue({
    element: stripeConnect,
    eventId,
    saveDraft,
    onConnectionChange: saver.refreshEvent,
  });

  const discardRestored = () => {
    reset(initial.serverValues);
    draft.discard();
    setRestoredAt(null);
    showReport(null, false);
  };

  const formRef = useRef<HTMLFormElement>(null);
  useStepFocus(step, 'basic-details', formRef);
  const eventName = event?.name ?? null;

  return (
    <section className="page event-wizard" aria-labelledby="wizard-title">
      <h1 id="wizard-title">{eventName !== null ? t`Edit ${eventName}` : t`Create an event`}</h1>
      {event ? (
        <p className="muted">
          {state === 'published' ? t`Published` : t`Draft, not published yet`}
        </p>
      ) : null}
      <StepIndicator eventId={eventId} current={step} />
      {restoredAt !== null ? (
        <RestoredNotice savedAt={restoredAt} onDiscard={discardRestored} />
      ) : null}
      {draft.storageFailed ? (
        <p className="muted" role="status">
          {t`This form is too large to keep in this browser as you type. Save it to keep your changes.`}
        </p>
      ) : null}
      <ReportView report={report} step={step} eventId={eventId} headingRef={headingRef} />
      <StripeConnectContext value={stripeContext}>
        <FormProvider {...form}>
          <form
            ref={formRef}
            className="form wizard-form"
            noValidate
            aria-label={stepTitle(step)}
            onSubmit={(formEvent) => {
              formEvent.preventDefault();
              submit(step === 'publish' ? 'publish' : 'next');
            }}
          >
            {step === 'basic-details' ? (
              <BasicDetailsStep settings={settings} isStripeLinked={isStripeLinked} />
            ) : null}
            {step === 'other-details' ? <OtherDetailsStep /> : null}
            {step === 'publish' && eventId !== null ? (
              <PublishStep
                eventId={eventId}
                state={state}
                identifier={event?.identifier ?? null}
                // The saved notice above already says so, with the same link: say it once.
                announced={report?.kind === 'saved' && report.justPublished === true}
              />
            ) : null}
            <WizardActions
              step={step}
              eventId={eventId}
              published={state === 'published'}
              busy={saver.isSaving}
              onSave={() => submit('save')}
            />
          </form>
        </FormProvider>
      </StripeConnectContext>
    </section>
  );
}

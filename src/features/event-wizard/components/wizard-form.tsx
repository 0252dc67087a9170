// The wizard's one form across its steps: rules before sending, saving with partial-failure
// reports, the copy kept in this browser, and focus moved to the first problem.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { errorMessage } from '@/components/ui/error-notice';
import { isUnauthorized } from '@/lib/query-client';
import type { PublicSettings } from '@/lib/settings';
import { browserTimezone } from '@/lib/timezones';
import type { WizardEvent } from '../api/get-event';
import type { WizardTicket } from '../api/get-event-tickets';
import { eventKeys } from '../api/get-my-events';
import {
  EventSaveError,
  saveEventWizard,
  type SaveResult,
  type TicketBaseline,
} from '../api/save-event-wizard';
import {
  addUnconfirmedCreate,
  clearUnconfirmedCreates,
  readDraft,
  readUnconfirmedCreates,
  removeDraft,
  writeDraft,
} from '../draft-storage';
import { emptyWizardValues, ticketAttributes, valuesFromServer } from '../form-values';
import { checkWizard, stepOfPath, type RuleContext, type RuleIssue } from '../rules';
import { wizardSchema, type WizardValues } from '../schemas';
import { eventErrorPaths, ticketErrorPaths, type PathErrors } from '../server-errors';
import { nextStep, stepTitle, WIZARD_STEPS, type WizardStep } from '../steps';
import { BasicDetailsStep } from './basic-details-step';
import { fieldId } from './fields';
import { OtherDetailsStep } from './other-details-step';
import { PublishStep } from './publish-step';
import { useStepFocus } from '../use-step-focus';
import { StepIndicator } from './step-indicator';

type Report =
  | { kind: 'saved'; message: string; publicIdentifier?: string; justPublished?: boolean }
  | {
      kind: 'problems';
      /** 'rules' reports are rechecked as the organizer types; server reports stay until the next save. */
      source: 'rules' | 'server';
      title: string;
      notes: string[];
      issues: RuleIssue[];
    };

/** Handed to the next page (history state) when a save moves to another URL. */
interface Outcome {
  report: Report;
  fieldErrors: PathErrors;
}

function readOutcome(state: unknown): Outcome | null {
  if (typeof state !== 'object' || state === null || !('wizardOutcome' in state)) return null;
  return (state as { wizardOutcome: Outcome }).wizardOutcome;
}

type Action = 'save' | 'next' | 'publish';

/** What the Stripe Connect control gets from the wizard. */
export interface StripeConnectSlotApi {
  eventId: string | null;
  /**
   * Saves the form as a draft (creating the event if new) and resolves with its id, so the
   * server sees can-pay-by-stripe before the authorization is posted. Rejects, with the
   * problems shown in the form, when the form cannot be saved.
   */
  saveDraft: () => Promise<string>;
  /** Refreshes the event (is-stripe-linked) after connecting or disconnecting. */
  onConnectionChange: (connected: boolean) => void;
}

interface WizardFormProps {
  eventId: string | null;
  /** The organizer's user id, to look for a created event whose answer was lost. */
  ownerId: string | null;
  step: WizardStep;
  settings: PublicSettings;
  event: WizardEvent | null;
  serverTickets: readonly WizardTicket[];
  renderStripeConnect?: (api: StripeConnectSlotApi) => ReactNode;
}

interface InitialState {
  serverValues: WizardValues;
  values: WizardValues;
  restoredAt: string | null;
  outcome: Outcome | null;
}

function initialState(
  eventId: string | null,
  event: WizardEvent | null,
  serverTickets: readonly WizardTicket[],
  locationState: unknown,
): InitialState {
  const serverValues =
    event === null ? emptyWizardValues(browserTimezone()) : valuesFromServer(event, serverTickets);
  const outcome = readOutcome(locationState);
  const draft = readDraft(eventId);
  if (draft !== null && JSON.stringify(draft.values) !== JSON.stringify(serverValues)) {
    // After a save that moved here, the copy is ours from a moment ago: nothing to announce.
    return {
      serverValues,
      values: draft.values,
      restoredAt: outcome ? null : draft.savedAt,
      outcome,
    };
  }
  return { serverValues, values: serverValues, restoredAt: null, outcome };
}

function ticketBaselineOf(values: WizardValues): TicketBaseline {
  const baseline: TicketBaseline = new Map();
  values.tickets.forEach((ticket, index) => {
    if (ticket.serverId !== null) {
      baseline.set(ticket.serverId, JSON.stringify(ticketAttributes(ticket, index, values)));
    }
  });
  return baseline;
}

/** The element to focus for a form path; the payment methods group focuses its first box. */
function elementForPath(path: string): HTMLElement | null {
  if (path === 'paymentMethods') {
    return document.querySelector<HTMLElement>(
      `#${fieldId('canPayByStripe')}, #${fieldId('canPayByPaypal')}, #${fieldId('canPayByBank')}`,
    );
  }
  return document.getElementById(fieldId(path));
}

function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

export function WizardForm({
  eventId,
  ownerId,
  step,
  settings,
  event,
  serverTickets,
  renderStripeConnect,
}: WizardFormProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [initial] = useState(() => initialState(eventId, event, serverTickets, location.state));
  const isStripeLinked = event?.isStripeLinked ?? false;
  const state = event?.state ?? 'draft';

  const scopeRef = useRef<RuleContext>({ scope: 'basic-details', isStripeLinked });
  const resolver = useCallback<Resolver<WizardValues>>(
    (values, context, options) =>
      zodResolver(wizardSchema(scopeRef.current))(values, context, options),
    [],
  );
  const form = useForm<WizardValues>({
    defaultValues: initial.values,
    resolver,
    shouldFocusError: false,
  });
  const { handleSubmit, getValues, setValue, setError, reset, subscribe, trigger } = form;

  /** The whole form as the server last had it: equal values need no copy in the browser. */
  const baselineRef = useRef(JSON.stringify(initial.serverValues));
  const ticketBaselineRef = useRef(ticketBaselineOf(initial.serverValues));
  const currentIdRef = useRef(eventId);
  const stepRef = useRef(step);
  const [report, setReport] = useState<Report | null>(initial.outcome?.report ?? null);
  const reportSourceRef = useRef(report?.kind === 'problems' ? report.source : null);
  const [restoredAt, setRestoredAt] = useState(initial.restoredAt);
  const [storageFailed, setStorageFailed] = useState(false);
  const handedOver = initial.outcome?.report.kind === 'problems' ? initial.outcome.report : null;
  // A hand-over with problems asks for focus as soon as the page is there.
  const [focusRequest, setFocusRequest] = useState(handedOver ? 1 : 0);
  const focusIssuesRef = useRef<RuleIssue[]>(handedOver?.issues ?? []);
  const reportHeadingRef = useRef<HTMLHeadingElement>(null);
  const mutation = useMutation({ mutationFn: saveEventWizard });

  const showReport = useCallback((next: Report | null, focus: boolean) => {
    setReport(next);
    reportSourceRef.current = next?.kind === 'problems' ? next.source : null;
    if (focus && next?.kind === 'problems') {
      focusIssuesRef.current = next.issues;
      setFocusRequest((count) => count + 1);
    }
  }, []);

  const applyFieldErrors = useCallback(
    (entries: PathErrors) => {
      for (const [path, message] of entries) {
        setError(path as FieldPath<WizardValues>, { type: 'server', message });
      }
    },
    [setError],
  );

  useEffect(() => {
    stepRef.current = step;
  }, [step]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const here = focusIssuesRef.current.find((issue) => issue.step === stepRef.current);
    const element = here ? elementForPath(here.path) : null;
    (element ?? reportHeadingRef.current)?.focus();
  }, [focusRequest]);

  // Errors handed over from the page that saved (a new event continues at its own URL).
  useEffect(() => {
    const outcome = initial.outcome;
    if (outcome === null) return;
    applyFieldErrors(outcome.fieldErrors);
    // History state outlives a reload: a later reload must not replay this report.
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [initial, applyFieldErrors, navigate, location.pathname, location.search]);

  const persist = useCallback(() => {
    const values = getValues();
    if (JSON.stringify(values) === baselineRef.current) {
      removeDraft(currentIdRef.current);
      setStorageFailed(false);
      return;
    }
    setStorageFailed(!writeDraft(currentIdRef.current, values));
  }, [getValues]);

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: () => {
          persist();
          if (reportSourceRef.current === 'rules') {
            // Keep the messages true as the organizer fixes them, including rules across fields.
            void trigger();
            const issues = checkWizard(getValues(), scopeRef.current);
            setReport(
              issues.length === 0
                ? null
                : {
                    kind: 'problems',
                    source: 'rules',
                    title: 'Please fix these problems',
                    notes: [],
                    issues,
                  },
            );
          }
        },
      }),
    [subscribe, persist, trigger, getValues],
  );

  const finish = (
    action: Action,
    startedAsNew: boolean,
    result: SaveResult | null,
    failure: EventSaveError | null,
  ) => {
    const id = currentIdRef.current;
    const fieldErrors: PathErrors = [];
    const notes: string[] = [];
    if (failure !== null) {
      fieldErrors.push(...eventErrorPaths(failure.error));
      notes.push(errorMessage(failure.error));
    }
    for (const ticketFailure of result?.failures ?? []) {
      const label = `Ticket ${ticketFailure.index + 1}${ticketFailure.name ? ` (${ticketFailure.name})` : ''}`;
      notes.push(`${label} was not saved: ${errorMessage(ticketFailure.error)}`);
      fieldErrors.push(...ticketErrorPaths(ticketFailure.error, ticketFailure.index));
    }
    for (const deleteFailure of result?.deleteFailures ?? []) {
      notes.push(`A removed ticket could not be deleted: ${errorMessage(deleteFailure.error)}`);
    }

    let next: Report;
    let target = step;
    if (notes.length > 0) {
      const title =
        failure === null
          ? 'The event was saved, but not everything in it'
          : failure.duringPublish
            ? 'Your changes were saved, but the event was not published'
            : 'The event was not saved';
      next = {
        kind: 'problems',
        source: 'server',
        title,
        notes,
        issues: fieldErrors.map(([path, message]) => ({
          path,
          message,
          step: stepOfPath(path),
        })),
      };
      // Keep everything typed, with the ids the server gave, for the retry.
      persist();
    } else {
      baselineRef.current = JSON.stringify(getValues());
      removeDraft(id);
      removeDraft(null);
      setStorageFailed(false);
      const published = result?.event.state === 'published';
      next = {
        kind: 'saved',
        message:
          action === 'publish'
            ? 'Your event is published.'
            : published
              ? 'Your changes are saved.'
              : 'Your draft is saved.',
        publicIdentifier: published ? result.event.identifier : undefined,
        justPublished: action === 'publish' && published,
      };
      if (action === 'next') target = nextStep(step) ?? step;
    }

    if (id !== null && startedAsNew) {
      // A new event continues at its own URL in a fresh form, which reads this hand-over.
      void navigate(paths.editEvent.href(id, target), {
        replace: true,
        state: { wizardOutcome: { report: next, fieldErrors } satisfies Outcome },
      });
      return;
    }
    applyFieldErrors(fieldErrors);
    showReport(next, true);
    if (id !== null && target !== step) void navigate(paths.editEvent.href(id, target));
  };

  /** Resolves true when the event itself was saved (ticket failures are reported separately). */
  const onValid = async (values: WizardValues, action: Action): Promise<boolean> => {
    showReport(null, false);
    setRestoredAt(null);
    const startedAsNew = currentIdRef.current === null;
    let result: SaveResult | null = null;
    let failure: EventSaveError | null = null;
    try {
      result = await mutation.mutateAsync({
        eventId: currentIdRef.current,
        ownerId,
        unconfirmedCreates:
          currentIdRef.current === null && ownerId !== null ? readUnconfirmedCreates(ownerId) : [],
        values,
        publish: action === 'publish',
        baseline: ticketBaselineRef.current,
        callbacks: {
          onEventSaved: (saved) => {
            if (currentIdRef.current === null) {
              currentIdRef.current = saved.id;
              if (ownerId !== null) clearUnconfirmedCreates(ownerId);
              removeDraft(null);
            }
            queryClient.setQueryData(eventKeys.detail(saved.id), saved);
          },
          // The event may come from any of the lost tries: the next save looks for each.
          onCreateUnconfirmed: addUnconfirmedCreate,
          onTicketSaved: (key, serverId, json) => {
            ticketBaselineRef.current.set(serverId, json);
            const index = getValues('tickets').findIndex((ticket) => ticket.key === key);
            if (index >= 0) setValue(`tickets.${index}.serverId`, serverId);
          },
          onTicketDeleted: (serverId) => {
            ticketBaselineRef.current.delete(serverId);
            setValue(
              'deletedTicketIds',
              getValues('deletedTicketIds').filter((entry) => entry !== serverId),
            );
          },
        },
      });
    } catch (error) {
      if (isUnauthorized(error)) {
        // The app is on its way to the login page; the copy in this browser brings the form back.
        persist();
        return false;
      }
      if (!(error instanceof EventSaveError)) throw error;
      failure = error;
    }
    const id = currentIdRef.current;
    if (id !== null) {
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: eventKeys.tickets(id) });
    }
    finish(action, startedAsNew, result, failure);
    return failure === null;
  };

  const showRuleProblems = (action: Action) => {
    const issues = checkWizard(getValues(), scopeRef.current);
    showReport(
      {
        kind: 'problems',
        source: 'rules',
        title:
          action === 'publish' ? 'The event cannot be published yet' : 'Please fix these problems',
        notes: [],
        issues,
      },
      true,
    );
  };

  const saveDraft = () =>
    new Promise<string>((resolve, reject) => {
      scopeRef.current = { scope: 'basic-details', isStripeLinked };
      const notSaved = () =>
        reject(new Error('Fix the problems shown in the form, then connect Stripe again.'));
      void handleSubmit(
        async (values) => {
          const saved = await onValid(values, 'save');
          const id = currentIdRef.current;
          if (saved && id !== null) resolve(id);
          else notSaved();
        },
        () => {
          showRuleProblems('save');
          notSaved();
        },
      )();
    });

  const refreshEvent = () => {
    const id = currentIdRef.current;
    if (id !== null) void queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) });
  };
  const stripeConnectSlot = renderStripeConnect ? (
    <SlotHost
      render={renderStripeConnect}
      eventId={eventId}
      saveDraft={saveDraft}
      onConnectionChange={refreshEvent}
    />
  ) : undefined;

  const submit = (action: Action) => {
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

  const discardRestored = () => {
    reset(initial.serverValues);
    baselineRef.current = JSON.stringify(initial.serverValues);
    removeDraft(currentIdRef.current);
    setRestoredAt(null);
    showReport(null, false);
  };

  const formRef = useRef<HTMLFormElement>(null);
  useStepFocus(step, 'basic-details', formRef);
  const busy = mutation.isPending;
  const previous = WIZARD_STEPS[WIZARD_STEPS.findIndex((entry) => entry.id === step) - 1];

  return (
    <section className="page event-wizard" aria-labelledby="wizard-title">
      <h1 id="wizard-title">{event ? `Edit ${event.name}` : 'Create an event'}</h1>
      {event ? (
        <p className="muted">{state === 'published' ? 'Published' : 'Draft, not published yet'}</p>
      ) : null}
      <StepIndicator eventId={eventId} current={step} />
      {restoredAt !== null ? (
        <div className="notice wizard-restored" role="status">
          <p>
            We restored changes you had not saved yet, kept in this browser
            {formatSavedAt(restoredAt) ? ` (${formatSavedAt(restoredAt)})` : ''}.
          </p>
          <button type="button" className="button button-small" onClick={discardRestored}>
            Discard the restored changes
          </button>
        </div>
      ) : null}
      {storageFailed ? (
        <p className="muted" role="status">
          This form is too large to keep in this browser as you type. Save it to keep your changes.
        </p>
      ) : null}
      <ReportView report={report} step={step} eventId={eventId} headingRef={reportHeadingRef} />
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
            <BasicDetailsStep
              settings={settings}
              isStripeLinked={isStripeLinked}
              stripeConnectSlot={stripeConnectSlot}
            />
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
          <div className="actions wizard-actions">
            {previous !== undefined && eventId !== null ? (
              <Link className="button" to={paths.editEvent.href(eventId, previous.id)}>
                Back
              </Link>
            ) : null}
            {step !== 'publish' ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => submit('save')}
              >
                {state === 'published' ? 'Save' : 'Save draft'}
              </button>
            ) : null}
            <button type="submit" className="button button-primary" disabled={busy}>
              {step !== 'publish' ? 'Next' : state === 'published' ? 'Save changes' : 'Publish'}
            </button>
            {busy ? (
              <span role="status" className="muted">
                Saving…
              </span>
            ) : null}
          </div>
        </form>
      </FormProvider>
    </section>
  );
}

/** Renders the Stripe slot with callbacks that are only ever called from events, never in render. */
function SlotHost({
  render,
  ...api
}: StripeConnectSlotApi & { render: (api: StripeConnectSlotApi) => ReactNode }) {
  return render(api);
}

function ReportView({
  report,
  step,
  eventId,
  headingRef,
}: {
  report: Report | null;
  step: WizardStep;
  eventId: string | null;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  if (report === null) return null;
  if (report.kind === 'saved') {
    return (
      <div className="notice wizard-saved" role="status">
        <p>
          {report.message}{' '}
          {report.publicIdentifier ? (
            <Link to={paths.publicEvent.href(report.publicIdentifier)}>View the public page</Link>
          ) : null}
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <h2 ref={headingRef} tabIndex={-1}>
        {report.title}
      </h2>
      {report.notes.map((note) => (
        <p key={note} className="plain-text">
          {note}
        </p>
      ))}
      {report.issues.length > 0 ? (
        <ul>
          {report.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.step === step || eventId === null ? (
                <a
                  href={`#${fieldId(issue.path)}`}
                  onClick={(clickEvent) => {
                    clickEvent.preventDefault();
                    elementForPath(issue.path)?.focus();
                  }}
                >
                  {issue.message}
                </a>
              ) : (
                <Link to={paths.editEvent.href(eventId, issue.step)}>
                  {issue.message} ({stepTitle(issue.step)})
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

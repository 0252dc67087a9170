// What the wizard says after a save or a check: "saved", or the problems with links to each field
// (on this step) or to the step that has it. Built from the save's record (api/save-event-wizard.ts).
import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { errorMessage } from '@/components/ui/error-notice';
import type { SaveRecord } from '../api/save-event-wizard';
import { stepOfPath, type RuleIssue } from '../rules';
import { eventErrorPaths, ticketErrorPaths, type PathErrors } from '../server-errors';
import { stepTitle, type WizardStep } from '../steps';
import { fieldId } from './fields';

export type SaveAction = 'save' | 'next' | 'publish';

export type Report =
  | { kind: 'saved'; message: string; publicIdentifier?: string; justPublished?: boolean }
  | {
      kind: 'problems';
      /** 'rules' reports are rechecked as the organizer types; server reports stay until the next save. */
      source: 'rules' | 'server';
      title: string;
      notes: string[];
      issues: RuleIssue[];
    };

/** Made when the rules run (the texts are in the language active then). */
export const rulesReport = (issues: RuleIssue[], title?: string): Report => ({
  kind: 'problems',
  source: 'rules',
  title: title ?? t`Please fix these problems`,
  notes: [],
  issues,
});

/** The report of a save, and the server's messages for the fields they name. */
export function reportOfSave(
  record: SaveRecord,
  action: SaveAction,
): { report: Report; fieldErrors: PathErrors } {
  const fieldErrors: PathErrors = [];
  const notes: string[] = [];
  const failure = record.eventFailure;
  if (failure !== null) {
    fieldErrors.push(...eventErrorPaths(failure.error));
    notes.push(errorMessage(failure.error));
  }
  for (const ticketFailure of record.ticketFailures) {
    const ticketNumber = ticketFailure.index + 1;
    const ticketName = ticketFailure.name;
    const reason = errorMessage(ticketFailure.error);
    notes.push(
      ticketName
        ? t`Ticket ${ticketNumber} (${ticketName}) was not saved: ${reason}`
        : t`Ticket ${ticketNumber} was not saved: ${reason}`,
    );
    fieldErrors.push(...ticketErrorPaths(ticketFailure.error, ticketFailure.index));
  }
  for (const deleteFailure of record.deleteFailures) {
    const reason = errorMessage(deleteFailure.error);
    notes.push(t`A removed ticket could not be deleted: ${reason}`);
  }
  if (notes.length > 0) {
    const title =
      failure === null
        ? t`The event was saved, but not everything in it`
        : failure.duringPublish
          ? t`Your changes were saved, but the event was not published`
          : t`The event was not saved`;
    const issues = fieldErrors.map(([path, message]) => ({
      path,
      message,
      step: stepOfPath(path),
    }));
    return { report: { kind: 'problems', source: 'server', title, notes, issues }, fieldErrors };
  }
  const published = record.event?.state === 'published';
  const message =
    action === 'publish'
      ? t`Your event is published.`
      : published
        ? t`Your changes are saved.`
        : t`Your draft is saved.`;
  return {
    report: {
      kind: 'saved',
      message,
      publicIdentifier: published ? record.event?.identifier : undefined,
      justPublished: action === 'publish' && published,
    },
    fieldErrors,
  };
}

/** The element to focus for a form path; the payment methods group focuses its first box. */
export function elementForPath(path: string): HTMLElement | null {
  if (path === 'paymentMethods') {
    return document.querySelector<HTMLElement>(
      `#${fieldId('canPayByStripe')}, #${fieldId('canPayByPaypal')}, #${fieldId('canPayByBank')}`,
    );
  }
  return document.getElementById(fieldId(path));
}

export function ReportView({
  report,
  step,
  eventId,
  headingRef,
}: {
  report: Report | null;
  step: WizardStep;
  eventId: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useLingui();
  if (report === null) return null;
  if (report.kind === 'saved') {
    return (
      <div className="notice wizard-saved" role="status">
        <p>
          {report.message}{' '}
          {report.publicIdentifier ? (
            <Link to={paths.publicEvent.href(report.publicIdentifier)}>
              <Trans>View the public page</Trans>
            </Link>
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
          {report.issues.map((issue) => {
            const problem = issue.message;
            const stepName = stepTitle(issue.step);
            return (
              <li key={`${issue.path}:${issue.message}`}>
                {issue.step === step || eventId === null ? (
                  <a
                    href={`#${fieldId(issue.path)}`}
                    onClick={(clickEvent) => {
                      clickEvent.preventDefault();
                      elementForPath(issue.path)?.focus();
                    }}
                  >
                    {problem}
                  </a>
                ) : (
                  <Link to={paths.editEvent.href(eventId, issue.step)}>
                    {t`${problem} (${stepName})`}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The report on the page, and focus moved to its first problem on this step (else its heading)
 * each time a report asks for it.
 */
export function useReport(step: WizardStep) {
  const [report, setReport] = useState<Report | null>(null);
  const sourceRef = useRef<'rules' | 'server' | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusIssuesRef = useRef<RuleIssue[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef(step);

  useEffect(() => {
    stepRef.current = step;
  }, [step]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const here = focusIssuesRef.current.find((issue) => issue.step === stepRef.current);
    const element = here ? elementForPath(here.path) : null;
    (element ?? headingRef.current)?.focus();
  }, [focusRequest]);

  const show = useCallback((next: Report | null, focus: boolean) => {
    setReport(next);
    sourceRef.current = next?.kind === 'problems' ? next.source : null;
    if (focus && next?.kind === 'problems') {
      focusIssuesRef.current = next.issues;
      setFocusRequest((count) => count + 1);
    }
  }, []);

  /** Where the report on the page came from: rules reports are rechecked as the organizer types. */
  const source = useCallback(() => sourceRef.current, []);
  return { report, show, source, headingRef };
}

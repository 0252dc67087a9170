// The wizard's steps, in order: each is a URL (`/events/:id/edit/<step>`), so a reload lands on it.
import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';

export const WIZARD_STEPS = [
  { id: 'basic-details', title: msg`Basic details` },
  { id: 'other-details', title: msg`Other details` },
  { id: 'publish', title: msg`Publish` },
] as const;

export type WizardStep = (typeof WIZARD_STEPS)[number]['id'];

export function isWizardStep(value: string | undefined): value is WizardStep {
  return WIZARD_STEPS.some((step) => step.id === value);
}

/** The step's name in the active language (call it at render time). */
export function stepTitle(step: WizardStep): string {
  const entry = WIZARD_STEPS.find((candidate) => candidate.id === step);
  return entry === undefined ? step : i18n._(entry.title);
}

export function nextStep(step: WizardStep): WizardStep | null {
  const index = WIZARD_STEPS.findIndex((entry) => entry.id === step);
  return WIZARD_STEPS[index + 1]?.id ?? null;
}

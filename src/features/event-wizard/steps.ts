// The wizard's steps, in order: each is a URL (`/events/:id/edit/<step>`), so a reload lands on it.

export const WIZARD_STEPS = [
  { id: 'basic-details', title: 'Basic details' },
  { id: 'other-details', title: 'Other details' },
  { id: 'publish', title: 'Publish' },
] as const;

export type WizardStep = (typeof WIZARD_STEPS)[number]['id'];

export function isWizardStep(value: string | undefined): value is WizardStep {
  return WIZARD_STEPS.some((step) => step.id === value);
}

export function stepTitle(step: WizardStep): string {
  return WIZARD_STEPS.find((entry) => entry.id === step)?.title ?? step;
}

export function nextStep(step: WizardStep): WizardStep | null {
  const index = WIZARD_STEPS.findIndex((entry) => entry.id === step);
  return WIZARD_STEPS[index + 1]?.id ?? null;
}

// Where both card forms put Stripe's test cards: in demo mode with the fake Stripe only. The list
// comes with the card form's own code, so it is on screen with the form: loaded on its own, it
// arrived after the form and pushed the card fields down (a layout shift of 0.09 on a phone).
import { getDemoMode } from '@/config/demo';
import { env } from '@/config/env';
import { TestCards, type TestCardsProps } from './test-cards';

export function DemoTestCards(props: TestCardsProps) {
  // Checked on import.meta.env directly, as src/main.tsx does: Vite replaces it with a literal,
  // so a real build drops this branch and, with it, the test cards' code (scripts/check-build.mjs).
  if (import.meta.env.VITE_API_MOCKING !== 'true') return null;
  // Only the fake Stripe's element can be filled in by the page: Stripe's own is an iframe.
  if (getDemoMode() === null || env.stripeMode !== 'fake') return null;
  return <TestCards {...props} />;
}

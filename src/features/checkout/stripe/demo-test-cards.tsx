// Where both card forms put Stripe's test cards: in demo mode with the fake Stripe only. The list
// is its own chunk (./test-cards.tsx), fetched on the payment page of a demo and never otherwise.
import { lazy, Suspense } from 'react';
import { getDemoMode } from '@/config/demo';
import { env } from '@/config/env';
import type { TestCardsProps } from './test-cards';

// Checked against import.meta.env directly, as src/main.tsx does: Vite replaces it with a literal,
// so a real build drops this import and emits no test-card chunk at all.
const TestCards =
  import.meta.env.VITE_API_MOCKING === 'true'
    ? lazy(async () => ({ default: (await import('./test-cards')).TestCards }))
    : null;

export function DemoTestCards(props: TestCardsProps) {
  // Only the fake Stripe's element can be filled in by the page: Stripe's own is an iframe.
  if (!TestCards || getDemoMode() === null || env.stripeMode !== 'fake') return null;
  return (
    <Suspense fallback={null}>
      <TestCards {...props} />
    </Suspense>
  );
}

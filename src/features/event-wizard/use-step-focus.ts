// Each wizard step opens as a new page would: with focus on the step's heading, so a keyboard or
// screen-reader user starts there (src/app/layout.tsx scrolls every new page to the top).
import { useEffect, useRef, type RefObject } from 'react';

export function useStepFocus(
  step: string,
  firstStep: string,
  form: RefObject<HTMLFormElement | null>,
): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const mounting = shown.current === null;
    shown.current = step;
    // On arrival the page keeps its own focus, unless it has none: a new event continues at its
    // own URL in a fresh form, and the Next button that had focus is gone.
    if (mounting && (step === firstStep || document.activeElement !== document.body)) return;
    const heading = form.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [step, firstStep, form]);
}

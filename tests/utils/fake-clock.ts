// The fake clock, for tests whose outcome waits on time: a server slower than the client, a
// countdown, a watch, a backoff. Timers and Date stand still until the test moves them, so no test
// sleeps through real seconds, and a busy machine cannot make a timer fire early or late.
//
//   useFakeClock();                    // first, before renderApp: the whole test runs on it
//   ...
//   await advanceClock(CHARGE_TIMEOUT_MS);
//
// Testing Library follows it: findBy* and waitFor move it on in 50 ms steps while they wait
// (Testing Library's own behaviour under fake timers), so a findBy* never fires a timer more than
// its one second away. Between steps they pause for real until the page changes or 50 ms pass, so
// work that is not a timer (a lazily imported page, say) still gets the time it needs.
// tests/setup.ts turns the clock back to real time after every test.
import { act, configure } from '@testing-library/react';

/**
 * What the fake clock replaces. Not queueMicrotask, process.nextTick or setImmediate: promises,
 * MSW's interception of fetch and React's act() run on those, and none of them is a clock.
 */
const FAKED = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] as const;

/** Testing Library's polling interval (its `waitFor` default). */
const POLL_MS = 50;

// Taken before any test fakes them.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** Puts the test on the fake clock: nothing timed happens until the test or a findBy* moves it. */
export function useFakeClock(): void {
  vi.useFakeTimers({ shouldAdvanceTime: false, toFake: [...FAKED] });
}

/** Moves the fake clock on by `ms`, running every timer that falls due and what each one starts. */
export async function advanceClock(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** Until the document changes or `ms` of real time have passed, whichever comes first. */
function realPause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      realClearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(done);
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const timer = realSetTimeout(done, ms);
  });
}

/**
 * Called once by tests/setup.ts. Testing Library recognises fake timers only through a global
 * `jest` (it then moves them while it waits, instead of waiting on timers that never fire); this
 * gives it vitest's, inside act() because the timers it runs update the page. It changes nothing
 * while the clock is real.
 */
export function letTestingLibraryFollowTheFakeClock(): void {
  Object.assign(globalThis, {
    jest: {
      advanceTimersByTime: (ms: number) => {
        act(() => {
          vi.advanceTimersByTime(ms);
        });
      },
    },
  });
  configure({
    unstable_advanceTimersWrapper: async (advance) => {
      await realPause(POLL_MS);
      await act(async () => {
        await advance();
        // What the timers started (a fetch, a promise chain) settles inside act() too.
        await vi.advanceTimersByTimeAsync(0);
      });
    },
  });
}

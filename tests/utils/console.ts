// console.error fails the test that caused it (tests/setup.ts): it is a React warning, an act()
// problem or a failure nobody handled. A test that provokes one on purpose says which, before it
// does:
//
//   allowConsoleError(/Cannot read properties of undefined/);
//
// Only messages matching one of that test's patterns pass, silently; any other still fails the
// test, and the allowance ends with the test. The message matched is every argument of the call,
// each turned into a string (an Error as "Error: its message"), joined by spaces.

const allowances: { pattern: RegExp; seen: string[] }[] = [];
const unexpected: string[] = [];

/**
 * Lets console.error messages that match `pattern` through for the current test only. Returns the
 * messages it let through, for a test that wants to check the error really was reported.
 */
export function allowConsoleError(pattern: RegExp): readonly string[] {
  // A /g or /y pattern would remember where it last matched between calls.
  const allowance = {
    pattern: new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')),
    seen: [],
  };
  allowances.push(allowance);
  return allowance.seen;
}

function messageOf(args: unknown[]): string {
  return args
    .map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg)))
    .join(' ');
}

/** tests/setup.ts, before each test: every console.error is checked against the allowances. */
export function watchConsoleErrors(): void {
  allowances.length = 0;
  unexpected.length = 0;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const message = messageOf(args);
    const allowance = allowances.find((entry) => entry.pattern.test(message));
    if (allowance) {
      allowance.seen.push(message);
      return;
    }
    unexpected.push(message);
    throw new Error(`console.error was called: ${message}`);
  });
}

/**
 * tests/setup.ts, after each test: ends the test's allowances and returns the messages that were
 * not allowed, including any whose error was caught and swallowed by the code that logged it.
 */
export function endConsoleErrorWatch(): string[] {
  allowances.length = 0;
  return unexpected.splice(0);
}

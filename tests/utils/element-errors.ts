// Testing Library's "unable to find" errors print the whole page, and findBy*/waitFor build one at
// every attempt that fails before the one that succeeds: a print of the page each 50 ms of
// waiting, nearly all of them thrown away. Within those attempts the print is made only when
// the error's message is read (a timeout reads the last attempt's, so a failure still shows the
// page); everywhere else it is made at once, as Testing Library does.
import { configure, getConfig, prettyDOM } from '@testing-library/react';

/**
 * Set by Testing Library while it runs a waitFor attempt. A version without it gets every print
 * at once, as before.
 */
type WithAttemptFlag = ReturnType<typeof getConfig> & {
  _disableExpensiveErrorDiagnostics?: boolean;
};

function withThePage(message: string | null, container: Element): string {
  // eslint-disable-next-line testing-library/no-debugging-utils -- the page in a failure, as Testing Library prints it
  const page = `Ignored nodes: comments, ${getConfig().defaultIgnore}\n${String(prettyDOM(container))}`;
  return [message, page].filter(Boolean).join('\n\n');
}

/** Called once by tests/setup.ts. */
export function printPageOnlyWhenRead(): void {
  configure({
    getElementError(message, container) {
      const error = new Error();
      error.name = 'TestingLibraryElementError';
      if (!(getConfig() as WithAttemptFlag)._disableExpensiveErrorDiagnostics) {
        error.message = withThePage(message, container);
        return error;
      }
      let text: string | undefined;
      // The stack's first line is written from the message when the stack is first read, so it
      // is lazy too.
      Object.defineProperty(error, 'message', {
        configurable: true,
        get: () => (text ??= withThePage(message, container)),
        set: (value: string) => {
          text = value;
        },
      });
      return error;
    },
  });
}

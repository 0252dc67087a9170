// One browser, two people in turn: nothing the app kept for the first is shown to, or left for,
// the second (src/lib/personal-storage.ts).
import { screen } from '@testing-library/react';
import { logout } from '@/features/auth/api/logout';
import { endSession, startSession } from '@/features/auth/session';
import { emptyWizardValues } from '@/features/event-wizard/form-values';
import {
  addUnconfirmedCreate,
  readDraft,
  readUnconfirmedCreates,
  writeDraft,
} from '@/features/event-wizard/draft-storage';
import { consumeState, issueState, peekState } from '@/features/stripe-connect/oauth';
import {
  recallOrderHolders,
  recallOrderSelection,
  rememberOrderHolders,
  rememberOrderSelection,
} from '@/features/checkout/selection';
import { keepIntent, recallIntent } from '@/features/checkout/payment-intent/stored-intent';
import { createAccessToken } from '@mocks/jwt';
import { SEED } from '@mocks/seed';
import { logInThroughTheForm } from '../utils/accounts';
import { addTicket, fillBasics } from '../utils/event-wizard';
import { renderApp } from '../utils/render-app';

const SECRET = 'IBAN DE89 3704 0044 0532 0130 00';
const ORDER = 'b3d6a0e4-5c1f-4f0a-9d7e-2a1b3c4d5e6f';

function logIn(userId: number, remember = false): void {
  startSession(createAccessToken(userId, remember ? { remember: true } : {}), remember);
}

/** Every value in both storages, to prove the secret is gone and not just hidden. */
function everythingStored(): string {
  const values: string[] = [];
  for (const storage of [window.localStorage, window.sessionStorage]) {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null) values.push(`${key}=${storage.getItem(key) ?? ''}`);
    }
  }
  return values.join('\n');
}

interface StoredItem {
  name: string;
  keep: () => void;
  /** What the current person reads back: null when nothing is there for them. */
  read: () => unknown;
}

let oauthState = '';
const ITEMS: StoredItem[] = [
  {
    name: 'a wizard draft',
    keep: () => {
      writeDraft(null, {
        ...emptyWizardValues('Europe/Berlin'),
        name: 'Gala',
        bankDetails: SECRET,
      });
    },
    read: () => readDraft(null),
  },
  {
    name: 'an unconfirmed create',
    keep: () =>
      addUnconfirmedCreate({
        ownerId: String(SEED.organizerId),
        sentAt: new Date().toISOString(),
        name: SECRET,
        startsAt: '2099-01-01T10:00:00Z',
        endsAt: '2099-01-01T12:00:00Z',
      }),
    read: () => (readUnconfirmedCreates().length > 0 ? readUnconfirmedCreates() : null),
  },
  {
    name: 'an OAuth state',
    keep: () => {
      oauthState = issueState({
        returnTo: `/create?note=${encodeURIComponent(SECRET)}`,
        mode: 'redirect',
      });
    },
    read: () => peekState(oauthState),
  },
  {
    name: 'a PaymentIntent record',
    keep: () =>
      keepIntent(ORDER, {
        id: 'pi_123',
        clientSecret: `pi_123_secret_${SECRET.replace(/ /g, '')}`,
      }),
    read: () => recallIntent(ORDER),
  },
  {
    name: 'a ticket selection and its holders',
    keep: () => {
      rememberOrderSelection(ORDER, [{ ticketId: '4', quantity: 2 }]);
      rememberOrderHolders(ORDER, [
        { ticketId: '4', firstname: SECRET, lastname: 'X', email: 'x@example.test' },
      ]);
    },
    read: () => {
      const selection = recallOrderSelection(ORDER);
      const holders = recallOrderHolders(ORDER);
      return selection.length > 0 || holders.length > 0 ? { selection, holders } : null;
    },
  },
];

const SECRET_PATTERN = /IBAN|DE89|pi_123|order-selection/;

describe.each(ITEMS)('$name kept in this browser', (item) => {
  it.each([false, true])(
    'is gone for the next person after the first logs out (remembered: %s)',
    async (remember) => {
      logIn(SEED.organizerId, remember);
      item.keep();
      expect(item.read()).not.toBeNull();

      await logout();
      logIn(SEED.buyerId);

      expect(item.read()).toBeNull();
      expect(everythingStored()).not.toMatch(SECRET_PATTERN);
    },
  );

  it('is gone for the next person even when the first never logged out', () => {
    logIn(SEED.organizerId, true);
    item.keep();
    // The session ran out, or the organizer just walked away.
    endSession('expired');
    logIn(SEED.buyerId);

    expect(item.read()).toBeNull();
    expect(everythingStored()).not.toMatch(SECRET_PATTERN);
  });

  it('comes back to the same person who logs in again after their session ran out', () => {
    logIn(SEED.organizerId);
    item.keep();
    endSession('expired');
    expect(item.read()).toBeNull();

    logIn(SEED.organizerId);
    expect(item.read()).not.toBeNull();
  });
});

describe('the OAuth state of one person', () => {
  it('cannot be used after another person logs in on this browser', () => {
    logIn(SEED.organizerId);
    const state = issueState({ returnTo: '/create', mode: 'popup' });
    endSession('expired');
    logIn(SEED.adminId);

    expect(consumeState(state)).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('an organizer and a buyer on one browser', () => {
  it('does not show the organizer’s unsaved event, bank details included, to the buyer who logs in after them', async () => {
    const view = renderApp('/create', { as: 'organizer' });
    await fillBasics(view.user, { name: 'Secret Gala' });
    await addTicket(view.user, 'paid', { name: 'Standard', price: '40' });
    await view.user.click(screen.getByLabelText('Bank transfer'));
    await view.user.type(screen.getByLabelText('Bank transfer instructions'), SECRET);
    await view.user.click(screen.getByRole('button', { name: 'Log out' }));
    await logInThroughTheForm(view.user, 'buyer');
    await screen.findByRole('button', { name: 'Log out' });
    view.unmount();

    renderApp('/create');
    expect(await screen.findByLabelText('Event name')).toHaveValue('');
    expect(screen.queryByText(/We restored changes you had not saved yet/)).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(everythingStored()).not.toMatch(SECRET_PATTERN);
  });
});

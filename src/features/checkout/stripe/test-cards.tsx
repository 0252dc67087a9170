// Demo mode only (./demo-test-cards.tsx decides): Stripe's test cards above the card form, each a
// button that fills the fake Stripe's element (fillTestCard in ./fake-stripe.ts), so a newcomer
// can pay without reading the README. Only the cards the fake understands in this flow are listed
// (./card-rules.ts): the token flow has no 3-D Secure card.
import { useLingui } from '@lingui/react/macro';
import { useElements } from '@stripe/react-stripe-js';
import { useId, useState } from 'react';
import { formatCardNumber, TEST_CARD_PAYMENT_METHODS, TEST_CARD_TOKENS } from './card-rules';

/** The token flow's card element, or the PaymentIntent flow's Payment Element. */
export type TestCardFlow = 'token' | 'payment-intent';

export interface TestCardsProps {
  flow: TestCardFlow;
  /** True while a payment is out: the card may not change then. */
  disabled: boolean;
}

/** The short list shown, in this order; each flow keeps the ones its fake Stripe knows. */
const TEST_CARDS = [
  '4242424242424242',
  '4000002760003184',
  '4000000000009995',
  '4000000000000002',
  '4000000000000069',
] as const;

type TestCard = (typeof TEST_CARDS)[number];

const KNOWN_CARDS: Readonly<Record<TestCardFlow, Readonly<Record<string, string>>>> = {
  token: TEST_CARD_TOKENS,
  'payment-intent': TEST_CARD_PAYMENT_METHODS,
};

/** "12 / 28" two years on, as the fake Stripe API's test cards expire (mocks' testCardExpiry). */
function testCardExpiry(now: Date = new Date()): string {
  return `12${String((now.getFullYear() + 2) % 100).padStart(2, '0')}`;
}

interface FillableCardElement {
  fillTestCard: (card: { number: string; expiry: string; cvc: string }) => void;
}

/** Only the fake Stripe's elements can be filled: Stripe's own are iframes. */
function isFillable(element: unknown): element is FillableCardElement {
  return (
    typeof element === 'object' &&
    element !== null &&
    'fillTestCard' in element &&
    typeof element.fillTestCard === 'function'
  );
}

export function TestCards({ flow, disabled }: TestCardsProps) {
  const { t } = useLingui();
  const elements = useElements();
  const titleId = useId();
  /** The card last filled in (its digits): the status line says so. */
  const [filled, setFilled] = useState<TestCard | null>(null);
  const cards = TEST_CARDS.filter((card) => Object.hasOwn(KNOWN_CARDS[flow], card));

  /** What paying with the card does: on the button, and in its name with the number. */
  function describe(card: TestCard, number: string): { outcome: string; label: string } {
    switch (card) {
      case '4242424242424242':
        return {
          outcome: t`Payment succeeds`,
          label: t`Use test card ${number}, payment succeeds`,
        };
      case '4000002760003184':
        return {
          outcome: t`Asks for 3-D Secure authentication`,
          label: t`Use test card ${number}, asks for 3-D Secure authentication`,
        };
      case '4000000000009995':
        return {
          outcome: t`Declined for insufficient funds`,
          label: t`Use test card ${number}, declined for insufficient funds`,
        };
      case '4000000000000002':
        return {
          outcome: t`Declined (generic decline)`,
          label: t`Use test card ${number}, declined (generic decline)`,
        };
      case '4000000000000069':
        return {
          outcome: t`Declined as expired`,
          label: t`Use test card ${number}, declined as expired`,
        };
    }
  }

  function use(card: TestCard) {
    const element =
      flow === 'token' ? elements?.getElement('card') : elements?.getElement('payment');
    if (!isFillable(element)) return;
    element.fillTestCard({ number: card, expiry: testCardExpiry(), cvc: '123' });
    setFilled(card);
  }

  const filledNumber = filled === null ? null : formatCardNumber(filled);

  return (
    <section className="test-cards" aria-labelledby={titleId}>
      <h3 id={titleId}>{t`Test cards`}</h3>
      <p>{t`Stripe is simulated in this demo and no card is charged. Choose a card to fill in:`}</p>
      <ul className="test-card-list">
        {cards.map((card) => {
          const number = formatCardNumber(card);
          const { outcome, label } = describe(card, number);
          return (
            <li key={card}>
              <button
                type="button"
                className="button test-card"
                disabled={disabled}
                aria-label={label}
                onClick={() => use(card)}
              >
                <span className="test-card-number">{number}</span>
                <span className="test-card-outcome">{outcome}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="test-card-filled" role="status">
        {filledNumber === null
          ? null
          : t`Test card ${filledNumber} is filled in: press Pay to try it.`}
      </p>
    </section>
  );
}

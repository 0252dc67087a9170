// Demo mode only (./demo-test-cards.tsx decides): Stripe's test cards above the card form, each a
// button that fills the fake Stripe's element (fillTestCard in ./fake-stripe.ts), so a newcomer
// can pay without reading the README. Only the cards the fake understands in this flow are listed
// (./card-rules.ts): the token flow has no 3-D Secure card.
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

interface TestCard {
  number: string;
  /** What paying with it does, as the end of a sentence. */
  outcome: string;
}

/** The short list shown, in this order; each flow keeps the ones its fake Stripe knows. */
const TEST_CARDS: readonly TestCard[] = [
  { number: '4242424242424242', outcome: 'payment succeeds' },
  { number: '4000002760003184', outcome: 'asks for 3-D Secure authentication' },
  { number: '4000000000009995', outcome: 'declined for insufficient funds' },
  { number: '4000000000000002', outcome: 'declined (generic decline)' },
  { number: '4000000000000069', outcome: 'declined as expired' },
];

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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function TestCards({ flow, disabled }: TestCardsProps) {
  const elements = useElements();
  const titleId = useId();
  const [filled, setFilled] = useState<string | null>(null);
  const cards = TEST_CARDS.filter((card) => Object.hasOwn(KNOWN_CARDS[flow], card.number));

  function use(card: TestCard) {
    const element =
      flow === 'token' ? elements?.getElement('card') : elements?.getElement('payment');
    if (!isFillable(element)) return;
    element.fillTestCard({ number: card.number, expiry: testCardExpiry(), cvc: '123' });
    setFilled(`Test card ${formatCardNumber(card.number)} is filled in: press Pay to try it.`);
  }

  return (
    <section className="test-cards" aria-labelledby={titleId}>
      <h3 id={titleId}>Test cards</h3>
      <p>Stripe is simulated in this demo and no card is charged. Choose a card to fill in:</p>
      <ul className="test-card-list">
        {cards.map((card) => {
          const number = formatCardNumber(card.number);
          return (
            <li key={card.number}>
              <button
                type="button"
                className="button test-card"
                disabled={disabled}
                aria-label={`Use test card ${number}, ${card.outcome}`}
                onClick={() => use(card)}
              >
                <span className="test-card-number">{number}</span>
                <span className="test-card-outcome">{capitalise(card.outcome)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="test-card-filled" role="status">
        {filled}
      </p>
    </section>
  );
}

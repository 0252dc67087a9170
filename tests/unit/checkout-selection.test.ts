import {
  decodeSelection,
  encodeSelection,
  recallOrderSelection,
  rememberOrderSelection,
} from '@/features/checkout/selection';
import { chargeOutcome, declineAdvice } from '@/features/checkout/charge-outcome';
import { formatRemaining, orderExpiresAt } from '@/features/checkout/use-countdown';
import { ApiError } from '@/lib/api-client';

describe('ticket selections as text', () => {
  it('round-trips quantities and donation prices', () => {
    const selection = [
      { ticketId: '2', quantity: 1 },
      { ticketId: '3', quantity: 2, price: 1250 },
    ];
    expect(encodeSelection(selection)).toBe('2:1,3:2:1250');
    expect(decodeSelection('2:1,3:2:1250')).toEqual(selection);
  });

  it('drops malformed, empty and repeated entries', () => {
    expect(decodeSelection('x,2:0,2:1,2:5,4:abc,5:1:')).toEqual([{ ticketId: '2', quantity: 1 }]);
    expect(decodeSelection(null)).toEqual([]);
  });

  it('remembers the selection of an order for "start again"', () => {
    rememberOrderSelection('abc', [{ ticketId: '2', quantity: 1 }]);
    expect(recallOrderSelection('abc')).toEqual([{ ticketId: '2', quantity: 1 }]);
    expect(recallOrderSelection('other')).toEqual([]);
  });
});

describe('charge outcomes', () => {
  it.each([
    ['Your card was declined.', 'declined'],
    ['Your card has insufficient funds.', 'insufficient-funds'],
    ['Your card has expired.', 'expired-card'],
    ["Your card's security code is incorrect.", 'incorrect-cvc'],
    [
      'An error occurred while processing your card. Try again in a little bit.',
      'processing-error',
    ],
    ['Something else', 'other'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(declineAdvice(text).kind).toBe(kind);
  });

  const http = (status: number, detail: string, source: Record<string, unknown>) =>
    new ApiError({
      kind: 'http',
      status,
      message: detail,
      errors: [
        {
          status,
          detail,
          ...('parameter' in source ? { parameter: String(source.parameter) } : {}),
          source,
        },
      ],
    });

  it('tells a declined charge from a closed order and an event that refuses Stripe', () => {
    expect(chargeOutcome({ ok: { status: true, message: 'Charge successful' } }).kind).toBe('paid');
    expect(chargeOutcome({ ok: { status: false, message: 'Your card was declined.' } }).kind).toBe(
      'declined',
    );
    expect(
      chargeOutcome({ error: http(409, 'Your card was declined.', { pointer: '' }) }).kind,
    ).toBe('declined');
    expect(
      chargeOutcome({
        error: http(409, 'You cannot charge payments on a cancelled, expired or completed order', {
          parameter: 'id',
        }),
      }).kind,
    ).toBe('order-state');
    expect(
      chargeOutcome({
        error: http(409, "This event doesn't accept payments by Stripe", { '': '' }),
      }).kind,
    ).toBe('refused');
    expect(
      chargeOutcome({
        error: http(404, 'Order with identifier: x not found', { parameter: 'order_identifier' }),
      }).kind,
    ).toBe('not-found');
    expect(chargeOutcome({ error: http(504, 'Gateway Timeout', {}) }).kind).toBe('unknown');
    expect(
      chargeOutcome({ error: new ApiError({ kind: 'timeout', status: 0, message: 'slow' }) }).kind,
    ).toBe('unknown');
    expect(
      chargeOutcome({ error: new ApiError({ kind: 'network', status: 0, message: 'down' }) }).kind,
    ).toBe('unknown');
  });
});

describe('the order countdown', () => {
  it('ends order-expiry-time minutes after creation and prints m:ss', () => {
    expect(orderExpiresAt('2030-01-01T10:00:00+00:00', 15)).toBe(
      Date.parse('2030-01-01T10:15:00Z'),
    );
    expect(formatRemaining(845_000)).toBe('14:05');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});

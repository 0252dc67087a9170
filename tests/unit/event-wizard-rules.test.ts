import {
  emptyWizardValues,
  eventAttributes,
  moneyInputText,
  newTicket,
  ticketAttributes,
  valuesFromServer,
} from '@/features/event-wizard/form-values';
import { checkWizard, type RuleContext } from '@/features/event-wizard/rules';
import type { WizardValues } from '@/features/event-wizard/schemas';

const SAVE: RuleContext = { scope: 'basic-details', isStripeLinked: false };
const PUBLISH: RuleContext = { scope: 'publish', isStripeLinked: false };

function validEvent(overrides: Partial<WizardValues> = {}): WizardValues {
  return {
    ...emptyWizardValues('America/Los_Angeles'),
    name: 'Rules Conf',
    startDate: '2099-01-03',
    startTime: '08:00',
    endDate: '2099-01-04',
    endTime: '17:00',
    ...overrides,
  };
}

function withTicket(
  values: WizardValues,
  fields: Partial<WizardValues['tickets'][number]>,
): WizardValues {
  const ticket = { ...newTicket('paid', values, Date.UTC(2098, 0, 1)), name: 'T', ...fields };
  return { ...values, tickets: [...values.tickets, ticket] };
}

const messages = (values: WizardValues, context = SAVE) =>
  Object.fromEntries(checkWizard(values, context).map((issue) => [issue.path, issue.message]));

describe('checkWizard', () => {
  it('accepts a valid draft and finds nothing to fix', () => {
    expect(checkWizard(validEvent(), SAVE)).toEqual([]);
  });

  it('measures the 20 days in the event zone, across a DST change', () => {
    // 8 March to 28 March 2099 in Los Angeles crosses the spring change: still exactly 20 days.
    const exactly = validEvent({
      startDate: '2099-03-08',
      endDate: '2099-03-28',
      endTime: '08:00',
    });
    expect(messages(exactly).endDate).toBeUndefined();
    const over = { ...exactly, endTime: '08:01' };
    expect(messages(over).endDate).toBe('An event can last at most 20 days.');
  });

  it('checks ticket sales against the event end in the event zone', () => {
    const values = withTicket(validEvent(), {
      price: '10',
      salesEndDate: '2099-01-04',
      salesEndTime: '17:01',
    });
    expect(messages({ ...values, canPayOnsite: true })['tickets.0.salesEndDate']).toBe(
      'Ticket sales must end by the time the event ends.',
    );
  });

  it('only asks for a connected Stripe account and a ticket when publishing', () => {
    const values = withTicket(validEvent({ canPayByStripe: true }), { price: '10' });
    expect(messages(values).canPayByStripe).toBeUndefined();
    expect(messages(values, PUBLISH).canPayByStripe).toMatch(/Connect a Stripe account/);
    expect(messages(values, { ...PUBLISH, isStripeLinked: true }).canPayByStripe).toBeUndefined();
    expect(messages(validEvent(), PUBLISH).tickets).toBe(
      'A published event needs at least one ticket.',
    );
  });

  it('asks for a valid PayPal email when PayPal is chosen', () => {
    const values = withTicket(validEvent({ canPayByPaypal: true, paypalEmail: 'nope' }), {
      price: '10',
    });
    expect(messages(values).paypalEmail).toBe('Enter the email address of your PayPal account.');
  });
});

describe('form values and the server', () => {
  it('sends tz-aware dates and decimal prices', () => {
    const values = withTicket(validEvent({ canPayOnsite: true }), {
      price: '25.50',
      salesStartDate: '2099-01-01',
      salesStartTime: '00:00',
      salesEndDate: '2099-01-03',
      salesEndTime: '07:00',
    });
    expect(eventAttributes(values)).toMatchObject({
      startsAt: '2099-01-03T08:00:00-08:00',
      endsAt: '2099-01-04T17:00:00-08:00',
      timezone: 'America/Los_Angeles',
      canPayOnsite: true,
      paymentCurrency: 'USD',
    });
    const ticket = values.tickets[0];
    if (ticket === undefined) throw new Error('no ticket');
    expect(ticketAttributes(ticket, 0, values)).toMatchObject({
      type: 'paid',
      price: 25.5,
      position: 1,
      salesStartsAt: '2099-01-01T00:00:00-08:00',
      salesEndsAt: '2099-01-03T07:00:00-08:00',
    });
  });

  it('reads server values back in the event zone and currency', () => {
    const values = valuesFromServer(
      {
        id: '9',
        identifier: 'abcdef12',
        name: 'Tokyo',
        state: 'draft',
        timezone: 'Asia/Tokyo',
        startsAt: '2099-01-03T01:00:00+00:00',
        endsAt: '2099-01-03T09:00:00+00:00',
        paymentCurrency: 'JPY',
      },
      [
        {
          id: '4',
          name: 'GA',
          type: 'paid',
          price: 3000,
          quantity: 80,
          minOrder: 1,
          maxOrder: 5,
          salesStartsAt: '2098-12-01T00:00:00+00:00',
          salesEndsAt: '2099-01-03T00:00:00+00:00',
        },
      ],
    );
    expect(values).toMatchObject({ startDate: '2099-01-03', startTime: '10:00', endTime: '18:00' });
    expect(values.tickets[0]).toMatchObject({
      serverId: '4',
      price: '3000',
      salesEndDate: '2099-01-03',
      salesEndTime: '09:00',
    });
  });

  it('writes minor units as price text with the currency digits', () => {
    expect(moneyInputText(2550, 'USD')).toBe('25.50');
    expect(moneyInputText(3000, 'JPY')).toBe('3000');
  });
});

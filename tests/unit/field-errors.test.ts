// Server validation errors sorted into a form's fields (src/lib/field-errors.ts).
import { ApiError, type ApiErrorObject } from '@/lib/api-client';
import { pointerField, serverFieldErrors } from '@/lib/field-errors';

const unprocessable = (errors: ApiErrorObject[]) =>
  new ApiError({ kind: 'http', status: 422, message: 'Unprocessable Entity', errors });

describe('Server errors sorted into form fields', () => {
  it('reads the camelCase field from attribute and relationship pointers, escapes included', () => {
    expect(pointerField('/data/attributes/starts-at')).toBe('startsAt');
    expect(pointerField('/data/relationships/ticket')).toBe('ticket');
    expect(pointerField('/data/attributes/a~1b')).toBe('a/b');
    expect(pointerField('/data')).toBeUndefined();
    expect(pointerField(undefined)).toBeUndefined();
  });

  it('puts each message under the form path its table names, first message per field', () => {
    const error = unprocessable([
      { detail: 'Email is required', pointer: '/data/attributes/email' },
      { detail: 'Email is taken', pointer: '/data/attributes/email' },
      { title: 'Bad name', pointer: '/data/attributes/first-name' },
    ]);
    const sorted = serverFieldErrors(error, { email: 'buyerEmail', firstName: 'firstName' });
    expect(sorted.entries).toEqual([
      ['buyerEmail', 'Email is required'],
      ['firstName', 'Bad name'],
    ]);
    expect(sorted.fields).toEqual({ buyerEmail: 'Email is required', firstName: 'Bad name' });
    expect(sorted.unplaced).toEqual([]);
  });

  it('keeps the messages no field of the form shows, each once, in the server order', () => {
    const error = unprocessable([
      { detail: 'Ticket is sold out', pointer: '/data/relationships/ticket' },
      { detail: 'Ticket is sold out', pointer: '/data/relationships/ticket' },
      { detail: 'Something else' },
    ]);
    expect(serverFieldErrors(error, { email: 'email' }).unplaced).toEqual([
      'Ticket is sold out',
      'Something else',
    ]);
  });

  it('does not match a field named like a built-in object key', () => {
    const error = unprocessable([{ detail: 'No', pointer: '/data/attributes/constructor' }]);
    const sorted = serverFieldErrors(error, { email: 'email' });
    expect(sorted.entries).toEqual([]);
    expect(sorted.unplaced).toEqual(['No']);
  });

  it('lets a function place what a table cannot, such as an indexed path', () => {
    const error = unprocessable([{ detail: 'Too low', pointer: '/data/attributes/price' }]);
    const sorted = serverFieldErrors(error, (field) =>
      field === 'price' ? `tickets.2.price` : undefined,
    );
    expect(sorted.entries).toEqual([['tickets.2.price', 'Too low']]);
  });

  it('has nothing to sort in an error that is not from the server', () => {
    expect(serverFieldErrors(new Error('offline'), { email: 'email' })).toEqual({
      fields: {},
      entries: [],
      unplaced: [],
    });
  });
});

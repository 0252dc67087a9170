// What the order holds: event, tickets with quantities, and the total in the event currency.
import { formatDateRange } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import type { Order } from '../api/get-order';

export function OrderSummary({ order }: { order: Order }) {
  return (
    <section className="order-summary" aria-labelledby="order-summary-title">
      <h2 id="order-summary-title">Order summary</h2>
      <p>
        <strong>{order.event.name}</strong>
        <br />
        <span className="muted">
          {formatDateRange(order.event.startsAt, order.event.endsAt, order.event.timezone)}
        </span>
      </p>
      <table className="order-lines">
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Quantity</th>
            <th scope="col">Price</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.ticket.id}>
              <td>{line.ticket.name}</td>
              <td>{line.quantity}</td>
              <td>
                {line.ticket.type === 'free'
                  ? 'Free'
                  : line.ticket.type === 'donation'
                    ? 'Your price'
                    : formatMoney(line.ticket.price, order.currency)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td data-testid="order-total">{formatMoney(order.amount, order.currency)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

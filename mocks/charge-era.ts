// Which card flow the mock Open Event Server speaks (docs/payments.md; docs/server-contract.md,
// "Charging an order"): the token charge of 2018-2021 or today's PaymentIntent charge. A mock-only
// switch kept with the demo data; the app reaches it only through the demo hand-over in
// src/main.tsx, tests call it directly.
import { CHARGE_ERAS, db, emitDbChange, type ChargeEra } from './db';

export { CHARGE_ERAS, type ChargeEra };

export function getChargeEra(): ChargeEra {
  return db.mock.charge_era;
}

/** Switches the flow and notifies the db listeners, so the browser saves the choice. */
export function setChargeEra(era: ChargeEra): void {
  if (!(CHARGE_ERAS as readonly string[]).includes(era)) {
    throw new Error(`Unknown charge era: ${era}`);
  }
  db.mock.charge_era = era;
  emitDbChange();
}

// Copies the journeys' key screenshots from reports/screenshots/ (written by the Playwright specs,
// not committed) to docs/screenshots/ (committed, shown in the README).
//
// Usage: npm run build:mock && npx playwright test && node scripts/screenshots.mjs
// Exits 1 if a chosen screenshot is missing, so a renamed one is noticed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FROM = join(ROOT, 'reports', 'screenshots');
const TO = join(ROOT, 'docs', 'screenshots');

/** [file written by the specs, name in docs/screenshots, the spec that writes it] in README order. */
const CHOSEN = [
  ['login.png', 'organizer-1-login.png', 'login.spec.ts'],
  ['my-events.png', 'organizer-2-my-events.png', 'login.spec.ts'],
  [
    'event-wizard-basic-details.png',
    'organizer-3-wizard-basic-details.png',
    'event-wizard.spec.ts',
  ],
  ['stripe-consent.png', 'organizer-4-stripe-consent.png', 'stripe-connect.spec.ts'],
  ['stripe-connected.png', 'organizer-5-stripe-connected.png', 'stripe-connect.spec.ts'],
  ['events-page.png', 'buyer-0-events-page.png', 'events-page.spec.ts'],
  ['my-tickets.png', 'buyer-6-my-tickets.png', 'events-page.spec.ts'],
  ['public-event.png', 'buyer-1-public-event.png', 'checkout.spec.ts'],
  ['checkout-attendee-details.png', 'buyer-2-attendee-details.png', 'checkout.spec.ts'],
  ['checkout-payment.png', 'buyer-3-payment-card-form.png', 'checkout.spec.ts'],
  ['checkout-declined.png', 'buyer-4-card-declined.png', 'checkout.spec.ts'],
  ['checkout-paid.png', 'buyer-5-order-complete.png', 'checkout.spec.ts'],
  ['phone-events-page.png', 'phone-1-events-page.png', 'layout.spec.ts'],
  ['phone-public-event.png', 'phone-2-public-event.png', 'layout.spec.ts'],
  ['phone-attendee-details.png', 'phone-3-attendee-details.png', 'layout.spec.ts'],
  ['phone-payment.png', 'phone-4-payment.png', 'layout.spec.ts'],
  ['phone-order-complete.png', 'phone-5-order-complete.png', 'layout.spec.ts'],
];

const missing = CHOSEN.filter(([from]) => !existsSync(join(FROM, from)));
if (missing.length > 0) {
  for (const [from, , spec] of missing) {
    console.error(`missing reports/screenshots/${from} (written by tests/e2e/${spec})`);
  }
  console.error('Run `npm run build:mock && npx playwright test` first.');
  process.exit(1);
}

mkdirSync(TO, { recursive: true });
// Only the chosen files live in docs/screenshots: drop any left from an older list.
const wanted = new Set(CHOSEN.map(([, to]) => to));
for (const file of readdirSync(TO)) {
  if (file.endsWith('.png') && !wanted.has(file)) unlinkSync(join(TO, file));
}
let total = 0;
for (const [from, to] of CHOSEN) {
  copyFileSync(join(FROM, from), join(TO, to));
  const { size } = statSync(join(TO, to));
  total += size;
  console.log(`${to.padEnd(40)} ${(size / 1024).toFixed(0).padStart(5)} KiB`);
}
console.log(`${CHOSEN.length} screenshots, ${(total / 1024).toFixed(0)} KiB, in docs/screenshots/`);

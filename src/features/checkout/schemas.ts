// The attendee-details form: one valibot schema, shaped by what the event asks for.
import { t } from '@lingui/core/macro';
import * as v from 'valibot';

/** `message` is called at validation time, so the text is in the language active then. */
const required = (message: () => string) => v.pipe(v.string(), v.trim(), v.nonEmpty(message));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const attendeeInputSchema = v.object({
  firstname: required(() => t`Enter the first name.`),
  lastname: required(() => t`Enter the last name.`),
  email: v.pipe(
    v.string(),
    v.trim(),
    v.regex(EMAIL, () => t`Enter an email address like name@example.com.`),
  ),
});

export const billingInputSchema = v.object({
  company: required(() => t`Enter the company or your full name.`),
  address: required(() => t`Enter the street address.`),
  city: required(() => t`Enter the city.`),
  zipcode: required(() => t`Enter the postal code.`),
  country: required(() => t`Enter the country.`),
  state: v.string(),
  taxBusinessInfo: v.string(),
});

export function attendeeFormSchema(options: { billing: boolean; payment: boolean }) {
  return v.object({
    attendees: v.array(attendeeInputSchema),
    billing: options.billing ? billingInputSchema : v.optional(v.unknown()),
    paymentMode: options.payment ? required(() => t`Choose how you will pay.`) : v.string(),
  });
}

export interface AttendeeFormValues {
  attendees: { firstname: string; lastname: string; email: string }[];
  billing: {
    company: string;
    address: string;
    city: string;
    zipcode: string;
    country: string;
    state: string;
    taxBusinessInfo: string;
  };
  paymentMode: string;
}

// The attendee-details form: one zod/mini schema, shaped by what the event asks for.
import * as z from 'zod/mini';

const required = (message: string) => z.string().check(z.trim(), z.minLength(1, message));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const attendeeInputSchema = z.object({
  firstname: required('Enter the first name.'),
  lastname: required('Enter the last name.'),
  email: z
    .string()
    .check(z.trim(), z.regex(EMAIL, 'Enter an email address like name@example.com.')),
});

export const billingInputSchema = z.object({
  company: required('Enter the company or your full name.'),
  address: required('Enter the street address.'),
  city: required('Enter the city.'),
  zipcode: required('Enter the postal code.'),
  country: required('Enter the country.'),
  state: z.string(),
  taxBusinessInfo: z.string(),
});

export function attendeeFormSchema(options: { billing: boolean; payment: boolean }) {
  return z.object({
    attendees: z.array(attendeeInputSchema),
    billing: options.billing ? billingInputSchema : z.optional(z.unknown()),
    paymentMode: options.payment ? required('Choose how you will pay.') : z.string(),
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

// The seeded demo accounts, and logging in with one the way a person does: through the form.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { DEMO_ACCOUNTS, type DemoAccountSeed } from '@mocks/seed';

export function demoAccount(role: DemoAccountSeed['role']): DemoAccountSeed {
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === role);
  if (!account) throw new Error(`The seed has no ${role} account.`);
  return account;
}

/** Types the credentials into the login form and presses Log in. */
export async function logInThroughTheForm(user: UserEvent, role: DemoAccountSeed['role']) {
  const account = demoAccount(role);
  await screen.findByRole('heading', { level: 1, name: 'Log in' });
  const email = screen.getByLabelText('Email');
  await user.clear(email);
  await user.type(email, account.email);
  await user.type(screen.getByLabelText('Password'), account.password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

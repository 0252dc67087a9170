// Security in the built app: the Content-Security-Policy is present and enforced, and nothing the
// journeys do trips it.
import { expect, test } from '@playwright/test';
import { logIn, ORGANIZER, recordPolicyViolations } from './support/journey';

test('the built app carries a Content-Security-Policy that allows only itself and Stripe', async ({
  page,
}) => {
  await page.goto('/login');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' https://js.stripe.com");
  expect(policy).toContain('frame-src https://js.stripe.com');
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test('the policy blocks an injected inline script', async ({ page }) => {
  await page.goto('/login');
  const ran = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => resolve(event.violatedDirective),
        {
          once: true,
        },
      );
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const directive = await violation;
    return {
      directive,
      injected: (window as unknown as { __injected?: boolean }).__injected === true,
    };
  });
  expect(ran.injected).toBe(false);
  expect(ran.directive).toMatch(/^script-src/);
});

test('logging in, the wizard and the public event page cause no policy violation', async ({
  page,
}) => {
  const violations = await recordPolicyViolations(page);

  await page.goto('/login');
  await logIn(page, ORGANIZER);
  await expect(page.getByRole('heading', { name: 'My events', level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto('/events/1/edit/basic-details');
  await expect(page.getByRole('group', { name: 'Stripe account' })).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto('/e/e7c41f0a');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Open Source Summit Demo' }),
  ).toBeVisible();
  expect(await violations()).toEqual([]);
});

import { useLingui } from '@lingui/react/macro';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { getDemoMode, type DemoAccount } from '@/config/demo';
import { paths, safeNextPath } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { currentUserQueryOptions } from '@/features/auth/api/get-current-user';
import { LoginForm } from '@/features/auth/components/login-form';
import { getSession } from '@/features/auth/session';
import { useSession } from '@/features/auth/use-session';

export function LoginRoute() {
  const { t } = useLingui();
  useDocumentTitle(t`Log in`);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [fill, setFill] = useState<{ email: string; password: string; nonce: number } | null>(null);
  // Where the visitor was going, if anywhere (an unsafe `next` counts as none).
  const next = safeNextPath(searchParams.get('next'), '') || null;
  const demo = getDemoMode();
  const queryClient = useQueryClient();

  /** Where they were going; else My events for an organizer, the events page for everyone else. */
  const land = async () => {
    if (next) return navigate(next, { replace: true });
    const userId = getSession()?.userId;
    const user = userId
      ? await queryClient.query(currentUserQueryOptions(userId)).catch(() => null)
      : null;
    return navigate(user?.isOrganizer ? paths.myEvents.href() : paths.home.href(), {
      replace: true,
    });
  };

  if (session && !fill) return <Navigate to={next ?? paths.home.href()} replace />;
  return (
    <section className="page page-narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t`Log in`}</h1>
      {searchParams.get('next') ? (
        <p className="muted">{t`Log in to continue where you were.`}</p>
      ) : null}
      <LoginForm onLoggedIn={() => void land()} fillRequest={fill} />
      {demo ? (
        <DemoAccounts
          accounts={demo.accounts}
          onUse={(account) =>
            setFill({ email: account.email, password: account.password, nonce: Date.now() })
          }
        />
      ) : null}
    </section>
  );
}

function DemoAccounts({
  accounts,
  onUse,
}: {
  accounts: readonly DemoAccount[];
  onUse: (account: DemoAccount) => void;
}) {
  const { t } = useLingui();
  /** The role's name, and the button's accessible name: whole messages, for translators. */
  const names = (role: DemoAccount['role']) => {
    switch (role) {
      case 'admin':
        return { label: t`Admin`, use: t`Use the admin account` };
      case 'organizer':
        return { label: t`Organizer`, use: t`Use the organizer account` };
      case 'buyer':
        return { label: t`Buyer`, use: t`Use the buyer account` };
    }
  };
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">{t`Demo accounts`}</h2>
      <p className="muted">{t`This is a demo with simulated data. Use any of these accounts:`}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t`Role`}</th>
            <th scope="col">{t`Email`}</th>
            <th scope="col">{t`Password`}</th>
            <th scope="col">
              <span className="visually-hidden">{t`Action`}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.email}>
              <td>{names(account.role).label}</td>
              <td>
                <code>{account.email}</code>
              </td>
              <td>
                <code>{account.password}</code>
              </td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onUse(account)}
                  aria-label={names(account.role).use}
                >
                  {t`Use`}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

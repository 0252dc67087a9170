import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { getDemoMode, type DemoAccount } from '@/config/demo';
import { safeNextPath } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/features/auth/use-session';

export function LoginRoute() {
  useDocumentTitle('Log in');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [fill, setFill] = useState<{ email: string; password: string; nonce: number } | null>(null);
  const next = safeNextPath(searchParams.get('next'));
  const demo = getDemoMode();

  if (session && !fill) return <Navigate to={next} replace />;
  return (
    <section className="page page-narrow" aria-labelledby="login-title">
      <h1 id="login-title">Log in</h1>
      {searchParams.get('next') ? (
        <p className="muted">Log in to continue where you were.</p>
      ) : null}
      <LoginForm onLoggedIn={() => void navigate(next, { replace: true })} fillRequest={fill} />
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
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">Demo accounts</h2>
      <p className="muted">This is a demo with simulated data. Use any of these accounts:</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Email</th>
            <th scope="col">Password</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.email}>
              <td>{account.label}</td>
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
                  aria-label={`Use the ${account.label.toLowerCase()} account`}
                >
                  Use
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

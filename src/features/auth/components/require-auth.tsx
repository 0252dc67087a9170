// Route guards: send anonymous visitors to login (and back afterwards); keep non-admins out of admin pages.
import { useLingui } from '@lingui/react/macro';
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useCurrentUser } from '../api/get-current-user';
import { useSession } from '../use-session';

export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    return (
      <Navigate
        to={paths.login.href(location.pathname + location.search + location.hash)}
        replace
      />
    );
  }
  return <Outlet />;
}

export function RequireAdmin() {
  const { t } = useLingui();
  const user = useCurrentUser();
  if (user.isPending) return <Loading label={t`Checking your access…`} />;
  if (user.isError) {
    return (
      <ErrorNotice
        title={t`We could not check your access`}
        error={user.error}
        onRetry={() => void user.refetch()}
      />
    );
  }
  if (!user.data.isAdmin) {
    return (
      <section className="page" aria-labelledby="forbidden-title">
        <h1 id="forbidden-title">{t`You do not have access to this page`}</h1>
        <p>{t`Only administrators can change the platform's settings. (403)`}</p>
        <p>
          <a href={paths.myEvents.href()}>{t`Back to my events`}</a>
        </p>
      </section>
    );
  }
  return <Outlet />;
}

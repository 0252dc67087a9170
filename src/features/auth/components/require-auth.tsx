// Route guard: send anonymous visitors to login (and back afterwards). The admin pages' guard is
// ./require-admin.tsx, loaded with them.
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
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

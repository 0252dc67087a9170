// The frame around every page: skip link, navigation, demo-mode bar, and the page itself.
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { toast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useLogout } from '@/features/auth/api/logout';
import { useSession } from '@/features/auth/use-session';
import { DemoBar } from './demo-bar';

export function Layout() {
  const navigation = useNavigation();
  useScrollToTopOnNewPage();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {/* A literal a real build folds to false, dropping the demo bar's code with it. */}
      {import.meta.env.VITE_API_MOCKING === 'true' ? <DemoBar /> : null}
      <header className="site-header">
        <Link to={paths.home.href()} className="brand">
          Open Event
        </Link>
        <SiteNav />
      </header>
      {navigation.state === 'loading' ? (
        <div className="route-progress" role="progressbar" aria-label="Loading page" />
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function SiteNav() {
  const session = useSession();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();

  // Everyone starts on the events page. Creating an event is the My events page's own action,
  // not the navigation's: most people here buy tickets.
  const events = (
    <NavLink to={paths.home.href()} end>
      Events
    </NavLink>
  );
  if (!session) {
    return (
      <nav aria-label="Main">
        {events}
        <NavLink to={paths.login.href()}>Log in</NavLink>
      </nav>
    );
  }
  return (
    <nav aria-label="Main">
      {events}
      <NavLink to={paths.myTickets.href()}>My tickets</NavLink>
      <NavLink to={paths.myEvents.href()} end>
        My events
      </NavLink>
      {user.data?.isAdmin ? (
        <NavLink to={paths.adminPaymentGateway.href()}>Payment settings</NavLink>
      ) : null}
      {/* The title shows a name the fixed-width slot cuts short. */}
      <span className="nav-user" title={user.data?.displayName}>
        {user.data?.displayName ?? ''}
      </span>
      <button
        type="button"
        className="button button-link"
        disabled={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, {
            onSettled: () => {
              toast.success('You are logged out.');
              void navigate(paths.login.href());
            },
          })
        }
      >
        Log out
      </button>
    </nav>
  );
}

/**
 * A new page starts at the top, as it would in a site of separate pages (the router keeps the
 * scroll position otherwise: "Order now" at the bottom of a long event page would open the
 * attendee details scrolled down). A change of the query alone (a filter, a page of the list, a
 * selection kept in the link) is the same page and keeps its place.
 */
function useScrollToTopOnNewPage() {
  const { pathname } = useLocation();
  const seen = useRef(pathname);
  useEffect(() => {
    if (seen.current === pathname) return;
    seen.current = pathname;
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
  }, [pathname]);
}

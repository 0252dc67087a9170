// The frame around every page: skip link, navigation, demo-mode bar, and the page itself.
import { useLingui } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { toast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useLogout } from '@/features/auth/api/logout';
import { useSession } from '@/features/auth/use-session';
import { onFallback } from '@/lib/i18n/catalogs';
import { LOCALE_NAMES } from '@/lib/i18n/locales';
import { DemoBar } from './demo-bar';

export function Layout() {
  const { t } = useLingui();
  const navigation = useNavigation();
  useScrollToTopOnNewPage();
  useFallbackNotice();
  return (
    <>
      <a className="skip-link" href="#main">
        {t`Skip to content`}
      </a>
      {/* A literal a real build folds to false, dropping the demo bar's code with it. */}
      {import.meta.env.VITE_API_MOCKING === 'true' ? <DemoBar /> : null}
      <header className="site-header">
        <Link to={paths.home.href()} className="brand">
          Open Event
        </Link>
        <SiteNav />
        <LanguageSwitcher />
      </header>
      {navigation.state === 'loading' ? (
        <div className="route-progress" role="progressbar" aria-label={t`Loading page`} />
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function SiteNav() {
  const { t } = useLingui();
  const session = useSession();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();

  // Everyone starts on the events page. Creating an event is the My events page's own action,
  // not the navigation's: most people here buy tickets.
  const events = (
    <NavLink to={paths.home.href()} end>
      {t`Events`}
    </NavLink>
  );
  if (!session) {
    return (
      <nav aria-label={t`Main`}>
        {events}
        <NavLink to={paths.login.href()}>{t`Log in`}</NavLink>
      </nav>
    );
  }
  return (
    <nav aria-label={t`Main`}>
      {events}
      <NavLink to={paths.myTickets.href()}>{t`My tickets`}</NavLink>
      <NavLink to={paths.myEvents.href()} end>
        {t`My events`}
      </NavLink>
      {user.data?.isAdmin ? (
        <NavLink to={paths.adminPaymentGateway.href()}>{t`Payment settings`}</NavLink>
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
              toast.success(t`You are logged out.`);
              void navigate(paths.login.href());
            },
          })
        }
      >
        {t`Log out`}
      </button>
    </nav>
  );
}

/**
 * When a language's texts cannot be downloaded the app goes on in English
 * (src/lib/i18n/catalogs.ts); this says so, once per failure.
 */
function useFallbackNotice() {
  const { t } = useLingui();
  useEffect(
    () =>
      onFallback((failed) => {
        const language = LOCALE_NAMES[failed];
        toast.error(
          t`The texts in ${language} could not be downloaded, so the page is shown in English. Choose the language again to retry.`,
        );
      }),
    [t],
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

// Route guard of the admin pages: keeps non-admins out. Loaded with the admin pages, its texts in
// the organizer's part of the messages (src/app/router.tsx, lingui.config.ts).
import { useLingui } from '@lingui/react/macro';
import { Outlet } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useCurrentUser } from '../api/get-current-user';

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

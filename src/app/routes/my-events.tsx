import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useSession } from '@/features/auth/use-session';
import { MyEventsList } from '@/features/my-events/components/my-events-list';

export function MyEventsRoute() {
  const { t } = useLingui();
  useDocumentTitle(t`My events`);
  const session = useSession();
  return (
    <section className="page" aria-labelledby="my-events-title">
      <div className="page-heading">
        <h1 id="my-events-title">
          <Trans>My events</Trans>
        </h1>
        <Link className="button button-primary" to={paths.createEvent.href()}>
          <Trans>Create event</Trans>
        </Link>
      </div>
      {/* RequireAuth guarantees a session here. */}
      {session ? <MyEventsList userId={session.userId} /> : null}
    </section>
  );
}

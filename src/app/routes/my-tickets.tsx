import { useLingui } from '@lingui/react/macro';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/use-session';
import { MyTicketsPage } from '@/features/my-tickets/components/my-tickets-page';

const LINKS = {
  event: (identifier: string) => paths.publicEvent.href(identifier),
  order: (identifier: string, stage: 'view' | 'pending') => paths.order.href(identifier, stage),
  events: paths.home.href(),
};

export function MyTicketsRoute() {
  const { t } = useLingui();
  useDocumentTitle(t`My tickets`);
  const session = useSession();
  return (
    <section className="page" aria-labelledby="my-tickets-title">
      <h1 id="my-tickets-title">{t`My tickets`}</h1>
      {/* RequireAuth guarantees a session here. */}
      {session ? <MyTicketsPage userId={session.userId} links={LINKS} /> : null}
    </section>
  );
}

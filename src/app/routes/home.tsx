import { useLingui } from '@lingui/react/macro';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { EventsPage } from '@/features/discover/components/events-page';

/** `/`: the events page, for everyone (logged in or not). */
export function HomeRoute() {
  const { t } = useLingui();
  useDocumentTitle(t`Upcoming events`);
  return <EventsPage eventHref={(identifier) => paths.publicEvent.href(identifier)} />;
}

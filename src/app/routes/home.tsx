import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { EventsPage } from '@/features/discover/components/events-page';

/** `/`: the events page, for everyone (logged in or not). */
export function HomeRoute() {
  useDocumentTitle('Upcoming events');
  return <EventsPage eventHref={(identifier) => paths.publicEvent.href(identifier)} />;
}

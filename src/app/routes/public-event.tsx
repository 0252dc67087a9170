import { useParams } from 'react-router';
import { useSession } from '@/features/auth/use-session';
import { PublicEventView } from '@/features/checkout/components/public-event-view';

export function PublicEventRoute() {
  const { identifier = '' } = useParams();
  const session = useSession();
  return <PublicEventView identifier={identifier} isLoggedIn={session !== null} />;
}

// For the route's loader (src/app/router.tsx), which starts the event's request with this chunk.
export { publicEventQueryOptions } from '@/features/checkout/api/get-public-event';

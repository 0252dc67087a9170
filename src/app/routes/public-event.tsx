import { useParams } from 'react-router';
import { PublicEventView } from '@/features/checkout/components/public-event-view';

export function PublicEventRoute() {
  const { identifier = '' } = useParams();
  return <PublicEventView identifier={identifier} />;
}

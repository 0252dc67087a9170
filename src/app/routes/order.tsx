import { useParams } from 'react-router';
import { isOrderStage } from '@/config/paths';
import { NotFoundRoute } from './not-found';
import { Planned } from './planned';

export function OrderRoute() {
  const { stage } = useParams();
  // /orders/:identifier/<anything else> is not a page of Open Event Frontend.
  if (!isOrderStage(stage)) return <NotFoundRoute />;
  return <Planned title="Your order" text="Checkout is not available in this version yet." />;
}

import { Navigate } from 'react-router';
import { paths } from '@/config/paths';

/** Open Event Frontend's start page lists public events; until that exists, organizers start at their events. */
export function HomeRoute() {
  return <Navigate to={paths.myEvents.href()} replace />;
}

import { useParams } from 'react-router';
import { Planned } from './planned';

export function EventWizardRoute() {
  const { step } = useParams();
  return (
    <Planned
      title={step ? 'Edit event' : 'Create event'}
      text="The event wizard is not available in this version yet."
    />
  );
}

// Step 2: who organizes the event, its code of conduct, and who may see it.
import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '../schemas';
import { TextAreaField, TextField } from './fields';

export function OtherDetailsStep() {
  const { register } = useFormContext<WizardValues>();
  return (
    <>
      <section className="wizard-section" aria-labelledby="wizard-organizer-title">
        <h2 id="wizard-organizer-title">Organizer</h2>
        <TextField path="ownerName" label="Organizer name" autoComplete="organization" />
        <TextAreaField path="ownerDescription" label="About the organizer" />
      </section>
      <section className="wizard-section" aria-labelledby="wizard-conduct-title">
        <h2 id="wizard-conduct-title">Code of conduct</h2>
        <TextAreaField path="codeOfConduct" label="Code of conduct" />
      </section>
      <fieldset className="field-group wizard-section">
        <legend>Who can see this event</legend>
        <span className="field-checkbox">
          <input id="wizard-privacy-public" type="radio" value="public" {...register('privacy')} />
          <label htmlFor="wizard-privacy-public">Public: listed and open to everyone</label>
        </span>
        <span className="field-checkbox">
          <input
            id="wizard-privacy-private"
            type="radio"
            value="private"
            {...register('privacy')}
          />
          <label htmlFor="wizard-privacy-private">Private: only people with the link</label>
        </span>
      </fieldset>
    </>
  );
}

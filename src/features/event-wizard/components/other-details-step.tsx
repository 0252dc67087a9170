// Step 2: who organizes the event, its code of conduct, and who may see it.
import { Trans, useLingui } from '@lingui/react/macro';
import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '../schemas';
import { TextAreaField, TextField } from './fields';

export function OtherDetailsStep() {
  const { t } = useLingui();
  const { register } = useFormContext<WizardValues>();
  return (
    <>
      <section className="wizard-section" aria-labelledby="wizard-organizer-title">
        <h2 id="wizard-organizer-title">
          <Trans>Organizer</Trans>
        </h2>
        <TextField path="ownerName" label={t`Organizer name`} autoComplete="organization" />
        <TextAreaField path="ownerDescription" label={t`About the organizer`} />
      </section>
      <section className="wizard-section" aria-labelledby="wizard-conduct-title">
        <h2 id="wizard-conduct-title">
          <Trans>Code of conduct</Trans>
        </h2>
        <TextAreaField path="codeOfConduct" label={t`Code of conduct`} />
      </section>
      <fieldset className="field-group wizard-section">
        <legend>
          <Trans>Who can see this event</Trans>
        </legend>
        <span className="field-checkbox">
          <input id="wizard-privacy-public" type="radio" value="public" {...register('privacy')} />
          <label htmlFor="wizard-privacy-public">
            <Trans>Public: listed and open to everyone</Trans>
          </label>
        </span>
        <span className="field-checkbox">
          <input
            id="wizard-privacy-private"
            type="radio"
            value="private"
            {...register('privacy')}
          />
          <label htmlFor="wizard-privacy-private">
            <Trans>Private: only people with the link</Trans>
          </label>
        </span>
      </fieldset>
    </>
  );
}

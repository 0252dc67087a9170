// Step 1: what, where and when, then the tickets and (for paid or donation tickets) how to pay.
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PublicSettings } from '@/lib/settings';
import { formatOffset, listTimezones, offsetMinutesAt, zonedToInstant } from '@/lib/timezones';
import { showsPaymentOptions } from '../form-values';
import type { WizardValues } from '../schemas';
import { SelectField, TextAreaField, TextField } from './fields';
import { PaymentOptions } from './payment-options';
import { TicketsEditor } from './tickets-editor';

interface BasicDetailsStepProps {
  settings: PublicSettings;
  isStripeLinked: boolean;
}

export function BasicDetailsStep({ settings, isStripeLinked }: BasicDetailsStepProps) {
  const { t } = useLingui();
  const { control, register } = useFormContext<WizardValues>();
  const [locationType, timezone, startDate, startTime, tickets] = useWatch({
    control,
    name: ['locationType', 'timezone', 'startDate', 'startTime', 'tickets'],
  });
  const timezones = useMemo(
    () => listTimezones().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
    [],
  );

  return (
    <>
      <section className="wizard-section" aria-labelledby="wizard-about-title">
        <h2 id="wizard-about-title">
          <Trans>About the event</Trans>
        </h2>
        <TextField path="name" label={t`Event name`} />
        <fieldset className="field-group">
          <legend>
            <Trans>Where</Trans>
          </legend>
          <span className="field-checkbox">
            <input
              id="wizard-location-venue"
              type="radio"
              value="venue"
              {...register('locationType')}
            />
            <label htmlFor="wizard-location-venue">
              <Trans>At a venue</Trans>
            </label>
          </span>
          <span className="field-checkbox">
            <input
              id="wizard-location-online"
              type="radio"
              value="online"
              {...register('locationType')}
            />
            <label htmlFor="wizard-location-online">
              <Trans>Online</Trans>
            </label>
          </span>
          {locationType === 'online' ? (
            <TextField
              path="onlineUrl"
              label={t`Link for attendees (optional)`}
              type="url"
              inputMode="url"
            />
          ) : (
            <TextField path="locationName" label={t`Venue address`} autoComplete="street-address" />
          )}
        </fieldset>
        <SelectField
          path="timezone"
          label={t`Timezone`}
          hint={<TimezoneHint zone={timezone} date={startDate} time={startTime} />}
          placeholder={t`Choose a timezone`}
          options={timezones}
        />
        <fieldset className="field-group date-time">
          <legend>
            <Trans>Starts</Trans>
          </legend>
          <TextField path="startDate" label={t`Start date`} type="date" />
          <TextField path="startTime" label={t`Start time`} type="time" />
        </fieldset>
        <fieldset className="field-group date-time">
          <legend>
            <Trans>Ends</Trans>
          </legend>
          <TextField path="endDate" label={t`End date`} type="date" />
          <TextField path="endTime" label={t`End time`} type="time" />
        </fieldset>
        <TextAreaField path="description" label={t`Description`} />
      </section>
      <TicketsEditor />
      {showsPaymentOptions({ tickets }) ? (
        <PaymentOptions settings={settings} isStripeLinked={isStripeLinked} />
      ) : null}
    </>
  );
}

/** "Times are in America/Los_Angeles (UTC-08:00 on that day)": the offset can change with DST. */
function TimezoneHint({ zone, date, time }: { zone: string; date: string; time: string }) {
  const { t } = useLingui();
  if (zone === '') return <>{t`Dates and times below are in the timezone you choose.`}</>;
  const instant = date ? zonedToInstant({ date, time: time || '12:00' }, zone) : null;
  const offset = instant === null ? null : formatOffset(offsetMinutesAt(instant, zone));
  const timezone = zone.replace(/_/g, ' ');
  return (
    <>
      {offset
        ? t`Dates and times below are in ${timezone} (UTC${offset} on the start date).`
        : t`Dates and times below are in ${timezone}.`}
    </>
  );
}

// Step 1: what, where and when, then the tickets and (for paid or donation tickets) how to pay.
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
        <h2 id="wizard-about-title">About the event</h2>
        <TextField path="name" label="Event name" />
        <fieldset className="field-group">
          <legend>Where</legend>
          <span className="field-checkbox">
            <input
              id="wizard-location-venue"
              type="radio"
              value="venue"
              {...register('locationType')}
            />
            <label htmlFor="wizard-location-venue">At a venue</label>
          </span>
          <span className="field-checkbox">
            <input
              id="wizard-location-online"
              type="radio"
              value="online"
              {...register('locationType')}
            />
            <label htmlFor="wizard-location-online">Online</label>
          </span>
          {locationType === 'online' ? (
            <TextField
              path="onlineUrl"
              label="Link for attendees (optional)"
              type="url"
              inputMode="url"
            />
          ) : (
            <TextField path="locationName" label="Venue address" autoComplete="street-address" />
          )}
        </fieldset>
        <SelectField
          path="timezone"
          label="Timezone"
          hint={<TimezoneHint zone={timezone} date={startDate} time={startTime} />}
          placeholder="Choose a timezone"
          options={timezones}
        />
        <fieldset className="field-group date-time">
          <legend>Starts</legend>
          <TextField path="startDate" label="Start date" type="date" />
          <TextField path="startTime" label="Start time" type="time" />
        </fieldset>
        <fieldset className="field-group date-time">
          <legend>Ends</legend>
          <TextField path="endDate" label="End date" type="date" />
          <TextField path="endTime" label="End time" type="time" />
        </fieldset>
        <TextAreaField path="description" label="Description" />
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
  if (zone === '') return <>Dates and times below are in the timezone you choose.</>;
  const instant = date ? zonedToInstant({ date, time: time || '12:00' }, zone) : null;
  const offset = instant === null ? null : formatOffset(offsetMinutesAt(instant, zone));
  return (
    <>
      Dates and times below are in {zone.replace(/_/g, ' ')}
      {offset ? ` (UTC${offset} on the start date)` : ''}.
    </>
  );
}

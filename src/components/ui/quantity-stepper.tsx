// A quantity picker a thumb can use: − and + buttons around a number field. The allowed values
// are 0 and min..max (a ticket's per-order bounds): − from min goes to 0, + from 0 goes to min,
// and a typed number is brought into range when the field is left.
import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { withTags } from '@/lib/i18n/tags';

interface QuantityStepperProps {
  id: string;
  /** What is counted, for the accessible names ("Quantity of …", "One more …"). */
  itemName: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  describedBy?: string;
}

/** The nearest allowed quantity: 0, or within min..max. */
export function clampQuantity(value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value <= 0 || max < min) return 0;
  return Math.min(Math.max(Math.round(value), min), max);
}

export function QuantityStepper(props: QuantityStepperProps) {
  const { id, itemName, value, min, max, onChange } = props;
  const { t } = useLingui();
  // What the buyer is typing, while they type; otherwise the value itself.
  const [draft, setDraft] = useState<string | null>(null);
  const canLess = value > 0;
  const canMore = max >= min && value < max;

  const step = (direction: 1 | -1) => {
    setDraft(null);
    if (direction === 1) onChange(canMore ? (value === 0 ? min : value + 1) : value);
    else onChange(canLess ? (value <= min ? 0 : value - 1) : value);
  };

  return (
    <div className="stepper">
      <label htmlFor={id} className="stepper-label">
        {withTags(t`Quantity of <0>${itemName}</0>`, [<bdi />])}
      </label>
      <div className="stepper-controls">
        <button
          type="button"
          className="stepper-button"
          aria-label={t`One fewer ${itemName}`}
          aria-controls={id}
          // aria-disabled, not disabled: the button keeps focus when it reaches the end.
          aria-disabled={!canLess}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          className="stepper-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={max >= min ? max : 0}
          step={1}
          value={draft ?? String(value)}
          aria-describedby={props.describedBy}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            const typed = text.trim() === '' ? 0 : Number.parseInt(text, 10);
            if (!Number.isNaN(typed)) onChange(clampQuantity(typed, min, max));
          }}
          onBlur={() => setDraft(null)}
        />
        <button
          type="button"
          className="stepper-button"
          aria-label={t`One more ${itemName}`}
          aria-controls={id}
          aria-disabled={!canMore}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </div>
  );
}

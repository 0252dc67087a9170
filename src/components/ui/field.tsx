// One labelled form control: its label, its hint and its error, tied to the control by
// aria-describedby and aria-invalid. Their ids follow from the control's (`${id}-hint`,
// `${id}-error`), so an error summary or a test can point at them. The control itself is the
// caller's (an input, a select, an input with a prefix), given the props that wire it up.
import type { ReactNode, Ref } from 'react';

/** The ids that describe a control, skipping the ones that are not there; undefined for none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** A field's message, or nothing when there is none. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined || message === '') return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}

/** What the whole form has to say (a refusal no field explains), read out when it appears. */
export function FormError({
  children,
  ref,
  tabIndex,
}: {
  children: ReactNode;
  /** To move focus to the message, give it a ref and `tabIndex={-1}`. */
  ref?: Ref<HTMLParagraphElement>;
  tabIndex?: number;
}) {
  return (
    <p className="form-error" role="alert" tabIndex={tabIndex} ref={ref}>
      {children}
    </p>
  );
}

/** Spread onto the control: `<input {...control} {...register(name)} />`. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  /** The control's id; the label points at it. */
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  /** Under the label (the default) or under the control. */
  hintPlacement?: 'label' | 'control';
  /** `checkbox`: the control, then its label, on one line (a checkbox or a radio button). */
  layout?: 'stacked' | 'checkbox';
  /** Added to `field`. */
  className?: string;
  /** More ids that describe the control (a group's note), read before the hint and the error. */
  describedById?: string;
  /** Marks the control invalid although the message is elsewhere (a group's error). */
  invalid?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({
  id,
  label,
  error,
  hint,
  hintPlacement = 'label',
  layout = 'stacked',
  className,
  describedById,
  invalid,
  children,
}: FieldProps) {
  const hasError = error !== undefined && error !== '';
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = children({
    id,
    'aria-invalid': hasError || invalid ? true : undefined,
    'aria-describedby': describedBy(
      describedById,
      hint !== undefined && hintId,
      hasError && errorId,
    ),
  });
  const labelElement = <label htmlFor={id}>{label}</label>;
  const hintElement =
    hint === undefined ? null : (
      <p className="muted field-hint" id={hintId}>
        {hint}
      </p>
    );
  return (
    <div className={className ? `field ${className}` : 'field'}>
      {layout === 'checkbox' ? (
        <>
          <span className="field-checkbox">
            {control}
            {labelElement}
          </span>
          {hintElement}
        </>
      ) : (
        <>
          {labelElement}
          {hintPlacement === 'label' ? hintElement : null}
          {control}
          {hintPlacement === 'control' ? hintElement : null}
        </>
      )}
      <FieldError id={errorId} message={hasError ? error : undefined} />
    </div>
  );
}

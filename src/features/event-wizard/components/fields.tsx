// Labelled form controls bound to the wizard form, each with its error linked (aria-describedby,
// aria-invalid) and an id derived from its form path so error summaries can point at it.
import { useMemo, type ReactNode } from 'react';
import { get, useFormContext, type FieldPath } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import type { WizardValues } from '../schemas';

/** `tickets.0.price` → `wizard-tickets-0-price`. */
export function fieldId(path: string): string {
  return `wizard-${path.replace(/\./g, '-')}`;
}

/** The message react-hook-form holds for a path, including paths that are not fields (paymentMethods). */
export function useFieldError(path: string): string | undefined {
  const {
    formState: { errors },
  } = useFormContext<WizardValues>();
  const entry: unknown = get(errors, path);
  if (typeof entry === 'object' && entry !== null && 'message' in entry) {
    const message = (entry as { message?: unknown }).message;
    return typeof message === 'string' && message !== '' ? message : undefined;
  }
  return undefined;
}

interface BaseProps {
  path: FieldPath<WizardValues>;
  label: string;
  hint?: ReactNode;
  className?: string;
}

interface TextFieldProps extends BaseProps {
  type?: 'text' | 'date' | 'time' | 'email' | 'url';
  inputMode?: 'decimal' | 'numeric' | 'email' | 'url';
  autoComplete?: string;
  /** Shown before the input (a currency symbol); the label already names it for screen readers. */
  prefix?: string;
  placeholder?: string;
}

export function TextField({
  path,
  label,
  hint,
  type = 'text',
  inputMode,
  autoComplete,
  prefix,
  placeholder,
  className,
}: TextFieldProps) {
  const { register } = useFormContext<WizardValues>();
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => {
        const input = (
          <input
            {...control}
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete ?? 'off'}
            placeholder={placeholder}
            {...register(path)}
          />
        );
        return prefix ? (
          <span className="input-with-prefix">
            <span className="input-prefix" aria-hidden="true">
              {prefix}
            </span>
            {input}
          </span>
        ) : (
          input
        );
      }}
    </Field>
  );
}

export function TextAreaField({ path, label, hint, className }: BaseProps) {
  const { register } = useFormContext<WizardValues>();
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea {...control} rows={4} {...register(path)} />}
    </Field>
  );
}

interface SelectFieldProps extends BaseProps {
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}

export function SelectField({
  path,
  label,
  hint,
  options,
  placeholder,
  className,
}: SelectFieldProps) {
  const { register } = useFormContext<WizardValues>();
  const id = fieldId(path);
  const error = useFieldError(path);
  // The same elements on every render, so React skips them: the timezone list has about 420.
  const optionElements = useMemo(
    () =>
      options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      )),
    [options],
  );
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} {...register(path)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {optionElements}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  path,
  label,
  describedById,
  invalid,
}: BaseProps & { describedById?: string; invalid?: boolean }) {
  const { register } = useFormContext<WizardValues>();
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <Field
      id={id}
      label={label}
      error={error}
      layout="checkbox"
      describedById={describedById}
      invalid={invalid}
    >
      {(control) => <input {...control} type="checkbox" {...register(path)} />}
    </Field>
  );
}

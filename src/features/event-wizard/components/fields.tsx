// Labelled form controls bound to the wizard form, each with its error linked (aria-describedby,
// aria-invalid) and an id derived from its form path so error summaries can point at it.
import type { ReactNode } from 'react';
import { get, useFormContext, type FieldPath } from 'react-hook-form';
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

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
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
  const input = (
    <input
      id={id}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete ?? 'off'}
      placeholder={placeholder}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      {...register(path)}
    />
  );
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined ? (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {prefix ? (
        <span className="input-with-prefix">
          <span className="input-prefix" aria-hidden="true">
            {prefix}
          </span>
          {input}
        </span>
      ) : (
        input
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function TextAreaField({ path, label, hint, className }: BaseProps) {
  const { register } = useFormContext<WizardValues>();
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined ? (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        {...register(path)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
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
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined ? (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        {...register(path)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
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
    <div className="field">
      <span className="field-checkbox">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error || invalid ? true : undefined}
          aria-describedby={describedBy(describedById, error && `${id}-error`)}
          {...register(path)}
        />
        <label htmlFor={id}>{label}</label>
      </span>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

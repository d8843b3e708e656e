// A labelled control with its hint and error, wired with aria-describedby so
// a screen reader reads both when the control gets focus.
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export function controlProps(id: string, error: string | undefined, ...extra: (string | false | undefined)[]): ControlProps {
  return {
    id,
    ...(error ? { 'aria-invalid': true as const } : {}),
    'aria-describedby': describedBy(...extra, error && `${id}-fel`),
  };
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="ws-field-error" id={`${id}-fel`}>
      {error}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  labelClassName?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ id, label, hint, error, className, labelClassName, children }: FieldProps) {
  return (
    <div className={className ? `ws-field ${className}` : 'ws-field'}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint && (
        <p className="ws-hint" id={`${id}-tips`}>
          {hint}
        </p>
      )}
      {children(controlProps(id, error, hint ? `${id}-tips` : undefined))}
      <FieldError id={id} error={error} />
    </div>
  );
}

import { useId, type TextareaHTMLAttributes } from 'react';

export function TextareaField(
  props: { label: string; error?: string | null } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>,
) {
  const { label, error, ...textarea } = props;
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={3} aria-invalid={error ? true : undefined} aria-describedby={errorId} {...textarea} />
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

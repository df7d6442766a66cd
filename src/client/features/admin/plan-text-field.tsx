// The text of one part of the plan being edited (a misi, a tujuan, a sasaran daerah, an IKU's
// name): two lines to type in, marked invalid while empty (the problems list says why).
import { TextareaField } from '../../ui/textarea-field';

export function PlanTextField(props: { label: string; value: string; onChange: (text: string) => void }) {
  return (
    <TextareaField label={props.label} rows={2} value={props.value} aria-invalid={props.value.trim() === '' ? true : undefined}
      onChange={(e) => props.onChange(e.target.value)} />
  );
}

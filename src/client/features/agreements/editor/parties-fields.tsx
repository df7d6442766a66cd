// The PK's identity as typed: level, optional number, PIHAK PERTAMA (nama, jabatan,
// pangkat/golongan, NIP) and PIHAK KEDUA (nama, jabatan). Checked as the user types (NIP 18 digits;
// names and positions required once the user tried to save).
import { useState } from 'react';
import type { Agreement, AgreementKind } from '../../../../domain/agreement';
import { agreementKindSchema } from '../../../../domain/agreement';
import { isValidNip, normaliseNip } from '../../../../domain/agreement-validation';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { TextField } from '../../../ui/text-field';
import { editorMessages } from './editor-messages';
import { SelectField } from './select-field';

export interface PartiesDraft {
  kind: AgreementKind;
  number: string;
  firstName: string;
  firstPosition: string;
  firstRank: string;
  firstNip: string;
  secondName: string;
  secondPosition: string;
}

export type PartiesValue = Pick<Agreement, 'kind' | 'number' | 'firstParty' | 'secondParty'>;
type DraftField = Exclude<keyof PartiesDraft, 'kind' | 'number' | 'firstRank'>;

export function draftOf(agreement: PartiesValue): PartiesDraft {
  return {
    kind: agreement.kind, number: agreement.number ?? '',
    firstName: agreement.firstParty.name, firstPosition: agreement.firstParty.position, firstRank: agreement.firstParty.rank,
    firstNip: agreement.firstParty.nip ?? '', secondName: agreement.secondParty.name, secondPosition: agreement.secondParty.position,
  };
}

/** The field errors of a draft: `required` only reported once the user has tried to save. */
export function partiesErrors(draft: PartiesDraft): Partial<Record<DraftField, 'required' | 'nip'>> {
  const errors: Partial<Record<DraftField, 'required' | 'nip'>> = {};
  for (const field of ['firstName', 'firstPosition', 'secondName', 'secondPosition'] as const) {
    if (draft[field].trim() === '') errors[field] = 'required';
  }
  const nip = normaliseNip(draft.firstNip);
  if (nip !== '' && !isValidNip(nip)) errors.firstNip = 'nip';
  return errors;
}

export function partiesValue(draft: PartiesDraft): PartiesValue {
  const nip = normaliseNip(draft.firstNip);
  return {
    kind: draft.kind,
    number: draft.number.trim() === '' ? null : draft.number.trim(),
    firstParty: { name: draft.firstName.trim(), position: draft.firstPosition.trim(), rank: draft.firstRank.trim(), nip: nip === '' ? null : nip },
    secondParty: { name: draft.secondName.trim(), position: draft.secondPosition.trim() },
  };
}

export function PartiesFields(props: { draft: PartiesDraft; onChange: (draft: PartiesDraft) => void; showRequired: boolean }) {
  const t = useFeatureMessages(editorMessages);
  const { draft } = props;
  const errors = partiesErrors(draft);
  // A field's error shows once the user has left it or tried to save, not on an empty new form.
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const touch = (field: DraftField) => () => setTouched((was) => (was.has(field) ? was : new Set(was).add(field)));
  const set = (field: keyof PartiesDraft) => (e: { target: { value: string } }) => props.onChange({ ...draft, [field]: e.target.value });
  const errorOf = (field: DraftField) => {
    const error = errors[field];
    if (!props.showRequired && !touched.has(field)) return null;
    if (error === 'nip') return t('issue.nipInvalid');
    return error === 'required' ? t('input.required') : null;
  };
  return (
    <>
      <SelectField label={t('kind.label')} value={draft.kind} onChange={set('kind')}
        options={agreementKindSchema.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      <TextField label={t('agreement.number')} value={draft.number} onChange={set('number')} maxLength={120} />
      <fieldset className="party-fieldset">
        <legend>{t('party.first')}</legend>
        <TextField label={t('party.firstName')} value={draft.firstName} onChange={set('firstName')} error={errorOf('firstName')} onBlur={touch('firstName')} maxLength={200} />
        <TextField label={t('party.firstPosition')} value={draft.firstPosition} onChange={set('firstPosition')} error={errorOf('firstPosition')} onBlur={touch('firstPosition')} maxLength={200} />
        <TextField label={t('party.rank')} value={draft.firstRank} onChange={set('firstRank')} maxLength={100} />
        <TextField label={t('party.nip')} hint={t('party.nipHint')} inputMode="numeric" value={draft.firstNip} onChange={set('firstNip')} error={errorOf('firstNip')} onBlur={touch('firstNip')} />
      </fieldset>
      <fieldset className="party-fieldset">
        <legend>{t('party.second')}</legend>
        <TextField label={t('party.secondName')} value={draft.secondName} onChange={set('secondName')} error={errorOf('secondName')} onBlur={touch('secondName')} maxLength={200} />
        <TextField label={t('party.secondPosition')} value={draft.secondPosition} onChange={set('secondPosition')} error={errorOf('secondPosition')} onBlur={touch('secondPosition')} maxLength={200} />
      </fieldset>
    </>
  );
}

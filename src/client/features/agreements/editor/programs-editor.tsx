// The PK's programs and their budget (pagu) while the PK is a draft — not the quarterly budget realisation,
// which is features/budget: program → kegiatan → sub-kegiatan, each with its code and
// anggaran in whole Rupiah (typed the Indonesian way). A line with sub-lines shows their sum
// (the repository writes it); totals are computed. Edits are saved when a field is left, and kept
// on the device as a draft until then (session/use-form-draft.ts).
import { useEffect, useRef, useState } from 'react';
import type { Program } from '../../../../domain/agreement';
import type { PkIssue } from '../../../../domain/agreement-validation';
import { formatRupiah, parseIndonesianNumber } from '../../../../domain/number-format';
import { orderProgramTree, programBudgetTotal } from '../../../../domain/program-tree';
import type { EntrySyncState } from '../../../db/database';
import { deleteProgram, moveProgram, saveProgram } from '../../../db/agreement-parts-repository';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/i18n-context';
import { displayLocale } from '../../../i18n/i18n-provider';
import { useActiveSession } from '../../../session/session-context';
import { DraftNotice } from '../../../session/draft-notice';
import { useFormDraft } from '../../../session/use-form-draft';
import { EntrySyncBadge } from '../../../widgets/entry-sync-badge';
import { editorMessages } from './editor-messages';
import { errorMessage, issueMessage, issuesAt } from './pk-issues';
import { BudgetTable } from '../../../ui/budget-table';

const childLevel = { program: 'kegiatan', kegiatan: 'subkegiatan' } as const;

function BudgetLine(props: {
  program: Program;
  number: number;
  hasChildren: boolean;
  issues: readonly PkIssue[];
  syncState: EntrySyncState | 'synced';
  onFailure: (message: string | null) => void;
}) {
  const t = useFeatureMessages(editorMessages);
  const { formatNumber } = useI18n();
  const { db, actor } = useActiveSession();
  const { program } = props;
  // What the line holds on the device; typed values differ from it until the field is left (saved).
  const stored = { code: program.code, name: program.name, budget: formatNumber(program.budget, 0) };
  // Kept as a draft as it is typed, like every form's: a line half-typed when the user leaves comes back.
  const form = useFormDraft({ key: `program:${program.id}`, initial: stored });
  const { code, name, budget } = form.values;
  const set = (field: keyof typeof stored) => (value: string) => form.setValues((v) => ({ ...v, [field]: value }));
  // A stored change from elsewhere (a sync, the sub-lines' new sum) shows at once, unless the user
  // has typed here: their values stay on screen and in the draft until they save.
  const storedKey = JSON.stringify(stored);
  const lastStored = useRef(storedKey);
  useEffect(() => {
    if (lastStored.current === storedKey) return;
    lastStored.current = storedKey;
    if (!form.isDirty()) form.saved(JSON.parse(storedKey) as typeof stored);
  }, [storedKey, form]);
  // A new line's problems (no code yet) show once the user has left one of its fields.
  const [touched, setTouched] = useState(false);
  const parsed = parseIndonesianNumber(budget);
  const budgetError = touched && !props.hasChildren && (parsed === null || !Number.isSafeInteger(parsed) || parsed < 0) ? t('input.rupiah') : null;
  const run = (write: () => Promise<unknown>) => {
    props.onFailure(null);
    write().catch((error: unknown) => props.onFailure(errorMessage(t, error)));
  };
  const save = () => {
    setTouched(true);
    const nextBudget = props.hasChildren ? program.budget : parsed;
    if (name.trim() === '' || nextBudget === null || !Number.isSafeInteger(nextBudget) || nextBudget < 0) return;
    if (code.trim() === program.code && name.trim() === program.name && nextBudget === program.budget) return form.discard();
    // The user may already be typing in the next field of this line when the save completes: only
    // what was sent counts as saved, or the stored row arriving would replace what they type.
    const sent = { code, name, budget };
    run(() => saveProgram(db, actor, { id: program.id, agreementId: program.agreementId, parentId: program.parentId, code, name, budget: nextBudget })
      .then(() => form.savedUpTo(sent)));
  };
  const lineIssues = touched ? issuesAt(props.issues, program.id) : [];
  const level = program.level;
  const child = level === 'subkegiatan' ? null : childLevel[level];
  const label = name.trim() === '' ? t('budget.nameOf', { n: props.number }) : name;
  return (
    <tr className={`program program--${program.level}`}>
      <td>
        <input aria-label={t('budget.codeOf', { name: label })} value={code} onChange={(e) => set('code')(e.target.value)} onBlur={save} maxLength={40} className="code-input" />
      </td>
      <td className={`indent indent--${program.level}`}>
        <span className="visually-hidden">{t(`budget.level.${program.level}`)}</span>
        <textarea aria-label={t('budget.nameOf', { n: props.number })} value={name} onChange={(e) => set('name')(e.target.value.replace(/[\r\n]+/g, ' '))} onBlur={save} maxLength={500}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); e.currentTarget.blur(); } }}
          rows={1} aria-invalid={touched && name.trim() === '' ? true : undefined} className="name-input" />
        <DraftNotice draft={form} />
        {lineIssues.map((issue) => (
          <p key={`${issue.code}-${issue.field ?? ''}`} className={issue.severity === 'error' ? 'field__error' : 'field__warning'}>{issueMessage(t, issue)}</p>
        ))}
      </td>
      <td className="num">
        {props.hasChildren ? (
          <span title={t('budget.computed')}>{formatRupiah(program.budget, displayLocale)}</span>
        ) : (
          <>
            <input aria-label={t('budget.budgetOf', { name: label })} inputMode="numeric" value={budget} onChange={(e) => set('budget')(e.target.value)} onBlur={save}
              aria-invalid={budgetError ? true : undefined} className="budget-input" />
            {budgetError && <p className="field__error" role="alert">{budgetError}</p>}
          </>
        )}
      </td>
      <td>
        <EntrySyncBadge state={props.syncState} />
        <div className="button-row">
          <button type="button" className="button button--small" aria-label={t('budget.up', { name: label })} onClick={() => run(() => moveProgram(db, actor, program.id, 'up'))}>{t('move.up')}</button>
          <button type="button" className="button button--small" aria-label={t('budget.down', { name: label })} onClick={() => run(() => moveProgram(db, actor, program.id, 'down'))}>{t('move.down')}</button>
          {child && level !== 'subkegiatan' && (
            <button type="button" className="button button--small" aria-label={t(`budget.addChild.${level}`, { name: label })}
              onClick={() => run(() => saveProgram(db, actor, { agreementId: program.agreementId, parentId: program.id, code: '', name: t(`budget.newName.${child}`), budget: 0 }))}>
              +
            </button>
          )}
          <button type="button" className="button button--small" aria-label={t('budget.delete', { name: label })}
            onClick={() => window.confirm(t('budget.deleteConfirm')) && run(() => deleteProgram(db, actor, program.id))}>{t('delete')}</button>
        </div>
      </td>
    </tr>
  );
}

export function ProgramsEditor(props: { agreementId: string; programs: readonly Program[]; issues: readonly PkIssue[]; syncStates: ReadonlyMap<string, EntrySyncState> }) {
  const t = useFeatureMessages(editorMessages);
  const { db, actor } = useActiveSession();
  const [failure, setFailure] = useState<string | null>(null);
  const lines = orderProgramTree(props.programs);
  const parents = new Set(props.programs.map((p) => p.parentId));
  const add = () => {
    setFailure(null);
    saveProgram(db, actor, { agreementId: props.agreementId, parentId: null, code: '', name: t('budget.newName.program'), budget: 0 })
      .catch((error: unknown) => setFailure(errorMessage(t, error)));
  };
  return (
    <section className="programs-editor" aria-labelledby="programs-editor-title">
      <h2 id="programs-editor-title">{t('budget.title')}</h2>
      {lines.length === 0 ? <p className="muted">{t('budget.none')}</p> : (
        <BudgetTable label={t('budget.table')} heads={{ code: t('budget.code'), name: t('budget.name'), budget: t('budget.budget'), extra: t('budget.actions') }}
          totalLabel={t('budget.total')} total={programBudgetTotal(props.programs)}>
          {lines.map(({ program }, index) => (
            <BudgetLine key={program.id} program={program} number={index + 1} hasChildren={parents.has(program.id)}
              issues={props.issues} syncState={props.syncStates.get(program.id) ?? 'synced'} onFailure={setFailure} />
          ))}
        </BudgetTable>
      )}
      <button type="button" className="button" onClick={add}>{t('budget.addProgram')}</button>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </section>
  );
}

// The foot of an admin editor checked as it is typed (the LKE template, the RPJMD): what keeps it
// from being saved, listed in words, or that nothing does; the outcome of the last save; and Save,
// disabled while anything is listed, its description pointing at the list.
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

export function CheckedSave(props: {
  id: string;
  className: string;
  /** Each problem in words; empty: ready to save. */
  problems: readonly string[];
  noProblems: string;
  problemsTitle: string;
  saveBlocked: string;
  status: string | null;
  disabled: boolean;
}) {
  const t = useFeatureMessages(adminMessages);
  return (
    <>
      <div className={props.className} id={`${props.id}-check`}>
        {props.problems.length === 0 ? <p>{props.noProblems}</p> : (
          <>
            <p className="field__error">{props.problemsTitle}</p>
            <ul aria-label={props.problemsTitle}>
              {props.problems.map((problem, i) => <li key={i}>{problem}</li>)}
            </ul>
            <p>{props.saveBlocked}</p>
          </>
        )}
      </div>
      {/* Kept in view at the foot of the screen while the form scrolls: the RPJMD runs to ~10,000 px. */}
      <div className="checked-save__bar">
        {props.status && <p role="status">{props.status}</p>}
        <button type="submit" className="button button--primary" disabled={props.disabled} aria-describedby={`${props.id}-check`}>
          {t('admin.save')}
        </button>
      </div>
    </>
  );
}

// The planner right of an account (domain/permissions.ts canEditPlan): the admin gives it to a
// Bappeda evaluator, who then keeps the RPJMD, the pemda's PK and its IKU figures without the
// admin account. Offered for evaluators only; the server refuses it for other roles (planner_role).
import type { AdminUser } from '../../../api/admin';
import { mayHoldPlannerRight } from '../../../domain/permissions';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { adminMessages } from './messages';

/** "· Perencana" beside the role of an account that holds the right. */
export function PlannerMark(props: { user: Pick<AdminUser, 'planner'> }) {
  const t = useFeatureMessages(adminMessages);
  return props.user.planner ? <> · {t('admin.users.planner')}</> : null;
}

/** Gives or takes the right; the caller saves and says what happened. */
export function PlannerToggle(props: { user: AdminUser; onChange: (planner: boolean) => void }) {
  const t = useFeatureMessages(adminMessages);
  const { user } = props;
  if (!mayHoldPlannerRight(user.role) || !user.active) return null;
  const label = user.planner ? t('admin.users.plannerRevoke') : t('admin.users.plannerGrant');
  return (
    <button type="button" className="button" aria-label={`${label} ${user.username}`} onClick={() => props.onChange(!user.planner)}>
      {label}
    </button>
  );
}

/** The new account's right, shown while the chosen role may hold it. */
export function PlannerField(props: { role: AdminUser['role']; checked: boolean; onChange: (planner: boolean) => void }) {
  const t = useFeatureMessages(adminMessages);
  if (!mayHoldPlannerRight(props.role)) return null;
  return (
    <>
      <label className="choice">
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} aria-describedby="user-planner-hint" />
        {t('admin.users.plannerField')}
      </label>
      <p className="field__hint" id="user-planner-hint">{t('admin.users.plannerHint')}</p>
    </>
  );
}

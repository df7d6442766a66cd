// What keeps an LKE template draft from being saved, in words: components and sub-components named
// by their title (as the admin sees them), fields by their label, totals written the Indonesian way.
import type { FeatureKey } from '../../i18n/feature-messages';
import type { MessageParams } from '../../i18n/translate';
import { formatNumber } from '../../../domain/number-format';
import type { LkeDraftField, LkeProblem, LkeTemplateDraft } from './lke-template-draft';
import type { adminMessages } from './messages';

type AdminT = (key: FeatureKey<typeof adminMessages>, params?: MessageParams) => string;

/** Each field's label; `n` is its place ("1.2.3"). */
export const lkeFieldLabel = {
  title: 'admin.lke.title',
  componentTitle: 'admin.lke.componentTitle',
  componentWeight: 'admin.lke.componentWeight',
  subComponentTitle: 'admin.lke.subComponentTitle',
  subComponentShare: 'admin.lke.subComponentShare',
  criterionText: 'admin.lke.criterionText',
  criterionWeight: 'admin.lke.criterionWeight',
} as const satisfies Record<LkeDraftField, FeatureKey<typeof adminMessages>>;

/** A total as the screen writes it: "100", "99,5". */
export const lkeTotal = (value: number): string => formatNumber(value, 'id-ID', 6);

export function describeLkeProblem(problem: LkeProblem, draft: LkeTemplateDraft, t: AdminT): string {
  const componentOf = (id: string) => {
    const index = draft.components.findIndex((c) => c.id === id);
    const title = draft.components[index]?.title.trim();
    return title || t('admin.lke.componentTitle', { n: index + 1 });
  };
  const subComponentOf = (id: string) => {
    const sub = draft.components.flatMap((c) => c.subComponents).find((s) => s.id === id);
    return sub?.title.trim() || id;
  };
  switch (problem.code) {
    case 'componentWeightsNot100':
      return t('admin.lke.problem.componentWeightsNot100', { total: lkeTotal(problem.total) });
    case 'subComponentSharesNot100':
      return t('admin.lke.problem.subComponentSharesNot100', { component: componentOf(problem.componentId), total: lkeTotal(problem.total) });
    case 'emptyComponent':
      return t('admin.lke.problem.emptyComponent', { component: componentOf(problem.componentId) });
    case 'emptySubComponent':
      return t('admin.lke.problem.emptySubComponent', { component: componentOf(problem.componentId), subComponent: subComponentOf(problem.subComponentId) });
    case 'duplicateId':
      return t('admin.lke.problem.duplicateId', { id: problem.id });
    case 'invalid':
      return t('admin.lke.problem.invalid');
    default: {
      const field = t(lkeFieldLabel[problem.field], { n: problem.number });
      return t(`admin.lke.problem.${problem.code}`, { field, max: lkeTotal(problem.max) });
    }
  }
}

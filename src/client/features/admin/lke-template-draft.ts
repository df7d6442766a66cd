// The LKE template as the admin edits it (Admin → Template LKE): numbers kept as typed ("33,3",
// "33.3"), so a half-typed weight stays on screen and in the draft kept on the device; read back
// into an LkeTemplate to check (validateLkeTemplate) and to send. Fields are named by their place
// ("1.2.3": component 1, sub-component 2, criterion 3), as the screen labels them.
import {
  settleLke, validateLkeTemplate, type LkeAnswerScale, type LkeTemplate, type LkeTemplateProblem,
} from '../../../domain/lke-template';
import { lkeTemplateContentSchema, type LkeTemplateContent } from '../../../domain/lke-template-record';
import { formatNumber, parseIndonesianNumber } from '../../../domain/number-format';

export interface LkeCriterionDraft { id: string; text: string; weight: string; scale: LkeAnswerScale }
export interface LkeSubComponentDraft { id: string; title: string; share: string; criteria: LkeCriterionDraft[] }
export interface LkeComponentDraft { id: string; title: string; weight: string; subComponents: LkeSubComponentDraft[] }
export interface LkeTemplateDraft { title: string; components: LkeComponentDraft[] }

/** The fields a problem can point at; each is also a label of the screen (messages.ts admin.lke.*). */
export type LkeDraftField =
  | 'title' | 'componentTitle' | 'componentWeight' | 'subComponentTitle' | 'subComponentShare' | 'criterionText' | 'criterionWeight';

/** A field left empty, too long, or not a number in its range (up to `max` characters or points). */
export interface LkeDraftProblem { code: 'empty' | 'tooLong' | 'notANumber'; field: LkeDraftField; number: string; max: number }

export type LkeProblem = LkeDraftProblem | LkeTemplateProblem | { code: 'invalid' };

// The schema's bounds (domain/lke-template.ts), said before the server refuses them.
const maxLength: Partial<Record<LkeDraftField, number>> = { title: 200, componentTitle: 200, subComponentTitle: 300, criterionText: 1000 };
type LkeNumberField = 'componentWeight' | 'subComponentShare' | 'criterionWeight';
const maxNumber: Record<LkeNumberField, number> = { componentWeight: 100, subComponentShare: 100, criterionWeight: 1000 };

/** A weight or share as typed ("33,3" or "33.3"), if it is a number above 0 and within its bound; else null. */
export function lkeAmountOf(value: string, field: LkeNumberField): number | null {
  const parsed = parseIndonesianNumber(value);
  return parsed !== null && Number.isFinite(parsed) && parsed > 0 && parsed <= maxNumber[field] ? parsed : null;
}

const typed = (value: number): string => formatNumber(value, 'id-ID', 6);

export function draftOfLkeTemplate(template: LkeTemplate): LkeTemplateDraft {
  return {
    title: template.title,
    components: template.components.map((c) => ({
      id: c.id, title: c.title, weight: typed(c.weight),
      subComponents: c.subComponents.map((s) => ({
        id: s.id, title: s.title, share: typed(s.share),
        criteria: s.criteria.map((k) => ({ id: k.id, text: k.text, weight: typed(k.weight), scale: k.scale })),
      })),
    })),
  };
}

/** The template the draft says (a number not yet valid counts as 0), and what is wrong with its fields. */
export function readLkeDraft(draft: LkeTemplateDraft, year: number): { template: LkeTemplate; problems: LkeDraftProblem[] } {
  const problems: LkeDraftProblem[] = [];
  const text = (value: string, field: LkeDraftField, number: string): string => {
    const trimmed = value.trim();
    const max = maxLength[field] ?? 0;
    if (trimmed === '') problems.push({ code: 'empty', field, number, max });
    else if (trimmed.length > max) problems.push({ code: 'tooLong', field, number, max });
    return trimmed;
  };
  const amount = (value: string, field: LkeNumberField, number: string): number => {
    const parsed = lkeAmountOf(value, field);
    if (parsed === null) problems.push({ code: 'notANumber', field, number, max: maxNumber[field] });
    return parsed ?? 0;
  };
  const template: LkeTemplate = {
    year,
    title: text(draft.title, 'title', ''),
    components: draft.components.map((c, ci) => ({
      id: c.id, title: text(c.title, 'componentTitle', `${ci + 1}`), weight: amount(c.weight, 'componentWeight', `${ci + 1}`),
      subComponents: c.subComponents.map((s, si) => ({
        id: s.id, title: text(s.title, 'subComponentTitle', `${ci + 1}.${si + 1}`), share: amount(s.share, 'subComponentShare', `${ci + 1}.${si + 1}`),
        criteria: s.criteria.map((k, ki) => {
          const number = `${ci + 1}.${si + 1}.${ki + 1}`;
          return { id: k.id, text: text(k.text, 'criterionText', number), weight: amount(k.weight, 'criterionWeight', number), scale: k.scale };
        }),
      })),
    })),
  };
  return { template, problems };
}

export interface LkeDraftCheck {
  problems: LkeProblem[];
  /** What Simpan sends when there are no problems. */
  content: LkeTemplateContent | null;
  /** Sum of the component weights, and of each component's sub-component shares (by component id). */
  componentTotal: number;
  shareTotals: Record<string, number>;
}

export function checkLkeDraft(draft: LkeTemplateDraft, year: number): LkeDraftCheck {
  const { template, problems: fieldProblems } = readLkeDraft(draft, year);
  const problems: LkeProblem[] = [...fieldProblems, ...validateLkeTemplate(template)];
  const parsed = lkeTemplateContentSchema.safeParse({ title: template.title, components: template.components });
  // Anything the schema refuses that no message above names yet (an id a restored draft broke).
  if (problems.length === 0 && !parsed.success) problems.push({ code: 'invalid' });
  const sum = (values: number[]) => settleLke(values.reduce((a, b) => a + b, 0));
  return {
    problems,
    content: problems.length === 0 && parsed.success ? parsed.data : null,
    componentTotal: sum(template.components.map((c) => c.weight)),
    shareTotals: Object.fromEntries(template.components.map((c) => [c.id, sum(c.subComponents.map((s) => s.share))])),
  };
}

/** `${subComponentId}.${n}`, n one above the largest numeric suffix there, and no id in the template yet. */
export function nextLkeCriterionId(draft: LkeTemplateDraft, subComponentId: string): string {
  const ids = new Set(draft.components.flatMap((c) => [c.id, ...c.subComponents.flatMap((s) => [s.id, ...s.criteria.map((k) => k.id)])]));
  const sub = draft.components.flatMap((c) => c.subComponents).find((s) => s.id === subComponentId);
  const prefix = `${subComponentId}.`;
  const suffixes = (sub?.criteria ?? [])
    .filter((k) => k.id.startsWith(prefix) && /^\d+$/.test(k.id.slice(prefix.length)))
    .map((k) => Number(k.id.slice(prefix.length)));
  let n = Math.max(0, ...suffixes) + 1;
  while (ids.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** A new, empty criterion at the end of a sub-component, on the scale of the one before it. */
export function addLkeCriterion(draft: LkeTemplateDraft, subComponentId: string): LkeTemplateDraft {
  const id = nextLkeCriterionId(draft, subComponentId);
  return mapSubComponent(draft, subComponentId, (s) => ({
    ...s, criteria: [...s.criteria, { id, text: '', weight: '1', scale: s.criteria.at(-1)?.scale ?? 'yesNo' }],
  }));
}

export function removeLkeCriterion(draft: LkeTemplateDraft, criterionId: string): LkeTemplateDraft {
  return {
    ...draft,
    components: draft.components.map((c) => (c.subComponents.some((s) => s.criteria.some((k) => k.id === criterionId))
      ? { ...c, subComponents: c.subComponents.map((s) => ({ ...s, criteria: s.criteria.filter((k) => k.id !== criterionId) })) }
      : c)),
  };
}

function mapSubComponent(draft: LkeTemplateDraft, subComponentId: string, change: (s: LkeSubComponentDraft) => LkeSubComponentDraft): LkeTemplateDraft {
  return {
    ...draft,
    components: draft.components.map((c) => (c.subComponents.some((s) => s.id === subComponentId)
      ? { ...c, subComponents: c.subComponents.map((s) => (s.id === subComponentId ? change(s) : s)) }
      : c)),
  };
}

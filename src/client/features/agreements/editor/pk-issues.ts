// PK issues (domain/agreement-validation.ts) and refusals as sentences, and where each belongs.
import type { PkIssue } from '../../../../domain/agreement-validation';
import type { PkContent } from '../../../../domain/agreement-revision';
import { formatNumber } from '../../../../domain/number-format';
import type { FeatureT } from '../../../i18n/feature-messages';
import { AgreementEditError } from '../../../db/agreement-writes';
import { StorageFullError } from '../../../db/storage-errors';
import { editorMessages, type EditorKey } from './editor-messages';

type T = FeatureT<EditorKey>;

/** A field's name in words; the field path itself when the catalogue has no name for it. */
export function fieldLabel(t: T, field: string): string {
  const key = `field.${field}`;
  return key in editorMessages.id ? t(key as EditorKey) : field;
}

export function issueMessage(t: T, issue: PkIssue): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params ?? {})) params[key] = typeof value === 'number' ? formatNumber(value, 'id-ID', 10) : value;
  const key = `issue.${issue.code}`;
  return key in editorMessages.id ? t(key as EditorKey, params) : issue.code;
}

/** The issue with the row it is on, for the list shown beside the sign button. */
export function issueSentence(t: T, issue: PkIssue, content: Pick<PkContent, 'goals' | 'indicators' | 'programs'>): string {
  const message = issueMessage(t, issue);
  const nameOf = (rows: readonly { id: string; name: string }[]) => rows.find((r) => r.id === issue.recordId)?.name ?? '';
  switch (issue.entity) {
    case 'agreement':
      return issue.field ? t('issue.at.agreement', { field: fieldLabel(t, issue.field), message }) : t('issue.at.pk', { message });
    case 'goal':
      return t('issue.at.goal', { name: nameOf(content.goals), message });
    case 'indicator':
      return t('issue.at.indicator', { name: nameOf(content.indicators), message });
    case 'program':
      return t('issue.at.program', { name: nameOf(content.programs), message });
  }
}

/** Issues of one row, optionally one field (a field prefix like "quarterTargets" covers its items). */
export function issuesAt(issues: readonly PkIssue[], recordId: string, field?: string): PkIssue[] {
  return issues.filter((i) => i.recordId === recordId && (field === undefined || i.field === field || (i.field ?? '').startsWith(`${field}.`)));
}

export function errorMessage(t: T, error: unknown): string {
  if (error instanceof StorageFullError) return t('error.storageFull');
  if (error instanceof AgreementEditError) {
    return t(`error.${error.problem}`, { field: fieldLabel(t, error.detail.field ?? '') });
  }
  return t('error.unknown');
}

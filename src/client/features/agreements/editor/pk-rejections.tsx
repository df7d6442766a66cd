// Why the server refused a change of this PK or one of its parts, shown next to the PK (the full
// list, with the choices, is in the conflict inbox).
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { listAgreementRejections } from '../../../db/agreement-queries';
import { useFeatureMessages } from '../../../i18n/feature-messages';
import { useActiveSession } from '../../../session/session-context';
import { editorMessages } from './editor-messages';
import { issueMessage } from './pk-issues';
import type { PkIssue } from '../../../../domain/agreement-validation';

/** A sign refusal (agreement_incomplete) names what is missing in `details.issues`. */
function issuesOf(details: unknown): PkIssue[] {
  const issues = (details as { issues?: unknown } | null | undefined)?.issues;
  return Array.isArray(issues) ? issues.filter((i): i is PkIssue => typeof (i as PkIssue | null)?.code === 'string') : [];
}

const entities = ['agreement', 'goal', 'indicator', 'program'] as const;
type PkEntity = (typeof entities)[number];

export function PkRejections(props: { agreementId: string }) {
  const t = useFeatureMessages(editorMessages);
  const { db } = useActiveSession();
  const rejections = useLiveQuery(() => listAgreementRejections(db, props.agreementId), [db, props.agreementId]);
  if (!rejections || rejections.length === 0) return null;
  return (
    <div className="notice pk-rejections" role="alert">
      <p><strong>{t('rejected.title')}</strong></p>
      <ul>
        {rejections.map((r) => {
          const what = (entities as readonly string[]).includes(r.entity) ? t(`rejected.${r.entity as PkEntity}`) : r.entity;
          // The app's catalogue follows the chosen language; the server's text is the fallback.
          const known = t(`rejection.${r.code}`);
          const reason = known === `rejection.${r.code}` || known === '' ? r.message : known;
          const issues = issuesOf(r.details);
          return (
            <li key={r.mutationId}>
              {t('rejected.item', { what, reason })}
              {issues.length > 0 && <ul>{issues.map((issue, i) => <li key={i}>{issueMessage(t, issue)}</li>)}</ul>}
            </li>
          );
        })}
      </ul>
      <Link to="/conflicts">{t('rejected.open')}</Link>
    </div>
  );
}

// "Unduh LHE (PDF)": the unit's laporan hasil evaluasi, made on the device from the answers it
// holds (a DRAF until the LKE is final). An evaluator signs it: their name starts the signature.
import { calendarDateIn, tenantTimeZone } from '../../../domain/tenant-clock';
import { canReview } from '../../../domain/permissions';
import type { LkeView } from '../../db/lke-queries';
import { listLkeRecommendations } from '../../db/lke-recommendation-repository';
import type { FeatureT } from '../../i18n/feature-messages';
import { useActiveSession } from '../../session/session-context';
import { DocumentButton } from '../../ui/document-button';
import type { lkeMessages } from './messages';

type T = FeatureT<keyof typeof lkeMessages.id>;

export function LheDownload(props: { t: T; view: LkeView }) {
  const { db, actor, info } = useActiveSession();
  const { view } = props;
  const make = async (onProgress: (f: number) => void) => {
    const { makeLheDocument } = await import('../../documents/make');
    const isEvaluator = canReview(actor, { tenantId: actor.tenantId, orgUnitId: null }).allowed;
    const orgUnitId = view.orgUnit?.id ?? '';
    const recommendations = orgUnitId === '' ? [] : await listLkeRecommendations(db, orgUnitId, view.year);
    const responses = [...view.answers.values()].flatMap((s) => [s.self, s.review]).filter((r) => r !== null);
    return makeLheDocument({
      tenantName: info.tenant.name, unitName: view.orgUnit?.name ?? '', year: view.year, template: view.template, responses, evaluation: view.evaluation, recommendations,
      evaluatedBy: isEvaluator ? { name: info.user.name, position: info.user.position, nip: info.user.nip } : null,
      place: null, date: calendarDateIn(new Date(), tenantTimeZone(info.tenant.settings)),
    }, info.tenant.logo, onProgress);
  };
  return (
    <div className="actions">
      <DocumentButton label={props.view.evaluation?.status === 'final' ? props.t('lke.lhe') : props.t('lke.lheDraft')} make={make} />
    </div>
  );
}

// The /cascade screen's documents: the matriks cascading of the whole pemda (PDF to print, XLSX to
// sort), and the pohon kinerja as a printed figure of the tree the filters leave on screen, every
// branch open. The generators load with import() on click, never with the screen.
import { cascadeRollUpRule } from '../../../domain/cascade';
import type { CascadeIndicatorEntry, CascadeTreeNode } from '../../../domain/cascade-tree';
import type { Quarter } from '../../../domain/period';
import { calendarDateIn } from '../../../domain/tenant-clock';
import { useActiveSession } from '../../session/session-context';
import { useTenantTimeZone } from '../../session/tenant-clock';
import { DocumentButton } from '../../ui/document-button';
import type { CascadeT } from './messages';

export interface CascadeDownloadsProps {
  t: CascadeT;
  year: number;
  upTo: Quarter;
  /** The whole tree and what is not aligned, for the matrix. */
  roots: readonly CascadeTreeNode[];
  unaligned: readonly CascadeIndicatorEntry[];
  /** The tree as the screen's filters leave it, for the printed tree. */
  shownRoots: readonly CascadeTreeNode[];
  unitNames: ReadonlyMap<string, string>;
  /** The chosen filters by name; null = all. */
  filters: { sasaran: string | null; unit: string | null; atRiskOnly: boolean };
}

export function CascadeDownloads(props: CascadeDownloadsProps) {
  const { t, year, upTo } = props;
  const { info } = useActiveSession();
  const timeZone = useTenantTimeZone();
  const { settings } = info.tenant;
  const common = () => ({
    tenantName: info.tenant.name, year, upTo, rollUpRule: cascadeRollUpRule(settings), cap: settings.achievementCap,
    // Dated with the pemda's today, not the device's.
    date: calendarDateIn(new Date(), timeZone),
  });
  const matrix = (format: 'pdf' | 'xlsx') => async (onProgress: (fraction: number) => void) => {
    const [{ makeCascadeMatrixDocument }, { cascadeMatrixRows, unalignedRows }] = await Promise.all([
      import('../../documents/make'), import('../../documents/cascade-matrix'),
    ]);
    const nameOf = (id: string) => props.unitNames.get(id) ?? '';
    return makeCascadeMatrixDocument(format, {
      ...common(), rows: cascadeMatrixRows(props.roots, nameOf), unaligned: unalignedRows(props.unaligned, nameOf),
    }, info.tenant.logo, onProgress);
  };
  const tree = async (onProgress: (fraction: number) => void) => {
    const { makeCascadeTreeDocument } = await import('../../documents/make');
    return makeCascadeTreeDocument({
      ...common(), roots: props.shownRoots, unitNames: props.unitNames, bands: settings.categoryBands, filters: props.filters,
    }, info.tenant.logo, onProgress);
  };
  return (
    <>
      <div className="actions">
        <DocumentButton label={t('cascade.matrixPdf')} make={matrix('pdf')} />
        <DocumentButton label={t('cascade.matrixXlsx')} make={matrix('xlsx')} />
        <DocumentButton label={t('cascade.treePdf')} make={tree} />
      </div>
      <p className="field__hint">{t('cascade.documentsHint')}</p>
    </>
  );
}

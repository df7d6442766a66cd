// "Belum selaras": the unit indicators that support nothing yet, and each unit's share aligned,
// for Bappeda to chase and for a unit to see what is left to link.
import type { CascadeIndicatorEntry } from '../../../domain/cascade-tree';
import type { OrgUnit } from '../../../domain/org-unit';
import { ScrollTable } from '../../ui/scroll-table';
import type { CascadeT } from './messages';

export interface AlignmentRow {
  unit: OrgUnit;
  total: number;
  aligned: number;
  share: number | null;
}

export function UnalignedSection(props: {
  t: CascadeT;
  unaligned: readonly CascadeIndicatorEntry[];
  unitNames: ReadonlyMap<string, string>;
  shares: readonly AlignmentRow[];
  formatShare: (value: number) => string;
}) {
  const { t } = props;
  return (
    <>
      <h2 id="unaligned-title">{t('cascade.unaligned')}</h2>
      <p>{t('cascade.unalignedIntro')}</p>
      {props.unaligned.length === 0 ? <p role="status">{t('cascade.unalignedNone')}</p> : (
        <ScrollTable labelledBy="unaligned-title"
          head={<tr><th scope="col">{t('cascade.col.unit')}</th><th scope="col">{t('cascade.col.indicator')}</th></tr>}>
          {props.unaligned.map((e) => (
            <tr key={e.indicator.id}><td>{props.unitNames.get(e.orgUnitId) ?? ''}</td><th scope="row">{e.indicator.name}</th></tr>
          ))}
        </ScrollTable>
      )}
      {props.shares.length > 0 && (
        <>
          <h2 id="alignment-title">{t('cascade.alignment')}</h2>
          <ScrollTable labelledBy="alignment-title" head={(
            <tr>
              <th scope="col">{t('cascade.col.unit')}</th>
              <th scope="col" className="num">{t('cascade.col.aligned')}</th>
              <th scope="col" className="num">{t('cascade.col.share')}</th>
            </tr>
          )}>
            {props.shares.map((row) => (
              <tr key={row.unit.id}>
                <th scope="row">{row.unit.name}</th>
                <td className="num">{t('cascade.alignedCount', { aligned: row.aligned, total: row.total })}</td>
                <td className="num">{row.share === null ? '–' : props.formatShare(row.share)}</td>
              </tr>
            ))}
          </ScrollTable>
        </>
      )}
    </>
  );
}

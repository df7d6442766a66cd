// The LKjIP draft of a unit for a year (DOCX, src/client/documents/lkjip-docx.ts), made on the
// device from its own copy of the data, so it works offline too. The optional sheet fills what the
// app does not hold: last year's realisation before the app was used, and the Renstra's targets.
import { useState } from 'react';
import { lkjipYearOf } from '../../domain/lkjip';
import { mergeLkjipKnown, type LkjipImport, type LkjipImportError } from '../../domain/lkjip-import';
import { peerKey } from '../../domain/peer-outlier';
import { periodOf } from '../../domain/period';
import { getLkjipDocumentData, type LkjipDocumentData } from '../db/document-queries';
import { useFeatureMessages } from '../i18n/feature-messages';
import { useActiveSession } from '../session/session-context';
import { useTenantTimeZone } from '../session/tenant-clock';
import { DocumentButton, DocumentDataMissing, xlsxMime } from '../ui/document-button';
import { lkjipMessages } from './lkjip-messages';
import '../ui/field-warning.css';

interface Sheet { file: string; read: LkjipImport }

export function LkjipSection(props: { units: ReadonlyArray<{ id: string; name: string }> }) {
  const t = useFeatureMessages(lkjipMessages);
  const { db, info } = useActiveSession();
  const today = periodOf(new Date(), useTenantTimeZone());
  const [year, setYear] = useState(lkjipYearOf(today));
  const [unitId, setUnitId] = useState('');
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const unit = props.units.find((u) => u.id === unitId) ?? props.units[0];

  const data = async (): Promise<LkjipDocumentData> => {
    const found = unit ? await getLkjipDocumentData(db, unit.id, year) : null;
    if (!found) throw new DocumentDataMissing();
    return found;
  };
  const indicatorsOf = (d: LkjipDocumentData) => d.goals.flatMap((g) => g.indicators.map((i) => i.indicator));

  const makeSheet = async () => {
    const d = await data();
    const { generateLkjipSheet } = await import('../documents/lkjip-sheet');
    const bytes = await generateLkjipSheet({ year, unitName: d.unitName, goals: d.goals.map((g) => ({ name: g.name, indicators: g.indicators.map((i) => i.indicator) })), lastYear: d.lastYear });
    const { documentFileName } = await import('../documents/file-name');
    return { bytes, fileName: documentFileName(['Data-LKjIP', year, d.unitName], 'xlsx'), mimeType: xlsxMime };
  };

  const makeDraft = async () => {
    const d = await data();
    const fromSheet = sheet?.read.known ?? new Map();
    const { makeLkjipDocument } = await import('../documents/make');
    return makeLkjipDocument({
      year, unitName: d.unitName, tenantName: info.tenant.name, agreement: d.agreement, programs: d.programs,
      realisedByProgram: d.realisedByProgram, settings: info.tenant.settings,
      goals: d.goals.map((g) => ({
        name: g.name,
        indicators: g.indicators.map((i) => ({ ...i, known: mergeLkjipKnown(d.lastYear, fromSheet, peerKey(i.indicator)) })),
      })),
    });
  };

  async function pick(file: File | undefined) {
    setFileError(null);
    setSheet(null);
    if (!file) return;
    const d = await data().catch(() => null);
    if (!d) return setFileError(t('lkjip.noData', { year }));
    const { readLkjipFile } = await import('../documents/lkjip-sheet');
    const result = await readLkjipFile(file, indicatorsOf(d));
    if (!result.ok) return setFileError(t(`lkjip.error.${result.error}`));
    setSheet({ file: file.name, read: result.read });
  }

  const errorText = (e: LkjipImportError) => t(`lkjip.error.${e.code}`, { row: e.row ?? '', value: e.value ?? '' });
  const years = [today.year, today.year - 1, today.year - 2];
  if (!unit) return null;
  return (
    <section aria-labelledby="lkjip-title">
      <h2 id="lkjip-title">{t('lkjip.title')}</h2>
      <p className="field__hint">{t('lkjip.hint')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor="lkjip-year">{t('lkjip.year')}</label>
          <select id="lkjip-year" value={year} onChange={(e) => { setYear(Number(e.target.value)); setSheet(null); }}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        {props.units.length > 1 && (
          <div className="field">
            <label htmlFor="lkjip-unit">{t('lkjip.unit')}</label>
            <select id="lkjip-unit" value={unit.id} onChange={(e) => { setUnitId(e.target.value); setSheet(null); }}>
              {props.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </div>
        )}
      </div>
      <h3>{t('lkjip.sheetTitle')}</h3>
      <p className="field__hint">{t('lkjip.sheetHint')}</p>
      <div className="actions">
        <DocumentButton label={t('lkjip.sheetDownload')} make={makeSheet} />
      </div>
      <div className="field">
        <label htmlFor="lkjip-sheet">{t('lkjip.sheetPick')}</label>
        <input id="lkjip-sheet" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void pick(e.target.files?.[0])} />
        {fileError && <p className="field__error" role="alert">{fileError}</p>}
        {sheet && (
          <div role="status">
            <p className="field__hint">{t('lkjip.sheetRead', { count: sheet.read.known.size, file: sheet.file })}</p>
            {sheet.read.errors.length > 0 && <ul>{sheet.read.errors.map((e, i) => <li key={i} className="field__warning">{errorText(e)}</li>)}</ul>}
          </div>
        )}
      </div>
      <div className="actions">
        <DocumentButton label={t('lkjip.docx')} make={makeDraft} />
      </div>
    </section>
  );
}

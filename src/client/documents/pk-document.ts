// What a PK print needs, as plain domain data (no database): the agreement, the unit's name, its
// goals with their indicators in order (and, when the pemda wants it, what each supports), its
// budget lines, and the logo (or null).
import type { Agreement, Program } from '../../domain/agreement';
import type { Indicator } from '../../domain/indicator';
import type { DocumentImage } from './assets';

/** minValue, maxValue and evidenceRequired are in the workbook only: the signed PDF's layout is regulated. */
export type PkIndicator = Pick<
  Indicator, 'name' | 'unit' | 'targetType' | 'annualTarget' | 'quarterTargets' | 'scaleLevels' | 'minValue' | 'maxValue' | 'evidenceRequired'
> & {
  /** The name of the IKU or higher indicator it supports (cascading); absent or '' when none is known. */
  supportsName?: string;
};

export interface PkDocumentInput {
  agreement: Pick<Agreement, 'year' | 'version' | 'status' | 'number' | 'firstParty' | 'secondParty' | 'signedOn' | 'signedPlace'>;
  unitName: string;
  goals: ReadonlyArray<{ name: string; indicators: readonly PkIndicator[] }>;
  programs: readonly Program[];
  logo: DocumentImage | null;
  /** The attachment gets a column "Mendukung (IKU/indikator atasan)": the pemda's setting pkPrintSupports. */
  supportsColumn?: boolean;
}

export const supportsColumnHeader = 'Mendukung (IKU/indikator atasan)';

export const pkTitle = (year: number): string => `PERJANJIAN KINERJA TAHUN ${year}`;

export const openingSentence =
  'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:';

export const firstPartyPromise =
  'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.';

export const secondPartyPromise =
  'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.';

/** A draft (not yet signed) prints with the DRAF mark; a superseded PK is still a signed record. */
export const isDraftPk = (input: PkDocumentInput): boolean => input.agreement.status === 'draft';

export const programLevelLabel = { program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub-kegiatan' } as const;

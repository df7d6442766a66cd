// A category band's name in the chosen language. The built-in bands (Permendagri 86/2017 and the
// dashboard status) have English names; a band a tenant named itself keeps its own name.
import type { Language } from '../../api/error-codes';
import { dashboardStatusBands, permendagri86Bands } from '../../domain/default-settings';
import type { CategoryBand } from '../../domain/tenant';

const english: Record<string, string> = {
  sangat_tinggi: 'Very high',
  tinggi: 'High',
  sedang: 'Moderate',
  rendah: 'Low',
  sangat_rendah: 'Very low',
  melampaui: 'Exceeded',
  tercapai: 'Achieved',
  mendekati_target: 'Near target',
  perlu_perhatian: 'Needs attention',
  kritis: 'Critical',
};

const builtIn = new Map([...permendagri86Bands, ...dashboardStatusBands].map((b) => [b.key, b.label]));

export function categoryLabel(band: Pick<CategoryBand, 'key' | 'label'>, language: Language): string {
  if (language !== 'en' || builtIn.get(band.key) !== band.label) return band.label;
  return english[band.key] ?? band.label;
}

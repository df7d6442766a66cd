import type { RealisationValueProblem } from '../../../domain/realisation';
import type { FeatureKey } from '../../i18n/feature-messages';
import type { realisationMessages } from './messages';

export type ValueProblem = RealisationValueProblem | 'notANumber' | 'indicatorMissing';

/** Same words the server uses when it refuses the value (src/api/errors.ts). */
export const valueProblemKeys: Record<ValueProblem, FeatureKey<typeof realisationMessages>> = {
  negative: 'rejection.negative_value',
  notBinary: 'rejection.not_binary',
  notOnScale: 'rejection.not_on_scale',
  tooLarge: 'rejection.value_too_large',
  notANumber: 'realisation.notANumber',
  indicatorMissing: 'realisation.notFound',
};

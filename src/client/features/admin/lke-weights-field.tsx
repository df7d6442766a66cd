// The components' weights side by side with their total, so the admin balances them to 100 in one
// place without opening each component.
import { useFeatureMessages } from '../../i18n/feature-messages';
import { lkeAmountOf, type LkeComponentDraft } from './lke-template-draft';
import { lkeTotal } from './lke-template-problems';
import { adminMessages } from './messages';

export function LkeWeightsField(props: {
  id: string;
  components: readonly LkeComponentDraft[];
  total: number;
  onChange: (index: number, weight: string) => void;
}) {
  const t = useFeatureMessages(adminMessages);
  return (
    <fieldset className="field lke-weights" aria-describedby={`${props.id}-hint`}>
      <legend>{t('admin.lke.weights')}</legend>
      <p className="field__hint" id={`${props.id}-hint`}>{t('admin.lke.weightsHint')}</p>
      <div className="lke-row">
        {props.components.map((component, index) => {
          const id = `${props.id}-weight-${index}`;
          return (
            <div key={component.id} className="field">
              <label htmlFor={id}>{t('admin.lke.componentWeight', { n: index + 1 })}</label>
              <input id={id} inputMode="decimal" size={6} value={component.weight} aria-describedby={`${id}-name`}
                aria-invalid={lkeAmountOf(component.weight, 'componentWeight') === null ? true : undefined}
                onChange={(e) => props.onChange(index, e.target.value)} />
              <span className="field__hint" id={`${id}-name`}>{component.title}</span>
            </div>
          );
        })}
      </div>
      <p className={props.total === 100 ? undefined : 'field__error'}>{t('admin.lke.componentTotal', { total: lkeTotal(props.total) })}</p>
    </fieldset>
  );
}

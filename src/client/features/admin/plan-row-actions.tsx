// Naikkan, Turunkan and Hapus for one misi or tujuan of the plan being edited (Hapus alone for a
// sasaran daerah or IKU: no `onMove`): each button says which ("Hapus tujuan 2.1") to a screen
// reader, and Hapus asks first unless the row is still empty (what goes is said in `consequence`).
import { useState } from 'react';
import { useFeatureMessages } from '../../i18n/feature-messages';
import { ConfirmBox } from '../../ui/confirm-box';
import { adminMessages } from './messages';

export function PlanRowActions(props: {
  /** What the buttons act on, as read after the verb: "misi 2", "tujuan 2.1". */
  what: string;
  index: number;
  count: number;
  onMove?: (by: -1 | 1) => void;
  onRemove: () => void;
  /** False: removed at once (nothing typed in it yet). */
  askFirst: boolean;
  confirmTitle: string;
  consequence: string;
}) {
  const t = useFeatureMessages(adminMessages);
  const [asking, setAsking] = useState(false);
  const { onMove } = props;
  // The space outside the hidden part: some name computations trim a hidden span's own spaces.
  const hidden = <span className="visually-hidden">{props.what}</span>;
  return (
    <>
      <div className="button-row plan-row-actions">
        {onMove && (
          <>
            <button type="button" className="button button--small" disabled={props.index === 0} onClick={() => onMove(-1)}>
              {t('admin.plan.moveUp')} {hidden}
            </button>
            <button type="button" className="button button--small" disabled={props.index === props.count - 1} onClick={() => onMove(1)}>
              {t('admin.plan.moveDown')} {hidden}
            </button>
          </>
        )}
        <button type="button" className="button button--small" onClick={() => (props.askFirst ? setAsking(true) : props.onRemove())}>
          {t('admin.plan.remove')} {hidden}
        </button>
      </div>
      {asking && (
        <ConfirmBox title={props.confirmTitle} consequence={props.consequence} confirmLabel={t('admin.plan.removeYes')} cancelLabel={t('admin.plan.cancel')}
          onConfirm={() => { setAsking(false); props.onRemove(); }} onCancel={() => setAsking(false)} />
      )}
    </>
  );
}

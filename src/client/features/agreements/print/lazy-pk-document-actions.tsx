// The PK document buttons, loaded on demand: the agreement screens are in the first load, these
// buttons (and their messages) are not.
import { lazy, Suspense } from 'react';

const PkDocumentActions = lazy(() => import('./pk-document-actions').then((m) => ({ default: m.PkDocumentActions })));

export function LazyPkDocumentActions(props: { agreementId: string }) {
  return (
    <Suspense fallback={null}>
      <PkDocumentActions agreementId={props.agreementId} />
    </Suspense>
  );
}

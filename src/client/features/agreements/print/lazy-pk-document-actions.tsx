// The PK document buttons, loaded on demand: the agreement screens are in the first load, these
// buttons (and their messages) are not. No Suspense boundary of its own: the screen around waits
// for them (the PK panel's, a route's), so they arrive with the PK instead of pushing it down a
// moment later (layout shift). Their chunk is fetched as soon as this module runs.
import { onDemand } from '../../../ui/on-demand';

const chunk = import('./pk-document-actions');
const PkDocumentActions = onDemand(() => chunk.then((m) => m.PkDocumentActions));

export function LazyPkDocumentActions(props: { agreementId: string }) {
  return <PkDocumentActions agreementId={props.agreementId} />;
}

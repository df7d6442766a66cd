// The PK document buttons, loaded on demand: the agreement screens are in the first load, these
// buttons (and their messages) are not. No Suspense boundary of its own: the screen around waits
// for them (the PK panel's, a route's), so they arrive with the PK instead of pushing it down a
// moment later (layout shift). Their chunk is fetched as soon as this module runs.
import { onDemand } from '../../../ui/on-demand';

const chunk = import('./pk-print-buttons');
const PkPrintButtons = onDemand(() => chunk.then((m) => m.PkPrintButtons));

export function LazyPkPrintButtons(props: { agreementId: string }) {
  return <PkPrintButtons agreementId={props.agreementId} />;
}

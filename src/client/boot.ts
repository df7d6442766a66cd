// A second, tiny entry script (index.html), run as soon as it arrives, before the main entry's
// React is evaluated: when someone is signed in on this browser it starts fetching the app behind
// the login (full-app.tsx and its chunks, all at once) instead of after React is up: an offline
// start otherwise waited ~200 ms for React and then walked the app's chunk tree level by level.
// It also paints the kept look of the screen being opened (start-snapshot.ts) until the live one
// is ready.
import { readCurrentAccountHint } from './db/account-hint';
import { showStartSnapshot } from './start-snapshot';

const hinted = readCurrentAccountHint();
if (hinted) {
  void import('./full-app');
  const root = document.getElementById('root');
  if (root) showStartSnapshot(hinted.user.id, window.location.pathname + window.location.search, root);
}

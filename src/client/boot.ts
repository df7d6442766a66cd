// A second, tiny script of index.html. Vite bundles it into the entry, where it runs first, once
// React's chunk has been evaluated and before main.tsx renders anything. When someone is signed in
// on this browser it starts fetching the app behind the login (full-app.tsx and its chunks, all at
// once), instead of the app shell walking the chunk tree level by level after React's first
// render. It also paints the kept look of the screen being opened (start-snapshot.ts) until the
// live one is ready.
import { readCurrentAccountHint } from './db/account-hint';
import { showStartSnapshot } from './lib/start-snapshot';

const hinted = readCurrentAccountHint();
if (hinted) {
  void import('./full-app');
  const root = document.getElementById('root');
  if (root) showStartSnapshot(hinted.user.id, window.location.pathname + window.location.search, root);
}

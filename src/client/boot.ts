// A second, tiny entry script (index.html), run as soon as it arrives, before the main entry's
// React is evaluated: when someone is signed in on this browser it starts fetching the app behind
// the login (full-app.tsx and its chunks, all at once) instead of after React is up: an offline
// start otherwise waited ~200 ms for React and then walked the app's chunk tree level by level.
import { readCurrentAccountHint } from './db/account-hint';

if (readCurrentAccountHint()) void import('./full-app');

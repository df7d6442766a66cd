// Keeps the look of the screen when the app is hidden or closed, for the next start to paint at
// once (start-snapshot.ts). SessionProvider throws the kept looks away when the data changes.
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { homePathOf } from '../lib/home-path';
import { useActiveSession } from '../session/session-context';
import { keepStartSnapshot } from '../lib/start-snapshot';

export function useStartSnapshots(): void {
  const { info, actor } = useActiveSession();
  const location = useLocation();
  const path = location.pathname + location.search;
  const home = location.pathname === homePathOf(actor);
  const userId = info.user.id;

  useEffect(() => {
    const keep = () => {
      const root = document.getElementById('root');
      if (root) keepStartSnapshot(userId, path, home, root);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', keep);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', keep);
    };
  }, [userId, path, home]);
}

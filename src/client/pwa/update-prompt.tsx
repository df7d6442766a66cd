// Prompt strategy: the waiting service worker takes over only when the user says so.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateToast } from './update-toast';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return <UpdateToast onReload={() => void updateServiceWorker(true)} onDismiss={() => setNeedRefresh(false)} />;
}

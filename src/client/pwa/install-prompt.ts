// Installing the app: Android's (Chromium's) install prompt is kept when the browser offers it
// (beforeinstallprompt), so the app can offer it at a good moment and in settings. Only this
// listener is in the first load (the event may come early); the offer is install-offer.tsx.

export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const installPrompt = {
  deferred: null as InstallPromptEvent | null,
  installed: false,
  listeners: new Set<() => void>(),
};

function notify(): void {
  for (const listener of installPrompt.listeners) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // offered by the app (banner, settings), not the browser's mini-bar
    installPrompt.deferred = event as InstallPromptEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    installPrompt.installed = true;
    installPrompt.deferred = null;
    notify();
  });
}

export { notify as notifyInstallChange };

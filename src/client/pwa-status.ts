import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker and says when the whole site is available offline, or offers a
 * reload when a newer build has been deployed.
 */
const status = document.querySelector<HTMLElement>('[data-pwa-status]');
const message = status?.querySelector<HTMLElement>('[data-pwa-message]');
const reload = status?.querySelector<HTMLButtonElement>('[data-pwa-reload]');

function show(text: string, offerReload: boolean): void {
  if (!status || !message || !reload) return;
  message.textContent = text;
  reload.hidden = !offerReload;
  status.hidden = false;
}

if ('serviceWorker' in navigator) {
  const updateServiceWorker = registerSW({
    onOfflineReady: () => show('Available offline', false),
    onNeedRefresh: () => show('A newer version of this site is ready.', true),
  });
  reload?.addEventListener('click', () => void updateServiceWorker(true));
  // A page controlled by an installed service worker is already readable offline.
  if (navigator.serviceWorker.controller) show('Available offline', false);
}

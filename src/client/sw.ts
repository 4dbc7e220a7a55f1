import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/**
 * The service worker: Workbox precaches every page, asset and the search index listed by the
 * build (`self.__WB_MANIFEST`), serves /guides/x/ from guides/x/index.html and any query string
 * from the page without it, and shows the 404 page for unknown pages offline.
 */
declare const self: {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
};

// The page's "Reload" button asks the waiting worker to take over (see pwa-status.ts).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();
// The worker lives at the site's base path, so its scope says where the 404 page is.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(new URL('404.html', self.registration.scope).href)),
);

// Quarry's service worker: makes the app installable and shows a page of its own instead
// of the browser's error when there is no connection. Cards and answers always come from
// the server (an answer must be stored before the next card), so only the offline page
// and the icons are cached; everything else goes to the network untouched.
const CACHE = 'quarry-offline-v1';
const OFFLINE_PAGE = 'offline.html';
const PRECACHED = [OFFLINE_PAGE, 'manifest.webmanifest', 'icons/icon.svg', 'icons/icon-192.png',
  'icons/icon-512.png', 'icons/icon-maskable-512.png', 'icons/apple-touch-icon.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHED)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
    return;
  }
  const url = new URL(request.url);
  if (url.origin === self.location.origin && url.pathname.includes('/icons/')) {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
  }
});

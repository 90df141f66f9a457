// Sillon — field app service worker: keeps the app shell on the tablet so that the app opens without network.
// The API is never cached here (the app keeps its data in IndexedDB); the shell is served from the cache at once and
// refreshed in the background when the network answers. Bump VERSION when the list changes.
const VERSION = 'sillon-field-1';
const SHELL = ['./', 'index.html', 'app.js', 'store.js', 'field.css', 'manifest.webmanifest', 'icon.svg',
  'icon-192.png', 'icon-512.png', '../webjars/idb/7.0.1/build/index.js', '../webjars/idb/7.0.1/build/wrap-idb-value.js'];
const SHELL_URLS = new Set(SHELL.map(p => new URL(p, self.registration.scope).href));

self.addEventListener('install', event => {
  event.waitUntil(caches.open(VERSION).then(c => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k.startsWith('sillon-field-') && k !== VERSION).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') { return; }
  const url = new URL(request.url);
  url.search = '';
  const key = request.mode === 'navigate' && url.href.startsWith(self.registration.scope)
    ? new URL('index.html', self.registration.scope).href : url.href;
  if (!SHELL_URLS.has(key) && request.mode !== 'navigate') { return; } // the API and the rest: the network, untouched
  event.respondWith(caches.open(VERSION).then(async cache => {
    const cached = await cache.match(key);
    const fresh = fetch(request).then(r => { if (r.ok && r.type === 'basic') { cache.put(key, r.clone()); } return r; });
    if (cached) { fresh.catch(() => {}); return cached; }
    return fresh;
  }));
});

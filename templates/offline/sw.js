{% autoescape off %}// The service worker: pages already read keep working when the network is gone.
// Served by offline.views.service_worker_script; the configuration comes from
// offline/service_worker.py.
"use strict";

const CONFIG = {{ config }};
const STATIC_CACHE = "static-" + CONFIG.version;
const PAGES_CACHE = "pages";
// On a slow network, a page kept on the phone is shown after this long; the
// fetch goes on and refreshes the kept copy for next time.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(STATIC_CACHE)
      .then((cache) => cache.addAll(CONFIG.precache))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names
          .filter((name) => name.startsWith("static-") && name !== STATIC_CACHE)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

function languageOf(url) {
  const first = url.pathname.split("/")[1];
  return first in CONFIG.offlinePages ? first : CONFIG.defaultLanguage;
}

function mayBeSaved(url, response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  if (!(response.headers.get("Content-Type") || "").startsWith("text/html")) return false;
  return !CONFIG.neverSaved.some((part) => url.pathname.includes(part));
}

async function fromNetworkFirst(request) {
  const url = new URL(request.url);
  const cache = await caches.open(PAGES_CACHE);
  const network = fetch(request).then(async (response) => {
    if (mayBeSaved(url, response)) {
      await cache.put(request, response.clone());
    }
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
    // The network is slow: the kept copy if there is one, else keep waiting.
    const kept = await cache.match(request);
    return kept || await network;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    const offline = await caches.match(CONFIG.offlinePages[languageOf(url)]);
    return offline || Response.error();
  }
}

async function fromCacheThenRefresh(event) {
  const cache = await caches.open(STATIC_CACHE);
  const kept = await cache.match(event.request);
  const refresh = fetch(event.request).then((response) => {
    if (response.ok) cache.put(event.request, response.clone());
    return response;
  });
  if (kept) {
    event.waitUntil(refresh.catch(() => undefined));
    return kept;
  }
  return refresh;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/admin/") || url.pathname.startsWith("/django-admin/")) return;
  if (request.mode === "navigate") {
    event.respondWith(fromNetworkFirst(request));
  } else if (url.pathname.startsWith(CONFIG.staticUrl)) {
    event.respondWith(fromCacheThenRefresh(event));
  }
});
{% endautoescape %}

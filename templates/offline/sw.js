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

function savedCourseCaches() {
  return caches.keys().then((names) => names.filter((name) => name.startsWith(CONFIG.savedPrefix)));
}

// A saved course's copy of a page read online is replaced by the live one, so that
// what the phone shows offline is never older than what its reader last saw.
async function refreshSavedCopies(request, response) {
  for (const name of await savedCourseCaches()) {
    const cache = await caches.open(name);
    if (await cache.match(request)) await cache.put(request, response.clone());
  }
}

async function keptCopy(request) {
  const pages = await caches.open(PAGES_CACHE);
  return (await pages.match(request)) || (await caches.match(request));
}

// Offline, a certificate's short address (a printed QR code opened by the phone's
// camera) opens the certificate verifier kept on this phone, in the phone's language
// if it keeps that one; the verifier reads the address and checks it on the phone.
const VERIFIER_ADDRESSES = new RegExp(CONFIG.verifierAddresses);

async function keptVerifier() {
  const wanted = (self.navigator.languages || []).map((tag) => tag.slice(0, 2));
  const languages = Object.keys(CONFIG.verifierPages)
    .sort((a, b) => (wanted.indexOf(a) + 1 || 99) - (wanted.indexOf(b) + 1 || 99));
  for (const language of languages) {
    const kept = await caches.match(CONFIG.verifierPages[language]);
    if (kept) return kept;
  }
  return null;
}

async function fromNetworkFirst(request) {
  const url = new URL(request.url);
  const cache = await caches.open(PAGES_CACHE);
  const network = fetch(request).then(async (response) => {
    if (mayBeSaved(url, response)) {
      await cache.put(request, response.clone());
      await refreshSavedCopies(request, response);
    }
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
    // The network is slow: the kept copy if there is one, else keep waiting.
    const kept = await keptCopy(request);
    return kept || await network;
  } catch (error) {
    const kept = await keptCopy(request);
    if (kept) return kept;
    const verifier = VERIFIER_ADDRESSES.test(url.pathname) ? await keptVerifier() : null;
    if (verifier) return verifier;
    const offline = await caches.match(CONFIG.offlinePages[languageOf(url)]);
    return offline || Response.error();
  }
}

// Images of a saved course: from the phone when kept there, else from the network.
async function fromSavedThenNetwork(request) {
  return (await caches.match(request)) || fetch(request);
}

async function fromCacheThenRefresh(event) {
  const cache = await caches.open(STATIC_CACHE);
  // The verifier's own files outlive a new version's static cache (see above).
  const kept = (await cache.match(event.request))
    || (await (await caches.open(CONFIG.verifierCache)).match(event.request));
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

// Forms posted offline ------------------------------------------------------------
// "Mark as complete" pressed with no network is kept in IndexedDB with a random key
// and sent when the network is back; the server accepts each key once
// (offline/replay.py), so sending the queue twice changes nothing.

const QUEUED_FORMS = new RegExp(CONFIG.queuedForms);

function openQueue() {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open("lms-offline", 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore("queue", { keyPath: "key" });
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

async function inQueue(mode, work) {
  const db = await openQueue();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction("queue", mode);
    const result = work(transaction.objectStore("queue"));
    transaction.oncomplete = () => resolve(result.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

const queued = () => inQueue("readonly", (store) => store.getAll());
const dequeue = (key) => inQueue("readwrite", (store) => store.delete(key));

function page(language, title, text, links) {
  const anchors = links
    .map(([href, label]) => `<a class="button" href="${encodeURI(href)}">${label}</a>`)
    .join(" ");
  const html = `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="stylesheet" href="${CONFIG.precache[0]}"></head><body><main id="main">
<div class="page-content"><h1>${title}</h1><p role="status">${text}</p>
<p class="actions">${anchors}</p></div></main></body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function localPath(value) {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//")
    ? value : null;
}

async function postOrKeep(request) {
  const body = await request.clone().text();
  try {
    return await fetch(request);
  } catch (offline) {
    const url = new URL(request.url);
    const language = languageOf(url);
    const said = CONFIG.messages[language];
    const home = `/${language}/learn/`;
    if ((await queued()).length >= CONFIG.queueLimit) {
      return page(language, said.fullTitle, said.full, [[home, said.home]]);
    }
    await inQueue("readwrite", (store) => store.put({
      key: self.crypto.randomUUID(), url: url.pathname, body, queuedAt: Date.now(),
    }));
    if (self.registration.sync) {
      await self.registration.sync.register("lms-send-queue").catch(() => undefined);
    }
    const next = localPath(new URLSearchParams(body).get("next"));
    const links = next ? [[next, said.continue], [home, said.home]] : [[home, said.home]];
    return page(language, said.savedTitle, said.saved, links);
  }
}

// A refusal's reason, as the server wrote it on its refusal page in the request's
// language (templates/refused.html); the page showing it decodes the markup.
function refusalMessage(html) {
  const found = /<p role="alert">([\s\S]*?)<\/p>/.exec(html);
  return found ? found[1].trim().slice(0, 500) : "";
}

async function tellPages() {
  for (const client of await self.clients.matchAll({ type: "window" })) {
    client.postMessage("queue-changed");
  }
}

let sending = null;

function sendQueue() {
  // One sending at a time in this worker; other tabs' and syncs' calls wait for it.
  sending = sending || (async () => {
    try {
      for (const entry of await queued()) {
        if (entry.refused) continue;  // kept to be shown, never sent again
        let response;
        try {
          response = await fetch(entry.url, {
            method: "POST",
            body: entry.body,
            credentials: "same-origin",
            redirect: "manual",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              "Idempotency-Key": entry.key,
            },
          });
        } catch (stillOffline) {
          return;  // kept; the next page load or sync tries again
        }
        if (response.type === "opaqueredirect" || response.ok) {
          await dequeue(entry.key);  // counted (a redirect, or 204: counted before)
        } else if (response.status === 401) {
          // The session ended: kept until its reader signs in again, which the pages
          // ask them to do (static/js/offline.js).
          await inQueue("readwrite", (store) => store.put({ ...entry, signInAsked: true }));
          return;
        } else if (response.status < 500) {
          // Refused for good (not enrolled, no longer published, another account's):
          // never counted, so the reader is told, on every page until they dismiss it.
          const message = refusalMessage(await response.text());
          await inQueue("readwrite", (store) => store.put({
            ...entry, refused: { status: response.status, message, at: Date.now() },
          }));
        }
        // A server error keeps the entry for the next try.
      }
    } finally {
      sending = null;
      await tellPages().catch(() => undefined);
    }
  })();
  return sending;
}

self.addEventListener("sync", (event) => {
  if (event.tag === "lms-send-queue") event.waitUntil(sendQueue());
});

self.addEventListener("message", (event) => {
  if (event.data === "send-queue") event.waitUntil(sendQueue());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/admin/") || url.pathname.startsWith("/django-admin/")) return;
  if (request.method === "POST") {
    if (request.mode === "navigate" && QUEUED_FORMS.test(url.pathname)) {
      event.respondWith(postOrKeep(request));
    }
    return;
  }
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    // A page that loads means the network is back: send what was kept.
    event.waitUntil(sendQueue().catch(() => undefined));
    event.respondWith(fromNetworkFirst(request));
  } else if (url.pathname.startsWith(CONFIG.staticUrl)) {
    event.respondWith(fromCacheThenRefresh(event));
  } else if (url.pathname.startsWith(CONFIG.mediaUrl)) {
    event.respondWith(fromSavedThenNetwork(request));
  }
});
{% endautoescape %}

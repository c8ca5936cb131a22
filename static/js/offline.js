// The only script a trainee page loads: it lets the phone keep pages already read
// for when the network is gone, send progress made offline when it is back
// (templates/offline/sw.js), and save a whole course for offline. Pages work fully
// without it: what it adds is hidden until it runs.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  });
  // The worker says when it has sent (or been refused) what this phone kept.
  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data === "queue-changed") document.dispatchEvent(new Event("lms-queue-changed"));
  });
  window.addEventListener("online", function () {
    if (navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage("send-queue");
    }
  });
}

// "Save this course for offline" ----------------------------------------------------
// The course page says what it would download (its pages and the image each lesson
// shows at this phone's screen width, each measured with a HEAD request: the bytes
// really transferred, compressed), saves it into a cache of its own ("course-<id>",
// which the service worker reads offline), and lists what is saved with a Remove.
(function () {
  "use strict";
  if (!("caches" in window) || !("serviceWorker" in navigator)) return;
  var SAVED = "course-";
  var META = "/offline-saved/";

  function say(section, name, values) {
    var text = section.dataset[name] || "";
    Object.keys(values || {}).forEach(function (key) { text = text.split(key).join(values[key]); });
    return text;
  }

  function size(bytes) {
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)) + " KB";
    return (bytes / (1024 * 1024)).toFixed(1) + " MB";
  }

  // Which image formats this browser shows: a <picture>'s AVIF or WebP source is used
  // only where it can be decoded (1-pixel images made with Pillow; data: is allowed).
  var PROBES = {
    "image/avif": "data:image/avif;base64,AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUIAAADrbWV0YQAAAAAAAAAhaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAAAAAAAOcGl0bQAAAAAAAQAAAB5pbG9jAAAAAEQAAAEAAQAAAAEAAAETAAAAJQAAAChpaW5mAAAAAAABAAAAGmluZmUCAAAAAAEAAGF2MDFDb2xvcgAAAABqaXBycAAAAEtpcGNvAAAAFGlzcGUAAAAAAAAAAQAAAAEAAAAQcGl4aQAAAAADCAgIAAAADGF2MUOBAAwAAAAAE2NvbHJuY2x4AAEADQAGgAAAABdpcG1hAAAAAAAAAAEAAQQBAoMEAAAALW1kYXQSAAoIGAAGiAhoNCAyFxTHh4ZlAgggnlAAAAD2b2M9SPG6ZHSs",
    "image/webp": "data:image/webp;base64,UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAUAmJaQAA3AA/vz0AAA=",
  };
  var shown = { "": Promise.resolve(true) };

  function canShow(type) {
    if (!(type in shown)) {
      shown[type] = !PROBES[type] ? Promise.resolve(false) : new Promise(function (resolve) {
        var probe = new Image();
        probe.onload = function () { resolve(probe.naturalWidth === 1); };
        probe.onerror = function () { resolve(false); };
        probe.src = PROBES[type];
      });
    }
    return shown[type];
  }

  // The address a browser shows for an image filling the lesson column on this screen:
  // the first format it can show, at the width it would pick.
  async function pick(formats) {
    var candidates = formats[formats.length - 1][1];
    for (var f = 0; f < formats.length; f++) {
      if (await canShow(formats[f][0])) { candidates = formats[f][1]; break; }
    }
    var needed = Math.min(window.innerWidth, 736) * (window.devicePixelRatio || 1);
    var sorted = candidates.slice().sort(function (a, b) { return a[1] - b[1]; });
    for (var i = 0; i < sorted.length; i++) if (sorted[i][1] >= needed) return sorted[i][0];
    return sorted[sorted.length - 1][0];
  }

  // The bytes a file costs: its compressed body (Content-Length of a HEAD request) and
  // its response's headers, which travel too (about a kilobyte each here, mostly the
  // security headers: a third of a short lesson's page). Counted as HTTP/1.1 writes them.
  function headerBytes(response) {
    var bytes = ("HTTP/1.1 " + response.status + " " + response.statusText + "\r\n\r\n").length;
    response.headers.forEach(function (value, name) { bytes += name.length + value.length + 4; });
    return bytes;
  }

  async function measure(url) {
    var response = await fetch(url, { method: "HEAD", credentials: "same-origin", cache: "no-store" });
    if (!response.ok) throw new Error(url + ": " + response.status);
    return Number(response.headers.get("Content-Length") || 0) + headerBytes(response);
  }

  async function inBatches(items, work) {
    var results = [];
    for (var i = 0; i < items.length; i += 4) {
      results = results.concat(await Promise.all(items.slice(i, i + 4).map(work)));
    }
    return results;
  }

  async function savedMeta(name) {
    var cache = await caches.open(name);
    var kept = await cache.match(META + name);
    return kept ? kept.json() : null;
  }

  async function courseSection(section) {
    var status = section.querySelector("[data-status]");
    var save = section.querySelector("[data-action=save]");
    var remove = section.querySelector("[data-action=remove]");
    var name = SAVED + section.dataset.course;
    var plan = null;

    function show(text, canSave, canRemove) {
      status.textContent = text;
      save.hidden = !canSave;
      remove.hidden = !canRemove;
    }

    async function prepare() {
      show(say(section, "measuring"), false, false);
      try {
        var files = await (await fetch(section.dataset.files, { credentials: "same-origin" })).json();
        var urls = files.pages.concat(await Promise.all(files.images.map(pick)));
        var sizes = await inBatches(urls, measure);
        var bytes = sizes.reduce(function (a, b) { return a + b; }, 0);
        plan = { urls: urls, bytes: bytes, title: files.title };
        show(say(section, "ready", { SIZE: size(plan.bytes) }), true, false);
      } catch (error) {
        show(say(section, "offline"), false, false);
      }
    }

    section.hidden = false;
    var meta = (await caches.has(name)) ? await savedMeta(name) : null;
    if (meta) show(say(section, "saved", { SIZE: size(meta.bytes) }), false, true);
    else await prepare();

    save.addEventListener("click", async function () {
      if (!plan) return;
      save.disabled = true;
      try {
        if (navigator.storage && navigator.storage.estimate) {
          var estimate = await navigator.storage.estimate();
          if (estimate.quota - estimate.usage < plan.bytes * 1.2) {
            var error = new Error("quota");
            error.name = "QuotaExceededError";
            throw error;
          }
        }
        var cache = await caches.open(name);
        var done = 0;
        await inBatches(plan.urls, async function (url) {
          var response = await fetch(url, { credentials: "same-origin" });
          if (!response.ok) throw new Error(url + ": " + response.status);
          await cache.put(url, response);
          done += 1;
          show(say(section, "saving", { DONE: done, TOTAL: plan.urls.length }), false, false);
        });
        var record = { title: plan.title, url: plan.urls[0], bytes: plan.bytes, savedAt: Date.now() };
        await cache.put(META + name, new Response(JSON.stringify(record),
          { headers: { "Content-Type": "application/json" } }));
        show(say(section, "saved", { SIZE: size(plan.bytes) }), false, true);
      } catch (error) {
        await caches.delete(name);  // nothing half-saved
        var quota = error && error.name === "QuotaExceededError";
        show(say(section, quota ? "quota" : "failed", { SIZE: size(plan.bytes) }), true, false);
      } finally {
        save.disabled = false;
      }
    });
    remove.addEventListener("click", async function () {
      await caches.delete(name);
      await prepare();
      status.textContent = say(section, "removed") + " " + status.textContent;
    });
  }

  async function savedList(section) {
    var list = section.querySelector("ul");
    var names = (await caches.keys()).filter(function (n) { return n.indexOf(SAVED) === 0; });
    var shown = 0;
    for (var i = 0; i < names.length; i++) {
      var meta = await savedMeta(names[i]);
      if (!meta) continue;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = meta.url;
      link.textContent = meta.title;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button-small";
      button.textContent = say(section, "remove");
      button.addEventListener("click", (function (cacheName, row) {
        return async function () { await caches.delete(cacheName); row.remove(); };
      })(names[i], item));
      item.append(link, " · " + size(meta.bytes) + " ", button);
      list.append(item);
      shown += 1;
    }
    section.hidden = shown === 0;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var course = document.getElementById("save-offline");
    if (course) courseSection(course);
    var saved = document.getElementById("saved-courses");
    if (saved) savedList(saved);
  });
})();

// Progress kept offline -------------------------------------------------------------
// What the worker keeps to send (IndexedDB "lms-offline", store "queue", written by
// templates/offline/sw.js): how much waits, whether the reader must sign in again for
// it to go, and what the server refused — with its reason — until dismissed.
(function () {
  "use strict";
  if (!("indexedDB" in window) || !("serviceWorker" in navigator)) return;

  function withQueue(mode, work) {
    return new Promise(function (resolve, reject) {
      var opening = indexedDB.open("lms-offline", 1);
      opening.onupgradeneeded = function () {
        opening.result.createObjectStore("queue", { keyPath: "key" });
      };
      opening.onerror = function () { reject(opening.error); };
      opening.onsuccess = function () {
        var transaction = opening.result.transaction("queue", mode);
        var request = work(transaction.objectStore("queue"));
        transaction.oncomplete = function () { resolve(request && request.result); };
        transaction.onerror = function () { reject(transaction.error); };
      };
    });
  }

  function fill(text, values) {
    Object.keys(values).forEach(function (key) { text = text.split(key).join(values[key]); });
    return text;
  }

  // The server's refusal message arrives as markup from its page: read as text only.
  function plain(markup) {
    return new DOMParser().parseFromString(markup || "", "text/html").body.textContent.trim();
  }

  async function show(section) {
    var entries = await withQueue("readonly", function (store) { return store.getAll(); });
    var data = section.dataset;
    var waiting = entries.filter(function (entry) { return !entry.refused; });
    var refused = entries.filter(function (entry) { return entry.refused; });
    var signIn = waiting.some(function (entry) { return entry.signInAsked; });
    var count = { COUNT: String(waiting.length) };

    var waitingPart = section.querySelector("[data-part=waiting]");
    waitingPart.textContent = fill(data.waiting, count);
    waitingPart.hidden = waiting.length === 0 || signIn;

    var signInPart = section.querySelector("[data-part=sign-in]");
    signInPart.querySelector("span").textContent = fill(data.signIn, count);
    var link = signInPart.querySelector("a");
    link.search = "?next=" + encodeURIComponent(location.pathname);
    signInPart.hidden = !(waiting.length && signIn);

    var refusedPart = section.querySelector("[data-part=refused]");
    refusedPart.querySelector("p").textContent = data.refused;
    var list = refusedPart.querySelector("ul");
    list.textContent = "";
    var language = document.documentElement.lang || undefined;
    refused.forEach(function (entry) {
      var item = document.createElement("li");
      var what = entry.url.indexOf("/practice/") >= 0 ? data.practice : data.complete;
      var when = new Date(entry.queuedAt).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" });
      item.textContent = what + " (" + fill(data.savedOn, { DATE: when }) + "): "
        + (plain(entry.refused.message) || data.noReason);
      list.append(item);
    });
    refusedPart.hidden = refused.length === 0;
    section.hidden = waitingPart.hidden && signInPart.hidden && refusedPart.hidden;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.getElementById("offline-sendings");
    if (!section) return;
    var update = function () { show(section).catch(function () {}); };
    section.querySelector("[data-part=refused] button").addEventListener("click", async function () {
      await withQueue("readwrite", function (store) {
        var all = store.getAll();
        all.onsuccess = function () {
          all.result.forEach(function (entry) { if (entry.refused) store.delete(entry.key); });
        };
        return all;
      });
      update();
    });
    document.addEventListener("lms-queue-changed", update);
    window.addEventListener("online", update);
    update();
  });
})();

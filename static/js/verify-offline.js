/* The offline verifier (certificates/offline_verifier.py).
 *
 * Online, it keeps in the "verifier" cache: this script, the page's stylesheet, the QR
 * decoder where the browser has no BarcodeDetector (static/vendor/jsqr/), the issuer's
 * did.json and every status list (each list's EdDSA signature checked against did.json
 * before it is kept), and the time they were checked. Offline, a QR code's
 * address /v/<code>#c2.<key>.<list>.<index>.<digest>.<signature> is checked against
 * what is kept: the Ed25519 signature over
 * "lms-certificate-qr-2.<code>.<list>.<index>." + digest (certificates/credentials/
 * printed.py), then the bit <index> of list <list>. Verdicts: valid, revoked, forged,
 * unknown (with the reason). The page says how old its revocation list is.
 */
(function () {
  "use strict";
  var root = document.getElementById("offline-verifier");
  if (!root) return;
  var CACHE = root.getAttribute("data-cache");
  var DID_URL = root.getAttribute("data-did-url");
  var LISTS = root.getAttribute("data-status-lists").split(" ").filter(Boolean);
  var STATE_URL = "/verify/offline/kept-state";
  var LANGUAGE = document.documentElement.lang || "en";
  var WEEK_MS = 7 * 24 * 3600 * 1000;
  var PROOF = /^c2\.([0-9a-f]{8})\.(\d{1,9})\.(\d{1,9})\.([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{86})$/;
  var encoder = new TextEncoder();

  function $(selector) { return root.querySelector(selector); }
  function each(selector, work) { root.querySelectorAll(selector).forEach(work); }

  // Bytes and signatures ------------------------------------------------------------
  function bytes(b64url) {
    var text = atob(b64url.replace(/-/g, "+").replace(/_/g, "/"));
    var out = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  function joined(first, second) {
    var out = new Uint8Array(first.length + second.length);
    out.set(first); out.set(second, first.length);
    return out;
  }
  function ed25519Verify(x, signature, message) {
    return crypto.subtle.importKey(
      "jwk", { kty: "OKP", crv: "Ed25519", x: x }, { name: "Ed25519" }, false, ["verify"]
    ).then(function (key) {
      return crypto.subtle.verify({ name: "Ed25519" }, key, signature, message);
    });
  }
  function methodOf(did, test) {
    return (did.verificationMethod || []).filter(function (m) {
      return test(m) && m.publicKeyJwk && m.publicKeyJwk.kty === "OKP" && m.publicKeyJwk.crv === "Ed25519";
    })[0];
  }
  function signedAfter(method, seconds) {
    return ["expires", "revoked"].some(function (end) {
      return method[end] && seconds * 1000 >= Date.parse(method[end]);
    });
  }

  // A status list: a VC-JWT signed by a key of did.json, in that key's window.
  function statusListClaims(token, did) {
    var parts = token.split(".");
    if (parts.length !== 3) return Promise.reject(new Error("malformed list"));
    var header = JSON.parse(new TextDecoder().decode(bytes(parts[0])));
    var claims = JSON.parse(new TextDecoder().decode(bytes(parts[1])));
    var method = methodOf(did, function (m) { return m.id === header.kid; });
    if (header.alg !== "EdDSA" || !method || signedAfter(method, claims.iat)) {
      return Promise.reject(new Error("list not signed by the issuer"));
    }
    return ed25519Verify(method.publicKeyJwk.x, bytes(parts[2]), encoder.encode(parts[0] + "." + parts[1]))
      .then(function (genuine) {
        if (!genuine) throw new Error("list signature");
        return claims;
      });
  }
  function revokedBits(claims) {
    var encoded = claims.credentialSubject.encodedList;  // multibase "u" + base64url(gzip)
    var stream = new Blob([bytes(encoded.slice(1))]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  // What the phone keeps --------------------------------------------------------------
  function kept(url) {
    return caches.open(CACHE).then(function (cache) { return cache.match(url); });
  }
  function keptJson(url) {
    return kept(url).then(function (response) { return response ? response.json() : null; });
  }
  function keptText(url) {
    return kept(url).then(function (response) { return response ? response.text() : null; });
  }

  function refresh() {
    showFreshness("loading");
    var did, didText, lists = {};
    return fetch(DID_URL, { cache: "no-cache", credentials: "omit" })
      .then(function (response) { if (!response.ok) throw new Error("did.json"); return response.text(); })
      .then(function (text) {
        didText = text; did = JSON.parse(text);
        return Promise.all(LISTS.map(function (url) {
          return fetch(url, { cache: "no-cache", credentials: "omit" })
            .then(function (response) { if (!response.ok) throw new Error(url); return response.text(); })
            .then(function (token) {
              return statusListClaims(token, did).then(revokedBits).then(function () { lists[url] = token; });
            });
        }));
      })
      .then(function () { return caches.open(CACHE); })
      .then(function (cache) {
        var files = [root.getAttribute("data-page-url")];
        document.querySelectorAll("script[src], link[rel=stylesheet]").forEach(function (el) {
          var url = new URL(el.src || el.href, location.href);
          if (url.origin === location.origin) files.push(url.pathname);
        });
        // The QR decoder where this browser needs it (setUpCamera), loaded yet or not.
        if (NEEDS_DECODER) files.push(root.getAttribute("data-decoder-url"));
        files = files.filter(function (file, at) { return files.indexOf(file) === at; });  // addAll refuses twins
        var json = { headers: { "Content-Type": "application/json" } };
        var text = { headers: { "Content-Type": "text/plain" } };
        var state = { checkedAt: Date.now(), lists: Object.keys(lists) };
        return cache.addAll(files).then(function () {
          return Promise.all([
            cache.put(DID_URL, new Response(didText, json)),
            cache.put(STATE_URL, new Response(JSON.stringify(state), json)),
          ].concat(Object.keys(lists).map(function (url) {
            return cache.put(url, new Response(lists[url], text));
          })));
        });
      })
      .then(function () { return showKept(false); })
      .catch(function () { return showKept(true); });
  }

  // Freshness: how long ago the issuer was asked ----------------------------------------
  function showFreshness(state, failed) {
    each("[data-freshness]", function (part) {
      var name = part.getAttribute("data-freshness");
      part.hidden = !(name === state || (name === "failed" && failed && state !== "none"));
    });
  }
  function ago(ms) {
    var format = new Intl.RelativeTimeFormat(LANGUAGE, { numeric: "auto" });
    var minutes = Math.round(ms / 60000);
    if (minutes < 60) return format.format(-minutes, "minute");
    var hours = Math.round(minutes / 60);
    if (hours < 48) return format.format(-hours, "hour");
    return format.format(-Math.round(hours / 24), "day");
  }
  function showKept(failed) {
    return keptJson(STATE_URL).then(function (state) {
      if (!state) { showFreshness("none"); root.setAttribute("data-ready", "no"); return; }
      var age = Date.now() - state.checkedAt;
      $("[data-age]").textContent = ago(age);
      $("[data-when]").textContent = new Intl.DateTimeFormat(LANGUAGE, {
        dateStyle: "medium", timeStyle: "short",
      }).format(new Date(state.checkedAt));
      showFreshness("ready", failed);
      $("[data-freshness=stale]").hidden = age <= WEEK_MS;
      root.setAttribute("data-ready", "yes");
      root.setAttribute("data-checked-at", String(state.checkedAt));
    });
  }

  // Checking a QR code's address ----------------------------------------------------------
  // The proof last found genuine: its code and the printed fields' digest.
  var signed = null;

  function answer(verdict, reason, code, digest) {
    signed = (verdict === "valid" || verdict === "revoked") ? { code: code, digest: digest } : null;
    $("[data-printed]").hidden = !signed;
    $("[data-printed]").open = false;
    $("[data-printed-form]").reset();  // details typed for another certificate
    each("[data-printed-result]", function (part) { part.hidden = true; });
    each("[data-verdict]", function (box) { box.hidden = box.getAttribute("data-verdict") !== verdict; });
    each("[data-reason]", function (part) { part.hidden = part.getAttribute("data-reason") !== reason; });
    $("[data-result-code]").hidden = !code || verdict === "forged";
    $("[data-code]").textContent = code || "";
    var online = verdict === "unknown" && code;
    $("[data-online-link]").hidden = !online;
    if (online) $("[data-online-href]").href = root.getAttribute("data-verify-url") + encodeURIComponent(code) + "/";
    $("[data-result-box]").hidden = false;
    root.setAttribute("data-result", verdict);
    root.setAttribute("data-reason", reason || "");
  }

  function codeAndProof(text) {
    var trimmed = text.trim();
    if (!/[\/#]/.test(trimmed)) return { code: trimmed, proof: "" };  // a typed code
    var url;
    try { url = new URL(trimmed, location.href); } catch (error) { return null; }
    var origins = [location.origin, root.getAttribute("data-site-origin")];
    var path = /^\/v\/([^\/]+)$/.exec(url.pathname) || /^\/[a-z]{2}\/verify\/([^\/]+)\/$/.exec(url.pathname);
    if (origins.indexOf(url.origin) < 0 || !path) return null;
    return { code: decodeURIComponent(path[1]), proof: url.hash.slice(1) };
  }

  function check(text) {
    var found = codeAndProof(text);
    if (!found) return Promise.resolve(answer("unknown", "other-site"));
    var code = found.code;
    if (!found.proof) return Promise.resolve(answer("unknown", "no-proof", code));
    if (/^c1\./.test(found.proof)) return Promise.resolve(answer("unknown", "older", code));
    var match = PROOF.exec(found.proof);
    if (!match || found.proof.length > 400) return Promise.resolve(answer("unknown", "damaged", code));
    if (!window.crypto || !crypto.subtle || !window.DecompressionStream) {
      return Promise.resolve(answer("unknown", "no-crypto", code));
    }
    var number = match[2], index = match[3];
    var listUrl = LISTS.filter(function (url) { return url.split("/").pop() === String(Number(number)); })[0];
    return keptJson(DID_URL).then(function (did) {
      var method = did && methodOf(did, function (m) { return m.id.slice(-9) === "-" + match[1]; });
      if (!method) return answer("unknown", "unknown-key", code);
      // A QR proof carries no signing time: after a key's withdrawal nothing it signed
      // can be told from a forgery offline. Rotated (expired) keys still verify.
      if (method.revoked) return answer("unknown", "withdrawn-key", code);
      var message = joined(
        encoder.encode("lms-certificate-qr-2." + code + "." + number + "." + index + "."), bytes(match[4])
      );
      return ed25519Verify(method.publicKeyJwk.x, bytes(match[5]), message).then(function (genuine) {
        if (!genuine) return answer("forged", "", code);
        return (listUrl ? keptText(listUrl) : Promise.resolve(null)).then(function (token) {
          if (!token) return answer("unknown", "no-list", code);
          return statusListClaims(token, did).then(revokedBits).then(function (bits) {
            var at = Number(index);
            var revoked = at < bits.length * 8 && (bits[at >> 3] & (0x80 >> (at & 7)));
            answer(revoked ? "revoked" : "valid", "", code, bytes(match[4]));
          });
        });
      });
    }).catch(function () { answer("unknown", "no-crypto", code); });
  }

  // The printed fields typed in, against the signed digest (printed.py's printed text).
  function comparePrinted(form) {
    var fields = ["name_en", "name_hi", "level", "unit_en", "unit_hi", "issued_on"];
    var text = ["lms-certificate-1", signed.code].concat(fields.map(function (name) {
      return form.elements[name].value.trim().replace(/\s+/g, " ").normalize("NFC");
    })).join("\n");
    return crypto.subtle.digest("SHA-256", encoder.encode(text)).then(function (ours) {
      var same = new Uint8Array(ours).every(function (value, i) { return value === signed.digest[i]; });
      each("[data-printed-result]", function (part) {
        part.hidden = part.getAttribute("data-printed-result") !== (same ? "match" : "differ");
      });
      root.setAttribute("data-printed-result", same ? "match" : "differ");
    });
  }

  // Camera: BarcodeDetector where the browser reads QR codes (Chrome on Android), else the
  // bundled jsQR (static/vendor/jsqr/: Safari, Firefox, desktop Chromium), fetched only
  // then; refresh() keeps it for offline use. Both answer detect(source) with
  // [{ rawValue }], so the camera loop and the photo share one path.
  var stream = null;
  var NEEDS_DECODER = !("BarcodeDetector" in window);
  function stopCamera() {
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    $("[data-video]").hidden = true;
    $("[data-action=stop]").hidden = true;
    $("[data-action=scan]").hidden = false;
  }
  function read(text) { $("#verifier-input").value = text; return check(text); }
  function scanWithCamera(detector) {
    var video = $("[data-video]");
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (media) {
        stream = media; video.srcObject = media; video.hidden = false;
        $("[data-action=stop]").hidden = false; $("[data-action=scan]").hidden = true;
        return video.play();
      })
      .then(function look() {
        if (!stream) return;
        detector.detect(video).then(function (codes) {
          if (codes.length) { stopCamera(); read(codes[0].rawValue); }
          else setTimeout(look, 250);
        }).catch(function () { setTimeout(look, 500); });
      })
      .catch(stopCamera);
  }
  // jsQR reads pixels: the frame or photo drawn on a canvas, scaled down to `widest`
  // pixels across at most (a version 11 code filling a third of a 640-pixel frame still
  // has three pixels a module). A 640x480 frame took about 30 ms in desktop Chromium
  // (17 ms with no code in it); a phone a few times that, well inside the 250 ms.
  function canvasDetector() {
    var canvas = document.createElement("canvas");
    var context = canvas.getContext("2d", { willReadFrequently: true });
    return { detect: function (source, widest) {
      var width = source.videoWidth || source.width, height = source.videoHeight || source.height;
      if (!width || !height) return Promise.resolve([]);  // no frame yet
      var scale = Math.min(1, (widest || 640) / width);
      canvas.width = Math.round(width * scale); canvas.height = Math.round(height * scale);
      context.drawImage(source, 0, 0, canvas.width, canvas.height);
      var pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      var code = window.jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: "dontInvert" });
      return Promise.resolve(code && code.data ? [{ rawValue: code.data }] : []);
    } };
  }
  function nativeDetector() {
    return BarcodeDetector.getSupportedFormats().then(function (formats) {
      // Some desktop browsers have the API with no QR reader behind it.
      return formats.indexOf("qr_code") >= 0 ? new BarcodeDetector({ formats: ["qr_code"] }) : null;
    }).catch(function () { return null; });
  }
  function decoderDetector() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = root.getAttribute("data-decoder-url");
      script.onload = function () { resolve(canvasDetector()); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  function startCamera(detector) {
    $("[data-camera]").hidden = false;
    $("[data-action=scan]").hidden = !(navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
    $("[data-action=scan]").addEventListener("click", function () { scanWithCamera(detector); });
    $("[data-action=stop]").addEventListener("click", stopCamera);
    $("[data-photo]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) return;
      createImageBitmap(file).then(function (image) { return detector.detect(image, 1280); }).then(function (codes) {
        if (codes.length) read(codes[0].rawValue);
        else answer("unknown", "damaged");
      }).catch(function () { answer("unknown", "damaged"); });
    });
  }
  function setUpCamera() {
    (NEEDS_DECODER ? Promise.resolve(null) : nativeDetector())
      .then(function (detector) { return detector || decoderDetector(); })
      .then(startCamera)
      .catch(function () { $("[data-no-camera]").hidden = false; });  // not kept offline
  }

  // Start ---------------------------------------------------------------------------------
  $("[data-check-form]").addEventListener("submit", function (event) {
    event.preventDefault();
    check($("#verifier-input").value);
  });
  $("[data-printed-form]").addEventListener("submit", function (event) {
    event.preventDefault();
    if (signed) comparePrinted(event.target);
  });
  $("[data-action=refresh]").addEventListener("click", refresh);
  window.addEventListener("online", refresh);
  setUpCamera();
  // Opened from a QR code's address with no network (the service worker serves this
  // page for /v/<code>): check that address at once.
  var opened = /^\/v\/[^\/]+$/.test(location.pathname) ? location.href : null;
  var ready = navigator.onLine ? refresh() : showKept(false);
  ready.then(function () { if (opened) { $("#verifier-input").value = opened; return check(opened); } });
})();

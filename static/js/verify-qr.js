/* The QR code's own proof, checked in the browser (certificates/credentials/printed.py).
 *
 * The address a certificate's QR code opens ends in
 * #c2.<key>.<list>.<index>.<digest>.<signature> (or, printed before the offline
 * verifier, #c1.<key>.<digest>.<signature>); the fragment never reaches the server. Here: the issuer's key from its did:web
 * document, the Ed25519 signature over the digest, and the digest against this page's
 * fields. Then the page says, field by field, what the printout must read. Without a
 * fragment, or without Ed25519 in this browser, the page stays as the server wrote it.
 */
(function () {
  "use strict";
  var box = document.getElementById("qr-proof");
  var match = /^#(c1|c2)\.([0-9a-f]{8})\.(?:(\d{1,9})\.(\d{1,9})\.)?([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{86})$/.exec(location.hash);
  if (match && (match[1] === "c2") !== (match[3] !== undefined)) match = null;
  if (!box || !location.hash || location.hash.length > 400) return;
  var FIELDS = ["code", "name_en", "name_hi", "level", "unit_en", "unit_hi", "issued_on"];

  function bytes(b64url) {
    var text = atob(b64url.replace(/-/g, "+").replace(/_/g, "/"));
    var out = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  function same(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  function show(state) {
    box.querySelectorAll("[data-qr-state]").forEach(function (part) {
      part.hidden = part.getAttribute("data-qr-state") !== state;
    });
    box.hidden = false;
    box.setAttribute("data-qr-result", state);
  }
  if (!match) { show("malformed"); return; }
  if (!window.crypto || !crypto.subtle) return;

  var printed = ["lms-certificate-1"].concat(FIELDS.map(function (name) {
    return (box.getAttribute("data-" + name.replace("_", "-")) || "").normalize("NFC");
  })).join("\n");
  var digest = bytes(match[5]);
  var signature = bytes(match[6]);
  // c2 signs the code and the status list's place too (certificates/credentials/printed.py).
  var prefix = new TextEncoder().encode(match[1] === "c2"
    ? "lms-certificate-qr-2." + box.getAttribute("data-code") + "." + match[3] + "." + match[4] + "."
    : "lms-certificate-qr-1.");
  var message = new Uint8Array(prefix.length + digest.length);
  message.set(prefix); message.set(digest, prefix.length);

  fetch(box.getAttribute("data-did-url"), { credentials: "omit" })
    .then(function (response) { return response.json(); })
    .then(function (did) {
      var method = (did.verificationMethod || []).filter(function (m) {
        return m.id.slice(-9) === "-" + match[2] && m.publicKeyJwk && m.publicKeyJwk.crv === "Ed25519";
      })[0];
      if (!method) { show("forged"); return null; }
      var jwk = { kty: "OKP", crv: "Ed25519", x: method.publicKeyJwk.x };
      return crypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, false, ["verify"])
        .then(function (key) { return crypto.subtle.verify({ name: "Ed25519" }, key, signature, message); })
        .then(function (genuine) {
          if (!genuine) { show("forged"); return null; }
          return crypto.subtle.digest("SHA-256", new TextEncoder().encode(printed)).then(function (ours) {
            show(same(new Uint8Array(ours), digest) ? "genuine" : "mismatch");
          });
        });
    })
    .catch(function () { box.hidden = true; }); /* no network or no Ed25519: say nothing */
})();

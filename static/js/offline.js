// The only script a trainee page loads: it lets the phone keep pages already read
// for when the network is gone, and send progress made offline when it is back
// (templates/offline/sw.js). Pages work fully without it.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  });
  window.addEventListener("online", function () {
    if (navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage("send-queue");
    }
  });
}

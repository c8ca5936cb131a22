// The only script a trainee page loads: it lets the phone keep pages already read
// for when the network is gone (templates/offline/sw.js). Pages work without it.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  });
}

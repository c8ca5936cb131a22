// Volunteer import page: polls the status while the import runs; reloads once
// it ends, for the error table.
(function () {
  var box = document.getElementById("import-status");
  if (!box || box.dataset.finished === "true") return;
  var bar = document.getElementById("import-progress");
  function update() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        bar.value = data.percent;
        box.querySelectorAll("[data-field]").forEach(function (node) {
          var value = data[node.dataset.field];
          if (value !== undefined) { node.textContent = value; }
          if (node.dataset.field === "message") { node.hidden = !value; }
        });
        if (data.finished) { window.location.reload(); }
        else { window.setTimeout(update, 1500); }
      })
      .catch(function () { window.setTimeout(update, 5000); });
  }
  window.setTimeout(update, 1000);
})();

// Certificate batch page: polls the batch's status and reloads once it ends.
(() => {
  const box = document.getElementById("batch-progress");
  if (!box || box.dataset.finished) return;
  const poll = async () => {
    try {
      const data = await (await fetch(box.dataset.statusUrl, { credentials: "same-origin" })).json();
      document.getElementById("batch-bar").value = data.percent;
      for (const key of ["done", "total", "errors"]) {
        box.querySelector(`[data-field="${key}"]`).textContent = data[key];
      }
      if (data.finished) {
        window.location.reload();
        return;
      }
    } catch (error) {
      /* a missed poll is retried */
    }
    setTimeout(poll, 2000);
  };
  setTimeout(poll, 2000);
})();

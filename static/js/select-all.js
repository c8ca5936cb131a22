// Coordinator's volunteer list: the header checkbox selects every row.
document.querySelector("[data-lms-select-all]")?.addEventListener("change", (event) => {
  document.querySelectorAll('input[name="volunteers"]').forEach((box) => {
    box.checked = event.target.checked;
  });
});

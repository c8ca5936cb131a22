// The quiz question page's timer (WCAG 2.2.1 and 2.2.2).
// - The visible time left is refreshed every 15 seconds and is not a live region:
//   a screen reader is not interrupted every second.
// - A polite live region announces the time left when it crosses 10, 5, 2 and 1
//   minutes, and when time is up.
// - "Hide the timer" hides the countdown on every question (remembered on this phone);
//   with it hidden, only the last minute and the end are announced.
// Without JavaScript the page still says the time left when it was loaded.
(() => {
  const timer = document.querySelector("[data-quiz-timer]");
  if (!timer) return;
  const display = timer.querySelector("[data-timer-display]");
  const toggle = timer.querySelector("[data-timer-toggle]");
  const announcer = timer.querySelector("[data-timer-announcer]");
  const text = timer.dataset;
  const deadline = Date.now() + Number(text.secondsLeft) * 1000;
  const thresholds = [10, 5, 2, 1];
  const key = "lms-quiz-timer-hidden";
  let announced = Math.ceil(Number(text.secondsLeft) / 60); // nothing announced on load

  const minutesText = (minutes) =>
    minutes <= 0
      ? text.timeUp
      : minutes === 1
        ? text.oneMinute
        : text.manyMinutes.replace("{minutes}", String(minutes));

  const isHidden = () => {
    try {
      return localStorage.getItem(key) === "1";
    } catch {
      return false; // storage refused (private mode): shown
    }
  };

  const show = (hidden) => {
    display.hidden = hidden;
    toggle.textContent = hidden ? text.showLabel : text.hideLabel;
    toggle.setAttribute("aria-pressed", hidden ? "true" : "false");
  };

  const tick = () => {
    const seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    display.textContent = minutesText(minutes);
    const crossed = [...thresholds, 0].find((t) => minutes <= t && announced > t);
    if (crossed !== undefined) {
      announced = crossed;
      if (!isHidden() || crossed <= 1) announcer.textContent = minutesText(crossed);
    }
    if (seconds > 0) window.setTimeout(tick, Math.min(15000, seconds * 1000));
  };

  toggle.hidden = false;
  show(isHidden());
  toggle.addEventListener("click", () => {
    const hidden = !isHidden();
    try {
      localStorage.setItem(key, hidden ? "1" : "0");
    } catch {
      // not remembered: this page only
    }
    show(hidden);
  });
  tick();
})();

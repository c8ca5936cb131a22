"""What every trainee page must pass in the browser tests.

- axe-core (the npm package, installed by `make browser-deps`) finds no serious or
  critical accessibility violation;
- the browser reports no Content-Security-Policy violation (enforced or report-only),
  no script error and no other console error (a missing script or style is one).

`PageWatch(page)` starts listening when created, so create it before the first
`goto`; `watch.check(name)` then runs axe on the page as it is and fails the test with
everything found so far.
"""

import os
from pathlib import Path

import pytest

from django.conf import settings

AXE = Path(
    os.environ.get("AXE_CORE")
    or Path(settings.BASE_DIR) / ".venv" / "node" / "node_modules" / "axe-core" / "axe.min.js"
)
#: The impacts that fail a page; "moderate" and "minor" ones are reported by axe too,
#: but the bar the issue sets is zero serious or critical.
FAILING_IMPACTS = ("serious", "critical")

_axe_source = None


def axe_source() -> str:
    global _axe_source
    if _axe_source is None:
        if not AXE.exists():
            pytest.fail(f"axe-core not found at {AXE}: `make browser-deps` installs it (npm)")
        _axe_source = AXE.read_text()
    return _axe_source


def axe_violations(page, impacts=FAILING_IMPACTS) -> list[str]:
    """axe-core's violations of the page's current state, one line each."""
    # Evaluated through the DevTools protocol, not a <script> element, so the
    # page's own Content-Security-Policy (which forbids inline scripts) does not
    # stop it and it does not count as a violation.
    page.evaluate(axe_source())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    found = []
    for violation in result["violations"]:
        if violation["impact"] not in impacts:
            continue
        targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        found.append(
            f"{violation['impact']} {violation['id']}: {violation['help']}"
            f" ({len(violation['nodes'])}x: {targets})"
        )
    return found


class PageWatch:
    """Collects a page's CSP violations, script errors and console errors."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def _console(self, message):
        text = message.text
        if text.startswith("Failed to load resource") and message.location.get("url") == (
            self.page.url
        ):
            return  # the page itself answered with an error status: the test checks that
        if message.type == "error" or "Content Security Policy" in text:
            self.problems.append(f"{message.type} on {self.page.url}: {text}")

    def check(self, name: str, axe: bool = True):
        """Fails the test if this page, or any before it, broke a rule."""
        found = list(self.problems)
        if axe:
            found += [f"axe on {name} ({self.page.url}): {v}" for v in axe_violations(self.page)]
        self.problems.clear()
        assert not found, f"{name}:\n" + "\n".join(found)

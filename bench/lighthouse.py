"""Lighthouse (mobile) on the demo's lesson, course and catalogue pages, English and Hindi.

Reports performance, accessibility and best practices (goal: 100 each) from the
current Lighthouse, and the PWA-related audits (installable manifest, splash screen,
themed address bar, content width, viewport, maskable icon) from Lighthouse 11: the
PWA category and those audits were removed in Lighthouse 12.

Both run with npx against Debian's Chromium (/usr/bin/chromium, headless), on the
throw-away demo site of bench/demo_site.py (production's static files). Lighthouse
throttles the network and CPU itself (its mobile preset); on a busy machine the
performance score reads lower than the page deserves: say the load (`uptime`).

Run:  .venv/bin/python bench/lighthouse.py
      LIGHTHOUSE="node /path/to/lighthouse/cli/index.js" to use an installed copy;
      LIGHTHOUSE_PWA likewise for version 11.
"""

import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from demo_site import demo_site  # noqa: E402

from lms.chromium import CHROMIUM  # noqa: E402

LIGHTHOUSE = shlex.split(os.environ.get("LIGHTHOUSE", "npx --yes lighthouse@12.8.2"))
LIGHTHOUSE_PWA = shlex.split(os.environ.get("LIGHTHOUSE_PWA", "npx --yes lighthouse@11.7.1"))
PAGES = {
    "lesson": "courses/social-media-skills/verify-before-sharing/",
    "course": "courses/social-media-skills/",
    "catalogue": "courses/",
}
CATEGORIES = ("performance", "accessibility", "best-practices")


def lighthouse(command, url, categories, folder) -> dict:
    output = Path(folder) / "report.json"
    subprocess.run(
        [
            *command,
            url,
            "--quiet",
            f"--only-categories={','.join(categories)}",
            "--chrome-flags=--headless=new --no-sandbox",
            "--output=json",
            f"--output-path={output}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
    )
    return json.loads(output.read_text())


def main() -> int:
    below = []
    with demo_site() as base, tempfile.TemporaryDirectory() as folder:
        print(f"{'page':<12} {'lang':<4} " + " ".join(f"{c:>14}" for c in CATEGORIES) + "  PWA")
        for language in ("en", "hi"):
            for name, path in PAGES.items():
                url = f"{base}/{language}/{path}"
                report = lighthouse(LIGHTHOUSE, url, CATEGORIES, folder)
                scores = {
                    c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES
                }
                pwa = lighthouse(LIGHTHOUSE_PWA, url, ["pwa"], folder)
                audits = [
                    f"{ref['id']} {'pass' if pwa['audits'][ref['id']]['score'] == 1 else 'FAIL'}"
                    for ref in pwa["categories"]["pwa"]["auditRefs"]
                    if pwa["audits"][ref["id"]]["scoreDisplayMode"] != "manual"
                ]
                below += [f"{language} {name} {c} {s}" for c, s in scores.items() if s < 100]
                below += [f"{language} {name} {a}" for a in audits if a.endswith("FAIL")]
                print(
                    f"{name:<12} {language:<4} "
                    + " ".join(f"{scores[c]:>14}" for c in CATEGORIES)
                    + "  "
                    + ", ".join(audits)
                )
        print(f"\nLighthouse {report['lighthouseVersion']}, PWA audits {pwa['lighthouseVersion']}")
    print("below 100 or failed: " + (", ".join(below) if below else "none"))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())

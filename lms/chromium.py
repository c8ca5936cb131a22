"""Launching Debian's headless Chromium on these machines (browser tests and benchmarks).

A test tool's own browser download cannot work here; Debian's `chromium` package can.
Without the background-networking flags it hangs on the closed network's refused
connections.
"""

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: A phone's screen, for Playwright's new_context(**PHONE).
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "device_scale_factor": 1}

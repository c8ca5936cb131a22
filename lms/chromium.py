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

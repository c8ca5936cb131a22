"""What a page costs a phone's data pack, measured in headless Chromium (issue 17, item 5).

Used by the data-budget test (courses/tests/test_browser_data_budget.py) and by
bench/lesson_page_weight.py, so both count the same bytes:

- every response that came over the network, the page's and the service worker's
  (Playwright reports the worker's own fetches: its install, the pages it refreshes,
  the images it fetches for the page once it controls it); a response the worker
  answered for the page is not counted again, its network fetch already was;
- "sent": the bytes on the wire, headers included, as Chromium received them (HTML
  and CSS gzipped by the application, images as they are);
- "uncompressed": the same bodies decoded.

A cold visit starts from a new browser context: nothing cached, no service worker.
The page is scrolled to its end, so lazily loaded images count too, and the visit
ends when the worker is installed and the network is quiet.
"""

import os
from dataclasses import dataclass, field

# Chromium's service workers' own requests are reported to Playwright only with this.
os.environ.setdefault("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")

KINDS = {"document": "html", "stylesheet": "css", "script": "js", "font": "fonts"}


@dataclass(frozen=True)
class Transfer:
    url: str
    kind: str  # html, css, js, fonts, image, other
    sent: int  # headers and body, as received
    uncompressed: int  # the body decoded
    by_worker: bool  # fetched by the service worker (its install, a refresh)


@dataclass
class Visit:
    url: str
    transfers: list[Transfer] = field(default_factory=list)

    def sent(self, kind: str | None = None) -> int:
        return sum(t.sent for t in self.transfers if kind in (None, t.kind))

    def uncompressed(self, kind: str | None = None) -> int:
        return sum(t.uncompressed for t in self.transfers if kind in (None, t.kind))

    def describe(self) -> str:
        lines = [f"{self.url}: {self.sent()} bytes sent, {self.uncompressed()} uncompressed"]
        for t in sorted(self.transfers, key=lambda t: -t.sent):
            worker = " (service worker)" if t.by_worker else ""
            lines.append(f"  {t.sent:>7} {t.uncompressed:>7} {t.kind:<6} {t.url}{worker}")
        return "\n".join(lines)


def _kind(request) -> str:
    kind = request.resource_type
    if kind in KINDS:
        return KINDS[kind]
    if kind == "image":
        return "image"
    # A worker's fetch has no resource type of the page's: name it by what came back.
    content_type = (request.response().headers.get("content-type") or "").split(";")[0]
    if content_type == "text/html":
        return "html"
    if content_type.startswith("image/"):
        return "image"
    return {"text/css": "css", "text/javascript": "js", "application/javascript": "js"}.get(
        content_type, "other"
    )


def transfer_of(request) -> Transfer | None:
    response = request.response()
    if response is None or response.from_service_worker:
        return None
    sizes = request.sizes()
    try:
        body = len(response.body())
    except Exception:  # noqa: BLE001 - a redirect or an evicted body: nothing decoded
        body = 0
    sent = max(sizes["responseBodySize"], 0) + max(sizes["responseHeadersSize"], 0)
    return Transfer(
        url=request.url,
        kind=_kind(request),
        sent=sent,
        uncompressed=body,
        by_worker=request.service_worker is not None,
    )


def visit(context, page, url: str, *, scroll: bool = True) -> Visit:
    """Open ``url`` in ``page`` and count what came over the network until it was quiet."""
    finished = []

    def on_finished(request):
        finished.append(request)

    context.on("requestfinished", on_finished)
    try:
        page.goto(url, wait_until="networkidle")
        if scroll:
            # Lazy images load as they come near the screen: scroll down a screen at a time.
            page.evaluate(
                """async () => {
                    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
                        scrollTo(0, y);
                        await new Promise((r) => setTimeout(r, 50));
                    }
                    await Promise.all([...document.images].map((img) => img.decode()
                        .catch(() => undefined)));
                }"""
            )
        page.evaluate(
            "async () => { if ('serviceWorker' in navigator) "
            "await Promise.race([navigator.serviceWorker.ready, "
            "new Promise((r) => setTimeout(r, 5000))]); }"
        )
        page.wait_for_load_state("networkidle")
    finally:
        context.remove_listener("requestfinished", on_finished)
    result = Visit(url=url)
    result.transfers = [t for t in map(transfer_of, finished) if t is not None]
    return result

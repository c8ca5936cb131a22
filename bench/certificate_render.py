"""How fast leadership certificates render, and how much memory a worker needs.

Measures on this machine, each in fresh worker processes (multiprocessing, spawn):

- the naive way, as baseline: for each certificate a fresh FontConfiguration, CSS and
  ``HTML(string=...).write_pdf()`` of the full template (QR as inline SVG);
- ``CertificateRenderer.render_pdf`` (one certificate at a time, set-up reused);
- the bulk generator ``certificates.design.batch.BatchRenderer`` on one worker process;
- the bulk generator on two processes, each rendering half;
- the peak RSS of a bulk worker after a small and a large run (flat memory: the
  goal is within 100 MB of each other).

Goal: 83 certificates/s with two processes (50,000 in under 10 minutes), at least
4x the naive baseline per core. Needs only Django settings (no database).

Run:  .venv/bin/python bench/certificate_render.py [--large 5000] [--two 5000] ...
      (make bench-certificates)
"""

import argparse
import multiprocessing
import os
import resource
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
GOAL_TWO_PROCESSES = 83.0
GOAL_RATIO_PER_CORE = 4.0
GOAL_RSS_GROWTH_MB = 100


def setup_django():
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
    import django

    django.setup()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def certificates(start: int, count: int):
    from certificates.design.data import sample_certificate

    return (sample_certificate(index) for index in range(start, start + count))


def worker(method: str, start: int, count: int, batch_size: int, barrier, results):
    """Set up, wait for the others, render ``count`` certificates, report."""
    setup_django()
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    from django.contrib.staticfiles import finders

    from certificates.design.batch import BatchRenderer
    from certificates.design.renderer import CertificateRenderer
    from certificates.design.url_fetcher import RestrictedURLFetcher

    if method == "naive":
        renderer = CertificateRenderer()
        renderer.qr_in_html = True  # what a first version would do: segno's SVG inline
        css_path = finders.find(renderer.stylesheet)

        def render_all(items):
            for data in items:
                html = renderer.render_html(data)
                fetcher = RestrictedURLFetcher()
                font_config = FontConfiguration()
                css = weasyprint.CSS(filename=css_path, font_config=font_config)
                yield weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(
                    stylesheets=[css], font_config=font_config
                )

    elif method == "single":
        renderer = CertificateRenderer()

        def render_all(items):
            return (renderer.render_pdf(data) for data in items)

    else:
        bulk = BatchRenderer(batch_size=batch_size)

        def render_all(items):
            return (pdf for _, pdf in bulk.render(items))

    # Warm up (first layout loads fonts), outside the timing.
    for _ in render_all(certificates(10**6, 2)):
        pass
    barrier.wait()
    started, cpu_started = time.perf_counter(), time.process_time()
    pages = size = 0
    for pdf in render_all(certificates(start, count)):
        pages += 1
        size += len(pdf)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    results.put((method, pages, elapsed, peak_rss_mb(), size, cpu))


def run(method: str, counts: list[int], batch_size: int) -> dict:
    """Run one worker per entry of ``counts`` at once; certificates/s over wall time."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(counts) + 1)
    results = context.Queue()
    processes, start = [], 0
    for count in counts:
        process = context.Process(
            target=worker, args=(method, start, count, batch_size, barrier, results)
        )
        process.start()
        processes.append(process)
        start += count
    barrier.wait()
    started = time.perf_counter()
    reports = [results.get() for _ in processes]
    wall = time.perf_counter() - started
    for process in processes:
        process.join()
    pages = sum(report[1] for report in reports)
    return {
        "pages": pages,
        "per_second": pages / wall,
        "rss_mb": max(report[3] for report in reports),
        "avg_kb": sum(report[4] for report in reports) / pages / 1024,
        # Per CPU-second of one worker: what the machine's other load does not change.
        "per_cpu_second": pages / sum(report[5] for report in reports),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--naive", type=int, default=100, help="certificates, naive")
    parser.add_argument("--single", type=int, default=100, help="certificates, render_pdf")
    parser.add_argument("--small", type=int, default=100, help="bulk, one worker (RSS)")
    parser.add_argument("--large", type=int, default=5000, help="bulk, one worker")
    parser.add_argument("--two", type=int, default=5000, help="bulk, two workers (total)")
    parser.add_argument("--batch-size", type=int, default=None)
    args = parser.parse_args()
    setup_django()
    from certificates.design.batch import DEFAULT_BATCH_SIZE

    batch_size = args.batch_size or DEFAULT_BATCH_SIZE
    print(f"Leadership certificates, A4 bilingual with QR; {os.cpu_count()} CPUs")
    print(f"bulk batch size {batch_size}; each row in fresh spawned workers\n")

    rows = []

    def measure(label, method, counts):
        print(f"  running: {label} ...", flush=True)
        result = run(method, counts, batch_size)
        rows.append((label, result))
        return result

    naive = measure("naive: HTML(string).write_pdf() each", "naive", [args.naive])
    measure("CertificateRenderer.render_pdf, 1 process", "single", [args.single])
    small = measure(f"bulk, 1 process, {args.small} certificates", "bulk", [args.small])
    large = measure(f"bulk, 1 process, {args.large} certificates", "bulk", [args.large])
    half = args.two // 2
    two = measure(f"bulk, 2 processes, {half} each", "bulk", [half, args.two - half])

    base = naive["per_second"]
    print()
    base_cpu = naive["per_cpu_second"]
    print(
        f"{'method':<46} {'certs':>6} {'certs/s':>8} {'x naive':>8} "
        f"{'/CPU-s':>7} {'x naive':>8} {'peak RSS':>9} {'KB/PDF':>7}"
    )
    for label, result in rows:
        print(
            f"{label:<46} {result['pages']:>6} {result['per_second']:>8.1f} "
            f"{result['per_second'] / base:>7.1f}x {result['per_cpu_second']:>7.1f} "
            f"{result['per_cpu_second'] / base_cpu:>7.1f}x {result['rss_mb']:>7.0f}MB "
            f"{result['avg_kb']:>7.1f}"
        )
    print("(certs/s: over wall time; /CPU-s: per CPU-second of the workers, which other")
    print(" load on the machine changes less; compare a quiet machine's certs/s to goals)")
    growth = large["rss_mb"] - small["rss_mb"]
    per_core = large["per_second"] / base
    print()
    print(
        f"2 processes: {two['per_second']:.1f}/s (goal {GOAL_TWO_PROCESSES:.0f}/s): "
        f"50,000 certificates in {50000 / two['per_second'] / 60:.1f} min"
    )
    print(f"1 process vs naive: {per_core:.1f}x (goal {GOAL_RATIO_PER_CORE:.0f}x)")
    print(
        f"worker peak RSS: {small['rss_mb']:.0f} MB at {args.small}, "
        f"{large['rss_mb']:.0f} MB at {args.large} (+{growth:.0f} MB; "
        f"goal within {GOAL_RSS_GROWTH_MB} MB)"
    )
    ok = (
        two["per_second"] >= GOAL_TWO_PROCESSES
        and per_core >= GOAL_RATIO_PER_CORE
        and growth <= GOAL_RSS_GROWTH_MB
    )
    print("all goals met" if ok else "GOAL MISSED")


if __name__ == "__main__":
    main()

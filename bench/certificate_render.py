"""How fast leadership certificates render, and how much memory a worker needs.

Measures on this machine, each in fresh worker processes (multiprocessing, spawn):

- the naive way, as baseline: for each certificate a fresh FontConfiguration, CSS and
  ``HTML(string=...).write_pdf()`` of the full template (QR as inline SVG);
- ``CertificateRenderer.render_pdf`` (one certificate at a time, set-up reused);
- the bulk generator ``certificates.design.batch.BatchRenderer`` on one worker process;
- the bulk generator on two processes, each rendering half, as issuing runs it: each
  certificate's credential signed, its QR proof drawn and the credential embedded in
  the archival PDF/A-3b;
- the peak RSS of a bulk worker after a small and a large run (flat memory: the
  goal is within 100 MB of each other);
- signed credentials: the bulk generator with each certificate's Open Badges credential
  built and signed before it renders (as certificates/generation.py does), against the
  bulk generator without, on one process, in CPU time per certificate (goal: at most
  10 % added); the two run in turn, ``--signed-rounds`` times each (a fresh process
  each time), so that the machine's other load weighs on both alike;
- revocation (with ``--revoke N``, PostgreSQL at BENCH_POSTGRES_URL): N issued
  certificates in a fresh database, then one revoked through the service, which signs
  its Bitstring Status List again in the same transaction (goal: under 1 s), against
  the same revocation as a bare UPDATE.

Goal: 83 certificates/s with two processes (50,000 in under 10 minutes), at least
4x the naive baseline per core. Needs only Django settings (no database), except the
revocation row.

Run:  .venv/bin/python bench/certificate_render.py [--large 5000] [--two 5000] ...
      [--signed 1000] [--signed-rounds 4] [--revoke 50000]
      (make bench-certificates)
"""

import argparse
import dataclasses
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
GOAL_TWO_PROCESSES = 83.0
GOAL_RATIO_PER_CORE = 4.0
GOAL_RSS_GROWTH_MB = 100
GOAL_SIGNING_ADDED = 0.10
GOAL_REVOKE_SECONDS = 1.0


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

    elif method == "signed":
        bulk = BatchRenderer(batch_size=batch_size)
        sign = credential_signer()

        def render_all(items):
            return (pdf for _, pdf in bulk.render(sign(data) for data in items))

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


def credential_signer():
    """What generation does for each certificate before rendering it: build its Open
    Badges credential (status entry included) and sign it with the current key."""
    from types import SimpleNamespace

    from django.utils import timezone

    from certificates.credentials import signing
    from certificates.credentials.badge import leadership_credential
    from certificates.credentials.keys import signing_key
    from certificates.credentials.printed import qr_fragment

    key = signing_key()

    def sign(data):
        certificate = SimpleNamespace(
            pk=hash(data.verification_code) % 10**6,
            code=data.verification_code,
            name_en=data.name_en,
            name_hi=data.name_hi,
            level=data.level,
            unit_en=data.unit_en,
            unit_hi=data.unit_hi,
            issued_on=data.issued_on,
        )
        credential = leadership_credential(certificate, issuer_en="Issuer", issuer_hi="जारीकर्ता")
        token = signing.sign(credential, key, now=timezone.now())
        # And the QR code's own proof, which the renderer draws into the QR code, and
        # the token, which it embeds in the PDF/A.
        return dataclasses.replace(
            data, qr_fragment=qr_fragment(certificate, key), credential=token
        )

    return sign


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
    return summary(
        pages=sum(report[1] for report in reports),
        wall=wall,
        rss_mb=max(report[3] for report in reports),
        size=sum(report[4] for report in reports),
        cpu=sum(report[5] for report in reports),
    )


def summary(*, pages: int, wall: float, rss_mb: float, size: int, cpu: float) -> dict:
    return {
        "pages": pages,
        "wall": wall,
        "size": size,
        "cpu": cpu,
        "per_second": pages / wall,
        "rss_mb": rss_mb,
        "avg_kb": size / pages / 1024,
        # Per CPU-second of one worker: what the machine's other load does not change.
        "per_cpu_second": pages / cpu,
    }


def combined(results: list[dict]) -> dict:
    """Several runs of one row as if they were one."""
    return summary(
        pages=sum(r["pages"] for r in results),
        wall=sum(r["wall"] for r in results),
        rss_mb=max(r["rss_mb"] for r in results),
        size=sum(r["size"] for r in results),
        cpu=sum(r["cpu"] for r in results),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--naive", type=int, default=100, help="certificates, naive")
    parser.add_argument("--single", type=int, default=100, help="certificates, render_pdf")
    parser.add_argument("--small", type=int, default=100, help="bulk, one worker (RSS)")
    parser.add_argument("--large", type=int, default=5000, help="bulk, one worker")
    parser.add_argument("--two", type=int, default=5000, help="bulk, two workers (total)")
    parser.add_argument("--signed", type=int, default=1000, help="bulk with/without signing")
    parser.add_argument(
        "--signed-rounds", type=int, default=4, help="unsigned and signed, in turn, this often"
    )
    parser.add_argument("--revoke", type=int, default=0, help="certificates in the database")
    parser.add_argument("--batch-size", type=int, default=None)
    args = parser.parse_args()
    # The spawned workers sign with a key of their own run.
    os.environ.setdefault("CREDENTIALS_KEY_DIR", tempfile.mkdtemp(prefix="lms-bench-keys-"))
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

    def compare(labels, methods, count, rounds):
        """Rows run in turn, ``rounds`` times, a share of ``count`` each time: a change
        in the machine's load while they run falls on all of them alike."""
        print(f"  running: {' / '.join(labels)}, {rounds} rounds in turn ...", flush=True)
        shares = [count // rounds + (i < count % rounds) for i in range(rounds)]
        results = {method: [] for method in methods}
        for share in shares:
            for method in methods:
                results[method].append(run(method, [share], batch_size))
        for label, method in zip(labels, methods, strict=True):
            rows.append((label, combined(results[method])))
        return [combined(results[method]) for method in methods]

    naive = measure("naive: HTML(string).write_pdf() each", "naive", [args.naive])
    measure("CertificateRenderer.render_pdf, 1 process", "single", [args.single])
    small = measure(f"bulk, 1 process, {args.small} certificates", "bulk", [args.small])
    large = measure(f"bulk, 1 process, {args.large} certificates", "bulk", [args.large])
    half = args.two // 2
    two = measure(f"bulk signed, 2 processes, {half} each", "signed", [half, args.two - half])
    unsigned, signed = compare(
        [f"bulk, 1 process, {args.signed}, unsigned", f"bulk, 1 process, {args.signed}, signed"],
        ["bulk", "signed"],
        args.signed,
        args.signed_rounds,
    )

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
    cost = 1000 / unsigned["per_cpu_second"], 1000 / signed["per_cpu_second"]
    added = cost[1] / cost[0] - 1
    print(
        f"signed credentials: {cost[0]:.1f} -> {cost[1]:.1f} CPU ms per certificate "
        f"({added:+.1%}; goal at most +{GOAL_SIGNING_ADDED:.0%})"
    )
    ok = (
        two["per_second"] >= GOAL_TWO_PROCESSES
        and per_core >= GOAL_RATIO_PER_CORE
        and growth <= GOAL_RSS_GROWTH_MB
        and added <= GOAL_SIGNING_ADDED
    )
    if args.revoke:
        print(f"\n  running: revoke one of {args.revoke} (PostgreSQL) ...", flush=True)
        from certificate_revoke import run_revoke  # beside this script

        total, bare, service = run_revoke(args.revoke)
        print(
            f"revoking one of {total}: bare UPDATE {1000 * bare[len(bare) // 2]:.1f} ms "
            f"(median), with the status list re-signed {1000 * service[len(service) // 2]:.0f} "
            f"ms (median), {1000 * service[-1]:.0f} ms (slowest of {len(service)}; "
            f"goal under {GOAL_REVOKE_SECONDS:.0f} s)"
        )
        ok = ok and service[-1] < GOAL_REVOKE_SECONDS
    print("all goals met" if ok else "GOAL MISSED")


if __name__ == "__main__":
    main()

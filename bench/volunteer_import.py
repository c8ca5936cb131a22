"""Benchmark: bulk import of volunteers into PostgreSQL, and the organisation generator.

Builds CSV files of 50,000 and 500,000 volunteers (one bad row and one duplicate
every 10,000), imports each into a fresh PostgreSQL database with
`manage.py import_volunteers` (full validation and de-duplication, production
settings), then imports the 500,000-row file a second time (every row already
registered). Each import runs in a process of its own, which reports its peak
resident memory (ru_maxrss) and its memory after start-up, before the import.
Last, it times `manage.py generate_organisation --volunteers 500000` into another
fresh database.

Goal (issue 5): at least 20,000 rows/s (500,000 rows in under 30 s), peak memory
under 200 MB and flat as the file grows.

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/);
databases are named lms_bench_import*. This machine is shared: figures vary
with its load, which is printed beside them.

Run:  .venv/bin/python bench/volunteer_import.py [--sizes 50000 500000] [--no-generator]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
TEMPLATE = "lms_bench_import_template"

# What runs in the measured process: Django set up, then the command.
IMPORT_CODE = """
import json, os, resource, sys, time
import django
django.setup()
from django.core.management import call_command
from lms.models import VolunteerImport

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

baseline = rss_mb()
started = time.perf_counter()
try:
    call_command("import_volunteers", sys.argv[1], stdout=open(os.devnull, "w"))
except SystemExit:
    pass  # rows with errors: expected, the counts say how many
seconds = time.perf_counter() - started
record = VolunteerImport.objects.latest("pk")
print(json.dumps({
    "seconds": seconds,
    "rows": record.rows_read,
    "imported": record.imported_count,
    "skipped": record.skipped_count,
    "errors": record.error_count,
    "status": record.status,
    "baseline_mb": baseline,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def admin_connection():
    return psycopg.connect(SERVER + "postgres", autocommit=True)


def database_url(name: str) -> str:
    return SERVER + name


def environment(name: str, media: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": database_url(name),
        "DATABASE_CONN_MAX_AGE": "0",
        "MEDIA_ROOT": media,
        "STATIC_ROOT": media + "-static",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(BASE_DIR),
    }


def recreate(name: str, template: str | None = None) -> None:
    with admin_connection() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if template:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        else:
            connection.execute(f'CREATE DATABASE "{name}"')


def drop(name: str) -> None:
    with admin_connection() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(*args, name: str, media: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment(name, media),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.1f} on {os.cpu_count()} CPUs"


def import_once(path: Path, *, name: str, media: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_CODE, str(path)],
        cwd=BASE_DIR,
        env=environment(name, media),
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(label: str, figures: dict) -> None:
    rate = figures["rows"] / figures["seconds"]
    print(
        f"{label:<28} {figures['rows']:>8,} rows {figures['seconds']:7.1f} s "
        f"{rate:>9,.0f} rows/s  peak {figures['peak_mb']:5.0f} MB "
        f"(after start-up {figures['baseline_mb']:4.0f} MB, import "
        f"+{figures['peak_mb'] - figures['baseline_mb']:3.0f} MB)  "
        f"imported {figures['imported']:,}, skipped {figures['skipped']:,}, "
        f"errors {figures['errors']:,}  [{load()}]",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 500_000])
    parser.add_argument("--generator", type=int, default=500_000, help="0: skip it")
    options = parser.parse_args()

    from lms.imports.fake import write_volunteer_csv

    with tempfile.TemporaryDirectory(prefix="lms-bench-import-") as work:
        media = os.path.join(work, "media")
        print(f"Template database {TEMPLATE} (migrations)...", flush=True)
        recreate(TEMPLATE)
        manage("migrate", "--no-input", name=TEMPLATE, media=media)
        files = {}
        for size in options.sizes:
            path = Path(work) / f"volunteers-{size}.csv"
            with path.open("w", encoding="utf-8", newline="") as handle:
                expected = write_volunteer_csv(handle, size, seed=size, bad_every=10_000)
            files[size] = path
            print(
                f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {expected['rows']:,} rows "
                f"({expected['errors']:,} bad or duplicate)",
                flush=True,
            )
        for size, path in files.items():
            name = f"lms_bench_import_{size}"
            recreate(name, TEMPLATE)
            try:
                report(f"import {size:,}", import_once(path, name=name, media=media))
                if size == max(files):
                    report(f"again {size:,} (all there)", import_once(path, name=name, media=media))
            finally:
                drop(name)
        if options.generator:
            name = "lms_bench_import_generator"
            recreate(name, TEMPLATE)
            try:
                started = time.perf_counter()
                manage(
                    "generate_organisation",
                    "--volunteers",
                    str(options.generator),
                    name=name,
                    media=media,
                )
                seconds = time.perf_counter() - started
                print(
                    f"generate_organisation --volunteers {options.generator:,}: "
                    f"{seconds:.0f} s (demo content included)  [{load()}]",
                    flush=True,
                )
                with psycopg.connect(database_url(name)) as connection:
                    state, count = connection.execute(
                        "SELECT u.name_en, count(*) FROM lms_volunteerprofile v "
                        "JOIN lms_unit u ON u.id = v.state_id GROUP BY u.name_en "
                        "ORDER BY count(*) DESC LIMIT 1"
                    ).fetchone()
                print(f"  largest state: {state} with {count:,} volunteers", flush=True)
            finally:
                drop(name)
        drop(TEMPLATE)


if __name__ == "__main__":
    main()

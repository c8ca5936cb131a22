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

The machine may be shared, so beside each import's wall-clock rate the script
prints what varies less with the neighbours' load:

- the floor: right before the import, the same file COPYed as it is into a plain
  table of text columns (no checks, no indexes, one statement), in the same
  conditions; the import's time is given as a multiple of it;
- CPU per row: the importing process's (user + system, every thread) and the
  database server's for that database (its backends and autovacuum workers,
  read from /proc while the import runs; only when the server is on this
  machine).

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/);
databases are named lms_bench_import_* (--prefix, or BENCH_DB_PREFIX, for other
names, e.g. when several benchmarks share the server). The load average is
printed beside the figures.

Run:  .venv/bin/python bench/volunteer_import.py [--sizes 50000 500000] [--generator 0]
      [--writers 1 2] [--prefix lms_bench_import_mine]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
PREFIX = os.environ.get("BENCH_DB_PREFIX", "lms_bench_import")

# What runs in the measured process: Django set up, then the command.
IMPORT_CODE = """
import json, os, resource, sys, time
import django
django.setup()
from django.core.management import call_command
from organisation.models import VolunteerImport
if os.environ.get("BENCH_WRITERS"):
    from organisation.imports import importer
    importer.WRITERS = int(os.environ["BENCH_WRITERS"])

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

baseline = rss_mb()
before = resource.getrusage(resource.RUSAGE_SELF)
cpu_before = before.ru_utime + before.ru_stime
started = time.perf_counter()
try:
    call_command("import_volunteers", sys.argv[1], stdout=open(os.devnull, "w"))
except SystemExit:
    pass  # rows with errors: expected, the counts say how many
seconds = time.perf_counter() - started
record = VolunteerImport.objects.latest("pk")
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "seconds": seconds,
    "cpu": usage.ru_utime + usage.ru_stime - cpu_before,
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
        "CREDENTIALS_KEY_DIR": str(Path(tempfile.gettempdir()) / "lms-bench-credentials"),
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


class ServerCpu:
    """CPU seconds of the server's processes for one database (backends and
    autovacuum workers: their titles name it), read from /proc every 0.1 s
    while running. None when the server's processes are not visible here."""

    def __init__(self, database: str):
        self.marker = f" {database} ".encode()
        self.seconds = {}  # pid -> last CPU seconds seen
        self.tick = os.sysconf("SC_CLK_TCK")
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _sample(self):
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as handle:
                    title = handle.read().replace(b"\0", b" ") + b" "
                if not title.startswith(b"postgres: ") or self.marker not in title:
                    continue
                with open(f"/proc/{pid}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue  # gone
            self.seconds[pid] = (int(fields[11]) + int(fields[12])) / self.tick

    def _watch(self):
        while not self.stop.wait(0.1):
            self._sample()

    def __enter__(self):
        self._sample()
        self.start = dict(self.seconds)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        self._sample()

    @property
    def total(self) -> float | None:
        if not self.seconds:
            return None
        return sum(seconds - self.start.get(pid, 0) for pid, seconds in self.seconds.items())


def import_once(path: Path, *, name: str, media: str, writers: int | None) -> dict:
    env = environment(name, media)
    if writers is not None:
        env["BENCH_WRITERS"] = str(writers)
    with ServerCpu(name) as server:
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_CODE, str(path)],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["server_cpu"] = server.total
    return figures


def copy_floor(path: Path, *, name: str) -> dict:
    """The file COPYed as it is into a plain table of text columns: the least
    any import of it into this server can take, measured in the same conditions."""
    with psycopg.connect(database_url(name), autocommit=True) as connection:
        connection.execute(
            "CREATE TABLE bench_copy_floor (phone text, name_en text, name_hi text, "
            "email text, state text, district text, skills text)"
        )
        try:
            with ServerCpu(name) as server:
                started = time.perf_counter()
                with (
                    connection.cursor() as cursor,
                    cursor.copy(
                        "COPY bench_copy_floor FROM STDIN (FORMAT csv, HEADER true)"
                    ) as copy,
                    path.open("rb") as handle,
                ):
                    while block := handle.read(1 << 18):
                        copy.write(block)
                seconds = time.perf_counter() - started
            rows = connection.execute("SELECT count(*) FROM bench_copy_floor").fetchone()[0]
        finally:
            connection.execute("DROP TABLE bench_copy_floor")
    return {"seconds": seconds, "rows": rows, "server_cpu": server.total}


def report(label: str, figures: dict, floor: dict | None = None) -> None:
    rows = figures["rows"]
    rate = rows / figures["seconds"]
    print(
        f"{label:<28} {rows:>8,} rows {figures['seconds']:7.1f} s "
        f"{rate:>9,.0f} rows/s  peak {figures['peak_mb']:5.0f} MB "
        f"(after start-up {figures['baseline_mb']:4.0f} MB, import "
        f"+{figures['peak_mb'] - figures['baseline_mb']:3.0f} MB)  "
        f"imported {figures['imported']:,}, skipped {figures['skipped']:,}, "
        f"errors {figures['errors']:,}  [{load()}]",
        flush=True,
    )
    cpu = f"{' ':<28} CPU per row: importer {figures['cpu'] / rows * 1e6:4.0f} us"
    if figures.get("server_cpu") is not None:
        cpu += f", database server {figures['server_cpu'] / rows * 1e6:4.0f} us"
    if floor is not None:
        cpu += (
            f"; floor (COPY of the file into a plain table, just before): "
            f"{floor['seconds']:.1f} s, {floor['rows'] / floor['seconds']:,.0f} rows/s; "
            f"import = {figures['seconds'] / floor['seconds']:.1f} x floor"
        )
    print(cpu, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 500_000])
    parser.add_argument("--generator", type=int, default=500_000, help="0: skip it")
    parser.add_argument(
        "--prefix", default=PREFIX, help="database names start with this (default %(default)s)"
    )
    parser.add_argument(
        "--writers",
        type=int,
        help="threads writing batches at once (default: the importer's, "
        "VOLUNTEER_IMPORT_WRITERS); several values: each size is imported with each",
        nargs="+",
    )
    options = parser.parse_args()
    prefix = options.prefix
    if not prefix.startswith("lms_bench_import"):
        parser.error("--prefix must start with lms_bench_import (its databases are dropped)")
    template = f"{prefix}_template"

    from organisation.imports.fake import write_volunteer_csv

    with tempfile.TemporaryDirectory(prefix="lms-bench-import-") as work:
        media = os.path.join(work, "media")
        print(f"Template database {template} (migrations)...", flush=True)
        recreate(template)
        manage("migrate", "--no-input", name=template, media=media)
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
            for writers in options.writers or [None]:
                name = f"{prefix}_{size}"
                label = "" if writers is None else f", {writers} writer{'s' * (writers != 1)}"
                recreate(name, template)
                try:
                    floor = copy_floor(path, name=name)
                    figures = import_once(path, name=name, media=media, writers=writers)
                    report(f"import {size:,}{label}", figures, floor)
                    if size == max(files):
                        floor = copy_floor(path, name=name)
                        figures = import_once(path, name=name, media=media, writers=writers)
                        report(f"again {size:,} (all there)", figures, floor)
                finally:
                    drop(name)
        if options.generator:
            name = f"{prefix}_generator"
            recreate(name, template)
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
        drop(template)


if __name__ == "__main__":
    main()

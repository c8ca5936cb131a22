"""What the PostgreSQL benchmarks share: running a management command against the
benchmark's database, and making that database afresh (empty, or a copy of a template)."""

import os
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def recreate_database(database: str, template: str | None = None) -> None:
    import psycopg

    with psycopg.connect(SERVER_URL + "postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        copy = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{database}"{copy}')


def organisation_database(env, volunteers: int, database: str, template: str | None = None):
    """The benchmark's database made afresh and migrated: a copy of `template` (another
    bench database), or the demo content and `volunteers` generated ones."""
    started = time.perf_counter()
    recreate_database(database, template)
    manage("migrate", "--no-input", "-v0", env=env)
    if not template:
        manage("load_demo", "--force", env=env)
        manage("generate_organisation", "--volunteers", str(volunteers), env=env)
    print(f"database ready: {time.perf_counter() - started:.0f} s", flush=True)


def bench_env(database: str, **extra: str) -> dict:
    """The environment of the benchmark's commands and of its own process: development
    settings on its database, a connection per request as a web process has."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DATABASE_URL": SERVER_URL + database,
        "DATABASE_CONN_MAX_AGE": "0",
        **extra,
    }

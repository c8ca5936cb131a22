"""A Python process that forks a fresh interpreter for each settings test.

Run as `python -m testing.zygote` (by `testing.processes`), without DJANGO_SETTINGS_MODULE.
It imports, once, the libraries our settings and apps load that read no Django setting
(WeasyPrint alone is a third of a `django.setup()`), then serves requests, one JSON line
each on stdin: `{"code": ..., "env": {...}, "cwd": ..., "timeout": ...}`. For each it forks
a child that takes that environment, runs `code` as `python -c` would (as `__main__`, a
traceback and exit status 1 on an exception, `sys.exit` honoured, exit handlers run) with
stdout and stderr to files, and answers one JSON line: `{"returncode", "stdout", "stderr"}`.

The child has imported no settings and configured nothing: each request reads the
settings of its own environment, once, as a new interpreter would. What it shares with
the others is only modules that do not depend on them: the zygote refuses to start if a
preloaded module read a setting (even one it caught the error of) or touched the app
registry.
"""

import contextlib
import json
import os
import signal
import sys
import tempfile
import time

#: Imported once, before any request; none of them reads Django's settings on import.
PRELOAD = (
    "weasyprint",
    "pydantic",
    "openpyxl",
    "redis",
    "rq",
    "psycopg",
    "boto3",
    "django.db.models",
    "django.http",
    "django.test",
    "django.core.management",
    # Libraries that know nothing of Django.
    "PIL.ImageDraw",
    "PIL.ImageFont",
    "pillow_heif",
    "segno",
    "phonenumbers",
    "cryptography.x509",
    "joserfc.jwk",
    "joserfc.jws",
    "joserfc.jwe",
    "annotated_types",
    "pydantic.main",
    "pydantic.type_adapter",
    "pydantic.dataclasses",
    "pydantic.json_schema",
    "bs4",
    "soupsieve",
    "draftjs_exporter.html",
    "yaml",
    "requests",
    "charset_normalizer",
    "pygments.lexers",
    "pygments.formatters",
    # Modules of Django and of REST framework (Wagtail's API) that read settings only when
    # called (the guard below checks it).
    "django.contrib.auth.hashers",
    "django.contrib.auth.password_validation",
    "django.contrib.staticfiles.storage",
    "django.contrib.staticfiles.finders",
    "django.contrib.postgres.search",
    "django.contrib.postgres.indexes",
    "django.contrib.humanize.templatetags.humanize",
    "django.db.backends.sqlite3.schema",
    "django.db.backends.sqlite3.introspection",
    "django.db.backends.sqlite3.creation",
    "django.db.backends.postgresql.schema",
    "django.db.backends.postgresql.operations",
    "django.db.backends.postgresql.introspection",
    "django.db.backends.postgresql.features",
    "django.db.backends.postgresql.creation",
    "django.db.migrations",
    "rest_framework.serializers",
    "rest_framework.response",
)


def _preload() -> None:
    if "DJANGO_SETTINGS_MODULE" in os.environ:
        raise SystemExit("testing.zygote must start without DJANGO_SETTINGS_MODULE")
    from django.apps import apps
    from django.conf import LazySettings, settings
    from django.core.exceptions import ImproperlyConfigured

    # A module that reads a setting on import, even one that catches the error and goes
    # on with a default, would carry what it found into every child: refuse it.
    reads = []
    find_settings = LazySettings._setup

    def refuse(self, name=None):
        reads.append(name)
        raise ImproperlyConfigured(f"testing.zygote: {name} read while preloading")

    LazySettings._setup = refuse
    try:
        for name in PRELOAD:
            # An optional library missing here: the child finds that out itself.
            with contextlib.suppress(ImportError):
                __import__(name)
    finally:
        LazySettings._setup = find_settings
    if reads or settings.configured:
        raise SystemExit(f"preloading read Django's settings ({reads}): {PRELOAD}")
    # Nor may a preloaded module populate the app registry (a model class, an app config).
    if apps.loading or apps.apps_ready or apps.app_configs or any(apps.all_models.values()):
        raise SystemExit(f"preloading touched Django's app registry: {PRELOAD}")


def _child(code: str, env: dict, cwd: str, out_path: str, err_path: str) -> None:
    """In the forked process: become `python -c code` in `env`; never returns."""
    import atexit
    import traceback

    status = 0
    try:
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        for fd, path in ((1, out_path), (2, err_path)):
            target = os.open(path, os.O_WRONLY | os.O_TRUNC)
            os.dup2(target, fd)
            os.close(target)
        # Python's own streams for a pipe or file: the locale's encoding, stderr with
        # backslashreplace (the zygote started in the same locale as its children would).
        encoding = sys.__stdout__.encoding
        sys.stdin = open(0, encoding=encoding, closefd=False)  # noqa: SIM115 (for its life)
        sys.stdout = open(1, "w", encoding=encoding, closefd=False)  # noqa: SIM115
        sys.stderr = open(  # noqa: SIM115
            2, "w", encoding=encoding, errors="backslashreplace", closefd=False, buffering=1
        )
        sys.argv = ["-c"]
        namespace = {"__name__": "__main__", "__builtins__": __builtins__}
        try:
            exec(compile(code, "<string>", "exec"), namespace)  # noqa: S102 (the test's own code)
        except SystemExit as exit:
            if exit.code is None:
                status = 0
            elif isinstance(exit.code, int):
                status = exit.code
            else:
                print(exit.code, file=sys.stderr)
                status = 1
        except BaseException:
            traceback.print_exc()
            status = 1
        atexit._run_exitfuncs()  # logging.shutdown() and the rest, as at interpreter exit
    except BaseException:
        status = 1
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # closed by the code: nothing more to write
                stream.flush()
        os._exit(status)


def _serve(request: dict) -> dict:
    with (
        tempfile.NamedTemporaryFile(prefix="zygote-out-", delete=False) as out,
        tempfile.NamedTemporaryFile(prefix="zygote-err-", delete=False) as err,
    ):
        pass
    try:
        pid = os.fork()
        if pid == 0:
            _child(request["code"], request["env"], request["cwd"], out.name, err.name)
        deadline = time.monotonic() + request["timeout"]
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return {"timeout": True}
            time.sleep(0.01)
        encoding = sys.__stdout__.encoding
        with (
            open(out.name, encoding=encoding, errors="replace") as stdout,
            open(err.name, encoding=encoding, errors="replace") as stderr,
        ):
            return {
                "returncode": os.waitstatus_to_exitcode(status),
                "stdout": stdout.read(),
                "stderr": stderr.read(),
            }
    finally:
        os.unlink(out.name)
        os.unlink(err.name)


def main() -> None:
    _preload()
    requests, answers = sys.stdin, sys.stdout
    answers.write('{"ready": true}\n')
    answers.flush()
    for line in requests:
        answers.write(json.dumps(_serve(json.loads(line))) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()

"""Python code in a fresh interpreter, for the settings tests (settings are read once per
process): `run_python(code, env=..., drop=...)`.

Each call gets a process of its own, forked by one zygote per test session (worker) that
has already imported the libraries that read no settings (`testing.zygote`): about half
of what a new interpreter spends before the first line of a settings test. Code run with
other interpreter start-up variables than the zygote's (PYTHONWARNINGS, PYTHONPATH, the
locale) gets a new `python -c`, as does every call with `TESTS_ZYGOTE=0` in the
environment.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
TIMEOUT = 120
#: Variables an interpreter reads when it starts (warning filters, paths, hash seed, the
#: streams' encoding): code run with other values than the zygote's gets `python -c`.
STARTUP_VARIABLES = ("PYTHON", "LC_", "LANG")


def _startup(env) -> dict[str, str]:
    return {k: v for k, v in env.items() if k.startswith(STARTUP_VARIABLES)}


class Zygote:
    """The `testing.zygote` process of this test session, started on first use."""

    def __init__(self):
        self.env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        self.process = None
        self.log = None

    def _start(self) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "testing.zygote"],
            cwd=BASE_DIR,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        self._answer()  # {"ready": true}, once the libraries are imported

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            self.log.seek(0)
            problem = self.log.read().decode(errors="replace")
            self.stop()
            raise RuntimeError(f"testing.zygote exited:\n{problem}")
        return json.loads(line)

    def serves(self, env: dict[str, str]) -> bool:
        return _startup(env) == _startup(self.env)

    def run(self, code: str, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
        if self.process is None or self.process.poll() is not None:
            self._start()
        request = {"code": code, "env": env, "cwd": str(BASE_DIR), "timeout": timeout}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self._answer()
        command = [sys.executable, "-c", code]
        if answer.get("timeout"):
            raise subprocess.TimeoutExpired(command, timeout)
        return subprocess.CompletedProcess(
            command, answer["returncode"], answer["stdout"], answer["stderr"]
        )

    def stop(self) -> None:
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=30)
            self.process = None
        if self.log is not None:
            self.log.close()
            self.log = None


@pytest.fixture(scope="session")
def _zygote():
    if os.environ.get("TESTS_ZYGOTE") == "0":
        yield None
        return
    zygote = Zygote()
    yield zygote
    zygote.stop()


@pytest.fixture
def run_python(_zygote):
    """Run Python code in a fresh interpreter (settings are read once per process)."""

    def run(
        code: str, *, env: dict[str, str], drop: tuple[str, ...] = ()
    ) -> subprocess.CompletedProcess:
        full_env = {k: v for k, v in os.environ.items() if k not in drop}
        full_env.update(env)
        if _zygote is not None and _zygote.serves(full_env):
            return _zygote.run(code, full_env, TIMEOUT)
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=BASE_DIR,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )

    return run

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def run_python():
    """Run Python code in a fresh interpreter (settings are read once per process)."""

    def run(
        code: str, *, env: dict[str, str], drop: tuple[str, ...] = ()
    ) -> subprocess.CompletedProcess:
        full_env = {k: v for k, v in os.environ.items() if k not in drop}
        full_env.update(env)
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=BASE_DIR,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run

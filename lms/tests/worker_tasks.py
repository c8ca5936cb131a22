"""Tasks that the worker tests queue: they record each attempt in a file."""

import os
import time
from pathlib import Path

from django_tasks import task


@task()
def record_and_sleep(*, path: str, seconds: float, fail_first: bool = False) -> int:
    """Append "start <pid>" to the file, sleep, append "done"; the first attempt may fail."""
    log = Path(path)
    earlier = log.read_text().count("start") if log.exists() else 0
    with log.open("a") as handle:
        handle.write(f"start {os.getpid()}\n")
    if fail_first and not earlier:
        raise RuntimeError("the first attempt fails")
    time.sleep(seconds)
    with log.open("a") as handle:
        handle.write("done\n")
    return earlier + 1

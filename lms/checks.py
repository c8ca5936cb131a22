"""System checks for what the project needs from the machine, not from Python."""

import shutil
import subprocess

from django.core.checks import Warning, register

DEVANAGARI_FONT_HINT = (
    "Install Noto Sans Devanagari: on Debian or Ubuntu, "
    "`apt-get install fonts-noto-core` (or run `make system-deps` as root)."
)


def devanagari_font_families() -> list[str]:
    """Font families fontconfig (and so WeasyPrint) can use for Hindi text."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    result = subprocess.run(  # noqa: S603  (fixed argument list, no shell)
        [fc_list, ":lang=hi", "family"], capture_output=True, text=True, timeout=30, check=False
    )
    return sorted({line.strip() for line in result.stdout.splitlines() if line.strip()})


@register()
def check_devanagari_font(app_configs=None, **kwargs):
    """Warn when certificates could not shape Hindi names: no Devanagari font."""
    if devanagari_font_families():
        return []
    return [
        Warning(
            "No Devanagari font was found by fontconfig; Hindi text in PDF "
            "certificates would render as empty boxes.",
            hint=DEVANAGARI_FONT_HINT,
            id="lms.W001",
        )
    ]

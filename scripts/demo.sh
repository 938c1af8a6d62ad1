#!/usr/bin/env bash
# Quick start: set everything up, then show who said what in the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/presswatch annotate examples/ --format table

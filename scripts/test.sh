#!/usr/bin/env bash
# Set up and run the whole test suite (lint first). CI runs exactly this.
# The storage tests also run against a real PostgreSQL server, started from Debian's
# package on a private unix socket (scripts/start_postgres.sh); where it cannot be started
# they are skipped, except under CI=true, where that is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# The browser tests drive Debian's Chromium (Playwright never downloads one).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }
  else
    echo "warning: /usr/bin/chromium is missing and we are not root; the browser tests" \
         "will be skipped (and fail under CI=true)" >&2
  fi
fi
if [ -z "${PRESSWATCH_TEST_POSTGRES_URL:-}" ]; then
  if url="$(bash scripts/start_postgres.sh)"; then
    export PRESSWATCH_TEST_POSTGRES_URL="$url"
  else
    echo "warning: PostgreSQL could not be started; its storage tests will not run" >&2
  fi
fi
.venv/bin/ruff check src tests bench
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"

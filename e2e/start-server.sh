#!/usr/bin/env bash
# Serves the production build for the e2e suite: builds when no build exists, starts from an empty
# embedded database (migrated and seeded on first request), one process so nothing outlives the run.
set -euo pipefail
port="${1:-3000}"
export NEXT_TELEMETRY_DISABLED=1 DEMO_MODE=1 DATA_DIR=.data-e2e
# Every journey comes from one address, far above a person's page rate; the limits under test
# (sign-in per address and per email) keep their real values.
export RATE_LIMIT_PAGES_PER_MINUTE=100000
[ -f .next/BUILD_ID ] || npm run build
rm -rf .data-e2e
exec node node_modules/next/dist/bin/next start -p "$port"

#!/usr/bin/env bash
# Runs every check of the repository. Installs nothing by hand: what the suites need
# (the system Chromium, a running PostgreSQL) is ensured here.
set -euo pipefail
cd "$(dirname "$0")/.."
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

node scripts/generate.mjs --check
npx redocly lint openapi/atrium.yaml --format=summary
npx tsx --test scripts/test/*.test.mjs
npx prettier --check .
npx eslint --max-warnings 0 .

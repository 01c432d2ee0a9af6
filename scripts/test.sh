#!/usr/bin/env bash
# Every check of the repository, in the order a failure is cheapest to find.
# Installs nothing by hand: scripts/ensure-env.sh provides what the suites need.
set -euo pipefail
cd "$(dirname "$0")/.."
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true STORYBOOK_DISABLE_TELEMETRY=1
export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step environment
bash scripts/ensure-env.sh

step contract
node scripts/generate.mjs --check
npx redocly lint openapi/atrium.yaml --format=summary
npx tsx --test scripts/test/*.test.mjs

step format and lint
npx prettier --check . --log-level warn
npx eslint --max-warnings 0 .

step build and types
npm run build --silent
for project in packages/sdk/test packages/server/test packages/elements/test.tsconfig.json stories; do
  npx tsc -p "$project" --noEmit
done

step "sdk and server (PGlite${TEST_DATABASE_URL:+ and PostgreSQL})"
# Every suite's database is a copy of one seeded for the run (packages/server/test/templates.ts),
# and two test files run at once, one per core.
ATRIUM_TEST_TEMPLATES="$(mktemp -d)"
export ATRIUM_TEST_TEMPLATES
trap 'npx tsx packages/server/test/templates.ts drop "$ATRIUM_TEST_TEMPLATES"' EXIT
npx tsx packages/server/test/templates.ts make "$ATRIUM_TEST_TEMPLATES"
npx tsx --test --test-concurrency=2 packages/sdk/test/*.test.ts packages/server/test/*.test.ts

step "elements in Chromium, and beside them the server's crash runs"
# The crash runs (packages/server/test/crash/) mostly wait for a killed server to start
# again, so they share the machine with the browser instead of adding minutes of their own.
crash_log="$(mktemp)"
npx tsx --test packages/server/test/crash/*.test.ts >"$crash_log" 2>&1 &
crash=$!
npx web-test-runner
if ! wait "$crash"; then
  cat "$crash_log"
  exit 1
fi
grep -E '^# (tests|pass|fail|duration_ms)|acknowledged and found' "$crash_log"

step storybook
npx storybook build -o dist/storybook --quiet

step "budgets and the demo journey"
npx tsx --test scripts/e2e/*.test.mjs

#!/usr/bin/env bash
# Makes sure what the suites need is on this machine, so `npm test` works on a fresh one:
# the system Chromium for browser tests and, when TEST_DATABASE_URL names it, a running
# PostgreSQL. Installs or starts only what is missing.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  host_port="${TEST_DATABASE_URL#*@}"
  host_port="${host_port%%/*}"
  if ! pg_isready -q -h "${host_port%%:*}" -p "${host_port##*:}"; then
    echo "starting PostgreSQL for TEST_DATABASE_URL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -q -h "${host_port%%:*}" -p "${host_port##*:}" && break; sleep 1; done
  fi
fi

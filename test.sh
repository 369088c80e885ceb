#!/usr/bin/env bash
# The whole test suite, installing what it needs first (README quick start, command 2).
#   ./test.sh                 everything
#   ./test.sh --filter X      passes extra arguments to 'dotnet test'
# Installs: npm peers in tools/ (Microsoft's Agents Playground, adaptivecards, templating, app-manifest,
# playwright-core), Debian's chromium for the end-to-end test, Debian's postgresql for the storage
# contract tests (a throwaway cluster on 127.0.0.1, stopped and deleted on exit).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

log() { printf '\n== %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() { # package...
    local missing=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
    log "installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

log "tools: Debian packages"
apt_install chromium postgresql

# A throwaway PostgreSQL cluster for the storage tests: initdb into a temp folder, listen on 127.0.0.1
# on a free port (no Unix socket outside that folder), trust auth, durability off (test data only).
# The PostgreSQL provider's tests read ENGAGEMENTBOT_TEST_POSTGRES and fail without it.
PG_DIR=""
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_test_postgres() {
    [ -n "$PG_DIR" ] || return 0
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
start_test_postgres() {
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PG_DIR=$(mktemp -d -t engagementbot-pg.XXXXXX)
    trap stop_test_postgres EXIT
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_DIR"; fi
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log"; return 1; }
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
    export ENGAGEMENTBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DIR)"
}

log "tools: npm peers (tools/package-lock.json)"
if [ ! -d tools/node_modules ] || ! (cd tools && npm ls --depth=0 >/dev/null 2>&1); then
    (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

log "build"
dotnet build EngagementBot.sln -c Debug -nologo -clp:ErrorsOnly

log "tools: PostgreSQL test cluster"
start_test_postgres

log "tests"
RESULTS=$(mktemp -d)
set +e
dotnet test EngagementBot.sln -c Debug --no-build -nologo --logger "trx" --results-directory "$RESULTS" "$@" 2>&1 | tee "$RESULTS/out.log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole suite, summed over the test projects.
python3 - "$RESULTS" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"\ntests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit "$status"

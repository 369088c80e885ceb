#!/usr/bin/env bash
# Overdue-alert latency at 1,000 open sessions (issue #5, "Done when"): the delay between a session's
# deadline + grace period passing and its manager's notification being handed to the connector (the
# alert card) and to Graph (the mail, the activity-feed notice).
#
# Publishes the host (Release) and a benchmark-only startup hook (tools/bench/overdue-hook: gives the
# host a fixed Graph token, as the tests do, since there is no Entra ID here), then runs
# tools/bench/overdue.js, which plays the Teams channel and Graph on 127.0.0.1 (every worker has a line
# manager), starts the host with development auth on a fresh database, has SESSIONS workers plan a visit
# through the real plan-visit dialog — all due back in the same minute — and after deadline + GRACE
# seconds records when each manager's card, mail and feed notice arrived. Prints p50/p95/p99/max, how
# many of SESSIONS were within 5 s, duplicates (expected 0), and the host's CPU and RSS.
# Loopback only; every step is bounded (the whole run by TIMEOUT seconds).
#
#   tools/bench/overdue.sh                                   1,000 sessions, grace 30 s, fresh SQLite
#   SESSIONS=200 PLAN_BUDGET=120 tools/bench/overdue.sh      a smaller run
#   POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Database=bench" tools/bench/overdue.sh
#                                                            on an (empty, throwaway) PostgreSQL database
# Settings: SESSIONS (1000), CONCURRENCY (40 conversations planning at once), GRACE (30 s),
# PLAN_BUDGET (300 s from start to the common deadline; must cover planning), WAIT (180 s after
# deadline + grace), PORT (5091), TIMEOUT (1200 s), OUTBOX_* (optional Outbox:* overrides, e.g.
# OUTBOX_BatchSize=100). Results: artifacts/bench/overdue-<stamp>/ (result.json, host log).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SESSIONS=${SESSIONS:-1000} CONCURRENCY=${CONCURRENCY:-40} GRACE=${GRACE:-30}
PLAN_BUDGET=${PLAN_BUDGET:-300} WAIT=${WAIT:-180} PORT=${PORT:-5091} TIMEOUT=${TIMEOUT:-1200}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/artifacts/bench/overdue-$STAMP
HOST_DIR=$ROOT/artifacts/bench/host
HOOK_DIR=$ROOT/artifacts/bench/overdue-hook
mkdir -p "$OUT"

echo "== publishing the host (Release) and the Graph token hook" >&2
dotnet publish src/EngagementBot.Host -c Release -o "$HOST_DIR" -nologo -clp:ErrorsOnly >&2
dotnet build tools/bench/overdue-hook -c Release -o "$HOOK_DIR" -nologo -clp:ErrorsOnly >&2

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export ASPNETCORE_ENVIRONMENT=Development Bot__DevelopmentAuthentication=true Logging__LogLevel__Default=Warning
export DOTNET_STARTUP_HOOKS=$HOOK_DIR/EngagementBot.Bench.GraphTokenHook.dll
if [ -n "${POSTGRES:-}" ]; then
    export Storage__Provider=Postgres Storage__Postgres__ConnectionString=$POSTGRES
    storage="PostgreSQL"
else
    export Storage__Sqlite__Path=$data/bot.db
    storage="SQLite"
fi
for setting in $(env | grep -o '^OUTBOX_[A-Za-z]*' || true); do
    export "Outbox__${setting#OUTBOX_}=${!setting}"
done

echo "== ${SESSIONS} sessions, grace ${GRACE} s, ${storage}" >&2
status=0
timeout "$TIMEOUT" node tools/bench/overdue.js --sessions "$SESSIONS" --concurrency "$CONCURRENCY" --grace "$GRACE" \
    --plan-budget "$PLAN_BUDGET" --wait "$WAIT" --port "$PORT" \
    -- dotnet "$HOST_DIR/EngagementBot.Host.dll" --urls "http://127.0.0.1:${PORT}" \
    >"$OUT/result.json" 2> >(tee "$OUT/run.log" >&2) || status=$?
echo "storage=${storage} nproc=$(nproc) $(node --version) dotnet $(dotnet --version)" >"$OUT/environment.txt"
cat "$OUT/result.json"
exit "$status"

#!/usr/bin/env bash
# EngagementBot benchmark (README "Benchmark"). Builds in Release, starts the host directly (not
# `dotnet run`) with development auth and a fresh SQLite database per run, and drives the
# quick-check dialog (dialogs/quick-check.json) with the shared Teams-channel load generator
# (../shared/bench) at each concurrency level, REPEAT times. Then measures the host's memory after
# 10,000 conversations have each completed one check, and the time from process start to the
# first answered turn. Everything stays on 127.0.0.1; every step is bounded.
#
#   tools/bench/run.sh                       LEVELS="1 50 200" REPEAT=2 DURATION=20 WARMUP=5
#   LEVELS=200 REPEAT=1 tools/bench/run.sh   one level
# Results: artifacts/bench/<stamp>/ (loadgen JSON lines, summary.md, bot logs)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
[ -f "$SHARED_BENCH/loadgen.js" ] || { echo "load generator not found at $SHARED_BENCH (set SHARED_BENCH)" >&2; exit 2; }
export LEVELS=${LEVELS:-"1 50 200"} REPEAT=${REPEAT:-2} DURATION=${DURATION:-20} WARMUP=${WARMUP:-5}
PORT=${PORT:-5080}
MEMORY_CHECKS=${MEMORY_CHECKS:-10000}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/artifacts/bench/$STAMP
HOST_DIR=$ROOT/artifacts/bench/host
mkdir -p "$OUT"

echo "== publishing the host (Release)" >&2
dotnet publish src/EngagementBot.Host -c Release -o "$HOST_DIR" -nologo -clp:ErrorsOnly >&2

# Starts the host with a fresh database each time run-bench.sh (re)starts it; exec, so the pid the
# load generator measures is the host's own.
LAUNCH=$OUT/launch-host.sh
mkdir -p "$OUT/data"
cat >"$LAUNCH" <<SH
#!/usr/bin/env bash
data=\$(mktemp -d -p "$OUT/data")
export ASPNETCORE_ENVIRONMENT=Development Storage__Sqlite__Path="\$data/bot.db" Logging__LogLevel__Default=Warning
exec dotnet "$HOST_DIR/EngagementBot.Host.dll" --urls "http://127.0.0.1:\${PORT}"
SH
chmod +x "$LAUNCH"

echo "== throughput and latency: levels ${LEVELS}, ${REPEAT} run(s) each, ${DURATION}s (${WARMUP}s warm-up)" >&2
RESULTS_DIR=$OUT EXTRA_ARGS="--start-text quickcheck" \
    "$SHARED_BENCH/run-bench.sh" engagementbot "$PORT" -- "$LAUNCH"

echo "== memory after ${MEMORY_CHECKS} conversations each completed one check" >&2
data=$(mktemp -d)
ASPNETCORE_ENVIRONMENT=Development Storage__Sqlite__Path="$data/bot.db" Logging__LogLevel__Default=Warning \
    dotnet "$HOST_DIR/EngagementBot.Host.dll" --urls "http://127.0.0.1:${PORT}" >"$OUT/memory-bot.log" 2>&1 &
BOT=$!
trap 'kill $BOT 2>/dev/null || true; rm -rf "$data"' EXIT
timeout 300 node "$SHARED_BENCH/loadgen.js" --bot "http://127.0.0.1:${PORT}/api/messages" --start-text quickcheck \
    --conversations 50 --new-conversation-per-check --duration 150 --warmup 0 \
    --max-turns $((MEMORY_CHECKS * 12 + 600)) --bot-pid "$BOT" --label "memory ${MEMORY_CHECKS} conversations" \
    >"$OUT/memory.jsonl"
sleep 1
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$BOT/status")
hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$BOT/status")
checks=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").pop());console.log(r.checks_completed+" checks, "+r.errors+" errors")' "$OUT/memory.jsonl")
kill -TERM $BOT; wait $BOT 2>/dev/null || true
rm -rf "$data"; trap - EXIT

echo "== start-up: process start to first answered turn (3 runs)" >&2
: >"$OUT/startup.jsonl"
for _ in 1 2 3; do
    data=$(mktemp -d)
    ASPNETCORE_ENVIRONMENT=Development Storage__Sqlite__Path="$data/bot.db" Logging__LogLevel__Default=Warning \
        timeout 60 node tools/bench/startup.js --port "$PORT" -- dotnet "$HOST_DIR/EngagementBot.Host.dll" --urls "http://127.0.0.1:${PORT}" >>"$OUT/startup.jsonl"
    rm -rf "$data"; sleep 1
done

{
    echo "# EngagementBot benchmark $STAMP"
    echo
    echo "nproc=$(nproc), $(node --version), $(dotnet --version), dialog quick-check (12 turns per check), SQLite durable state"
    echo
    node "$SHARED_BENCH/summarize.js" "$OUT"/engagementbot-*.jsonl
    echo
    echo "Memory: working set ${rss_kb} kB (peak ${hwm_kb} kB) after ${checks} (fresh conversation per check)."
    echo
    echo "Start-up to first answered turn (ms): $(node -e 'console.log(require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").map(l=>JSON.parse(l).start_to_first_answered_turn_ms).join(", "))' "$OUT/startup.jsonl")"
} >"$OUT/summary.md"
rm -rf "$OUT/data"
cat "$OUT/summary.md"
echo "results: $OUT" >&2

#!/usr/bin/env bash
# Runs EngagementBot locally with the embedded defaults (SQLite under ./data, development
# authentication) and the Microsoft 365 Agents Playground to chat with it (README quick start, command 1).
#   BOT_PORT=3978 PLAYGROUND_PORT=56150 ./run.sh
#   QUICK_TIMINGS=1 ./run.sh     a short lone-worker ladder for trying it out (grace 30 s, next rung 1 min)
set -euo pipefail
cd "$(dirname "$0")"
BOT_PORT=${BOT_PORT:-3978}
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}

if [ ! -d tools/node_modules ] || ! (cd tools && npm ls --depth=0 >/dev/null 2>&1); then
    echo "== installing the Agents Playground (tools/package-lock.json)"
    (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== building"
dotnet build src/EngagementBot.Host -c Debug -nologo -clp:ErrorsOnly

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "== starting the bot on http://127.0.0.1:${BOT_PORT}"
mkdir -p data
if [ -n "${QUICK_TIMINGS:-}" ]; then
    export LoneWorker__Timings__GracePeriod=00:00:30 LoneWorker__Timings__AcknowledgeWithin=00:01:00
fi
ASPNETCORE_ENVIRONMENT=Development Storage__Sqlite__Path="$(pwd)/data/engagementbot.db" \
    dotnet run --no-build --project src/EngagementBot.Host --urls "http://127.0.0.1:${BOT_PORT}" &
pids+=($!)
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:${BOT_PORT}/healthz" >/dev/null 2>&1 && break
    kill -0 "${pids[0]}" 2>/dev/null || { echo "the bot stopped; see the log above" >&2; exit 1; }
    sleep 0.5
done

echo "== starting the Agents Playground"
tools/playground/start.sh "http://127.0.0.1:${BOT_PORT}/api/messages" "${PLAYGROUND_PORT}" &
pids+=($!)
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:${PLAYGROUND_PORT}/_debug/ping" >/dev/null 2>&1 && break; sleep 0.5; done

cat <<MSG

  EngagementBot is running.
  Open http://127.0.0.1:${PLAYGROUND_PORT} in a browser and say "hi" in the Personal Chat.
  (Remote machine? ssh -L ${PLAYGROUND_PORT}:127.0.0.1:${PLAYGROUND_PORT} -L ${BOT_PORT}:127.0.0.1:${BOT_PORT} …)
  Press Ctrl+C to stop both.

MSG
wait -n "${pids[@]}"

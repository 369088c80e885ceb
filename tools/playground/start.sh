#!/usr/bin/env bash
# Starts the Microsoft 365 Agents Playground (from tools/node_modules) on loopback, pointed at the bot.
#   tools/playground/start.sh [BOT_ENDPOINT] [PORT]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOOLS=$(cd "$HERE/.." && pwd)
ENDPOINT=${1:-http://127.0.0.1:3978/api/messages}
PORT=${2:-56150}
CLI="$TOOLS/node_modules/@microsoft/m365agentsplayground/cli.js"
[ -f "$CLI" ] || { echo "Agents Playground not installed: run 'npm ci' in tools/" >&2; exit 1; }
# The Playground writes devTools/ into its working folder: give it its own.
WORK="$HERE/.work"
mkdir -p "$WORK"
# The mock tenant (people, chats, the team channel) the bot's Development settings expect.
cp "$HERE/m365agentsplayground.yml" "$WORK/.m365agentsplayground.yml"
cd "$WORK"
export TEAMSAPPTESTER_BROWSER=none
exec node -r "$HERE/loopback.js" "$CLI" -e "$ENDPOINT" -c msteams --disable-telemetry -p "$PORT"

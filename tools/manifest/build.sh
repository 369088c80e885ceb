#!/usr/bin/env bash
# Builds manifest/build/engagementbot-teams-app.zip from manifest/manifest.template.json.
# Settings (last wins): manifest/settings.defaults.json, --settings FILE, environment variables
# named like the placeholders (TEAMS_APP_ID, BOT_APP_ID, BOT_DOMAIN, APP_VERSION, ...), --set NAME=VALUE.
# All arguments go to build.js; see manifest/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$(dirname "$here")"
if [ ! -d "$tools/node_modules/@microsoft/app-manifest" ]; then
  echo "npm peers are not installed: run 'npm ci' in $tools" >&2
  exit 2
fi
exec node "$here/build.js" "$@"

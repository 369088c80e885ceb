#!/usr/bin/env bash
# The whole test suite, installing what it needs first (README quick start, command 2).
#   ./test.sh                 everything
#   ./test.sh --filter X      passes extra arguments to 'dotnet test'
# Installs: npm peers in tools/ (Microsoft's Agents Playground, adaptivecards, templating, app-manifest,
# playwright-core), Debian's chromium for the end-to-end test.
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
apt_install chromium

log "tools: npm peers (tools/package-lock.json)"
if [ ! -d tools/node_modules ] || ! (cd tools && npm ls --depth=0 >/dev/null 2>&1); then
    (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

log "build"
dotnet build EngagementBot.sln -c Debug -nologo -clp:ErrorsOnly

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

#!/usr/bin/env bash
# Runs every test of ComplaintsAssistant on a fresh machine that has only the .NET SDK and Node.
# It installs what the tests need first: Debian's chromium for the browser tests (as root, via apt),
# and the npm packages of the dev page, the Outlook add-in, the browser tests and the Cosmos test server (npm ci, pinned
# by their package-lock.json files). It starts the local Cosmos test server and Azurite once for every
# test project and stops them at the end.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n== %s\n' "$*"; }

step "Browser: Debian chromium"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing and this is not root: run 'sudo apt-get install -y chromium' once, then re-run." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
chromium --version

step "npm packages (pinned by package-lock.json)"
for dir in bot/ComplaintsAssistant.Bot/web addin tests/ComplaintsAssistant.Browser.Tests/web tools/cosmos-test-server tools/azurite; do
  # Installed again whenever the lock file changed since the last install (a pull that adds a package).
  if [ -f "$dir/package-lock.json" ] && ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock.json)
  fi
done

step "Cosmos test server"
mkdir -p .test-tmp
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
bash tools/cosmos-test-server/start.sh "$port" .test-tmp/cosmos.pid
trap 'kill "$(cat .test-tmp/cosmos.pid)" 2>/dev/null || true' EXIT
export COSMOS_TEST_ENDPOINT="https://127.0.0.1:$port/"

step "Azurite (Azure Blob Storage emulator)"
blob_port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
bash tools/azurite/start.sh "$blob_port" .test-tmp/azurite.pid
trap 'kill "$(cat .test-tmp/cosmos.pid)" "$(cat .test-tmp/azurite.pid)" 2>/dev/null || true' EXIT
export AZURITE_BLOB_ENDPOINT="http://127.0.0.1:$blob_port/devstoreaccount1"

step "Build"
dotnet build ComplaintsAssistant.sln -c Release --nologo -clp:ErrorsOnly

step "Tests"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
log=$(mktemp)
status=0
dotnet test ComplaintsAssistant.sln -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?

# One closing line for every project together.
awk '/(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"

#!/usr/bin/env bash
# Starts Azurite's blob service (in memory) on loopback and waits until it answers.
# usage: start.sh PORT PIDFILE      stop: kill "$(cat PIDFILE)"
set -euo pipefail
PORT=${1:?port}; PIDFILE=${2:?pidfile}
DIR=$(cd "$(dirname "$0")" && pwd)
[ -x "$DIR/node_modules/.bin/azurite-blob" ] || (cd "$DIR" && npm ci --no-audit --no-fund --silent)
# --skipApiVersionCheck: the Azure SDK may speak a newer storage API version than this Azurite release knows.
"$DIR/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$PORT" --inMemoryPersistence --skipApiVersionCheck --disableProductStyleUrl \
  > "${PIDFILE%.pid}.log" 2>&1 &
echo $! > "$PIDFILE"
for _ in $(seq 1 300); do
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/devstoreaccount1?comp=list"; then echo "ready: http://127.0.0.1:$PORT/devstoreaccount1"; exit 0; fi
  sleep 0.1
done
echo "azurite did not start; see ${PIDFILE%.pid}.log" >&2; exit 1

#!/usr/bin/env bash
# Starts the Cosmos test server on loopback and waits until it answers.
# usage: start.sh PORT PIDFILE [--no-ssl]      stop: kill "$(cat PIDFILE)"
set -euo pipefail
PORT=${1:?port}; PIDFILE=${2:?pidfile}; shift 2
DIR=$(cd "$(dirname "$0")" && pwd)
[ -d "$DIR/node_modules/@vercel/cosmosdb-server" ] || (cd "$DIR" && npm ci --no-audit --no-fund --silent)
node "$DIR/server.js" --host 127.0.0.1 --port "$PORT" "$@" > "${PIDFILE%.pid}.log" 2>&1 &
echo $! > "$PIDFILE"
scheme=https; [[ " $* " == *" --no-ssl "* ]] && scheme=http
for _ in $(seq 1 100); do
  if curl -sk -o /dev/null "$scheme://127.0.0.1:$PORT/"; then echo "ready: $scheme://127.0.0.1:$PORT/"; exit 0; fi
  sleep 0.1
done
echo "cosmos test server did not start; see ${PIDFILE%.pid}.log" >&2; exit 1

#!/usr/bin/env bash
# Our Teams bot against the peer benchmark (../shared/tools/peer-bot-bench, see its README and
# docs/bench.md). Same method as the peer's bench-peer.sh: RUNS fresh bot processes; each run =
# cold start + idle RSS (load.js coldstart) and then one pass of the peer's run.sh (ack-order probe,
# warm-up, full speed, fixed rate) against that process, its threads pinned to $CPUS.
#
#   bench/bot.sh                         # from anywhere; builds the host in Release first
#
# The bot runs as built (dotnet ComplaintsAssistant.Bot.dll, Release), in local development mode
# (no Bot:AppId: loopback only, no inbound auth, no connector token, as the peer runs with auth off),
# with its working directory = its output folder, so its own appsettings.json applies as deployed,
# and a fresh SQLite file per run. The peer's 50 Teams users (29:… ids, Entra object ids
# b15a9416-0ad3-4172-9210-7000000000NN) are configured as staff under Access:People, so each
# message gets a card reply (without that the bot answers unknown people with a plain-text
# "not set up" message).
#
# Env: RUNS=3 DURATION=20 CONNECTIONS=50 RATE=200 WARMUP=10 CPUS=0,1 OUT=folder LABEL=...
#      PACING=teams|off  teams (default): the bot's own Teams limits of 7 sends/s per conversation and
#                        30 requests/s per tenant (bot-protocol.md §3.5). The harness's 50 users are
#                        all in one tenant, so at full speed the tenant limit, not the bot, caps
#                        replies at 30/s. off: sets Bot:Connector:MessagesPerSecondPerConversation and
#                        Bot:Connector:RequestsPerSecondPerTenant to 100000 for the run, as if the same
#                        load came from many tenants and conversations (the peer does not pace).
#      ACTIVITY=file     send this Teams activity (JSON) instead of the peer's 50 users' messages, e.g.
#                        bench/figures-question.json ("how many stage 1 complaints this year") or
#                        bench/help-command.json ("help"). The harness sends it as it is, so it is one
#                        user in one conversation: its turns are handled one after another, in order.
#      NO_BUILD=1        skip the Release build
#      BIN=folder        another build or publish of the host (with NO_BUILD=1), e.g. the one before a change
#      PEER=folder       the peer benchmark, when the repository is not beside ../shared (a git worktree)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEER=${PEER:-$(cd "$ROOT/.." && pwd)/shared/tools/peer-bot-bench}
if [[ ! -x $PEER/run.sh || ! -f $PEER/load.js || ! -f $PEER/lib.sh ]]; then
  echo "bench/bot.sh: the peer benchmark is missing: expected run.sh, load.js and lib.sh in $PEER" >&2
  echo "             (it lives beside the repository, at ../shared/tools/peer-bot-bench)" >&2
  exit 3
fi
source "$PEER/lib.sh"   # peer_deps, free_port, json_field, stop_pid, CPUS

RUNS=${RUNS:-3}; PACING=${PACING:-teams}
case $PACING in teams|off) ;; *) echo "bench/bot.sh: PACING is teams or off, not $PACING" >&2; exit 2 ;; esac
LABEL=${LABEL:-complaints-bot-$PACING${ACTIVITY:+-$(basename "$ACTIVITY" .json)}}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/bot-bench.XXXXXX")}
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
BIN=${BIN:-$ROOT/bot/ComplaintsAssistant.Bot/bin/Release/net10.0}
DLL=$BIN/ComplaintsAssistant.Bot.dll

if [[ -z ${NO_BUILD:-} ]]; then
  echo "building bot/ComplaintsAssistant.Bot (Release)…"
  dotnet build "$ROOT/bot/ComplaintsAssistant.Bot/ComplaintsAssistant.Bot.csproj" -c Release --nologo -v q >"$OUT/build.log" 2>&1 \
    || { tail -n 30 "$OUT/build.log" >&2; echo "bench/bot.sh: build failed (log: $OUT/build.log)" >&2; exit 1; }
fi
[[ -f $DLL ]] || { echo "bench/bot.sh: $DLL not found" >&2; exit 1; }
peer_deps

# The bot's settings, by environment (the child processes inherit them).
source "$ROOT/bench/peer-users.sh"
if [[ $PACING == off ]]; then
  export Bot__Connector__MessagesPerSecondPerConversation=100000 Bot__Connector__RequestsPerSecondPerTenant=100000
fi
if [[ -n ${ACTIVITY:-} ]]; then
  [[ -f $ACTIVITY ]] || { echo "bench/bot.sh: ACTIVITY=$ACTIVITY is not a file" >&2; exit 2; }
  export ACTIVITY=$(cd "$(dirname "$ACTIVITY")" && pwd)/$(basename "$ACTIVITY")   # run.sh passes it to load.js
fi

BOT_PID=
trap 'stop_pid "$BOT_PID"' EXIT
echo "bot: $DLL (dotnet $(dotnet --version)), pacing $PACING${ACTIVITY:+, activity $ACTIVITY}; results in $OUT"

for i in $(seq 1 "$RUNS"); do
  port=$(free_port); url=http://127.0.0.1:$port/api/messages
  export Store__SqlitePath=$OUT/bot-$i.db
  # cwd = the output folder (as deployed: its appsettings.json is the one read)
  cs=$(cd "$BIN" && pin node "$PEER/load.js" coldstart "$url" --log "$OUT/bot-$i.log" --idle-s 3 -- \
    taskset -c "$CPUS" dotnet "$DLL" --urls "http://127.0.0.1:$port")
  BOT_PID=$(json_field "$cs" pid)
  echo "$LABEL run $i/$RUNS: cold start $(json_field "$cs" coldStartMs) ms, idle RSS $(json_field "$cs" idleRssMB) MB (pid $BOT_PID)"
  RUNS=1 LABEL=$LABEL OUT=$OUT/pass-$i "$PEER/run.sh" "$url" "$BOT_PID" | sed 's/^/  /'
  stop_pid "$BOT_PID"; BOT_PID=
  node -e 'console.log(JSON.stringify({ ...JSON.parse(process.argv[2]), ...JSON.parse(process.argv[1]) }))' \
    "$cs" "$(tail -n1 "$OUT/pass-$i/runs.jsonl")" >>"$OUT/runs.jsonl"
  rm -f "$OUT/bot-$i.db" "$OUT/bot-$i.db-wal" "$OUT/bot-$i.db-shm"
done
node "$PEER/load.js" summary "$OUT/runs.jsonl" --label "$LABEL" --json "$OUT/summary.json"

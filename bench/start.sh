#!/usr/bin/env bash
# Cold start and idle memory, ours against the botbuilder peer, in one sitting (docs/bench.md).
# Alternates fresh processes: peer, ours, peer, ours… so both see the same neighbours. Each is
# `load.js coldstart` from ../shared/tools/peer-bot-bench (spawn → first 200 to a real Teams message; idle RSS 3 s
# later), then bench/first-reply.js (spawn → the first reply at the fake connector: botbuilder answers 200 after its
# reply, ours as soon as the activity is queued). No load phase: for throughput use bench/bot.sh.
#
#   bench/start.sh                 # publishes the host as docs/deployment.md does first (linux-x64: ReadyToRun, self-contained, trimmed)
#
# Env: RUNS=5 CPUS=0,1 OUT=folder NO_PUBLISH=1 (reuse the last publish) PEER=folder of the peer bench
#      BOT="dotnet path/to/ComplaintsAssistant.Bot.dll"  (another build of ours, e.g. `dotnet build` output)
#      STORE=migrated (default: each run starts on a copy of a SQLite file the host already brought up to date, as a
#            restart or a second instance does) or fresh (an empty file each run: the first start, migrations included)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEER=${PEER:-$(cd "$ROOT/.." && pwd)/shared/tools/peer-bot-bench}
[[ -f $PEER/load.js && -f $PEER/lib.sh ]] || { echo "bench/start.sh: the peer benchmark is missing at $PEER" >&2; exit 3; }
source "$PEER/lib.sh"   # peer_deps, free_port, json_field, stop_pid, pin, CPUS

RUNS=${RUNS:-5}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/start-bench.XXXXXX")}
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
rm -f "$OUT/runs.jsonl" "$OUT/replies.jsonl"  # a reused folder must not mix in an earlier sitting
PUB=$ROOT/bot/ComplaintsAssistant.Bot/bin/publish-bench
if [[ -z ${BOT:-} ]]; then
  if [[ -z ${NO_PUBLISH:-} ]]; then
    echo "publishing bot/ComplaintsAssistant.Bot (Release, the production settings in its project file)…"
    dotnet publish "$ROOT/bot/ComplaintsAssistant.Bot/ComplaintsAssistant.Bot.csproj" -c Release -r linux-x64 -o "$PUB" --nologo -v q >"$OUT/publish.log" 2>&1 \
      || { tail -n 30 "$OUT/publish.log" >&2; echo "bench/start.sh: publish failed (log: $OUT/publish.log)" >&2; exit 1; }
  fi
  BOT="dotnet $PUB/ComplaintsAssistant.Bot.dll"
fi
BOT_DIR=$(dirname "${BOT##* }")
peer_deps

# Our host in local development mode (no Bot:AppId), the peer's 50 users as staff so the first message gets a card,
# as bench/bot.sh runs it.
source "$ROOT/bench/peer-users.sh"

BOT_PID=
trap 'stop_pid "$BOT_PID"' EXIT
STORE=${STORE:-migrated}
case $STORE in migrated|fresh) ;; *) echo "bench/start.sh: STORE is migrated or fresh, not $STORE" >&2; exit 2 ;; esac
if [[ $STORE == migrated ]]; then  # one start outside the sitting brings a file up to date; a graceful stop checkpoints it
  port=$(free_port)
  (cd "$BOT_DIR" && Store__SqlitePath=$OUT/migrated.db exec $BOT --urls "http://127.0.0.1:$port") >"$OUT/migrate.log" 2>&1 &
  BOT_PID=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" && break; sleep 0.1; done
  stop_pid "$BOT_PID"; BOT_PID=
  [[ -f $OUT/migrated.db && ! -s $OUT/migrated.db-wal ]] || { echo "bench/start.sh: the store was not brought up to date (log: $OUT/migrate.log)" >&2; exit 1; }
fi
machine_facts
echo "ours: $BOT, store $STORE; peer: botbuilder card (restify); results in $OUT"
keep() {  # label, a run's JSON line, the results file in OUT it is added to
  node -e 'console.log(JSON.stringify({ label: process.argv[1], ...JSON.parse(process.argv[2]) }))' "$1" "$2" >>"$OUT/$3"
}
one() {  # label, working folder, command… (PORT in it is replaced by a free port)
  local label=$1 dir=$2; shift 2
  local port url cs
  port=$(free_port); url=http://127.0.0.1:$port/api/messages
  cs=$(cd "$dir" && pin node "$PEER/load.js" coldstart "$url" --log "$OUT/$label-$i.log" --idle-s 3 -- taskset -c "$CPUS" "${@//PORT/$port}")
  BOT_PID=$(json_field "$cs" pid); stop_pid "$BOT_PID"; BOT_PID=
  keep "$label" "$cs" runs.jsonl
  echo "$label run $i/$RUNS: cold start $(json_field "$cs" coldStartMs) ms, idle RSS $(json_field "$cs" idleRssMB) MB"
}
reply() {  # label, working folder, command… (as one): the first reply, in a fresh process of its own
  local label=$1 dir=$2; shift 2
  local port fr
  port=$(free_port)
  fr=$(cd "$dir" && pin node "$ROOT/bench/first-reply.js" "$PEER" "http://127.0.0.1:$port/api/messages" -- taskset -c "$CPUS" "${@//PORT/$port}")
  stop_pid "$(json_field "$fr" pid)"
  keep "$label" "$fr" replies.jsonl
  echo "$label run $i/$RUNS: first reply $(json_field "$fr" firstReplyMs) ms (its 200 at $(json_field "$fr" firstOkMs) ms)"
}
new_store() {  # each start of ours gets a file of its own: a copy of the migrated one, or none
  rm -f "$Store__SqlitePath" "$Store__SqlitePath-wal" "$Store__SqlitePath-shm"
  if [[ $STORE == migrated ]]; then cp "$OUT/migrated.db" "$Store__SqlitePath"; fi
}
for i in $(seq 1 "$RUNS"); do
  one peer "$PEER" node "$PEER/echo-bot.js" --variant card --port PORT
  export Store__SqlitePath=$OUT/ours-$i.db
  new_store
  # shellcheck disable=SC2086  # BOT is a command line
  one ours "$BOT_DIR" $BOT --urls http://127.0.0.1:PORT
  reply peer "$PEER" node "$PEER/echo-bot.js" --variant card --port PORT
  new_store
  # shellcheck disable=SC2086
  reply ours "$BOT_DIR" $BOT --urls http://127.0.0.1:PORT
  rm -f "$OUT/ours-$i.db" "$OUT/ours-$i.db-wal" "$OUT/ours-$i.db-shm"
done
node -e '
  const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
  const med = a => { const s = [...a].sort((x, y) => x - y), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const of = (l, k) => rows.filter(r => r.label === l).map(r => r[k]);
  const line = (k, p, o) => console.log(`${k}: peer ${med(p)} [${Math.min(...p)}–${Math.max(...p)}], ours ${med(o)} [${Math.min(...o)}–${Math.max(...o)}], ours/peer ${(med(o) / med(p)).toFixed(2)}`);
  for (const k of ["coldStartMs", "idleRssMB"]) line(k, of("peer", k), of("ours", k));
  const replies = require("fs").readFileSync(process.argv[2], "utf8").trim().split("\n").map(JSON.parse);
  const reply = l => replies.filter(r => r.label === l).map(r => r.firstReplyMs);
  line("firstReplyMs", reply("peer"), reply("ours"));' "$OUT/runs.jsonl" "$OUT/replies.jsonl" | tee "$OUT/summary.txt"

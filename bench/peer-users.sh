# Sourced by bench/bot.sh and bench/start.sh: our host's settings for a run against the peer benchmark, by environment
# (the child processes inherit them). Local development mode (no Bot:AppId: loopback only, no inbound auth, no connector
# token, as the peer runs with auth off), and the peer's 50 Teams users (activity.js: Entra object ids
# b15a9416-0ad3-4172-9210-7000000000NN) set up as staff, so each message gets a card reply (without that the bot answers
# unknown people with a plain-text "not set up" message).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset Bot__AppId Entra__TenantId Entra__ClientId 2>/dev/null || true
for u in $(seq 1 50); do
  i=$((u - 1))
  export "Access__People__${i}__Id=b15a9416-0ad3-4172-9210-$((700000000000 + u))"
  export "Access__People__${i}__Name=Social Worker $u"
  export "Access__People__${i}__Role=Staff"
  export "Access__People__${i}__Teams__0=Children in Care"
done

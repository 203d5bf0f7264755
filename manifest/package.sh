#!/usr/bin/env bash
# Builds the Teams app package: fills the placeholders in manifest.json from environment variables and
# zips it with the two icons into build/complaints-assistant.zip (three files at the root of the zip,
# as Teams requires). See README.md beside this script.
#
#   BOT_APP_ID=<guid> HOST_NAME=complaints.example.gov.uk \
#   WEBSITE_URL=https://... PRIVACY_URL=https://... TERMS_URL=https://... \
#   [APP_VERSION=1.0.0] [OUTPUT=path/to/package.zip] ./manifest/package.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
output="${OUTPUT:-$here/build/complaints-assistant.zip}"

fail() { echo "package.sh: $*" >&2; exit 1; }

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
host='^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$'
https_url='^https://[^[:space:]"\\<>{}]+$'
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'

BOT_APP_ID="${BOT_APP_ID:-}"
[[ -n "$BOT_APP_ID" ]] || fail "BOT_APP_ID is not set: give the bot's Microsoft App ID (the Entra app registration's Application (client) ID)."
[[ "$BOT_APP_ID" =~ $guid ]] || fail "BOT_APP_ID '$BOT_APP_ID' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."

HOST_NAME="${HOST_NAME:-}"
[[ -n "$HOST_NAME" ]] || fail "HOST_NAME is not set: give the host name the bot is served on, e.g. complaints.example.gov.uk."
[[ "$HOST_NAME" =~ $host ]] || fail "HOST_NAME '$HOST_NAME' is not a bare host name (no https://, no path, no port)."

for name in WEBSITE_URL PRIVACY_URL TERMS_URL; do
  value="${!name:-}"
  [[ -n "$value" ]] || fail "$name is not set: give an https:// address (see README.md)."
  [[ "$value" =~ $https_url ]] || fail "$name '$value' is not an https:// address."
done

APP_VERSION="${APP_VERSION:-1.0.0}"
[[ "$APP_VERSION" =~ $semver ]] || fail "APP_VERSION '$APP_VERSION' is not a version like 1.0.0."

command -v zip >/dev/null || fail "the 'zip' command is needed (Debian/Ubuntu: apt-get install zip)."

manifest="$(<"$here/manifest.json")"
# Quoted replacements, so characters such as & in a URL are taken literally (bash 5.2 patsub_replacement).
manifest="${manifest//\{\{BOT_APP_ID\}\}/"$BOT_APP_ID"}"
manifest="${manifest//\{\{HOST_NAME\}\}/"$HOST_NAME"}"
manifest="${manifest//\{\{WEBSITE_URL\}\}/"$WEBSITE_URL"}"
manifest="${manifest//\{\{PRIVACY_URL\}\}/"$PRIVACY_URL"}"
manifest="${manifest//\{\{TERMS_URL\}\}/"$TERMS_URL"}"
manifest="${manifest//\{\{APP_VERSION\}\}/"$APP_VERSION"}"
[[ "$manifest" != *"{{"* ]] || fail "manifest.json still has a placeholder nobody filled: $(grep -o '{{[A-Z_]*}}' <<<"$manifest" | sort -u | tr '\n' ' ')"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
printf '%s\n' "$manifest" >"$staging/manifest.json"
cp "$here/color.png" "$here/outline.png" "$staging/"

mkdir -p "$(dirname "$output")"
rm -f "$output"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
(cd "$staging" && zip -q -X "$output" manifest.json color.png outline.png)
echo "package.sh: wrote $output (bot $BOT_APP_ID on $HOST_NAME, version $APP_VERSION)"

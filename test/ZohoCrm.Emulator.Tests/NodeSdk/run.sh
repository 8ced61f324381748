#!/usr/bin/env bash
# Runs Zoho's official Node.js SDK (npm @zohocrm/nodejs-sdk-8.0@2.0.0, unmodified) against a freshly started emulator.
# Needs node, npm and the npm registry. Installs the SDK in a scratch folder (never in the repository), starts the
# emulator on a free port, runs driver.mjs, stops the emulator by its pid and removes the scratch folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
scratch="$(mktemp -d)"
emulator_pid=""
cleanup() {
  if [[ -n "$emulator_pid" ]] && kill -0 "$emulator_pid" 2>/dev/null; then kill -TERM "$emulator_pid"; wait "$emulator_pid" || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# WITH_TYPESCRIPT=1 also runs the TypeScript SDK (a 107 MB install).
packages=("@zohocrm/nodejs-sdk-8.0@2.0.0")
[[ "${WITH_TYPESCRIPT:-0}" == "1" ]] && packages+=("@zohocrm/typescript-sdk-8.0@3.0.0")
(cd "$scratch" && npm init -y >/dev/null && npm install --no-audit --no-fund "${packages[@]}" >/dev/null)
cp "$here/driver.mjs" "$scratch/driver.mjs"

dotnet build "$repo/src/ZohoCrm.Emulator" -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet "$repo/src/ZohoCrm.Emulator/bin/Release/net10.0/ZohoCrm.Emulator.dll" --port 0 --search-lag 0 >"$scratch/emulator.out" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 600); do
  base="$(sed -n 's/^ZohoCrm.Emulator listening on \(http[^ ]*\)$/\1/p' "$scratch/emulator.out")"
  [[ -n "$base" ]] && break
  kill -0 "$emulator_pid" 2>/dev/null || { cat "$scratch/emulator.out"; exit 1; }
  sleep 0.1
done
[[ -n "${base:-}" ]] || { echo "The emulator did not start."; exit 1; }

status=0
mkdir -p "$scratch/work" "$scratch/work-auto"
echo "== nodejs-sdk-8.0, autoRefreshFields(false)"
(cd "$scratch" && ZOHO_BASE="$base" ZOHO_WORK="$scratch/work" node driver.mjs) || status=1
echo "== nodejs-sdk-8.0, autoRefreshFields(true)"
(cd "$scratch" && ZOHO_BASE="$base" ZOHO_WORK="$scratch/work-auto" ZOHO_AUTO_REFRESH=1 node driver.mjs) || status=1
if [[ "${WITH_TYPESCRIPT:-0}" == "1" ]]; then
  mkdir -p "$scratch/work-ts"
  echo "== typescript-sdk-8.0 (form-encoded query strings)"
  (cd "$scratch" && ZOHO_BASE="$base" ZOHO_WORK="$scratch/work-ts" ZOHO_SDK_PACKAGE=@zohocrm/typescript-sdk-8.0 node driver.mjs) || status=1
fi
exit $status

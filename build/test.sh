#!/usr/bin/env bash
# The README's test command: installs what the tests need, then runs every test project.
# Prints one summary line "tests: N passed, N failed" and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash build/install-test-deps.sh

dotnet tool restore >/dev/null
dotnet build EFCore.ZohoCrm.sln -c Release -maxcpucount:2 -nologo -clp:ErrorsOnly

results=$(mktemp -d)
status=0
dotnet test EFCore.ZohoCrm.sln -c Release --no-build -maxcpucount:1 --nologo \
  --logger "trx" --results-directory "$results" -- NUnit.NumberOfTestWorkers=2 || status=$?

# Count outcomes from the TRX files, so the summary cannot drift from what the runner recorded.
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  p=$(grep -c '<UnitTestResult [^>]*outcome="Passed"' "$trx" || true)
  f=$(grep -c '<UnitTestResult [^>]*outcome="Failed"' "$trx" || true)
  passed=$((passed + p)); failed=$((failed + f))
done
# Zoho's official Node.js SDK, unmodified, against the emulator: an independent client of its wire format.
if command -v node >/dev/null && command -v npm >/dev/null; then
  sdk_log=$(mktemp)
  bash test/ZohoCrm.Emulator.Tests/NodeSdk/run.sh 2>&1 | tee "$sdk_log" || status=1
  while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done \
    < <(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1 \2/p' "$sdk_log")
else
  echo "node and npm are not on PATH: the Node.js SDK conformance run needs them (install Node.js 20 or Debian's nodejs and npm)." >&2
  status=1
fi

echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi

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
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi

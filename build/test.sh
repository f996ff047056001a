#!/usr/bin/env bash
# Run every check of IkmMatch: build, format, all test projects of IkmMatch.sln, OpenAPI lint.
#
#   build/test.sh
#
# Integration tests get a PostgreSQL server from IKMMATCH_TEST_POSTGRES (a superuser connection
# string that may CREATE DATABASE). When it is unset, a throwaway cluster is started in a temp dir and
# deleted on exit; without PostgreSQL binaries (and no way to install them) it stays unset and the
# tests fall back to Testcontainers.
#
# Results: TRX files in artifacts/test-results/, the served OpenAPI document in
# artifacts/openapi/swagger.json. The last line printed is "N passed, N failed": tests of all
# test projects plus one for the OpenAPI lint, one for the benchmark harness's smoke run and one for the fault
# harness's short run (a failed build or format check adds one failed each).
# The exit code is non-zero when anything failed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=build/lib/postgres.sh
source build/lib/postgres.sh

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

solution=IkmMatch.sln
results_dir="$repo/artifacts/test-results"
openapi_file="$repo/artifacts/openapi/swagger.json"
lint_dir="$repo/build/openapi-lint"

passed=0    # tally: tests passed (+1 for a clean lint)
failed=0    # tally: tests failed (+1 per failed build, format or lint)
problems=() # one line per failed step, repeated in the summary

step() { printf '\n==> %s\n' "$*"; }
fail() {
  problems+=("$1")
  failed=$((failed + 1))
  echo "FAILED: $1" >&2
}

# Print the summary; "N passed, N failed" must be the very last line, so the cluster is stopped first.
finish() {
  cleanup
  trap - EXIT
  echo
  echo "==> Summary"
  local p
  for p in "${problems[@]}"; do echo "  failed: $p"; done
  echo "$passed passed, $failed failed"
  if ((failed > 0)); then exit 1; fi
  exit 0
}

# --- throwaway PostgreSQL for the integration tests -------------------------------------------------
pg_tmp="" # temp dir holding the cluster this script started
cleanup() {
  trap '' PIPE # a closed stdout (e.g. a pipe to tee ended by Ctrl-C) must not abort the clean-up
  if [[ -n "$pg_tmp" ]]; then
    pg_cluster_stop "$pg_tmp/data" || true
    rm -rf "$pg_tmp"
    pg_tmp=""
  fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

step "PostgreSQL for the integration tests"
if [[ -n "${IKMMATCH_TEST_POSTGRES:-}" ]]; then
  echo "using IKMMATCH_TEST_POSTGRES from the environment"
elif pg_ensure_binaries; then
  pg_tmp="$(mktemp -d "${TMPDIR:-/tmp}/ikmmatch-test-pg.XXXXXX")"
  # A port can be taken between the check and the start: try a few.
  port=55432
  for _ in 1 2 3; do
    port="$(pg_free_port "$port")"
    # Durability is pointless for a cluster deleted at exit: trade it for speed.
    if pg_cluster_start "$pg_tmp/data" "$port" fsync=off synchronous_commit=off full_page_writes=off; then
      IKMMATCH_TEST_POSTGRES="$(pg_connection_string "$port" postgres)"
      export IKMMATCH_TEST_POSTGRES
      echo "IKMMATCH_TEST_POSTGRES=$IKMMATCH_TEST_POSTGRES"
      break
    fi
    port=$((port + 1))
  done
  [[ -n "${IKMMATCH_TEST_POSTGRES:-}" ]] ||
    echo "could not start PostgreSQL; integration tests fall back to Testcontainers" >&2
else
  echo "no PostgreSQL binaries; integration tests fall back to Testcontainers (needs a Docker engine)" >&2
fi

# --- build ------------------------------------------------------------------------------------------
step "dotnet tool restore"
if ! dotnet tool restore; then
  fail "dotnet tool restore"
  # --- fault harness ----------------------------------------------------------------------------------------------
# PostgreSQL restarted (fast, immediate), frozen, and the API killed under steady creates: nothing acknowledged lost,
# no bare 500, no stuck idempotency key, recovery within 5 s.
step "Fault harness short run (build/faults.sh --short)"
if bash build/faults.sh --short; then
  passed=$((passed + 1))
else
  fail "faults: build/faults.sh --short failed (see its ledger above)"
fi

finish
fi

step "dotnet build $solution -c Release"
if ! dotnet build "$solution" -c Release; then
  fail "build"
  finish # nothing to test
fi

step "dotnet format $solution --verify-no-changes"
if ! dotnet format "$solution" --verify-no-changes --no-restore; then
  fail "format: run 'dotnet format $solution' and commit the result"
fi

# --- tests ------------------------------------------------------------------------------------------
step "dotnet test --solution $solution"
rm -rf "$results_dir"
mkdir -p "$results_dir" "$(dirname "$openapi_file")"
rm -f "$openapi_file" # written afresh by an integration test; never lint a stale one
export IKMMATCH_OPENAPI_OUT="$openapi_file"

# xunit v3 on Microsoft Testing Platform: each test app writes one TRX file into the results dir.
# --ignore-exit-code 8: a test project with no tests yet is not an error by itself (checked below).
set +e
dotnet test --solution "$solution" -c Release --no-build \
  --results-directory "$results_dir" --report-xunit-trx --ignore-exit-code 8
test_status=$?
set -e

# Tally from the TRX files: <ResultSummary><Counters total= passed= failed= error= timeout= ...>
counter() { # counter NAME COUNTERS-ELEMENT -> the number, 0 if absent
  local n
  n="$(sed -nE "s/.*[[:space:]]$1=\"([0-9]+)\".*/\1/p" <<<"$2")"
  echo "${n:-0}"
}
shopt -s nullglob
trx_files=("$results_dir"/*.trx)
shopt -u nullglob
tests_run=0
echo
echo "Results per test project (from ${results_dir#"$repo"/}/*.trx):"
for trx in "${trx_files[@]}"; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
  # The test assembly, from the first test's storage="/…/Name.dll" (absent when it has no tests).
  name="$(grep -o 'storage="[^"]*"' "$trx" | head -n 1 | sed -E 's#.*/([^/"]+)\.dll"#\1#' || true)"
  p="$(counter passed "$counters")"
  f=$(($(counter failed "$counters") + $(counter error "$counters") +
    $(counter timeout "$counters") + $(counter aborted "$counters")))
  s="$(counter notExecuted "$counters")"
  printf '  %-40s %4d passed, %d failed, %d skipped\n' "${name:-(no tests)}" "$p" "$f" "$s"
  passed=$((passed + p))
  failed=$((failed + f))
  tests_run=$((tests_run + p + f))
  ((f == 0)) || problems+=("${name:-a test project}: $f test(s)")
done

# Every test project must have written a TRX file: a crashed test app writes none.
expected=0
while read -r project; do
  [[ "$project" == *.csproj && -f "$project" ]] || continue
  if grep -qE '<IsTestProject>[[:space:]]*true|Include="xunit\.v3"' "$project"; then
    expected=$((expected + 1))
  fi
done < <(dotnet sln "$solution" list | sed 's#\\#/#g') # .sln paths may use backslashes
if ((${#trx_files[@]} < expected)); then
  fail "$((expected - ${#trx_files[@]})) of $expected test project(s) wrote no result file (crashed?)"
fi
if ((tests_run == 0)); then
  fail "no test ran"
fi
# Anything dotnet test reported as failing that the result files do not show (e.g. a crash).
if ((test_status != 0 && failed == 0)); then
  fail "dotnet test exited with status $test_status"
fi

# --- OpenAPI lint -----------------------------------------------------------------------------------
step "Spectral lint of the served OpenAPI document"
if [[ ! -f "$openapi_file" ]]; then
  fail "OpenAPI lint: $openapi_file was not written (an integration test must save the served document to \$IKMMATCH_OPENAPI_OUT)"
else
  # npm ci only when package-lock.json changed since the last install (npm ci wipes node_modules).
  lock_sum="$(sha256sum "$lint_dir/package-lock.json" | cut -d' ' -f1)"
  stamp="$lint_dir/node_modules/.installed-lock.sha256"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
    echo "installing Spectral (npm ci)"
    (cd "$lint_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) &&
      echo "$lock_sum" >"$stamp" ||
      echo "npm ci failed" >&2
  fi
  if [[ -x "$lint_dir/node_modules/.bin/spectral" ]] &&
    "$lint_dir/node_modules/.bin/spectral" lint --ruleset "$lint_dir/.spectral.yaml" \
      --fail-severity error "$openapi_file"; then
    passed=$((passed + 1))
  else
    fail "OpenAPI lint: Spectral reported errors in $openapi_file (or could not run)"
  fi
fi

# --- benchmark harness ------------------------------------------------------------------------------
# A few seconds per endpoint on a tiny synthetic registry, so that build/bench.sh never rots.
step "Benchmark harness smoke run (build/bench.sh --smoke)"
if bash build/bench.sh --smoke; then
  passed=$((passed + 1))
else
  fail "benchmark smoke: build/bench.sh --smoke failed (see its output above)"
fi

# --- fault harness ----------------------------------------------------------------------------------------------
# PostgreSQL restarted (fast, immediate), frozen, and the API killed under steady creates: nothing acknowledged lost,
# no bare 500, no stuck idempotency key, recovery within 5 s.
step "Fault harness short run (build/faults.sh --short)"
if bash build/faults.sh --short; then
  passed=$((passed + 1))
else
  fail "faults: build/faults.sh --short failed (see its ledger above)"
fi

finish

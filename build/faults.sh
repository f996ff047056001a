#!/usr/bin/env bash
# Fault harness: does the API keep every acknowledged create, answer every failure with a problem, and free every
# idempotency key, while PostgreSQL restarts, freezes and the API is killed?
#
#   build/faults.sh [--short]
#
# Starts a throwaway PostgreSQL cluster (deleted on exit) and the API (Release build) on free loopback ports, then
# tools/IkmMatch.Faults drives steady creates of IKM — half with an Idempotency-Key, retried with the same key until
# answered, half without — while it restarts PostgreSQL (fast, then immediate shutdown), freezes it (SIGSTOP of its
# processes, then SIGCONT), and kills the API with SIGKILL (then starts it again). It prints a ledger per fault —
# requests, acknowledged, 503 problems, 500 problems, bare 5xx, no answer, 409 in progress, creates made twice,
# seconds from answering again to the first create that succeeded — and exits non-zero when an acknowledged create is
# missing from the database, a 5xx came without a problem body, a key stayed "in progress" longer than its lease,
# a keyed create ran twice, or recovery took more than 5 s.
#
# --short: one round of the four faults with 2 s of steady load between them (build/test.sh runs it); the default
# runs two rounds with 8 s between.
#
# Needs PostgreSQL server binaries (see build/lib/postgres.sh). Everything it starts is stopped on exit, by pid.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=build/lib/postgres.sh
source build/lib/postgres.sh

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mode=()
while (($# > 0)); do
  case "$1" in
    --short) mode=(--short) ;;
    -h | --help) sed -n '2,21s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "faults.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

pg_ensure_binaries || exit 1
work="$(mktemp -d "${TMPDIR:-/tmp}/ikmmatch-faults.XXXXXX")"
cleanup() {
  trap - EXIT INT TERM
  trap '' PIPE
  # A frozen cluster must be thawed before it can stop.
  if [[ -f "$work/data/postmaster.pid" ]]; then
    kill -CONT "$(head -n 1 "$work/data/postmaster.pid")" 2>/dev/null || true
  fi
  pg_cluster_stop "$work/data" || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

dotnet build src/IkmMatch.Api -c Release --nologo -v quiet >&2
dotnet build tools/IkmMatch.Faults -c Release --nologo -v quiet >&2

port="$(pg_free_port 56600)"
pg_cluster_start "$work/data" "$port"
pg_cluster_createdb "$port" ikmmatch_faults

as_postgres=()
if pg__is_root; then as_postgres=(--as-postgres); fi

status=0
dotnet tools/IkmMatch.Faults/bin/Release/net10.0/IkmMatch.Faults.dll \
  --api-dll "$repo/src/IkmMatch.Api/bin/Release/net10.0/IkmMatch.Api.dll" \
  --pg-bin "$PG_BINDIR" --pg-data "$work/data" --pg-port "$port" --database ikmmatch_faults \
  --log "$work/api.log" "${as_postgres[@]}" "${mode[@]}" || status=$?
if ((status != 0)) && [[ -f "$work/api.log" ]]; then
  echo "--- last lines of the API log ---" >&2
  tail -n 30 "$work/api.log" >&2
fi
exit "$status"

#!/usr/bin/env bash
# Measure match quality: run the hand-judged development set against the API and write docs/match-quality.md.
#
#   build/quality.sh [--port N] [--case ID[,ID...]] [--out FILE]
#
# Publishes the API (Release) into a temp dir, starts a throwaway PostgreSQL cluster with an EMPTY registry (no demo
# seed) and the API on 127.0.0.1:N (default 5091; Production, rate limiting off, an admin key generated for the run,
# passed through the environment only), waits for /health/ready, then runs the judged set
# ($IKMMATCH_JUDGED_DIR, default <repo>/../shared/judged: run_judged.py and cases.json) through
# build/lib/quality_report.py, which reuses run_judged.py's client and scoring and also keeps each match's score
# breakdown. --case runs only the cases whose id is, or starts with, one of the given values (repeatable).
#
# Writes docs/match-quality.md (or --out FILE): date, commit, machine; right / NDCG@5 / top-1 per category and
# overall; and for every failing case the judged order against the API's, eligibility mismatches and the breakdown
# of every pool IKM's score as the API returned it. The last line printed is
#   judged: P/N cases right, NDCG@5 x.xxx, top1 T/N
# Exit status: 0 when the run completed (quality is reported, not enforced); non-zero when the harness failed
# (the build, the cluster, the API, or a case whose records or matches the API would not serve).
# Everything it starts (the cluster, the API) is stopped on exit and the temp dir removed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=build/lib/postgres.sh
source build/lib/postgres.sh

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the repo or next to the shared judged set

usage() {
  sed -n '2,19s/^# \{0,1\}//p' "$0"
  exit "${1:-2}"
}
note() { echo "quality.sh: $*" >&2; }
say() { printf '\n==> %s\n' "$*" >&2; }

# --- arguments --------------------------------------------------------------------------------------
api_port=5091
cases=()
out="$repo/docs/match-quality.md"
while (($# > 0)); do
  case "$1" in
    --port) (($# >= 2)) || usage; api_port="$2"; shift ;;
    --port=*) api_port="${1#*=}" ;;
    --case) (($# >= 2)) || usage; cases+=("$2"); shift ;;
    --case=*) cases+=("${1#*=}") ;;
    --out) (($# >= 2)) || usage; out="$2"; shift ;;
    --out=*) out="${1#*=}" ;;
    -h | --help) usage 0 ;;
    *) echo "quality.sh: unknown argument '$1'" >&2; usage ;;
  esac
  shift
done
[[ "$api_port" =~ ^[0-9]+$ ]] && ((api_port > 0 && api_port < 65536)) || {
  echo "quality.sh: --port needs a port number, got '$api_port'" >&2
  exit 2
}
case_args=()
case_list=""
for c in "${cases[@]}"; do
  [[ "$c" =~ ^[A-Za-z0-9_,.-]+$ ]] || { echo "quality.sh: --case takes ids such as M01,K05, got '$c'" >&2; exit 2; }
  case_args+=(--case "$c")
  case_list+="${case_list:+,}$c"
done

judged_dir="${IKMMATCH_JUDGED_DIR:-$repo/../shared/judged}"
if [[ ! -f "$judged_dir/run_judged.py" || ! -f "$judged_dir/cases.json" ]]; then
  note "the judged set is not at $judged_dir (run_judged.py and cases.json); set IKMMATCH_JUDGED_DIR"
  exit 1
fi
judged_dir="$(cd "$judged_dir" && pwd -P)"
command -v python3 >/dev/null 2>&1 || { note "python3 not found"; exit 1; }
command -v curl >/dev/null 2>&1 || { note "curl not found"; exit 1; }
# Something else on that port would answer the health probe (and the cases) in our place.
if (exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null; then
  note "port $api_port is already in use; stop what listens there or pass --port N"
  exit 1
fi

# --- clean-up: everything this script started --------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/ikmmatch-quality.XXXXXX")"
chmod 755 "$work" # the cluster lives here and runs as the postgres user when we are root
api_pid=""        # the API, leader of its own process group (setsid)
child_pid=""      # the build or the judged run while it runs (in the background, so that a signal is not held up)
pg_dir=""         # data dir of the cluster this script started
# shellcheck disable=SC2317 # called from the traps
stop_child() {
  if [[ -n "$child_pid" ]] && kill -0 "$child_pid" 2>/dev/null; then
    kill -TERM -- "-$child_pid" 2>/dev/null || kill -TERM "$child_pid" 2>/dev/null || true
    for _ in {1..40}; do
      kill -0 "$child_pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -KILL -- "-$child_pid" 2>/dev/null || kill -KILL "$child_pid" 2>/dev/null || true
  fi
  [[ -z "$child_pid" ]] || wait "$child_pid" 2>/dev/null || true
  child_pid=""
}
# shellcheck disable=SC2317
stop_api() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill -TERM -- "-$api_pid" 2>/dev/null || kill -TERM "$api_pid" 2>/dev/null || true
    for _ in {1..60}; do # up to 15 s for a graceful shutdown
      kill -0 "$api_pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -KILL -- "-$api_pid" 2>/dev/null || kill -KILL "$api_pid" 2>/dev/null || true
  fi
  [[ -z "$api_pid" ]] || wait "$api_pid" 2>/dev/null || true
  api_pid=""
}
# shellcheck disable=SC2317
cleanup() {
  trap - EXIT INT TERM
  trap '' PIPE # a closed stdout (a pipe to tee ended by Ctrl-C) must not abort the clean-up
  stop_child
  stop_api
  if [[ -n "$pg_dir" ]]; then
    pg_cluster_stop "$pg_dir" || true
    pg_dir=""
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

# The admin key of this run: 32 random bytes in a file only this user can read; the API gets it through its
# environment (Auth__BootstrapAdminKey), the report helper reads the file. It is never on a command line or printed.
key_file="$work/admin-key"
(umask 077 && { openssl rand -hex 32 2>/dev/null || od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; } >"$key_file")
[[ "$(wc -c <"$key_file")" -ge 64 ]] || { note "could not generate an admin key"; exit 1; }

# --- build ------------------------------------------------------------------------------------------
# Published into the temp dir, with its intermediate files there too (--artifacts-path), so that a build running
# at the same time in the repo (build/test.sh, an IDE) neither disturbs this one nor swaps the binaries under the
# running API. Running the published dll directly reads no launch profile (what --no-launch-profile does for
# `dotnet run`): ASPNETCORE_URLS below is the only address.
say "Release build of the API"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
# Uncommitted changes in what is built: the report says so, since the commit alone does not describe the API.
dirty="$(git status --porcelain -- src Directory.Build.props Directory.Packages.props 2>/dev/null | wc -l || echo 0)"
# --disable-build-servers: no MSBuild node or compiler server outlives the build. setsid: a process group of its own,
# which stop_child ends as a whole.
setsid dotnet publish src/IkmMatch.Api -c Release -o "$work/api" --artifacts-path "$work/artifacts" \
  --disable-build-servers --nologo -v quiet >"$work/build.log" 2>&1 &
child_pid=$!
build_status=0
wait "$child_pid" || build_status=$?
child_pid=""
if ((build_status != 0)); then
  note "the Release build failed:"
  grep -E 'error|Error' "$work/build.log" | sort -u | head -n 30 >&2 || tail -n 30 "$work/build.log" >&2
  exit 1
fi
api_dll="$work/api/IkmMatch.Api.dll"
[[ -f "$api_dll" ]] || { note "the build produced no $api_dll"; exit 1; }

# --- PostgreSQL: a throwaway cluster, an empty database -------------------------------------------
say "Throwaway PostgreSQL cluster"
pg_ensure_binaries || exit 1
pg_port="$(pg_free_port 56610)"
pg_dir="$work/pg"
mkdir -p "$pg_dir"
pg_dir="$(cd "$pg_dir" && pwd -P)"
# Durability is of no use to a registry deleted on exit.
pg_cluster_start "$pg_dir" "$pg_port" fsync=off synchronous_commit=off full_page_writes=off || exit 1
db=ikmmatch_quality
pg_cluster_createdb "$pg_port" "$db" || exit 1
connection="$(pg_connection_string "$pg_port" "$db")"

# --- the API ----------------------------------------------------------------------------------------
say "API on 127.0.0.1:$api_port (empty registry)"
api_url="http://127.0.0.1:$api_port"
# From its output directory: the content root, where its appsettings.json is read from. The key is read into the
# subshell's environment only; setsid makes the API a process group of its own so that stop_api reaches all of it.
(
  cd "$work/api"
  Auth__BootstrapAdminKey="$(cat "$key_file")"
  export Auth__BootstrapAdminKey
  export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$api_url" ConnectionStrings__IkmMatch="$connection"
  export RateLimiting__Enabled=false Database__MigrateOnStartup=true
  exec setsid dotnet "$api_dll" >"$work/api.log" 2>&1
) &
api_pid=$!
for ((try = 1; ; try++)); do
  curl --silent --fail --max-time 2 --output /dev/null "$api_url/health/ready" && break
  if ! kill -0 "$api_pid" 2>/dev/null; then
    note "the API exited before answering /health/ready; the end of its log:"
    tail -n 30 "$work/api.log" >&2
    api_pid=""
    exit 1
  fi
  if ((try >= 240)); then
    note "the API did not answer $api_url/health/ready within 120 s; the end of its log:"
    tail -n 30 "$work/api.log" >&2
    exit 1
  fi
  sleep 0.5
done

# --- the judged set ---------------------------------------------------------------------------------
say "Judged set ($judged_dir)"
machine="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true), $(nproc) cores, $(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true), $(uname -sr)"
software=".NET SDK $(dotnet --version), ASP.NET Core $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }'); $("$PG_BINDIR/postgres" --version); $(python3 --version 2>&1)"
mkdir -p "$(dirname "$out")"
summary="$work/summary.txt"
python3 "$repo/build/lib/quality_report.py" "$api_url" \
  --key-file "$key_file" --judged-dir "$judged_dir" --out "$work/report.md" --summary "$summary" \
  --commit "$commit" --dirty "$dirty" --machine "$machine" --software "$software" \
  --command "build/quality.sh${case_list:+ --case $case_list}" "${case_args[@]}" &
child_pid=$!
status=0
wait "$child_pid" || status=$?
child_pid=""
if [[ -s "$work/report.md" ]]; then
  cp "$work/report.md" "$out"
  note "report written to $out"
fi
# The API must still be up: if it died during the run, the figures are not the API's.
if ! kill -0 "$api_pid" 2>/dev/null; then
  note "the API exited during the run; the end of its log:"
  tail -n 30 "$work/api.log" >&2
  status=1
fi
line="$(cat "$summary" 2>/dev/null || true)"
cleanup
((status == 0)) || note "the harness failed (status $status); the figures, if any, are incomplete"
[[ -z "$line" ]] || echo "$line"
if ((status != 0)); then exit 1; fi
[[ -n "$line" ]] || { note "no summary line was produced"; exit 1; }
exit 0

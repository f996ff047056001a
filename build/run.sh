#!/usr/bin/env bash
# Serve the IkmMatch API locally.
#
#   build/run.sh [--seed demo] [--port N]
#
# Database: IKMMATCH_CONNECTION (an Npgsql connection string) when set; otherwise a project-local
# PostgreSQL cluster under <repo>/.data/postgres on 127.0.0.1:${IKMMATCH_PG_PORT:-5433}, database
# "ikmmatch" (its data is kept between runs; the API applies migrations at start-up).
# The API listens on http://localhost:5080 (or --port N); Swagger UI is at /swagger.
# Credentials: a local admin key is made on first run, kept in <repo>/.data/admin-key (mode 600) and
# printed with the Swagger UI address; send it as X-Api-Key (Swagger UI: "Authorize"). Set
# IKMMATCH_ADMIN_KEY to use another key.
# Ctrl-C stops the API, then the cluster this script started.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=build/lib/postgres.sh
source build/lib/postgres.sh

usage() {
  sed -n '2,10s/^# \{0,1\}//p' "$0"
  exit "${1:-2}"
}

# --- arguments --------------------------------------------------------------------------------------
api_port=5080
app_args=() # passed through to the API (it understands --seed demo itself)
while (($# > 0)); do
  case "$1" in
    --seed)
      (($# >= 2)) || usage
      app_args+=(--seed "$2")
      shift 2
      ;;
    --seed=*)
      app_args+=(--seed "${1#*=}")
      shift
      ;;
    --port)
      (($# >= 2)) || usage
      api_port="$2"
      shift 2
      ;;
    --port=*)
      api_port="${1#*=}"
      shift
      ;;
    -h | --help) usage 0 ;;
    *)
      echo "run.sh: unknown argument '$1'" >&2
      usage
      ;;
  esac
done
[[ "$api_port" =~ ^[0-9]+$ ]] || {
  echo "run.sh: --port needs a number, got '$api_port'" >&2
  exit 2
}
# Something else on that port would answer the health probe in our place.
if (exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null; then
  echo "run.sh: port $api_port is already in use; stop what listens there or pass --port N" >&2
  exit 1
fi

# --- clean shutdown ---------------------------------------------------------------------------------
api_pid=""           # process (and process group) of `dotnet run`
pg_dir=""            # data dir of the cluster this script started, if any
# shellcheck disable=SC2317 # called from the traps
cleanup() {
  trap - EXIT INT TERM
  trap '' PIPE # a closed stdout (e.g. a pipe to tee ended by Ctrl-C) must not abort the clean-up
  if [[ -n "$api_pid" ]] && kill -0 -- "-$api_pid" 2>/dev/null; then
    echo "run.sh: stopping the API" >&2
    # dotnet run and the API share their own process group (setsid below): signal them both.
    kill -TERM -- "-$api_pid" 2>/dev/null || true
    for _ in {1..60}; do # up to 30 s for a graceful shutdown
      kill -0 -- "-$api_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$api_pid" 2>/dev/null || true
  fi
  [[ -z "$api_pid" ]] || wait "$api_pid" 2>/dev/null || true
  if [[ -n "$pg_dir" ]]; then
    pg_cluster_stop "$pg_dir" || true
  fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

# --- database ---------------------------------------------------------------------------------------
if [[ -n "${IKMMATCH_CONNECTION:-}" ]]; then
  echo "run.sh: using the database given by IKMMATCH_CONNECTION" >&2
  connection="$IKMMATCH_CONNECTION"
else
  pg_ensure_binaries || exit 1
  pg_port="${IKMMATCH_PG_PORT:-5433}"
  data_dir="$repo/.data/postgres"
  # Stop the cluster on exit only if it was not already running (another run.sh may be using it).
  if [[ -f "$data_dir/postmaster.pid" ]] && kill -0 "$(head -n 1 "$data_dir/postmaster.pid")" 2>/dev/null; then
    echo "run.sh: the cluster in $data_dir already runs; it is left running on exit" >&2
  else
    pg_dir="$data_dir"
  fi
  pg_cluster_start "$data_dir" "$pg_port"
  pg_cluster_createdb "$pg_port" ikmmatch
  connection="$(pg_connection_string "$pg_port" ikmmatch)"
fi

# --- API --------------------------------------------------------------------------------------------
dotnet build src/IkmMatch.Api -c Release --nologo -v quiet

# The bootstrap admin key (Auth:BootstrapAdminKey): the given one, else the one kept in .data/, else a new one.
key_file="$repo/.data/admin-key"
if [[ -n "${IKMMATCH_ADMIN_KEY:-}" ]]; then
  admin_key="$IKMMATCH_ADMIN_KEY"
else
  if [[ ! -s "$key_file" ]]; then
    mkdir -p "$repo/.data"
    (umask 077 && printf 'ikm_local_%s\n' "$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" >"$key_file")
    echo "run.sh: made a local admin key in $key_file" >&2
  fi
  admin_key="$(head -n 1 "$key_file")"
fi
export Auth__BootstrapAdminKey="$admin_key"

export ASPNETCORE_URLS="http://localhost:$api_port"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ConnectionStrings__IkmMatch="$connection"

# --no-launch-profile: otherwise launchSettings.json would override ASPNETCORE_URLS.
# setsid: own process group, so that the trap can stop dotnet run and the API process together.
setsid dotnet run --project src/IkmMatch.Api --no-launch-profile -c Release --no-build \
  -- "${app_args[@]}" &
api_pid=$!

# Wait (bounded: 120 s) until the API answers its liveness probe, or stop if it exits.
health="http://localhost:$api_port/health/live"
for ((try = 1; ; try++)); do
  if curl --silent --fail --max-time 2 --output /dev/null "$health"; then
    break
  fi
  if ! kill -0 "$api_pid" 2>/dev/null; then
    set +e
    wait "$api_pid"
    status=$?
    set -e
    echo "run.sh: the API exited (status $status) before answering $health" >&2
    api_pid=""
    exit "$((status == 0 ? 1 : status))"
  fi
  if ((try >= 240)); then
    echo "run.sh: the API did not answer $health within 120 s" >&2
    exit 1
  fi
  sleep 0.5
done

echo
echo "IkmMatch API is up: Swagger UI at http://localhost:$api_port/swagger  (Ctrl-C stops it)"
echo "Admin key (X-Api-Key; in Swagger UI press Authorize and paste it under ApiKey):"
echo "  $admin_key"
echo "Try: curl -H 'X-Api-Key: $admin_key' http://localhost:$api_port/api/v1/ikms"
echo

# Serve until the API exits or Ctrl-C / SIGTERM runs the trap.
set +e
wait "$api_pid"
status=$?
set -e
exit "$status"

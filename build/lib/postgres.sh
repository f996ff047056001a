# shellcheck shell=bash
# Project-local PostgreSQL clusters for IkmMatch's scripts (build/run.sh, build/test.sh).
#
# Source this file; it defines functions only and changes no shell options.
#
#   pg_ensure_binaries          find initdb/pg_ctl/postgres (install Debian's package when root);
#                               returns 1 with a message when they are missing and cannot be installed
#   pg_cluster_start DIR PORT [postgres -c options...]
#                               initialize DIR when empty, start the server when stopped (idempotent);
#                               listens on 127.0.0.1:PORT and on a unix socket inside DIR,
#                               trust auth, superuser "postgres"
#   pg_cluster_createdb PORT NAME   create database NAME when missing
#   pg_cluster_stop DIR         stop the server cleanly (fast shutdown) if it runs
#   pg_free_port [FROM]         print a TCP port on 127.0.0.1 nobody listens on, FROM and up
#   pg_connection_string PORT DB    print the Npgsql connection string for it
#
# When run as root the server runs as the OS user "postgres" (PostgreSQL refuses root): the data dir
# is chowned to it and the directories above it are made traversable.

# The directory holding initdb, pg_ctl, postgres, psql, createdb; set by pg_ensure_binaries.
PG_BINDIR="${PG_BINDIR:-}"

pg__log() { echo "[postgres] $*" >&2; }

pg__is_root() { [[ "${EUID:-$(id -u)}" -eq 0 ]]; }

# Print the newest directory with PostgreSQL server binaries, or return 1.
pg__find_bindir() {
  local dir
  # 1. An explicit PG_BINDIR wins.
  if [[ -n "$PG_BINDIR" && -x "$PG_BINDIR/initdb" ]]; then
    echo "$PG_BINDIR"
    return 0
  fi
  # 2. pg_config, when it belongs to an installed server (libpq-dev's may point at a client only).
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  fi
  # 3. Debian's layout, newest major version first.
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null |
    sort -V | while read -r d; do [[ -x "$d/initdb" ]] && echo "$d"; done | tail -n 1)"
  if [[ -n "$dir" ]]; then
    echo "$dir"
    return 0
  fi
  return 1
}

# Make sure server binaries exist; set PG_BINDIR. Returns 1 (after saying what to do) if not possible.
pg_ensure_binaries() {
  if PG_BINDIR="$(pg__find_bindir)"; then
    return 0
  fi
  if pg__is_root && command -v apt-get >/dev/null 2>&1; then
    pg__log "PostgreSQL server binaries not found; installing Debian's 'postgresql' package"
    # The package may create (and try to start) a system cluster on port 5432; it is not used here.
    if DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 &&
      PG_BINDIR="$(pg__find_bindir)"; then
      pg__log "installed PostgreSQL binaries in $PG_BINDIR"
      return 0
    fi
    pg__log "could not install the 'postgresql' package"
    return 1
  fi
  pg__log "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them first:"
  pg__log "    sudo apt-get install postgresql"
  return 1
}

# Run a server-side command (initdb, pg_ctl) as the cluster's owner: "postgres" when we are root.
# Runs from / so that an unreadable working directory does not trouble the postgres user.
pg__as_owner() {
  if pg__is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# As root: create the "postgres" OS user if needed, hand DIR to it, and make every parent directory
# traversable (search permission only) so that it can reach DIR.
pg__prepare_dir_for_postgres_user() {
  local dir="$1" parent
  if ! id postgres >/dev/null 2>&1; then
    pg__log "creating system user 'postgres'"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi
  chown postgres: "$dir"
  chmod 700 "$dir"
  parent="$(dirname "$dir")"
  while [[ "$parent" != "/" ]]; do
    if ! runuser -u postgres -- test -x "$parent"; then
      pg__log "making $parent traversable (o+x) for the postgres user"
      chmod o+x "$parent"
    fi
    parent="$(dirname "$parent")"
  done
}

# pg_cluster_start DIR PORT [extra "-c name=value" server settings...]
pg_cluster_start() {
  local dir="$1" port="$2"
  shift 2
  local extra=("$@")
  [[ -n "$PG_BINDIR" ]] || pg_ensure_binaries || return 1

  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd -P)" # absolute, symlinks resolved
  pg__is_root && pg__prepare_dir_for_postgres_user "$dir"

  # 1. Initialize once. An initialized dir has PG_VERSION; anything else must be empty.
  if [[ ! -f "$dir/PG_VERSION" ]]; then
    if [[ -n "$(ls -A "$dir")" ]]; then
      pg__log "$dir is neither empty nor a PostgreSQL data directory; refusing to initialize it"
      return 1
    fi
    pg__log "initializing a new cluster in $dir"
    # C.UTF-8 sorts like C but knows upper/lower case beyond ASCII; plain C where it is missing.
    local locale="C" out
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale="C.UTF-8"; fi
    out="$(pg__as_owner "$PG_BINDIR/initdb" --pgdata="$dir" --username=postgres --auth=trust \
      --encoding=UTF8 --locale="$locale" 2>&1)" || {
      echo "$out" >&2
      return 1
    }
    # Local-only settings; the port is given at each start so that it can change between runs.
    # Unix sockets have a ~107-byte path limit: fall back to TCP only when DIR is too deep.
    local socket_dirs="$dir"
    if ((${#dir} > 90)); then
      pg__log "path too long for a unix socket; listening on TCP only"
      socket_dirs=""
    fi
    {
      echo ""
      echo "# --- IkmMatch project-local cluster (build/lib/postgres.sh) ---"
      echo "listen_addresses = '127.0.0.1'"
      echo "unix_socket_directories = '$socket_dirs'"
    } >>"$dir/postgresql.conf"
  else
    # An existing cluster must match the binaries' major version.
    local data_major bin_major
    data_major="$(cat "$dir/PG_VERSION")"
    # "pg_ctl (PostgreSQL) 15.18" -> 15
    bin_major="$("$PG_BINDIR/pg_ctl" --version | awk '{ print $3 }')"
    bin_major="${bin_major%%[!0-9]*}"
    if [[ "$data_major" != "$bin_major" ]]; then
      pg__log "$dir holds a PostgreSQL $data_major cluster but the binaries in $PG_BINDIR are $bin_major;"
      pg__log "remove $dir (its data is lost) or point PG_BINDIR at PostgreSQL $data_major binaries"
      return 1
    fi
  fi

  # 2. Start unless already running (pg_ctl status: 0 running, 3 stopped).
  if pg__as_owner "$PG_BINDIR/pg_ctl" status --pgdata="$dir" >/dev/null 2>&1; then
    local running_port
    running_port="$(sed -n 4p "$dir/postmaster.pid" 2>/dev/null || true)"
    if [[ "$running_port" != "$port" ]]; then
      pg__log "the cluster in $dir already runs on port $running_port, not $port; stop it first"
      return 1
    fi
    pg__log "cluster in $dir already running on port $port"
    return 0
  fi
  local opts="-c port=$port" setting
  for setting in "${extra[@]}"; do opts+=" -c $setting"; done
  pg__log "starting cluster in $dir on 127.0.0.1:$port"
  if ! pg__as_owner "$PG_BINDIR/pg_ctl" start --pgdata="$dir" --wait --timeout=60 \
    --log="$dir/server.log" --options="$opts" >/dev/null; then
    pg__log "the server did not start; last lines of $dir/server.log:"
    tail -n 20 "$dir/server.log" >&2 || true
    return 1
  fi
}

# pg_cluster_createdb PORT NAME: create database NAME unless it exists.
pg_cluster_createdb() {
  local port="$1" name="$2" exists
  # The name goes in as a psql variable (quoted by psql), which psql reads only from stdin, not -c.
  exists="$("$PG_BINDIR/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -X -q -t -A \
    -v name="$name" <<<"SELECT 1 FROM pg_database WHERE datname = :'name';")" || return 1
  if [[ "$exists" != "1" ]]; then
    pg__log "creating database $name"
    "$PG_BINDIR/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
  fi
}

# pg_cluster_stop DIR: fast shutdown (disconnects clients, then a clean checkpoint) if running.
pg_cluster_stop() {
  local dir="$1"
  [[ -f "$dir/PG_VERSION" ]] || return 0
  [[ -n "$PG_BINDIR" ]] || PG_BINDIR="$(pg__find_bindir)" || return 1
  if pg__as_owner "$PG_BINDIR/pg_ctl" status --pgdata="$dir" >/dev/null 2>&1; then
    pg__log "stopping cluster in $dir"
    pg__as_owner "$PG_BINDIR/pg_ctl" stop --pgdata="$dir" --mode=fast --wait --timeout=60 >/dev/null
  fi
}

# pg_free_port [FROM]: first port from FROM (default 55432) on which nothing accepts connections.
pg_free_port() {
  local port="${1:-55432}" last=$((${1:-55432} + 200))
  while ((port <= last)); do
    # bash's /dev/tcp: connecting succeeds only if something listens there.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
    port=$((port + 1))
  done
  pg__log "no free port in ${1:-55432}..$last"
  return 1
}

# pg_connection_string PORT [DB]: Npgsql connection string for the superuser over TCP.
pg_connection_string() {
  echo "Host=127.0.0.1;Port=$1;Database=${2:-postgres};Username=postgres"
}

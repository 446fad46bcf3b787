# Sourced by ./test.sh and the benchmarks: starts a throwaway PostgreSQL cluster on a free local port, installing
# the Debian package when it is missing, and stops and removes it when the calling script exits.
#   source tools/throwaway-postgres.sh
#   start_throwaway_postgres [SERVER_SETTING...]     e.g. fsync=off synchronous_commit=off
# Afterwards PG_CONNECTION holds an Npgsql connection string to the "postgres" database as user "focal".
# initdb refuses to run as root, so the cluster runs as the "postgres" user.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

start_throwaway_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing postgresql from Debian packages..." >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi

  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/focalpoint-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  as_root chown postgres "$PG_DIR"
  local port settings=(-c listen_addresses=127.0.0.1 -c max_connections=300)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  for setting in "$@"; do settings+=(-c "$setting"); done
  trap stop_throwaway_postgres EXIT
  as_root runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U focal >/dev/null
  as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
    -o "-p $port -k $PG_DIR ${settings[*]}" >/dev/null
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=focal;Database=postgres;Maximum Pool Size=20"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  as_root rm -rf "$PG_DIR"
  PG_DIR=""
}

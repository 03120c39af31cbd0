#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `.ci/postgres.sh start [DIR]` initialises one in DIR (default: a new
# folder under /tmp), starts it on a free local port and prints its URL (postgresql://USER@127.0.0.1:PORT/whosaid);
# `.ci/postgres.sh stop DIR` stops it and removes DIR. The server runs as an unprivileged user: as root, as `nobody`.
# PostgreSQL comes from the distribution's packages (installed with apt-get only when absent).
set -euo pipefail

bin_dir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && { echo "$d"; return; }
    done
    return 1
}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'PY' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 ))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

case "${1:-}" in
start)
    if ! BIN=$(bin_dir); then
        echo "PostgreSQL is not installed; installing it from the distribution's packages" >&2
        apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
        BIN=$(bin_dir)
    fi
    DIR=${2:-$(mktemp -d /tmp/whosaid-pg.XXXXXX)}
    mkdir -p "$DIR"
    user=$( [ "$(id -u)" = 0 ] && echo nobody || id -un )
    [ "$(id -u)" = 0 ] && chown nobody "$DIR"
    chmod 700 "$DIR"
    port=$(free_port)
    as_server_user "$BIN/initdb" -D "$DIR/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_server_user "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
        -o "-p $port -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2 || { cat "$DIR/server.log" >&2; exit 1; }
    as_server_user "$BIN/createdb" -h 127.0.0.1 -p "$port" -U "$user" whosaid
    echo "$DIR" >"$DIR/dir"
    echo "postgresql://$user@127.0.0.1:$port/whosaid"
    ;;
stop)
    DIR=${2:?usage: postgres.sh stop DIR}
    BIN=$(bin_dir)
    as_server_user "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
    rm -rf "$DIR"
    ;;
*)
    echo "usage: postgres.sh start [DIR] | stop DIR" >&2
    exit 2
    ;;
esac

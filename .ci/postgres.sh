# Sourced by .ci/run: starts a throw-away PostgreSQL on 127.0.0.1:55432 so that
# PostgresPortabilityTest proves the migrations on a real server, and exports the
# STOREDESK_TEST_PG_* variables it reads. Where no server can be started (no apt, no root),
# it says so loudly and the test is skipped rather than faked.

storedesk_start_postgres() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || return 1
        sudo="sudo -n"
    fi
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        echo "ci: installing PostgreSQL from Debian packages"
        $sudo apt-get update -qq || return 1
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null || return 1
    fi
    local bin data
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    data=$(mktemp -d /tmp/storedesk-pg.XXXXXX)
    printf 'storedesk-ci\n' > "$data/password"
    $sudo chown -R postgres "$data" || return 1
    # initdb and postgres refuse to run as root, so both run as the postgres user.
    # A password (not trust) so the test that hides passwords has one to hide.
    $sudo runuser -u postgres -- "$bin/initdb" -D "$data/db" -U storedesk -A scram-sha-256 \
        --pwfile="$data/password" >/dev/null || return 1
    $sudo runuser -u postgres -- "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
        -o "-p 55432 -k $data -c listen_addresses=127.0.0.1" start >/dev/null || return 1
    # Stopped when .ci/run exits, so a second run on the same machine finds the port free.
    trap "$sudo runuser -u postgres -- '$bin/pg_ctl' -D '$data/db' -m fast stop >/dev/null 2>&1 || true" EXIT
    $sudo env PGPASSWORD=storedesk-ci runuser -u postgres -- \
        "$bin/createdb" -h 127.0.0.1 -p 55432 -U storedesk storedesk_test || return 1
    export STOREDESK_TEST_PG_URL="jdbc:postgresql://127.0.0.1:55432/storedesk_test"
    export STOREDESK_TEST_PG_USER="storedesk"
    export STOREDESK_TEST_PG_PASSWORD="storedesk-ci"
    echo "ci: PostgreSQL running for the portability test ($STOREDESK_TEST_PG_URL)"
}

if ! storedesk_start_postgres; then
    echo "ci: WARNING: could not start PostgreSQL; PostgresPortabilityTest will be SKIPPED" >&2
fi

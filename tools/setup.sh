#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for ChargeMesh development: installs and starts
# PostgreSQL and nats-server (JetStream) on loopback if they are missing or stopped, then
# installs the npm dependencies. Safe to run again. CI (.ci/run) runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "need root for: $*" >&2; exit 1; fi; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

nats_bin=$(command -v nats-server || true); [ -z "$nats_bin" ] && [ -x /usr/sbin/nats-server ] && nats_bin=/usr/sbin/nats-server
if [ -z "$nats_bin" ] || ! command -v pg_ctlcluster >/dev/null; then
  echo "installing postgresql and nats-server from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql nats-server >/dev/null
  nats_bin=$(command -v nats-server || echo /usr/sbin/nats-server)
fi

if ! listening 5432; then
  echo "starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 1 30); do listening 5432 && break; sleep 1; done
fi
# Development machines use trust on loopback (as the CI machines do); never do this in production.
if ! psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  hba=$(as_root su postgres -c "psql -Atc 'show hba_file'")
  echo "allowing trusted loopback connections in $hba (development only)"
  as_root sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
  as_root su postgres -c "psql -qc 'select pg_reload_conf()'" >/dev/null
fi

# The integration suites start several platform instances at once (six services each, each with
# its own pool); Debian's default of 100 connections is too few for them.
if [ "$(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'show max_connections')" -lt 500 ]; then
  echo "raising PostgreSQL max_connections to 500 (restarts PostgreSQL)"
  psql -h 127.0.0.1 -U postgres -d postgres -qc 'ALTER SYSTEM SET max_connections = 500'
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main restart
  for _ in $(seq 1 30); do psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
fi

if ! listening 4222; then
  echo "starting nats-server with JetStream"
  as_root mkdir -p /var/lib/nats-server
  as_root start-stop-daemon --start --oknodo --background --exec "$nats_bin" -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  for _ in $(seq 1 30); do listening 4222 && break; sleep 1; done
fi
listening 5432 || { echo "PostgreSQL did not start" >&2; exit 1; }
listening 4222 || { echo "nats-server did not start" >&2; exit 1; }

npm ci --no-audit --no-fund
echo "ready: NATS on 127.0.0.1:4222 (JetStream), PostgreSQL on 127.0.0.1:5432"

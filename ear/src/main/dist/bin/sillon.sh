#!/usr/bin/env bash
# Starts Sillon in production: the provisioned WildFly of this archive, on an external MariaDB.
# Configuration: /etc/sillon/sillon.env, or the file named by SILLON_ENV (see sillon.env.example beside this folder).
set -euo pipefail
HOME_DIR="$(cd "$(dirname "$0")/.." && pwd)"
ENV_FILE="${SILLON_ENV:-/etc/sillon/sillon.env}"
if [ -f "$ENV_FILE" ]; then
  set -a; . "$ENV_FILE"; set +a
fi
missing=()
for v in SILLON_DB_URL SILLON_DB_USER SILLON_DB_PASSWORD SILLON_SIGNING_KEYSTORE SILLON_SIGNING_PASSWORD SILLON_PUBLIC_URL; do
  [ -n "${!v:-}" ] || missing+=("$v")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Sillon : variables manquantes dans $ENV_FILE : ${missing[*]}" >&2
  exit 2
fi
if [ ! -r "$SILLON_SIGNING_KEYSTORE" ]; then
  echo "Sillon : le magasin de clés de signature $SILLON_SIGNING_KEYSTORE est illisible." >&2
  exit 2
fi
# memory sized on purpose (README « Network scale »): heap ~220 MB live at network scale, metaspace ~190 MB, JIT ~65 MB
export JAVA_OPTS="${SILLON_JAVA_OPTS:--Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:+UseG1GC -XX:G1PeriodicGCInterval=60000} -Djava.net.preferIPv4Stack=true"
export LAUNCH_JBOSS_IN_BACKGROUND=true
# HTTP on loopback only by default: a reverse proxy terminates TLS in front (README « Sécurité »)
exec "$HOME_DIR/bin/standalone.sh" -b "${SILLON_BIND_ADDRESS:-127.0.0.1}" -Dsillon.demo=false "$@"

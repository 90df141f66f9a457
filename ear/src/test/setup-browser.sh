#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests when they are missing (run by the build,
# pre-integration-test). Needs root (CI and the dev machines run as root); otherwise says what to install.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Tests navigateur : installez les paquets Debian « chromium » et « chromium-driver » (root requis)." >&2
  exit 0
fi
echo "Installation de chromium et chromium-driver (paquets Debian) pour les tests navigateur…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
  || echo "Échec de l'installation de Chromium : les tests navigateur échoueront." >&2
exit 0

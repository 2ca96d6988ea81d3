#!/usr/bin/env bash
# Sets up everything congvan needs on Debian/Ubuntu: system packages, .venv/, the package itself.
# Idempotent and fast the second time. Usage: scripts/setup.sh [--test]  (--test adds test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

apt_packages=(tesseract-ocr tesseract-ocr-vie fonts-dejavu-core fonts-liberation2)
[ "$want_test" = 1 ] && apt_packages+=(chromium)

missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv

extras=""
[ "$want_test" = 1 ] && extras="[dev]"
stamp=".venv/.congvan-installed-$(cat pyproject.toml | sha256sum | cut -c1-16)${extras}"
if [ ! -f "$stamp" ]; then
    echo "setup: installing congvan${extras} into .venv/"
    .venv/bin/pip install -q --upgrade pip
    .venv/bin/pip install -q -e ".${extras}"
    touch "$stamp"
fi

#!/usr/bin/env bash
# Installs the Debian packages treatygraph needs to build and test, and only
# those that are missing: on a machine that has them all it does nothing.
set -euo pipefail

packages=(
  cmake g++ make pkg-config                 # toolchain
  libboost-graph-dev rapidjson-dev libicu-dev libre2-dev   # libraries
  doctest-dev                               # unit tests
  python3-networkx python3-icu python3-igraph   # end-to-end tests (/usr/bin/python3)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js runs the npm-packaged export consumers of the tests. Machines that
# ship their own Node.js keep it; Debian's would conflict with it.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

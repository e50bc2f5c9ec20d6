#!/usr/bin/env bash
# Installs what building and testing the widget needs, skipping what is already there.
# A fresh machine has only Rust, Node, Python and apt; everything else comes from here.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly: read it from the lock file.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)

log() { printf 'setup: %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! have_version trunk "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (several minutes)"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if ! have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  log "installing Debian's chromium and chromium-driver"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
fi

# nginx: the end-to-end tests serve the build with deploy/nginx.conf, as hosts do (brotli
# through Debian's module). Installing it does not start it.
if ! command -v nginx >/dev/null 2>&1 || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ]; then
  log "installing Debian's nginx-light and its brotli module"
  # Not started by the package (no service is wanted; port 80 may be taken): a policy-rc.d
  # that refuses, unless the machine has its own.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
  fi
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light libnginx-mod-http-brotli-filter
  if [ -n "$policy" ]; then as_root rm -f "$policy"; fi
fi

# npm tools: wasm-opt (binaryen; Debian's 108 yields a module that fails at run time)
# and playwright-core (drives Debian's chromium; it never downloads a browser).
# axe-core: the accessibility audit the end-to-end tests run in the page.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/axe-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm tools"
  npm ci --no-audit --no-fund
fi

cargo fetch --locked >/dev/null
log "ready"

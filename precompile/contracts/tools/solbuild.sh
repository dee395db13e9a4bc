#!/usr/bin/env bash
# Shared build of one of Parley's Foundry projects, offline (solc-js and forge from the
# project's own npm packages), regenerating what is committed from it:
#   <artifacts>/<Contract>.json   ABI, creation and runtime bytecode
#   <bindings>/bindings.go        Go bindings (op-geth's abigen, pinned in go.mod)
# usage: solbuild.sh PROJECT_DIR ARTIFACTS_DIR BINDINGS_DIR GO_PACKAGE [--check] [--test] -- CONTRACT...
# A contract is NAME (from src/NAME.sol) or PATH:NAME (from out/PATH/NAME.json).
# With --check it fails if anything committed differs (CI); with --test it runs forge test.
set -euo pipefail
project="$1"; artifacts="$2"; bindings="$3"; pkg="$4"; shift 4
check=0; test=0
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --test) test=1 ;;
    --) shift; break ;;
    *) echo "solbuild.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
root="$(git -C "$project" rev-parse --show-toplevel)"
cd "$project"

if [ ! -x node_modules/@foundry-rs/forge-linux-amd64/bin/forge ] || [ ! -d node_modules/solc ]; then
  npm ci --no-audit --no-fund
fi
# The platform binary, not the npm launcher: the launcher exits 0 on failed compiles.
forge="$project/node_modules/@foundry-rs/forge-linux-amd64/bin/forge"

"$forge" build --force
if [ "$test" = 1 ]; then
  "$forge" test
fi

mkdir -p "$artifacts" "$bindings"
names=()
for c in "$@"; do
  case "$c" in
    *:*) src="${c%%:*}"; name="${c##*:}" ;;
    *) src="$c.sol"; name="$c" ;;
  esac
  names+=("$name")
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const out = { contractName: process.argv[2], abi: a.abi,
                  bytecode: a.bytecode.object, deployedBytecode: a.deployedBytecode.object };
    fs.writeFileSync(process.argv[3], JSON.stringify(out, null, 2) + "\n");
  ' "out/$src/$name.json" "$name" "$artifacts/$name.json"
done

# One bindings file for all contracts, so shared structs are declared once.
node -e '
  const fs = require("fs");
  const [dir, out, ...names] = process.argv.slice(1);
  const contracts = {};
  for (const n of names) {
    const a = JSON.parse(fs.readFileSync(`${dir}/${n}.json`, "utf8"));
    contracts[`${n}.sol:${n}`] = { abi: a.abi, bin: a.bytecode.replace(/^0x/, "") };
  }
  fs.writeFileSync(out, JSON.stringify({ contracts, version: "" }));
' "$artifacts" "$project/out/combined.json" "${names[@]}"
rm -f "$bindings/bindings.go"
(cd "$root" && go tool abigen --combined-json "$project/out/combined.json" --pkg "$pkg" --out "$bindings/bindings.go")

if [ "$check" = 1 ]; then
  rel_a="$(realpath --relative-to="$root" "$artifacts")"; rel_b="$(realpath --relative-to="$root" "$bindings")"
  if ! git -C "$root" diff --exit-code -- "$rel_a" "$rel_b"; then
    echo "committed Solidity artifacts or bindings are stale: run $(realpath --relative-to="$root" "$project")/build.sh" >&2
    exit 1
  fi
  untracked=$(git -C "$root" ls-files --others --exclude-standard -- "$rel_a" "$rel_b")
  if [ -n "$untracked" ]; then
    echo "generated files not committed: $untracked" >&2
    exit 1
  fi
fi
echo "contracts built: $(ls "$artifacts" | tr '\n' ' ')"

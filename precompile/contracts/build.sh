#!/usr/bin/env bash
# Builds Parley's Solidity sources offline and regenerates what is committed from them:
#   precompile/artifacts/<Contract>.json   ABI, creation and runtime bytecode
#   precompile/bindings/*.go               Go bindings (op-geth's abigen, pinned in go.mod)
# With --check it rebuilds and fails if anything committed differs (CI).
# With --test it also runs the forge tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

check=0; test=0
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    --test) test=1 ;;
    *) echo "usage: $0 [--check] [--test]" >&2; exit 2 ;;
  esac
done

if [ ! -x node_modules/@foundry-rs/forge-linux-amd64/bin/forge ] || [ ! -d node_modules/solc ]; then
  npm ci --no-audit --no-fund
fi
# The platform binary, not the npm launcher: the launcher exits 0 on failed compiles.
forge="$here/node_modules/@foundry-rs/forge-linux-amd64/bin/forge"

"$forge" build --force
if [ "$test" = 1 ]; then
  "$forge" test
fi

artifacts="$root/precompile/artifacts"
bindings="$root/precompile/bindings"
mkdir -p "$artifacts" "$bindings"
for c in IParleyInbox ParleyMessenger InboxProbe ParleyRegistry ParleyCertificateInbox; do
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const out = { contractName: process.argv[2], abi: a.abi,
                  bytecode: a.bytecode.object, deployedBytecode: a.deployedBytecode.object };
    fs.writeFileSync(process.argv[3], JSON.stringify(out, null, 2) + "\n");
  ' "out/$c.sol/$c.json" "$c" "$artifacts/$c.json"
done

# One bindings file for all contracts, so shared structs (Identifier) are declared once.
node -e '
  const fs = require("fs");
  const [dir, out, ...names] = process.argv.slice(1);
  const contracts = {};
  for (const n of names) {
    const a = JSON.parse(fs.readFileSync(`${dir}/${n}.json`, "utf8"));
    contracts[`${n}.sol:${n}`] = { abi: a.abi, bin: a.bytecode.replace(/^0x/, "") };
  }
  fs.writeFileSync(out, JSON.stringify({ contracts, version: "" }));
' "$artifacts" "$here/out/combined.json" IParleyInbox ParleyMessenger InboxProbe ParleyRegistry ParleyCertificateInbox
rm -f "$bindings/bindings.go"
cd "$root"
go tool abigen --combined-json "$here/out/combined.json" --pkg bindings --out "$bindings/bindings.go"

if [ "$check" = 1 ]; then
  if ! git diff --exit-code -- precompile/artifacts precompile/bindings; then
    echo "committed Solidity artifacts or bindings are stale: run precompile/contracts/build.sh" >&2
    exit 1
  fi
  untracked=$(git ls-files --others --exclude-standard -- precompile/artifacts precompile/bindings)
  if [ -n "$untracked" ]; then
    echo "generated files not committed: $untracked" >&2
    exit 1
  fi
fi
echo "contracts built: $(ls "$artifacts" | tr '\n' ' ')"

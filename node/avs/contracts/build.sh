#!/usr/bin/env bash
# Builds Parley's L1 contracts offline and regenerates node/avs/artifacts and
# node/avs/bindings (with ../../../precompile/contracts/tools/solbuild.sh). --check fails
# if the committed ones are stale (CI); --test runs the forge tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../../precompile/contracts/tools/solbuild.sh" "$here" "$here/../artifacts" "$here/../bindings" bindings "$@" -- \
  ProxyAdmin.sol:ProxyAdmin TransparentUpgradeableProxy.sol:TransparentUpgradeableProxy \
  Proxies.sol:EmptyContract TestERC20 \
  ParleyRegistrar ParleyTablePublisher ParleyCertificateInbox ParleySlasher

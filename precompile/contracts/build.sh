#!/usr/bin/env bash
# Builds the inbox precompile's Solidity surface (the L2 side) offline and regenerates
# precompile/artifacts and precompile/bindings (tools/solbuild.sh). --check fails if the
# committed ones are stale (CI); --test runs the forge tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/tools/solbuild.sh" "$here" "$here/../artifacts" "$here/../bindings" bindings "$@" -- \
  IParleyInbox ParleyMessenger InboxProbe

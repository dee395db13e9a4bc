// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

// The proxies EigenLayer core deploys behind (OpenZeppelin 4.9.0, as EigenLayer v1.8.1
// pins it), compiled here because EigenLayer's Go bindings ship none. Importing them is
// all this file does: the build extracts their artifacts and bindings.
import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";

/// @notice The first implementation behind every proxy before the real one is known (a
/// TransparentUpgradeableProxy needs a contract as its initial logic), as EigenLayer's own
/// deployment scripts do.
contract EmptyContract {
    function foo() public pure returns (uint256) {
        return 0;
    }
}

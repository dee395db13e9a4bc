// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {OperatorSet} from "../../src/interfaces/IAllocationManager.sol";
import {BN254} from "../../src/interfaces/IKeyRegistrar.sol";
import {IStrategy} from "../../src/interfaces/IStrategy.sol";
import {MockAllocationManager} from "./MockAllocationManager.sol";
import {MockKeyRegistrar} from "./MockKeyRegistrar.sol";

/// EigenLayer reads that cost (almost) nothing: every address is a member of a set with
/// `members` members, stake is 1e18 per strategy, keys are derived from the address.
/// With these, a page's gas is Parley's own (calls, encoding, hashing, the log).
contract FreeAllocationManager is MockAllocationManager {
    uint256 public members;

    function setMembers(uint256 n) external {
        members = n;
    }

    function isMemberOfOperatorSet(address, OperatorSet memory) external pure override returns (bool) {
        return true;
    }

    function getMemberCount(OperatorSet memory) external view override returns (uint256) {
        return members;
    }

    function getMinimumSlashableStake(
        OperatorSet memory,
        address[] memory operators,
        IStrategy[] memory strategies,
        uint32
    ) external pure override returns (uint256[][] memory out) {
        out = new uint256[][](operators.length);
        for (uint256 i = 0; i < operators.length; i++) {
            out[i] = new uint256[](strategies.length);
            for (uint256 j = 0; j < strategies.length; j++) {
                out[i][j] = 1e18;
            }
        }
    }
}

contract FreeKeyRegistrar is MockKeyRegistrar {
    function getBN254Key(OperatorSet memory, address operator)
        external
        pure
        override
        returns (BN254.G1Point memory g1, BN254.G2Point memory g2)
    {
        uint256 x = uint256(uint160(operator));
        g1 = BN254.G1Point(x, x + 1);
        g2.X = [x + 2, x + 3];
        g2.Y = [x + 4, x + 5];
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {OperatorSet} from "../../src/interfaces/IAllocationManager.sol";

/// A stand-in for a broken registrar (and its AllocationManager), to reach the
/// publisher's defensive checks of what begin() reads: any set list, any member counts.
contract FakeRegistrar {
    uint32[] internal _ids;
    mapping(uint32 => uint256) public counts;

    function setSets(uint32[] calldata ids, uint256[] calldata c) external {
        _ids = ids;
        for (uint256 i = 0; i < ids.length; i++) {
            counts[ids[i]] = c[i];
        }
    }

    function allocationManager() external view returns (address) {
        return address(this);
    }

    function keyRegistrar() external view returns (address) {
        return address(this);
    }

    function operatorSetIds() external view returns (uint32[] memory) {
        return _ids;
    }

    function epoch(uint32) external pure returns (uint64) {
        return 0;
    }

    function getMemberCount(OperatorSet memory set) external view returns (uint256) {
        return counts[set.id];
    }

    /// 0: one weight too few; 1: a weight of 2^96; 2: a bad head (offset 0x40).
    uint256 public weightsMode;

    function setWeightsMode(uint256 m) external {
        weightsMode = m;
    }

    function weightsOf(uint32, address[] calldata operators, uint32) external view returns (bytes memory) {
        uint256[] memory w = new uint256[](operators.length);
        if (weightsMode == 0) {
            w = new uint256[](operators.length - 1);
        } else if (weightsMode == 1) {
            w[0] = 1 << 96;
        }
        bytes memory out = abi.encode(w);
        if (weightsMode == 2) out[31] = 0x40;
        assembly {
            return(add(out, 32), mload(out))
        }
    }
}

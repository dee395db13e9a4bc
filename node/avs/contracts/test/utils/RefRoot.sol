// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// An independent, naive computation of SPEC §5's snapshot root (level by level over the
/// whole depth-12 tree, with abi.encodePacked), to check the publisher's incremental tree.
library RefRoot {
    uint256 internal constant DEPTH = 12;
    uint256 internal constant WIDTH = 4096; // 2^DEPTH

    function leaf(uint32 setId, bytes memory entry) internal pure returns (bytes32) {
        require(entry.length == 224, "entry size");
        return keccak256(abi.encodePacked(uint8(0), setId, entry));
    }

    function node(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(1), l, r));
    }

    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        require(leaves.length <= WIDTH, "too many leaves");
        bytes32[] memory level = new bytes32[](WIDTH);
        for (uint256 i = 0; i < leaves.length; i++) {
            level[i] = leaves[i];
        }
        for (uint256 width = WIDTH; width > 1; width /= 2) {
            bytes32[] memory up = new bytes32[](width / 2);
            for (uint256 i = 0; i < width / 2; i++) {
                up[i] = node(level[2 * i], level[2 * i + 1]);
            }
            level = up;
        }
        return keccak256(abi.encodePacked(uint8(2), uint64(leaves.length), level[0]));
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// Foundry's cheatcodes used by these tests (declared locally: no forge-std dependency).
interface Vm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function prank(address sender) external;
    function startPrank(address sender) external;
    function stopPrank() external;
    function roll(uint256 newHeight) external;
    function cool(address target) external;
    function etch(address target, bytes calldata code) external;
    function setBlockhash(uint256 blockNumber, bytes32 blockHash) external;
    function expectRevert(bytes calldata revertData) external;
    function expectRevert() external;
    function expectRevert(bytes4 revertData) external;
    function expectEmit(bool t1, bool t2, bool t3, bool data, address emitter) external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
}

/// Foundry's console (the subset used; selectors as in forge-std's console.sol).
library console {
    address constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function _send(bytes memory payload) private view {
        (bool ok,) = CONSOLE.staticcall(payload);
        ok;
    }

    function log(string memory s) internal view {
        _send(abi.encodeWithSignature("log(string)", s));
    }

    function log(string memory s, uint256 v) internal view {
        _send(abi.encodeWithSignature("log(string,uint256)", s, v));
    }

    function log(string memory s, bytes32 v) internal view {
        _send(abi.encodeWithSignature("log(string,bytes32)", s, v));
    }
}

/// A minimal test base: the cheatcode handle and assertions that revert with a message.
abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function fail(string memory what) internal pure {
        revert(what);
    }

    function assertTrue(bool c, string memory what) internal pure {
        if (!c) revert(what);
    }

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        if (a != b) revert(string.concat(what, ": ", _dec(a), " != ", _dec(b)));
    }

    function assertEq(bytes32 a, bytes32 b, string memory what) internal pure {
        if (a != b) revert(string.concat(what, ": ", _hex(abi.encode(a)), " != ", _hex(abi.encode(b))));
    }

    function assertEq(address a, address b, string memory what) internal pure {
        if (a != b) revert(string.concat(what, ": ", _hex(abi.encodePacked(a)), " != ", _hex(abi.encodePacked(b))));
    }

    function assertEq(bytes memory a, bytes memory b, string memory what) internal pure {
        if (keccak256(a) != keccak256(b)) revert(string.concat(what, ": ", _hex(a), " != ", _hex(b)));
    }

    function _dec(uint256 v) internal pure returns (string memory) {
        if (v == 0) return "0";
        bytes memory b;
        while (v > 0) {
            b = abi.encodePacked(bytes1(uint8(48 + (v % 10))), b);
            v /= 10;
        }
        return string(b);
    }

    function _hex(bytes memory d) internal pure returns (string memory) {
        bytes memory digits = "0123456789abcdef";
        bytes memory out = new bytes(2 + 2 * d.length);
        out[0] = "0";
        out[1] = "x";
        for (uint256 i = 0; i < d.length; i++) {
            out[2 + 2 * i] = digits[uint8(d[i]) >> 4];
            out[3 + 2 * i] = digits[uint8(d[i]) & 15];
        }
        return string(out);
    }
}

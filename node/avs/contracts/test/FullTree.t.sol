// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Test code: casts of small test values are exact.
// forge-lint: disable-start(unsafe-typecast)

import {Fixture} from "./utils/Fixture.sol";
import {RefRoot} from "./utils/RefRoot.sol";
import {FreeAllocationManager, FreeKeyRegistrar} from "./mocks/FreeEigenLayer.sol";
import {ParleyRegistrar} from "../src/ParleyRegistrar.sol";
import {ParleyTablePublisher} from "../src/ParleyTablePublisher.sol";
import {IAllocationManager} from "../src/interfaces/IAllocationManager.sol";
import {IKeyRegistrar} from "../src/interfaces/IKeyRegistrar.sol";
import {IStrategy} from "../src/interfaces/IStrategy.sol";

/// The publisher's incremental tree against the reference, through real pages, for sizes
/// around powers of two up to the full 4096-entry snapshot (whose tree root is kept apart
/// from the branch). EigenLayer reads are free fakes: any address is a member.
contract FullTreeTest is Fixture {
    FreeAllocationManager internal fam;

    function setUp() public override {
        vm.roll(1000);
        fam = new FreeAllocationManager();
        FreeKeyRegistrar fkr = new FreeKeyRegistrar();
        reg = new ParleyRegistrar(address(this), IAllocationManager(address(fam)), IKeyRegistrar(address(fkr)));
        reg.setMetadataURI("x");
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        reg.createOperatorSet(0, s, m, 0, 4096);
        pub = new ParleyTablePublisher(reg);
    }

    function test_sizesAroundPowersOfTwo() public {
        uint256[12] memory sizes = [uint256(1), 2, 3, 4, 5, 7, 8, 9, 31, 32, 33, 257];
        for (uint256 t = 0; t < sizes.length; t++) {
            _check(sizes[t], 300);
        }
    }

    function test_4095() public {
        _check(4095, 256);
    }

    function test_full4096() public {
        _check(4096, 256);
    }

    /// Publishes a snapshot of n members in pages of `per` (one block each) and compares
    /// the sealed root with the reference root of the logged entries.
    function _check(uint256 n, uint256 per) internal {
        vm.roll(block.number + 1);
        fam.setMembers(n);
        address[] memory ops = new address[](n);
        for (uint256 i = 0; i < n; i++) {
            ops[i] = address(uint160(0x10000 + i));
        }
        vm.recordLogs();
        pub.begin();
        for (uint256 at = 0; at < n; at += per) {
            pub.page(_slice(ops, at, at + per < n ? at + per : n));
            vm.roll(block.number + 1);
        }
        bytes32 root = pub.seal();
        (uint32[] memory ps, bytes[] memory pe,, Seal memory s) = _readLogs(vm.getRecordedLogs());
        assertEq(s.entryCount, n, "entry count");
        assertEq(root, _refRootOf(ps, pe), "root vs reference");
    }
}
// forge-lint: disable-end(unsafe-typecast)

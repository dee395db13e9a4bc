// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Test code: casts of small test values are exact.
// forge-lint: disable-start(unsafe-typecast)

import {Fixture} from "./utils/Fixture.sol";
import {console} from "./utils/Test.sol";
import {FreeAllocationManager, FreeKeyRegistrar} from "./mocks/FreeEigenLayer.sol";
import {ParleyRegistrar} from "../src/ParleyRegistrar.sol";
import {ParleyTablePublisher} from "../src/ParleyTablePublisher.sol";
import {IAllocationManager} from "../src/interfaces/IAllocationManager.sol";
import {IKeyRegistrar} from "../src/interfaces/IKeyRegistrar.sol";
import {IStrategy} from "../src/interfaces/IStrategy.sol";

/// Gas of the publisher with mocks (EigenLayer's real reads cost more; they are measured
/// against the real contracts in Go). Storage is cooled (vm.cool) before each measured
/// call, as in a transaction of its own, and measured in the steady state: after a first
/// snapshot, so the tree's branch slots are already non-zero (the first snapshot ever
/// pays 20k more per branch slot written, about 1k per member of a 250-member page).
contract GasTest is Fixture {
    uint256 internal constant N = 250;

    /// A full page of N members with storage-backed mocks (key: 8 cold slots, as the
    /// KeyRegistrar's; membership and stake: one or two each).
    function test_gasPage250Mocks() public {
        _createSet(0, 0, 300);
        for (uint256 i = 0; i < N; i++) {
            _join(_op(i), 0, 1e18 + i);
        }
        address[] memory all = _allMembers();
        pub.publish(all); // the first snapshot
        vm.roll(block.number + 1);
        pub.begin();
        vm.roll(block.number + 1);
        _cool();
        uint256 g = gasleft();
        pub.page(all);
        uint256 used = g - gasleft();
        console.log("page of 250 members with storage mocks, gas", used);
        console.log("  per member", used / N);
        assertTrue(used < 16_777_216, "page under EIP-7825's cap");

        vm.roll(block.number + 1);
        _cool();
        g = gasleft();
        pub.seal();
        console.log("seal (1 set, 1 page block), gas", g - gasleft());
    }

    /// Parley's own share: the same page with EigenLayer reads that cost nothing.
    function test_gasPage250Own() public {
        FreeAllocationManager fam = new FreeAllocationManager();
        FreeKeyRegistrar fkr = new FreeKeyRegistrar();
        ParleyRegistrar r =
            new ParleyRegistrar(address(this), IAllocationManager(address(fam)), IKeyRegistrar(address(fkr)));
        r.setMetadataURI("x");
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        r.createOperatorSet(0, s, m, 0, 300);
        fam.setMembers(N);
        ParleyTablePublisher p = new ParleyTablePublisher(r);
        address[] memory ops = new address[](N);
        for (uint256 i = 0; i < N; i++) {
            ops[i] = address(uint160(0x1000 + i));
        }
        p.publish(ops); // the first snapshot
        vm.roll(block.number + 1);
        p.begin();
        vm.roll(block.number + 1);
        vm.cool(address(p));
        vm.cool(address(r));
        uint256 g = gasleft();
        p.page(ops);
        uint256 used = g - gasleft();
        console.log("page of 250 members, free EigenLayer reads, gas", used);
        console.log("  per member (Parley's own)", used / N);
    }

    /// Seal at the limits: 32 sets (1 member each) and 32 page blocks.
    function test_gasSealLimits() public {
        for (uint32 id = 0; id < 32; id++) {
            _createSet(id, 0, 2);
            _join(_op(id), id, 1);
        }
        address[] memory all = _allMembers();
        pub.publish(all); // the first snapshot
        vm.roll(block.number + 1);
        pub.begin();
        for (uint256 i = 0; i < 32; i++) {
            pub.page(_slice(all, i, i + 1));
            vm.roll(block.number + 1);
        }
        _cool();
        uint256 g = gasleft();
        pub.seal();
        console.log("seal (32 sets, 32 page blocks), gas", g - gasleft());
    }

    function _cool() internal {
        vm.cool(address(pub));
        vm.cool(address(reg));
        vm.cool(address(am));
        vm.cool(address(kr));
    }
}
// forge-lint: disable-end(unsafe-typecast)

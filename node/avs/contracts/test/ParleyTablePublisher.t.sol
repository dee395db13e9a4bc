// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Test code: casts of small test values are exact.
// forge-lint: disable-start(unsafe-typecast)

import {Fixture} from "./utils/Fixture.sol";
import {Vm, console} from "./utils/Test.sol";
import {RefRoot} from "./utils/RefRoot.sol";
import {FakeRegistrar} from "./mocks/FakeRegistrar.sol";
import {ParleyRegistrar} from "../src/ParleyRegistrar.sol";
import {ParleyTablePublisher} from "../src/ParleyTablePublisher.sol";
import {IAllocationManager, OperatorSet} from "../src/interfaces/IAllocationManager.sol";
import {IKeyRegistrar} from "../src/interfaces/IKeyRegistrar.sol";
import {IStrategy} from "../src/interfaces/IStrategy.sol";
import {MockAllocationManager} from "./mocks/MockAllocationManager.sol";

/// Exposes the selectors the publisher's assembly uses.
contract SelectorProbe is ParleyTablePublisher {
    constructor(ParleyRegistrar r) ParleyTablePublisher(r) {}

    function selectors() external pure returns (uint256, uint256) {
        return (IS_MEMBER_SELECTOR, GET_KEY_SELECTOR);
    }
}

/// An AllocationManager that refuses stake queries.
contract RefusingAM is MockAllocationManager {
    error NoStake();

    function getMinimumSlashableStake(OperatorSet memory, address[] memory, IStrategy[] memory, uint32)
        external
        pure
        override
        returns (uint256[][] memory)
    {
        revert NoStake();
    }
}

/// The table publisher: SPEC §5's entries, order, limits and root, §8.2's life cycle, and
/// §9.3's log encodings, checked against an independent recomputation of the root.
contract ParleyTablePublisherTest is Fixture {
    // ------------------------------------------------------------ happy paths

    /// One set, three members, begin+page+seal in one transaction: the logs carry exactly
    /// the expected entries; the root is stored, is the latest, and is the reference's.
    function test_publishSmall() public {
        _createSet(0, 0, 10);
        address[3] memory ops = [_op(1), _op(2), _op(3)];
        uint96[3] memory w = [uint96(100), 250, 7];
        for (uint256 i = 0; i < 3; i++) {
            _join(ops[i], 0, w[i]);
        }
        address[] memory all = _allMembers();

        vm.recordLogs();
        bytes32 root = pub.publish(all);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        (uint32[] memory ps, bytes[] memory pe, uint64[] memory starts, Seal memory s) = _readLogs(logs);

        // SnapshotStarted(startBlock, (be32 id || be32 count)*)
        bool started;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter == address(pub) && logs[i].topics[0] == START_TOPIC) {
                assertEq(uint256(logs[i].topics[1]), block.number, "start topic");
                assertEq(logs[i].data, abi.encode(abi.encodePacked(uint32(0), uint32(3))), "start data");
                started = true;
            }
        }
        assertTrue(started, "no SnapshotStarted");

        assertEq(ps.length, 1, "one page log");
        assertEq(ps[0], 0, "page set");
        assertEq(starts[0], block.number, "page start");
        bytes memory want;
        uint256 total;
        for (uint256 i = 0; i < 3; i++) {
            uint96 wi;
            for (uint256 j = 0; j < 3; j++) {
                if (ops[j] == all[i]) wi = w[j];
            }
            want = bytes.concat(want, _entry(all[i], 0, wi));
            total += wi;
        }
        assertEq(pe[0], want, "entries");

        assertEq(s.startBlock, block.number, "seal start");
        assertEq(s.root, root, "seal root");
        assertEq(s.entryCount, 3, "entry count");
        assertEq(s.sets, _sealSet(0, 3, total), "seal sets");
        assertEq(s.pages.length, 0, "pages in the seal block are not listed");
        assertEq(root, _refRootOf(ps, pe), "root vs reference");
        assertEq(pub.snapshotRoot(uint64(block.number)), root, "stored root");
        (uint64 lb, bytes32 lr) = pub.latestSnapshot();
        assertEq(lb, block.number, "latest block");
        assertEq(lr, root, "latest root");
        (bool active,,,,,,) = pub.progress();
        assertTrue(!active, "cleared");
    }

    /// Three sets (one empty), pages over several blocks, a page spanning sets (and
    /// completing the empty one), the last page in the seal block.
    function test_multiPageMultiBlock() public {
        _createSet(9, 0, 10);
        _createSet(0, 0, 10);
        _createSet(5, 0, 10); // stays empty
        for (uint256 i = 0; i < 4; i++) {
            _join(_op(10 + i), 0, 1000 + i);
        }
        for (uint256 i = 0; i < 3; i++) {
            _join(_op(20 + i), 9, 2000 + i);
        }
        address[] memory all = _allMembers(); // 4 of set 0, then 3 of set 9

        uint256 b = block.number + 1;
        vm.roll(b);
        vm.recordLogs();
        pub.begin();
        pub.page(_slice(all, 0, 2)); // set 0: 2
        vm.roll(b + 1);
        pub.page(_slice(all, 2, 5)); // set 0: 2 (complete), set 5 (empty), set 9: 1
        _checkProgress(b, all[4]);
        vm.roll(b + 3);
        pub.page(_slice(all, 5, 6)); // set 9: 1
        vm.roll(b + 4);
        pub.page(_slice(all, 6, 7)); // set 9: 1, in the seal block
        for (uint256 k = 0; k < 4; k++) {
            vm.setBlockhash(b + k, _hash(b + k));
        }
        bytes32 root = pub.seal();
        (uint32[] memory ps, bytes[] memory pe,, Seal memory s) = _readLogs(vm.getRecordedLogs());

        assertEq(ps.length, 5, "page logs");
        uint32[5] memory wantSets = [uint32(0), 0, 9, 9, 9];
        uint256[5] memory wantCounts = [uint256(2), 2, 1, 1, 1];
        for (uint256 i = 0; i < 5; i++) {
            assertEq(ps[i], wantSets[i], "page set");
            assertEq(pe[i].length, 224 * wantCounts[i], "page size");
        }
        assertEq(s.entryCount, 7, "entry count");
        bytes memory wantSetsLog = bytes.concat(
            _sealSet(0, 4, 1000 + 1001 + 1002 + 1003), _sealSet(5, 0, 0), _sealSet(9, 3, 2000 + 2001 + 2002)
        );
        assertEq(s.sets, wantSetsLog, "seal sets");
        bytes memory wantPages = bytes.concat(
            abi.encodePacked(uint64(b), _hash(b)),
            abi.encodePacked(uint64(b + 1), _hash(b + 1)),
            abi.encodePacked(uint64(b + 3), _hash(b + 3))
        );
        assertEq(s.pages, wantPages, "seal pages (the seal block's own page not listed)");
        assertEq(root, _refRootOf(ps, pe), "root vs reference");
        assertEq(s.root, root, "seal root");
        _checkEntries(pe, all);
    }

    /// The entries of the pages, in order, are the members' (set 0's 4, then set 9's 3).
    function _checkEntries(bytes[] memory pe, address[] memory all) internal view {
        bytes memory joined;
        for (uint256 i = 0; i < pe.length; i++) {
            joined = bytes.concat(joined, pe[i]);
        }
        for (uint256 i = 0; i < all.length; i++) {
            uint32 id = i < 4 ? 0 : 9;
            uint256 stake = am.stake(am.key(address(reg), id), all[i], address(S1));
            assertEq(_sub(joined, i * 224, 224), _entry(all[i], id, uint96(stake)), "entry");
        }
    }

    function _checkProgress(uint256 b, address wantLast) internal view {
        (bool active, uint64 sb, uint32 setIndex, uint32 doneInSet, address last, uint32 done, uint32 expected) =
            pub.progress();
        assertTrue(active, "active");
        assertEq(sb, b, "start");
        assertEq(setIndex, 2, "set index");
        assertEq(doneInSet, 1, "done in set");
        assertEq(last, wantLast, "last operator");
        assertEq(done, 5, "done");
        assertEq(expected, 7, "expected");
        (uint32[] memory ids, uint32[] memory counts,, uint256[] memory totals) = pub.snapshotSets();
        assertEq(ids.length, 3, "sets");
        assertEq(ids[1], 5, "set 1 id");
        assertEq(counts[0], 4, "set 0 count");
        assertEq(totals[0], 1000 + 1001 + 1002 + 1003, "set 0 total so far");
    }

    function _hash(uint256 n) internal pure returns (bytes32) {
        return keccak256(abi.encode("hash", n));
    }

    /// A set with no members at all, and a registrar whose sets are all empty.
    function test_publishAllEmpty() public {
        _createSet(3, 0, 10);
        _createSet(4, 0, 10);
        vm.recordLogs();
        bytes32 root = pub.publish(new address[](0));
        (uint32[] memory ps,,, Seal memory s) = _readLogs(vm.getRecordedLogs());
        assertEq(ps.length, 0, "no pages");
        assertEq(s.entryCount, 0, "no entries");
        assertEq(s.sets, bytes.concat(_sealSet(3, 0, 0), _sealSet(4, 0, 0)), "sets");
        assertEq(root, RefRoot.root(new bytes32[](0)), "empty root");
    }

    /// An epoch change abandons the snapshot in progress: pages and seal revert, and a
    /// new begin is allowed at once (in a later block).
    function test_abandonedByEpochChange() public {
        _createSet(0, 0, 10);
        for (uint256 i = 0; i < 3; i++) {
            _join(_op(i), 0, 100);
        }
        address[] memory all = _allMembers();
        pub.begin();
        pub.page(_slice(all, 0, 1));
        assertTrue(pub.sealable(), "sealable before");

        vm.roll(block.number + 1);
        _join(_op(99), 0, 100); // epoch moves
        assertTrue(!pub.sealable(), "not sealable after");
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.EpochChanged.selector, uint32(0)));
        pub.page(_slice(all, 1, 2));

        pub.begin(); // allowed: the old one can no longer be sealed
        all = _allMembers();
        assertEq(all.length, 4, "four members now");
        pub.page(all);
        vm.roll(block.number + 1);
        bytes32 root = pub.seal();
        assertEq(pub.snapshotRoot(uint64(block.number)), root, "sealed");
    }

    /// A deregistration and a slash move the epoch too.
    function test_epochMovesOnLeaveAndSlash() public {
        _createSet(0, 0, 10);
        for (uint256 i = 0; i < 3; i++) {
            _join(_op(i), 0, 100);
        }
        pub.begin();
        _leave(_op(0), 0);
        address[] memory all = _allMembers();
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.EpochChanged.selector, uint32(0)));
        pub.page(all);

        vm.roll(block.number + 1);
        pub.begin();
        IAllocationManager.SlashingParams memory sp;
        sp.operator = _op(1);
        sp.operatorSetId = 0;
        sp.strategies = new IStrategy[](1);
        sp.strategies[0] = S1;
        sp.wadsToSlash = new uint256[](1);
        sp.wadsToSlash[0] = 0.5e18;
        reg.slashOperator(sp);
        all = _allMembers();
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.EpochChanged.selector, uint32(0)));
        pub.page(all);
    }

    /// Stale: pages and seal refuse after MAX_BUILD_BLOCKS, a new begin is allowed; at
    /// exactly MAX_BUILD_BLOCKS the seal still works.
    function test_stale() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 5);
        address[] memory all = _allMembers();
        uint256 b = block.number;
        pub.begin();
        vm.roll(b + 257);
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.SnapshotStale.selector, uint64(b)));
        pub.page(all);
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.SnapshotStale.selector, uint64(b)));
        pub.seal();
        assertTrue(!pub.sealable(), "stale is not sealable");
        pub.begin();

        uint256 b2 = block.number;
        pub.page(all);
        vm.roll(b2 + 256);
        pub.seal();
        assertTrue(pub.snapshotRoot(uint64(b2 + 256)) != bytes32(0), "sealed at the limit");
    }

    /// Consecutive snapshots: each sealed root stays readable, the latest moves.
    function test_consecutiveSnapshots() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 5);
        bytes32 r1 = pub.publish(_allMembers());
        uint256 b1 = block.number;
        vm.roll(b1 + 1);
        _join(_op(2), 0, 6);
        bytes32 r2 = pub.publish(_allMembers());
        assertTrue(r1 != r2, "roots differ");
        assertEq(pub.snapshotRoot(uint64(b1)), r1, "first kept");
        assertEq(pub.snapshotRoot(uint64(b1 + 1)), r2, "second");
        (uint64 lb, bytes32 lr) = pub.latestSnapshot();
        assertEq(lb, b1 + 1, "latest block");
        assertEq(lr, r2, "latest root");
    }

    /// Weights: stake times multipliers, per strategy, capped at 2^96-1 in the entry and
    /// summed in the seal.
    function test_weightsInEntries() public {
        (IStrategy[] memory s, uint256[] memory m) = _two();
        reg.createOperatorSet(0, s, m, 0, 10);
        address a = _op(1);
        address b = _op(2);
        kr.registerKey(a, _set(0), _keyData(a, 0));
        kr.registerKey(b, _set(0), _keyData(b, 0));
        am.setStake(address(reg), 0, a, S1, 1e18); // 1e18 * 2x = 2e18
        am.setStake(address(reg), 0, a, S2, 3e18); // 3e18 * 0.5x = 1.5e18
        am.setStake(address(reg), 0, b, S1, 1 << 200); // capped
        vm.prank(a);
        am.registerForOperatorSets(a, MockAllocationManager.RegisterParams(address(reg), _ids(0), ""));
        vm.prank(b);
        am.registerForOperatorSets(b, MockAllocationManager.RegisterParams(address(reg), _ids(0), ""));
        vm.recordLogs();
        pub.publish(_allMembers());
        (uint32[] memory ps, bytes[] memory pe,, Seal memory sl) = _readLogs(vm.getRecordedLogs());
        address[] memory all = _allMembers();
        uint96 max = type(uint96).max;
        bytes memory want;
        for (uint256 i = 0; i < 2; i++) {
            want = bytes.concat(want, _entry(all[i], 0, all[i] == a ? uint96(3.5e18) : max));
        }
        assertEq(pe[0], want, "entries");
        assertEq(sl.sets, _sealSet(0, 2, uint256(max) + 3.5e18), "total weight above 2^96");
        assertEq(sl.root, _refRootOf(ps, pe), "root");
    }

    /// Up to MAX_PAGE_BLOCKS blocks may hold pages; a page in a 33rd block is refused, and
    /// the snapshot (now unsealable) may be replaced.
    function test_pageBlocksLimit() public {
        _createSet(0, 0, 40);
        for (uint256 i = 0; i < 34; i++) {
            _join(_op(i), 0, 1);
        }
        address[] memory all = _allMembers();
        pub.begin();
        for (uint256 i = 0; i < 32; i++) {
            pub.page(_slice(all, i, i + 1));
            vm.roll(block.number + 1);
        }
        vm.expectRevert(ParleyTablePublisher.TooManyPageBlocks.selector);
        pub.page(_slice(all, 32, 33));
        assertTrue(!pub.sealable(), "stuck snapshot is not sealable");
        pub.begin();
    }

    /// 32 page blocks and the rest in the last of them: sealable, 32 pages listed.
    function test_pageBlocksAtLimitSeal() public {
        _createSet(0, 0, 40);
        for (uint256 i = 0; i < 33; i++) {
            _join(_op(i), 0, 1);
        }
        address[] memory all = _allMembers();
        pub.begin();
        for (uint256 i = 0; i < 31; i++) {
            pub.page(_slice(all, i, i + 1));
            vm.roll(block.number + 1);
        }
        pub.page(_slice(all, 31, 32));
        pub.page(_slice(all, 32, 33)); // same (32nd) block
        assertTrue(pub.sealable(), "still sealable");
        vm.roll(block.number + 1);
        vm.recordLogs();
        pub.seal();
        (uint32[] memory ps, bytes[] memory pe,, Seal memory s) = _readLogs(vm.getRecordedLogs());
        assertEq(ps.length, 0, "no pages in the seal tx");
        assertEq(pe.length, 0, "no entries in the seal tx");
        assertEq(s.pages.length, 32 * 40, "32 page blocks listed");
    }

    /// GOLDEN VECTOR (for interop/optable and any other implementation of SPEC §5).
    /// Three entries, leaf set ids 0, 0, 1; keyData words are the integers shown (each a
    /// 32-byte big-endian word):
    ///   entry0: set 0, operator 0x1000000000000000000000000000000000000001, weight 1000,
    ///           keyData words 1, 2, 3, 4, 5, 6
    ///   entry1: set 0, operator 0x2000000000000000000000000000000000000002, weight 2000,
    ///           keyData words 7, 8, 9, 10, 11, 12
    ///   entry2: set 1, operator 0x1000000000000000000000000000000000000001, weight 3000,
    ///           keyData words 13, 14, 15, 16, 17, 18
    /// entry = operator[20] || be96(weight)[12] || keyData[192];
    /// leaf = keccak(0x00 || be32(set) || entry); root = keccak(0x02 || be64(3) || tree).
    /// leaves: 0x9979f00765d21005b70fab170fa19f1f37401ba7dbc6fa758e67475000bf62e9,
    ///         0x266123c1c4d8914acd97486149cce50ecfdf91ef8c5961d07d1a047999859e69,
    ///         0xbce523a45223d868925a5244c334150f765fd55f1847952b41e689e982d9fe81
    /// root:   0xbb7697d8c59e353c5a14cf316ef644458ccd2f98d70e6275ec57dec51f5b089f
    /// (also recomputed outside Solidity, with js-sha3.)
    bytes32 internal constant GOLDEN_ROOT = 0xbb7697d8c59e353c5a14cf316ef644458ccd2f98d70e6275ec57dec51f5b089f;

    function test_goldenRoot() public {
        address o1 = 0x1000000000000000000000000000000000000001;
        address o2 = 0x2000000000000000000000000000000000000002;
        bytes[3] memory keys = [_words(1), _words(7), _words(13)];
        bytes32[] memory leaves = new bytes32[](3);
        leaves[0] = RefRoot.leaf(0, abi.encodePacked(o1, uint96(1000), keys[0]));
        leaves[1] = RefRoot.leaf(0, abi.encodePacked(o2, uint96(2000), keys[1]));
        leaves[2] = RefRoot.leaf(1, abi.encodePacked(o1, uint96(3000), keys[2]));
        bytes32 ref = RefRoot.root(leaves);
        console.log("golden snapshot root", ref);

        // the same snapshot published through the contracts
        _createSet(0, 0, 10);
        _createSet(1, 0, 10);
        _joinWithKey(o1, 0, 1000, keys[0]);
        _joinWithKey(o2, 0, 2000, keys[1]);
        _joinWithKey(o1, 1, 3000, keys[2]);
        address[] memory ops = new address[](3);
        (ops[0], ops[1], ops[2]) = (o1, o2, o1);
        bytes32 root = pub.publish(ops);
        assertEq(root, ref, "published root vs reference");
        assertEq(root, GOLDEN_ROOT, "golden root");
    }

    function test_assemblySelectors() public {
        (uint256 isMember, uint256 getKey) = new SelectorProbe(reg).selectors();
        assertEq(
            bytes32(bytes4(uint32(isMember))), bytes32(IAllocationManager.isMemberOfOperatorSet.selector), "isMember"
        );
        assertEq(bytes32(bytes4(uint32(getKey))), bytes32(IKeyRegistrar.getBN254Key.selector), "getBN254Key");
    }

    // ----------------------------------------------------------- revert paths

    function test_revert_beginInProgress() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        uint256 b = block.number;
        pub.begin();
        vm.roll(b + 1);
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.SnapshotInProgress.selector, uint64(b)));
        pub.begin();
    }

    function test_revert_beginTwiceInBlock() public {
        _createSet(0, 0, 10);
        pub.begin();
        _join(_op(1), 0, 1); // the first can no longer be sealed
        vm.expectRevert(ParleyTablePublisher.AlreadyBegunInBlock.selector);
        pub.begin();
    }

    function test_revert_beginNoSets() public {
        vm.expectRevert(ParleyTablePublisher.NoOperatorSets.selector);
        pub.begin();
    }

    function test_revert_beginTooManySets() public {
        FakeRegistrar f = new FakeRegistrar();
        uint32[] memory ids = new uint32[](33);
        uint256[] memory c = new uint256[](33);
        for (uint256 i = 0; i < 33; i++) {
            ids[i] = uint32(i);
        }
        f.setSets(ids, c);
        ParleyTablePublisher p = new ParleyTablePublisher(ParleyRegistrar(address(f)));
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.TooManySets.selector, uint256(33)));
        p.begin();
    }

    function test_revert_beginInvalidSetList() public {
        FakeRegistrar f = new FakeRegistrar();
        uint32[] memory ids = new uint32[](2);
        uint256[] memory c = new uint256[](2);
        (ids[0], ids[1]) = (5, 5);
        f.setSets(ids, c);
        ParleyTablePublisher p = new ParleyTablePublisher(ParleyRegistrar(address(f)));
        vm.expectRevert(ParleyTablePublisher.InvalidOperatorSetList.selector);
        p.begin();
        (ids[0], ids[1]) = (5, 192);
        f.setSets(ids, c);
        vm.expectRevert(ParleyTablePublisher.InvalidOperatorSetList.selector);
        p.begin();
    }

    function test_revert_beginTooManyEntries() public {
        FakeRegistrar f = new FakeRegistrar();
        uint32[] memory ids = new uint32[](2);
        uint256[] memory c = new uint256[](2);
        (ids[0], ids[1]) = (1, 2);
        (c[0], c[1]) = (4000, 97);
        f.setSets(ids, c);
        ParleyTablePublisher p = new ParleyTablePublisher(ParleyRegistrar(address(f)));
        vm.expectRevert(
            abi.encodeWithSelector(ParleyTablePublisher.TooManyEntries.selector, uint256(4097), uint256(4096))
        );
        p.begin();
        c[1] = 96; // exactly 4096 is fine
        f.setSets(ids, c);
        p.begin();
    }

    function test_revert_pageNoSnapshot() public {
        vm.expectRevert(ParleyTablePublisher.NoSnapshotInProgress.selector);
        pub.page(new address[](1));
    }

    function test_revert_sealNoSnapshot() public {
        vm.expectRevert(ParleyTablePublisher.NoSnapshotInProgress.selector);
        pub.seal();
    }

    function test_revert_pageEmpty() public {
        _createSet(0, 0, 10);
        pub.begin();
        vm.expectRevert(ParleyTablePublisher.EmptyPage.selector);
        pub.page(new address[](0));
    }

    function test_revert_pageTooManyEntries() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        _join(_op(2), 0, 1);
        address[] memory all = _allMembers();
        pub.begin();
        pub.page(_slice(all, 0, 1));
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.TooManyEntries.selector, uint256(2), uint256(1)));
        pub.page(all);
    }

    function test_revert_pageNotMember() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        pub.begin();
        address[] memory x = new address[](1);
        x[0] = _op(2);
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.NotMember.selector, uint32(0), _op(2)));
        pub.page(x);
    }

    function test_revert_pageMemberOfAnotherSet() public {
        _createSet(0, 0, 10);
        _createSet(1, 0, 10);
        _join(_op(1), 0, 1);
        _join(_op(2), 1, 1);
        pub.begin();
        address[] memory x = new address[](1);
        x[0] = _op(2); // a member, but of set 1: set 0 comes first
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.NotMember.selector, uint32(0), _op(2)));
        pub.page(x);
    }

    function test_revert_pageUnordered() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        _join(_op(2), 0, 1);
        address[] memory all = _allMembers();
        pub.begin();
        address[] memory x = new address[](2);
        (x[0], x[1]) = (all[1], all[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.OperatorsNotAscending.selector, all[0]));
        pub.page(x);
    }

    function test_revert_pageDuplicateAcrossPages() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        _join(_op(2), 0, 1);
        address[] memory all = _allMembers();
        pub.begin();
        pub.page(_slice(all, 0, 1));
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.OperatorsNotAscending.selector, all[0]));
        pub.page(_slice(all, 0, 1));
    }

    function test_revert_pageMissingKey() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        kr.deregisterKey(_op(1), _set(0)); // v1.8.1 refuses this while slashable
        pub.begin();
        address[] memory all = _allMembers();
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.MissingKey.selector, uint32(0), _op(1)));
        pub.page(all);
    }

    function test_revert_pageInvalidAddress() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        pub.begin();
        uint256 word = uint256(uint160(_op(1))) | (1 << 160);
        bytes memory data = abi.encodeWithSelector(ParleyTablePublisher.page.selector, uint256(32), uint256(1), word);
        (bool ok, bytes memory ret) = address(pub).call(data);
        assertTrue(!ok, "accepted a dirty address");
        assertEq(ret, abi.encodeWithSelector(ParleyTablePublisher.InvalidAddress.selector, word), "error");
    }

    function test_revert_pageStale() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        uint256 b = block.number;
        pub.begin();
        vm.roll(b + 257);
        address[] memory all = _allMembers();
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.SnapshotStale.selector, uint64(b)));
        pub.page(all);
    }

    function test_revert_pageEpochChanged() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        address[] memory all = _allMembers();
        pub.begin();
        _join(_op(2), 0, 1);
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.EpochChanged.selector, uint32(0)));
        pub.page(all);
    }

    function test_revert_pageTooManyBlocks() public {
        test_pageBlocksLimit();
    }

    function test_revert_pageMalformedWeights() public {
        FakeRegistrar f = new FakeRegistrar();
        uint32[] memory ids = new uint32[](1);
        uint256[] memory c = new uint256[](1);
        c[0] = 3;
        f.setSets(ids, c);
        ParleyTablePublisher p = new ParleyTablePublisher(ParleyRegistrar(address(f)));
        p.begin();
        address[] memory ops = new address[](2);
        (ops[0], ops[1]) = (address(1), address(2));
        for (uint256 mode = 0; mode < 3; mode++) {
            f.setWeightsMode(mode);
            vm.expectRevert(ParleyTablePublisher.MalformedWeights.selector);
            p.page(ops);
        }
    }

    function test_revert_pageBubblesRegistrarRevert() public {
        RefusingAM bad = new RefusingAM();
        ParleyRegistrar r =
            new ParleyRegistrar(address(this), IAllocationManager(address(bad)), IKeyRegistrar(address(kr)));
        r.setMetadataURI("x");
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        r.createOperatorSet(0, s, m, 0, 5);
        bad.forceAddMember(address(r), 0, _op(1));
        ParleyTablePublisher p = new ParleyTablePublisher(r);
        p.begin();
        address[] memory ops = new address[](1);
        ops[0] = _op(1);
        vm.expectRevert(RefusingAM.NoStake.selector);
        p.page(ops);
    }

    function test_revert_sealIncomplete() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 1);
        _join(_op(2), 0, 1);
        pub.begin();
        pub.page(_slice(_allMembers(), 0, 1));
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.SnapshotIncomplete.selector, uint32(1), uint32(2)));
        pub.seal();
    }

    function test_revert_sealEpochChanged() public {
        _createSet(0, 0, 10);
        _createSet(1, 0, 10);
        _join(_op(1), 0, 1);
        pub.begin();
        pub.page(_allMembers());
        _join(_op(2), 1, 1); // set 1 (not touched by any page) moves
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.EpochChanged.selector, uint32(1)));
        pub.seal();
    }

    function test_revert_sealStale() public {
        _createSet(0, 0, 10);
        uint256 b = block.number;
        pub.begin();
        vm.roll(b + 257);
        vm.expectRevert(abi.encodeWithSelector(ParleyTablePublisher.SnapshotStale.selector, uint64(b)));
        pub.seal();
    }

    function test_revert_sealTwiceInBlock() public {
        _createSet(0, 0, 10);
        uint256 b = block.number;
        pub.publish(new address[](0));
        vm.roll(b + 1);
        pub.begin();
        vm.roll(b + 2);
        pub.seal();
        pub.begin(); // a new one may begin in the seal block (its first begin) ...
        vm.expectRevert(ParleyTablePublisher.AlreadySealedInBlock.selector);
        pub.seal(); // ... but not be sealed in it
    }

    // --------------------------------------------------------------- helpers

    function _leaves(uint256 n) internal pure returns (bytes32[] memory l) {
        l = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            l[i] = keccak256(abi.encode("leaf", i));
        }
    }

    function _words(uint256 first) internal pure returns (bytes memory) {
        return abi.encode(first, first + 1, first + 2, first + 3, first + 4, first + 5);
    }

    function _two() internal pure returns (IStrategy[] memory s, uint256[] memory m) {
        s = new IStrategy[](2);
        m = new uint256[](2);
        (s[0], m[0]) = (S1, 2e18);
        (s[1], m[1]) = (S2, 0.5e18);
    }
}
// forge-lint: disable-end(unsafe-typecast)

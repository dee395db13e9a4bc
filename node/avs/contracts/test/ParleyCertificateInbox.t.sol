// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Test code: casts of small test values are exact.
// forge-lint: disable-start(unsafe-typecast)

import {Fixture} from "./utils/Fixture.sol";
import {Vm, console} from "./utils/Test.sol";
import {ParleyCertificateInbox} from "../src/ParleyCertificateInbox.sol";
import {ParleyTablePublisher} from "../src/ParleyTablePublisher.sol";
import {Owned} from "../src/Owned.sol";

/// A publisher stand-in with settable roots.
contract StubPublisher {
    mapping(uint64 => bytes32) public snapshotRoot;

    function set(uint64 b, bytes32 r) external {
        snapshotRoot[b] = r;
    }
}

/// EIP-2935's history contract as seen by callers: 32-byte input, 32-byte hash out
/// (here keccak("h", number)); reverts on other input sizes.
contract HistoryStub {
    fallback(bytes calldata input) external returns (bytes memory) {
        require(input.length == 32);
        return abi.encode(keccak256(abi.encode("h", uint256(bytes32(input)))));
    }
}

contract RevertingHistory {
    fallback() external {
        revert();
    }
}

contract ZeroHistory {
    fallback(bytes calldata) external returns (bytes memory) {
        return abi.encode(bytes32(0));
    }
}

/// The certificate inbox: SPEC §8.3's checks in order, per-block limits, both block-hash
/// sources, and the CertificatePosted log's exact encoding (SPEC §9 rule 3).
contract ParleyCertificateInboxTest is Fixture {
    address internal constant HISTORY = 0x0000F90827F1C53a10cb7A02335B175320002935;
    bytes32 internal constant POSTED_TOPIC = keccak256("CertificatePosted(address,bytes32,bytes)");

    StubPublisher internal stub;
    ParleyCertificateInbox internal inbox;
    address[6] internal subs;
    uint64 internal snap; // a sealed snapshot block
    bytes32 internal constant ROOT = keccak256("root");

    function setUp() public override {
        super.setUp();
        vm.roll(20_000);
        stub = new StubPublisher();
        inbox = new ParleyCertificateInbox(address(this), ParleyTablePublisher(address(stub)));
        for (uint256 i = 0; i < subs.length; i++) {
            subs[i] = address(uint160(0xA000 + i));
            inbox.setSubmitter(subs[i], true);
        }
        snap = uint64(block.number - 10);
        stub.set(snap, ROOT);
        vm.setBlockhash(snap, keccak256("snap hash"));
        vm.etch(HISTORY, address(new HistoryStub()).code);
    }

    /// A certificate-shaped blob of `size` bytes naming (block, root) in words 7 and 8.
    function _cert(uint256 size, uint256 block_, bytes32 root, uint256 salt) internal pure returns (bytes memory c) {
        c = new bytes(size);
        assembly {
            mstore(add(c, 32), salt)
            mstore(add(c, 256), block_) // word 7
            mstore(add(c, 288), root) // word 8
        }
    }

    function _post(address who, bytes memory c) internal {
        vm.prank(who);
        inbox.post(c);
    }

    // ------------------------------------------------------------ happy paths

    function test_postBlockhashPath() public {
        bytes memory c = _cert(640, snap, ROOT, 1);
        vm.recordLogs();
        _post(subs[0], c);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1, "one log");
        assertEq(logs[0].emitter, address(inbox), "emitter");
        assertEq(logs[0].topics.length, 2, "two topics");
        assertEq(logs[0].topics[0], POSTED_TOPIC, "topic 0");
        assertEq(logs[0].topics[1], bytes32(uint256(uint160(subs[0]))), "submitter topic");
        // rule 3: a word, 0x40, the length, the bytes, zero padding, nothing after
        assertEq(logs[0].data, abi.encode(keccak256("snap hash"), c), "data");
        assertEq(_word(logs[0].data, 0), uint256(keccak256("snap hash")), "hash word");
        assertEq(_word(logs[0].data, 1), 0x40, "offset");
        assertEq(_word(logs[0].data, 2), 640, "length");
        assertEq(logs[0].data.length, 96 + 640, "size");
        (uint256 total, uint256 mine) = inbox.postedInBlock(subs[0]);
        assertEq(total, 1, "total");
        assertEq(mine, 1, "mine");
    }

    function test_postPaddedAndLargest() public {
        bytes memory c = _cert(641, snap, ROOT, 1);
        vm.recordLogs();
        _post(subs[0], c);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs[0].data.length, 96 + 672, "padded to a word");
        assertEq(logs[0].data, abi.encode(keccak256("snap hash"), c), "data");
        _post(subs[0], _cert(131904, snap, ROOT, 2));
    }

    function test_blockhashPathAt256() public {
        vm.roll(snap + 256);
        vm.setBlockhash(snap, keccak256("snap hash"));
        vm.recordLogs();
        _post(subs[0], _cert(640, snap, ROOT, 1));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_word(logs[0].data, 0), uint256(keccak256("snap hash")), "BLOCKHASH at 256");
    }

    function test_historyPath() public {
        uint256[3] memory ages = [uint256(257), 4000, 8191];
        for (uint256 i = 0; i < ages.length; i++) {
            vm.roll(snap + ages[i]);
            vm.recordLogs();
            _post(subs[0], _cert(640, snap, ROOT, i));
            Vm.Log[] memory logs = vm.getRecordedLogs();
            assertEq(
                logs[0].data,
                abi.encode(keccak256(abi.encode("h", uint256(snap))), _cert(640, snap, ROOT, i)),
                "history hash"
            );
        }
    }

    function test_perBlockCaps() public {
        // 4 submitters x 4 = 16 in one block
        for (uint256 s = 0; s < 4; s++) {
            for (uint256 k = 0; k < 4; k++) {
                _post(subs[s], _cert(640, snap, ROOT, s * 4 + k));
            }
        }
        (uint256 total,) = inbox.postedInBlock(subs[0]);
        assertEq(total, 16, "16 posted");
        vm.roll(block.number + 1); // a new block: counters start again
        for (uint256 k = 0; k < 4; k++) {
            _post(subs[0], _cert(640, snap, ROOT, k));
        }
        (uint256 t2, uint256 m2) = inbox.postedInBlock(subs[0]);
        assertEq(t2, 4, "new block total");
        assertEq(m2, 4, "new block mine");
        (, uint256 other) = inbox.postedInBlock(subs[1]);
        assertEq(other, 0, "other submitter's count is of an older block");
    }

    function test_twoSnapshotsPerBlock() public {
        uint64 snap2 = snap - 5;
        stub.set(snap2, keccak256("root2"));
        _post(subs[0], _cert(640, snap, ROOT, 1));
        _post(subs[1], _cert(640, snap2, keccak256("root2"), 2));
        _post(subs[2], _cert(640, snap, ROOT, 3)); // a snapshot already named: fine
        _post(subs[2], _cert(640, snap2, keccak256("root2"), 4));
    }

    function test_submitterRemoved() public {
        _post(subs[0], _cert(640, snap, ROOT, 1));
        inbox.setSubmitter(subs[0], false);
        assertTrue(!inbox.isSubmitter(subs[0]), "removed");
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.NotSubmitter.selector, subs[0]));
        inbox.post(_cert(640, snap, ROOT, 2));
    }

    /// Against the real publisher: a certificate naming a sealed snapshot.
    function test_withRealPublisher() public {
        _createSet(0, 0, 10);
        _join(_op(1), 0, 5);
        bytes32 root = pub.publish(_allMembers());
        uint64 b = uint64(block.number);
        ParleyCertificateInbox real = new ParleyCertificateInbox(address(this), pub);
        real.setSubmitter(subs[0], true);
        vm.roll(b + 1);
        vm.setBlockhash(b, keccak256("b"));
        vm.prank(subs[0]);
        real.post(_cert(640, b, root, 1));
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.SnapshotRootMismatch.selector, b, root, ROOT));
        real.post(_cert(640, b, ROOT, 2));
    }

    /// Gas of post (640 bytes) in the steady state (the block slot already non-zero from an
    /// earlier block), by block-hash source.
    function test_gasPost() public {
        _post(subs[0], _cert(640, snap, ROOT, 0)); // an earlier block's post
        vm.roll(block.number + 1);
        bytes memory c = _cert(640, snap, ROOT, 1);
        _cool();
        vm.prank(subs[0]);
        uint256 g = gasleft();
        inbox.post(c);
        console.log("post (640 bytes, BLOCKHASH), gas", g - gasleft());
        vm.roll(snap + 300);
        c = _cert(640, snap, ROOT, 2);
        _cool();
        vm.prank(subs[0]);
        g = gasleft();
        inbox.post(c);
        console.log("post (640 bytes, EIP-2935), gas", g - gasleft());
    }

    function _cool() internal {
        vm.cool(address(inbox));
        vm.cool(address(stub));
        vm.cool(HISTORY);
    }

    // ----------------------------------------------------------- revert paths

    function test_revert_constructorZero() public {
        vm.expectRevert(Owned.ZeroAddress.selector);
        new ParleyCertificateInbox(address(this), ParleyTablePublisher(address(0)));
        vm.expectRevert(Owned.ZeroAddress.selector);
        new ParleyCertificateInbox(address(0), ParleyTablePublisher(address(stub)));
    }

    function test_revert_setSubmitterNotOwner() public {
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(Owned.NotOwner.selector, subs[0]));
        inbox.setSubmitter(subs[0], true);
    }

    function test_ownershipTwoStep() public {
        inbox.transferOwnership(subs[5]);
        vm.prank(subs[4]);
        vm.expectRevert(abi.encodeWithSelector(Owned.NotPendingOwner.selector, subs[4]));
        inbox.acceptOwnership();
        vm.prank(subs[5]);
        inbox.acceptOwnership();
        assertEq(inbox.owner(), subs[5], "owner");
    }

    function test_revert_notSubmitter() public {
        vm.prank(address(0xBAD));
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.NotSubmitter.selector, address(0xBAD)));
        inbox.post(_cert(640, snap, ROOT, 1));
    }

    function test_revert_size() public {
        vm.startPrank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.CertificateSizeOutOfRange.selector, uint256(639)));
        inbox.post(new bytes(639));
        vm.expectRevert(
            abi.encodeWithSelector(ParleyCertificateInbox.CertificateSizeOutOfRange.selector, uint256(131905))
        );
        inbox.post(new bytes(131905));
        vm.stopPrank();
    }

    function test_revert_blockLimit() public {
        for (uint256 s = 0; s < 4; s++) {
            for (uint256 k = 0; k < 4; k++) {
                _post(subs[s], _cert(640, snap, ROOT, s * 4 + k));
            }
        }
        vm.prank(subs[4]);
        vm.expectRevert(ParleyCertificateInbox.BlockCertificateLimit.selector);
        inbox.post(_cert(640, snap, ROOT, 99));
    }

    function test_revert_submitterLimit() public {
        for (uint256 k = 0; k < 4; k++) {
            _post(subs[0], _cert(640, snap, ROOT, k));
        }
        vm.prank(subs[0]);
        vm.expectRevert(ParleyCertificateInbox.SubmitterCertificateLimit.selector);
        inbox.post(_cert(640, snap, ROOT, 9));
        _post(subs[1], _cert(640, snap, ROOT, 10)); // others still may
    }

    function test_revert_snapshotBlockNotUint64() public {
        uint256 word = (uint256(1) << 64) | snap;
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.InvalidSnapshotBlock.selector, word));
        inbox.post(_cert(640, word, ROOT, 1));
    }

    function test_revert_snapshotBlockNotPast() public {
        stub.set(uint64(block.number), ROOT);
        vm.startPrank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.InvalidSnapshotBlock.selector, block.number));
        inbox.post(_cert(640, block.number, ROOT, 1));
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.InvalidSnapshotBlock.selector, block.number + 1));
        inbox.post(_cert(640, block.number + 1, ROOT, 1));
        vm.stopPrank();
    }

    function test_revert_snapshotTooOld() public {
        vm.roll(snap + 8192);
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.SnapshotTooOld.selector, snap));
        inbox.post(_cert(640, snap, ROOT, 1));
    }

    function test_revert_unknownSnapshot() public {
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.UnknownSnapshot.selector, snap - 1));
        inbox.post(_cert(640, snap - 1, bytes32(0), 1)); // a zero root does not match "no snapshot"
    }

    function test_revert_rootMismatch() public {
        bytes32 other = keccak256("other");
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.SnapshotRootMismatch.selector, snap, ROOT, other));
        inbox.post(_cert(640, snap, other, 1));
    }

    function test_revert_blockSnapshotLimit() public {
        stub.set(snap - 1, keccak256("r1"));
        stub.set(snap - 2, keccak256("r2"));
        vm.setBlockhash(snap - 1, keccak256("h1"));
        _post(subs[0], _cert(640, snap, ROOT, 1));
        _post(subs[1], _cert(640, snap - 1, keccak256("r1"), 2));
        vm.prank(subs[2]);
        vm.expectRevert(ParleyCertificateInbox.BlockSnapshotLimit.selector);
        inbox.post(_cert(640, snap - 2, keccak256("r2"), 3));
    }

    function test_revert_hashUnavailableHistoryReverts() public {
        vm.etch(HISTORY, address(new RevertingHistory()).code);
        vm.roll(snap + 300);
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.SnapshotBlockHashUnavailable.selector, snap));
        inbox.post(_cert(640, snap, ROOT, 1));
    }

    function test_revert_hashUnavailableHistoryZero() public {
        vm.etch(HISTORY, address(new ZeroHistory()).code);
        vm.roll(snap + 300);
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.SnapshotBlockHashUnavailable.selector, snap));
        inbox.post(_cert(640, snap, ROOT, 1));
    }

    function test_revert_hashUnavailableNoHistory() public {
        vm.etch(HISTORY, "");
        vm.roll(snap + 300);
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.SnapshotBlockHashUnavailable.selector, snap));
        inbox.post(_cert(640, snap, ROOT, 1));
    }

    function test_revert_hashUnavailableBlockhashZero() public {
        vm.setBlockhash(snap, bytes32(0));
        vm.prank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.SnapshotBlockHashUnavailable.selector, snap));
        inbox.post(_cert(640, snap, ROOT, 1));
    }

    /// The checks come in the documented order: a post breaking several rules gets the
    /// first one's error.
    function test_checkOrder() public {
        for (uint256 k = 0; k < 4; k++) {
            _post(subs[0], _cert(640, snap, ROOT, k));
        }
        vm.startPrank(subs[0]);
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.CertificateSizeOutOfRange.selector, uint256(10)));
        inbox.post(new bytes(10)); // size before the submitter limit
        vm.expectRevert(ParleyCertificateInbox.SubmitterCertificateLimit.selector);
        inbox.post(_cert(640, 0, bytes32(0), 5)); // limit before the snapshot checks
        vm.stopPrank();
    }
}
// forge-lint: disable-end(unsafe-typecast)

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Test code: casts of small test values are exact.
// forge-lint: disable-start(unsafe-typecast)

import {Fixture} from "./utils/Fixture.sol";
import {console} from "./utils/Test.sol";
import {RefRoot} from "./utils/RefRoot.sol";
import {ParleySlasher} from "../src/ParleySlasher.sol";
import {ParleyRegistrar} from "../src/ParleyRegistrar.sol";
import {ParleyTablePublisher} from "../src/ParleyTablePublisher.sol";
import {IAllocationManager} from "../src/interfaces/IAllocationManager.sol";
import {IKeyRegistrar} from "../src/interfaces/IKeyRegistrar.sol";

/// Cheatcodes this file uses beyond utils/Test.sol's.
interface VmExtra {
    function assume(bool condition) external pure;
}

/// A publisher stand-in for the constructor check (serves another registrar).
contract OtherPublisher {
    address public registrar = address(0xdead);
}

/// ParleySlasher against the registrar and publisher on EigenLayer mocks, with real BN254
/// keys (from interop/bls) and signatures made here with the EVM's ecMul: individual
/// evidence, every revert path, the once-only rule, exit past the slashable window,
/// conformance of hashToG1 with interop/bls, a fuzz of evidence decoding, and gas.
contract ParleySlasherTest is Fixture {
    VmExtra internal constant vmx = VmExtra(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant WADS = 5e17; // half
    uint256 internal constant STAKE = 1000e18;
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 internal constant P = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    ParleySlasher internal slasher;

    // Keys from interop/bls: sk_i = SecretKeyFromBytes(keccak("parley slasher test key i")),
    // G1 and G2 public keys in EIP-197 words (printed by a Go program over interop/bls;
    // pinned by node/avs's TestSlasherForgeVectors).
    uint256[4] internal SK = [
        4369284107180427659594611458424284314333812190911637674330423001421265543180,
        17169159378148887696773479419220652158083815873147295805956770703454351072366,
        8688139272271847407954165785764918521985462109752151051071798285493768457009,
        8400609338289515718315276516304055525450762479035359822988762117093732877974
    ];
    uint256[6][4] internal KEY = [
        [
            20618715130362864918948155100015077066046762504474085967594213710071409586056,
            18185354836808890571144495051647454945354095876669312089008148783112004822221,
            16145527566890618291231433414612680677519947978115520631506183891963064356231,
            5096372997441502369092447926280669924873132372070455390813442686596125533974,
            7060573334182387481750044562423511876105059090927997208467470484879506043494,
            1890537988517480305070358091293751634072655658373373849438820447122559170425
        ],
        [
            4534703423023325732204816648151000050088605556612165421829173525540410706969,
            1358419604048843595560375922763148279843462218628159201650939415247536438253,
            8104808498145971977207899838154167831637790127559226871417973464179394549223,
            16680746725839671791861820999321285739011548347876869192975638316975483229350,
            2311878533324451007661075008716345745934282921630338739370105118646898813468,
            20965564023627262230647693920212929875852880640545615997141454394795875026192
        ],
        [
            18159292453691316577896009453865204212513171248527813833533708327781535401108,
            13605296147820129174749322956091597155181174626479461114165001444848325560673,
            7193197514604785146409318822580505989363517173101647005629482470704756686568,
            164363280617801176926371689249104316289435023261700382891407399421917933569,
            2571363884692234558706421553513681814762268747402963318900660595875097138692,
            17810887520401774063394922890189229259588203505696178174332736912665846865320
        ],
        [
            8341672534844074709748096596217189441142023831554862520876133289157558505103,
            21856048101617655932607872018871101491603799005848216274360275890473189661091,
            20749976672399125430298296380165751730950133763210163824989079309742838431121,
            20503871796514341199877977757754496096487951633925373266493048920010049434405,
            7618859730354274288725669371331288445069743122634955546624030294954766194246,
            1679831527976157730706778848907198884099949904479417458392864043287637660004
        ]
    ];
    mapping(address => uint256) internal keyIx; // an operator's key (index into SK, KEY)

    address[] internal members; // snapshot order
    bytes[] internal entries; // entries in snapshot order
    uint64 internal snap; // the snapshot block
    bytes32 internal root;

    function setUp() public override {
        super.setUp();
        _createSet(0, 0, 16);
        for (uint256 i = 0; i < 3; i++) {
            keyIx[_op(i)] = i;
            _joinWithKey(_op(i), 0, STAKE, _keyOf(i));
        }
        slasher = new ParleySlasher(reg, pub, WADS);
        reg.setSlasher(address(slasher));
        _publish();
    }

    // ------------------------------------------------------------- helpers

    function _keyOf(uint256 i) internal view returns (bytes memory) {
        uint256[6] memory k = KEY[i];
        return abi.encode(k[0], k[1], k[2], k[3], k[4], k[5]);
    }

    /// Publishes a snapshot of set 0 and records its entries (weights = STAKE at 1x).
    function _publish() internal {
        delete members;
        delete entries;
        address[] memory all = _allMembers();
        pub.publish(all);
        snap = uint64(block.number);
        root = pub.snapshotRoot(snap);
        for (uint256 j = 0; j < all.length; j++) {
            members.push(all[j]);
            entries.push(abi.encodePacked(all[j], uint96(am.stake(am.key(address(reg), 0), all[j], address(S1))), _keyOf(keyIx[all[j]])));
        }
        vm.roll(block.number + 1);
    }

    function _pos(uint256 i) internal view returns (uint32) {
        for (uint256 j = 0; j < members.length; j++) {
            if (members[j] == _op(i)) return uint32(j);
        }
        revert("not a member");
    }

    /// The 12 siblings of leaf `index` of the snapshot's tree.
    function _proof(uint32 index) internal view returns (bytes32[12] memory proof) {
        bytes32[] memory level = new bytes32[](entries.length);
        for (uint256 j = 0; j < entries.length; j++) {
            level[j] = RefRoot.leaf(0, entries[j]);
        }
        bytes32 zero;
        uint256 at = index;
        for (uint256 h = 0; h < 12; h++) {
            uint256 sib = at ^ 1;
            proof[h] = sib < level.length ? level[sib] : zero;
            bytes32[] memory up = new bytes32[]((level.length + 1) / 2);
            for (uint256 j = 0; j < up.length; j++) {
                up[j] = RefRoot.node(level[2 * j], 2 * j + 1 < level.length ? level[2 * j + 1] : zero);
            }
            level = up;
            zero = RefRoot.node(zero, zero);
            at >>= 1;
        }
    }

    function _att(uint64 from, uint64 to, bytes32 messageRoot) internal view returns (ParleySlasher.Attestation memory) {
        return ParleySlasher.Attestation({
            l1ChainId: block.chainid,
            avs: address(reg),
            sourceChainId: 901,
            fromBlock: from,
            toBlock: to,
            lastBlockHash: keccak256(abi.encode("last", to)),
            messageRoot: messageRoot,
            snapshotBlock: snap,
            snapshotRoot: root
        });
    }

    function _mul(uint256 x, uint256 y, uint256 s) internal view returns (uint256[2] memory out) {
        uint256[3] memory input = [x, y, s];
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x07, input, 96, out, 64)
        }
        require(ok, "ecMul");
    }

    /// Operator i's signature on a digest: sk_i * hashToG1(digest).
    function _sign(uint256 i, bytes32 digest) internal view returns (uint256[2] memory) {
        (uint256 x, uint256 y) = slasher.hashToG1(digest);
        return _mul(x, y, SK[keyIx[_op(i)]]);
    }

    /// Operator i's signed attestation with its entry and proof.
    function _signed(uint256 i, ParleySlasher.Attestation memory a)
        internal
        view
        returns (ParleySlasher.SignedAttestation memory s)
    {
        uint32 pos = _pos(i);
        s.attestation = a;
        s.sigma = _sign(i, slasher.attestationDigest(a));
        s.member = ParleySlasher.Membership({
            entry: entries[pos], index: pos, entryCount: uint32(entries.length), proof: _proof(pos)
        });
    }

    /// A conflicting pair by operator i: same range, different message roots.
    function _pair(uint256 i)
        internal
        view
        returns (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b)
    {
        a = _signed(i, _att(100, 109, bytes32(uint256(1))));
        b = _signed(i, _att(105, 120, bytes32(uint256(2))));
    }

    function _expect(bytes memory err, ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b)
        internal
    {
        vm.expectRevert(err);
        slasher.slashEquivocation(0, a, b);
    }

    function _stake(uint256 i) internal view returns (uint256) {
        return am.stake(am.key(address(reg), 0), _op(i), address(S1));
    }

    // --------------------------------------------------------- conformance

    /// hashToG1 equals interop/bls.HashToG1 on digests printed by Go (including the
    /// zero digest, which maps to the G1 generator after one increment).
    function test_hashToG1MatchesInteropBLS() public view {
        bytes32[6] memory d = [
            bytes32(0xa0c055031f148a9b7087ad58426c51e8f6c38b839a57e221cfa5fdbd7d6cb6f2),
            bytes32(0x88b883993ec996952e56cfd31e8b2934ca9293b1723cb35f5a43e5d322f506ba),
            bytes32(0x7d7709861536a1b8718e18ece79b121d1f21f0fd3d5c4189d95e7edc78a48c9c),
            bytes32(0xc8064bbc31499928ade98110f4ef3e074a2927c63d313be6bd9565d64c200979),
            bytes32(type(uint256).max),
            bytes32(0)
        ];
        uint256[2][6] memory want = [
            [
                uint256(7045148526834694761318475692823469169181652410625713714769323551044285087518),
                16886132724898516445650775273012822115112542001989924042286560190184049736057
            ],
            [
                uint256(18064069783820461393413608810660266889232986205152166034978682469817981275180),
                21817898220492578182356867313160741953027630395602861714899103543302725616744
            ],
            [
                uint256(12972940860522382662012684706352418305520876189461234949355832606276136374798),
                11304502627039496981820012857817163059419501889903622599700206939658605715668
            ],
            [
                uint256(2920722016321408675060615958391058630083536240191104230881848442250731459678),
                19439739387506357499437590315049740194531482150615692610786780925966571222816
            ],
            [
                uint256(6350874878119819312338956282401532409788428879151445726012394534686998597020),
                9382425333525343773979589293970912874995880615911074345993039062358358671562
            ],
            [uint256(1), 2]
        ];
        for (uint256 i = 0; i < d.length; i++) {
            (uint256 x, uint256 y) = slasher.hashToG1(d[i]);
            assertEq(x, want[i][0], "hashToG1 x");
            assertEq(y, want[i][1], "hashToG1 y");
        }
    }

    /// The pinned keys are consistent: sk_i * G1 is the pinned G1 key.
    function test_keysAreConsistent() public view {
        for (uint256 i = 0; i < 4; i++) {
            uint256[2] memory g1 = _mul(1, 2, SK[i]);
            assertEq(g1[0], KEY[i][0], "pk1.X");
            assertEq(g1[1], KEY[i][1], "pk1.Y");
        }
    }

    /// The digest is SPEC §3's (the type hash of interop/attestation).
    function test_digestFormula() public view {
        ParleySlasher.Attestation memory a = _att(1, 2, bytes32(uint256(3)));
        assertEq(
            slasher.ATTESTATION_TYPEHASH(),
            keccak256(
                "Parley.Attestation.v2(uint256 l1ChainId,address avs,uint256 sourceChainId,uint64 fromBlock,uint64 toBlock,bytes32 lastBlockHash,bytes32 messageRoot,uint64 snapshotBlock,bytes32 snapshotRoot)"
            ),
            "type hash"
        );
        assertEq(slasher.attestationDigest(a), keccak256(abi.encode(slasher.ATTESTATION_TYPEHASH(), a)), "digest");
    }

    /// The membership proof built here hashes to the publisher's stored root.
    function test_membershipRoot() public view {
        for (uint256 i = 0; i < 3; i++) {
            ParleySlasher.SignedAttestation memory s = _signed(i, _att(1, 1, 0));
            assertEq(slasher.membershipRoot(0, s.member), root, "membership root");
        }
    }

    // ------------------------------------------------------------- slashing

    function test_slashesEquivocation() public {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(1);
        uint64 epoch = reg.epoch(0);
        uint256 before = _stake(1);
        uint256 g = gasleft();
        slasher.slashEquivocation(0, a, b);
        console.log("slashEquivocation (mock AllocationManager), gas", g - gasleft());
        assertEq(_stake(1), before - before * WADS / 1e18, "slashed half");
        assertEq(_stake(0), STAKE, "honest operator 0 untouched");
        assertEq(_stake(2), STAKE, "honest operator 2 untouched");
        assertEq(reg.epoch(0), epoch + 1, "epoch moved");
        bytes32 da = slasher.attestationDigest(a.attestation);
        bytes32 db = slasher.attestationDigest(b.attestation);
        (bytes32 lo, bytes32 hi) = da < db ? (da, db) : (db, da);
        bytes32 key = slasher.offenceKey(_op(1), 0, lo, hi);
        assertTrue(slasher.slashed(key), "offence recorded");
        // Replay, in either order.
        _expect(abi.encodeWithSelector(ParleySlasher.AlreadySlashed.selector, key), a, b);
        _expect(abi.encodeWithSelector(ParleySlasher.AlreadySlashed.selector, key), b, a);
        // Another conflicting pair is another offence.
        ParleySlasher.SignedAttestation memory c = _signed(1, _att(109, 109, bytes32(uint256(9))));
        slasher.slashEquivocation(0, a, c);
        assertEq(_stake(1), STAKE / 4, "slashed twice");
    }

    function test_gasVerificationOnly() public view {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(0);
        uint256 g = gasleft();
        slasher.verifyEquivocation(0, a, b);
        console.log("verifyEquivocation (one key: 2 hashToG1, 2 proofs, one 2-pair pairing), gas", g - gasleft());
        bytes memory data = abi.encodeCall(ParleySlasher.slashEquivocation, (0, a, b));
        uint256 cd;
        for (uint256 i = 0; i < data.length; i++) {
            cd += data[i] == 0 ? 4 : 16;
        }
        console.log("slashEquivocation calldata bytes", data.length);
        console.log("slashEquivocation calldata gas (EIP-2028)", cd);
    }

    /// An operator whose key changed between the two snapshots (left, replaced its key,
    /// rejoined): the batched check takes three pairs; a bad signature on that path is
    /// still named.
    function test_rotatedKey() public {
        ParleySlasher.SignedAttestation memory a = _signed(0, _att(100, 109, bytes32(uint256(1))));
        _leave(_op(0), 0);
        kr.deregisterKey(_op(0), _set(0));
        keyIx[_op(0)] = 3;
        _joinWithKey(_op(0), 0, STAKE, _keyOf(3));
        _publish();
        ParleySlasher.SignedAttestation memory b = _signed(0, _att(105, 120, bytes32(uint256(2))));
        uint256 g = gasleft();
        slasher.verifyEquivocation(0, a, b);
        console.log("verifyEquivocation (two keys: one 3-pair pairing), gas", g - gasleft());
        ParleySlasher.SignedAttestation memory bad = _signed(0, _att(105, 120, bytes32(uint256(2))));
        bad.sigma = a.sigma;
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignature.selector, slasher.attestationDigest(bad.attestation)), a, bad);
        slasher.slashEquivocation(0, a, b);
        assertEq(_stake(0), STAKE / 2, "slashed with a rotated key");
    }

    // ------------------------------------------------------------- rejections

    function test_rejectsWrongAVSAndChain() public {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(0);
        ParleySlasher.SignedAttestation memory x = a;
        x.attestation.avs = address(0xbeef);
        _expect(abi.encodeWithSelector(ParleySlasher.WrongAVS.selector, address(0xbeef)), a, _resign(0, x));
        (a, b) = _pair(0);
        b.attestation.l1ChainId = 1;
        _expect(abi.encodeWithSelector(ParleySlasher.WrongL1Chain.selector, 1), a, _resign(0, b));
    }

    function _resign(uint256 i, ParleySlasher.SignedAttestation memory s)
        internal
        view
        returns (ParleySlasher.SignedAttestation memory)
    {
        s.sigma = _sign(i, slasher.attestationDigest(s.attestation));
        return s;
    }

    function test_rejectsNonConflicting() public {
        ParleySlasher.SignedAttestation memory a = _signed(0, _att(100, 109, bytes32(uint256(1))));
        // adjacent ranges
        _expect(abi.encodeWithSelector(ParleySlasher.RangesDoNotOverlap.selector), a, _signed(0, _att(110, 119, bytes32(uint256(2)))));
        _expect(abi.encodeWithSelector(ParleySlasher.RangesDoNotOverlap.selector), _signed(0, _att(90, 99, bytes32(uint256(2)))), a);
        // identical content
        _expect(
            abi.encodeWithSelector(ParleySlasher.IdenticalAttestations.selector, slasher.attestationDigest(a.attestation)), a, a
        );
        // another source chain
        ParleySlasher.SignedAttestation memory b = _signed(0, _att(100, 109, bytes32(uint256(2))));
        b.attestation.sourceChainId = 902;
        _expect(abi.encodeWithSelector(ParleySlasher.DifferentSourceChains.selector, 901, 902), a, _resign(0, b));
        // an empty range
        b = _signed(0, _att(109, 100, bytes32(uint256(2))));
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidRange.selector, 109, 100), a, b);
    }

    function test_rejectsUnknownSnapshots() public {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(0);
        b.attestation.snapshotBlock = snap - 1;
        _expect(abi.encodeWithSelector(ParleySlasher.UnknownSnapshot.selector, snap - 1), a, _resign(0, b));
        (a, b) = _pair(0);
        b.attestation.snapshotRoot = keccak256("other");
        _expect(
            abi.encodeWithSelector(ParleySlasher.SnapshotRootMismatch.selector, snap, root, keccak256("other")),
            a,
            _resign(0, b)
        );
    }

    function test_rejectsBadMembership() public {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(0);
        b.member.entry = abi.encodePacked(b.member.entry, uint8(0));
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidEntryLength.selector, 225), a, b);
        (a, b) = _pair(0);
        b.member.index = 3;
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidEntryPosition.selector, 3, 3), a, b);
        b.member.index = 0;
        b.member.entryCount = 0;
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidEntryPosition.selector, 0, 0), a, b);
        b.member.entryCount = 4097;
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidEntryPosition.selector, 0, 4097), a, b);
        // A forged entry: the operator claims another weight.
        (a, b) = _pair(0);
        bytes memory e = b.member.entry;
        e[31] = bytes1(uint8(e[31]) ^ 1);
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSnapshotProof.selector, snap), a, b);
        // A forged key: another operator's key under this operator's address (the
        // signature verifies under it, the proof does not).
        (a, b) = _pair(0);
        ParleySlasher.SignedAttestation memory other = _signed(2, b.attestation);
        bytes memory forged = abi.encodePacked(_op(0), uint96(STAKE), _keyOf(2));
        other.member.entry = forged;
        other.member.index = b.member.index;
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSnapshotProof.selector, snap), a, other);
        // A wrong set id (the leaf binds it).
        (a, b) = _pair(0);
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.InvalidSnapshotProof.selector, snap));
        slasher.slashEquivocation(1, a, b);
        // A wrong sibling.
        (a, b) = _pair(0);
        b.member.proof[11] = bytes32(uint256(1));
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSnapshotProof.selector, snap), a, b);
    }

    function test_rejectsTwoOperators() public {
        ParleySlasher.SignedAttestation memory a = _signed(0, _att(100, 109, bytes32(uint256(1))));
        ParleySlasher.SignedAttestation memory b = _signed(2, _att(100, 109, bytes32(uint256(2))));
        _expect(abi.encodeWithSelector(ParleySlasher.OperatorMismatch.selector, _op(0), _op(2)), a, b);
    }

    function test_rejectsBadSignatures() public {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(0);
        bytes32 db = slasher.attestationDigest(b.attestation);
        // a signature over a non-Parley message (the raw message root, not the digest)
        b.sigma = _sign(0, b.attestation.messageRoot);
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignature.selector, db), a, b);
        // another operator's signature
        b.sigma = _sign(2, db);
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignature.selector, db), a, b);
        // a point off the curve, a coordinate ≥ p, the identity: rejected before the
        // pairing precompile (which would burn all the gas given to it)
        b.sigma = [uint256(1), 3];
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignaturePoint.selector, 1, 3), a, b);
        b.sigma = _sign(0, db);
        b.sigma[0] += P;
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignaturePoint.selector, b.sigma[0], b.sigma[1]), a, b);
        b.sigma = _sign(0, db);
        b.sigma[1] += P;
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignaturePoint.selector, b.sigma[0], b.sigma[1]), a, b);
        b.sigma = [uint256(0), 0];
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignaturePoint.selector, 0, 0), a, b);
        // a valid point, but not the signature: fails the pairing without burning gas
        b.sigma = [uint256(1), 2];
        uint256 g = gasleft();
        _expect(abi.encodeWithSelector(ParleySlasher.InvalidSignature.selector, db), a, b);
        assertTrue(g - gasleft() < 1_000_000, "a failed pairing check burnt the gas");
        // the first one's signature, wrong
        (a, b) = _pair(0);
        a.sigma = b.sigma;
        _expect(
            abi.encodeWithSelector(ParleySlasher.InvalidSignature.selector, slasher.attestationDigest(a.attestation)),
            a,
            b
        );
    }

    /// An operator who left the set is slashable until EigenLayer says otherwise; the
    /// mock AllocationManager makes a non-member unslashable at once, standing in for an
    /// exit past DEALLOCATION_DELAY.
    function test_rejectsExitedOperator() public {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(1);
        _leave(_op(1), 0);
        _expect(abi.encodeWithSelector(ParleySlasher.OperatorNotSlashable.selector, _op(1), uint32(0)), a, b);
    }

    /// Without the registrar's slasher role the registrar's own error bubbles up.
    function test_rejectsWithoutSlasherRole() public {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(1);
        reg.setSlasher(address(0));
        _expect(abi.encodeWithSelector(ParleyRegistrar.NotSlasher.selector, address(slasher)), a, b);
    }

    function test_constructorRejects() public {
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.ZeroAddress.selector));
        new ParleySlasher(ParleyRegistrar(address(0)), pub, WADS);
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.ZeroAddress.selector));
        new ParleySlasher(reg, ParleyTablePublisher(address(0)), WADS);
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.InvalidSlashWads.selector, 0));
        new ParleySlasher(reg, pub, 0);
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.InvalidSlashWads.selector, 1e18 + 1));
        new ParleySlasher(reg, pub, 1e18 + 1);
        OtherPublisher o = new OtherPublisher();
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.PublisherMismatch.selector, address(0xdead)));
        new ParleySlasher(reg, ParleyTablePublisher(address(o)), WADS);
        ParleySlasher all = new ParleySlasher(reg, pub, 1e18);
        assertEq(all.slashWads(), 1e18, "wads");
    }

    // ------------------------------------------------------ certificate form

    // G2 sums of the pinned keys (interop/bls G2Sum, EIP-197 words), by signer subset.
    uint256[4] internal APK2_012 = [
        4705527187769757151902528207351737280779997370679804000268161492583173833739,
        7624651841759266829895356748307835341010781564754009287471661371967116420313,
        13290531653834725909409678889831053570414237454624755936724749435480891597670,
        13110260677442490223651226731083815626399866476433416242351624355535228148720
    ];
    uint256[4] internal APK2_12 = [
        20657137707660053105390382487375977976059577017233094138598359703977657564448,
        319545856855087601677645395314018290106044848976536934398996110385949566533,
        7594853097008255216989872088647346603148825570361289781214592630127229286192,
        267799380679288033851764722863356969934912278589286726813681553303443740886
    ];
    uint256[4] internal APK2_01 = [
        8404449018440595254933164294245894696923364015624535347096804218919968170263,
        1551470277703665203980064850184651469092246400768085900496091162508518205312,
        12287288604298524765341622595784014183694529125653399131610353297775339976986,
        3833901440133186991952665141787256046112954502965522871657477628488145664322
    ];

    /// A certificate (SPEC §6) over `a` for set 0 signed by the keys in `signers`
    /// (bitmask over operators 0..2), claiming apkG2 `apk2`.
    function _cert(ParleySlasher.Attestation memory a, uint256 signers, uint256[4] memory apk2)
        internal
        view
        returns (bytes memory)
    {
        uint256 sk;
        uint256 nNon;
        for (uint256 i = 0; i < 3; i++) {
            if ((signers >> i) & 1 == 1) sk = addmod(sk, SK[i], R);
            else nNon++;
        }
        (uint256 hx, uint256 hy) = slasher.hashToG1(slasher.attestationDigest(a));
        uint256[2] memory sigma = _mul(hx, hy, sk);
        bytes32[] memory non = new bytes32[](nNon);
        uint256 at;
        for (uint256 i = 0; i < 3; i++) {
            if ((signers >> i) & 1 == 0) non[at++] = keccak256(abi.encode(KEY[i][0], KEY[i][1]));
        }
        for (uint256 i = 1; i < non.length; i++) {
            if (non[i] < non[i - 1]) (non[i], non[i - 1]) = (non[i - 1], non[i]);
        }
        return abi.encode(a, hex"00", sigma, apk2, non);
    }

    /// The entry range of the whole snapshot (set 0: every entry) with its proof.
    function _range() internal view returns (ParleySlasher.EntryRange memory r) {
        return _rangeOf(0, uint32(entries.length));
    }

    function _rangeOf(uint32 start, uint32 end) internal view returns (ParleySlasher.EntryRange memory r) {
        r.start = start;
        r.entryCount = uint32(entries.length);
        r.setIds = new bytes(end - start);
        bytes32[] memory level = new bytes32[](entries.length);
        for (uint256 j = 0; j < entries.length; j++) {
            level[j] = RefRoot.leaf(0, entries[j]);
            if (j >= start && j < end) r.entries = abi.encodePacked(r.entries, entries[j]);
        }
        bytes32[] memory proof = new bytes32[](24);
        uint256 np;
        bytes32 zero;
        uint256 lo = start;
        uint256 hi = end;
        for (uint256 h = 0; h < 12; h++) {
            if (lo & 1 == 1) {
                proof[np++] = lo - 1 < level.length ? level[lo - 1] : zero;
                lo--;
            }
            if (hi & 1 == 1) {
                proof[np++] = hi < level.length ? level[hi] : zero;
                hi++;
            }
            bytes32[] memory up = new bytes32[]((level.length + 1) / 2);
            for (uint256 j = 0; j < up.length; j++) {
                up[j] = RefRoot.node(level[2 * j], 2 * j + 1 < level.length ? level[2 * j + 1] : zero);
            }
            level = up;
            zero = RefRoot.node(zero, zero);
            lo /= 2;
            hi /= 2;
        }
        r.proof = new bytes32[](np);
        for (uint256 j = 0; j < np; j++) {
            r.proof[j] = proof[j];
        }
    }

    function _expectCerts(bytes memory err, bytes memory ca, ParleySlasher.EntryRange memory ra, bytes memory cb)
        internal
    {
        vm.expectRevert(err);
        slasher.slashCertificates(0, ca, ra, cb, _range(), 0);
    }

    /// Operators 0, 1, 2 sign A; 1 and 2 sign B (conflicting): 1 and 2 are slashed, 0 not.
    function test_certificatesSlashIntersection() public {
        ParleySlasher.Attestation memory a = _att(100, 109, bytes32(uint256(1)));
        ParleySlasher.Attestation memory b = _att(105, 120, bytes32(uint256(2)));
        bytes memory ca = _cert(a, 7, APK2_012);
        bytes memory cb = _cert(b, 6, APK2_12);
        (address[] memory sa, address[] memory sb,,) = slasher.verifyCertificates(0, ca, _range(), cb, _range());
        assertEq(sa.length, 3, "signers of A");
        assertEq(sb.length, 2, "signers of B");
        uint256 g = gasleft();
        uint256 n = slasher.slashCertificates(0, ca, _range(), cb, _range(), 0);
        console.log("slashCertificates, 3 + 2 signers, 2 slashed (mock AllocationManager), gas", g - gasleft());
        assertEq(n, 2, "slashed");
        assertEq(_stake(0), STAKE, "honest operator untouched");
        assertEq(_stake(1), STAKE / 2, "operator 1 slashed");
        assertEq(_stake(2), STAKE / 2, "operator 2 slashed");
        // Replay: nothing left to slash; the individual form of the same pair is the same
        // offence.
        _expectCerts(abi.encodeWithSelector(ParleySlasher.NothingToSlash.selector), ca, _range(), cb);
        ParleySlasher.SignedAttestation memory x = _signed(1, a);
        ParleySlasher.SignedAttestation memory y = _signed(1, b);
        bytes32 da = slasher.attestationDigest(a);
        bytes32 db = slasher.attestationDigest(b);
        (bytes32 lo, bytes32 hi) = da < db ? (da, db) : (db, da);
        _expect(abi.encodeWithSelector(ParleySlasher.AlreadySlashed.selector, slasher.offenceKey(_op(1), 0, lo, hi)), x, y);
    }

    /// With a limit, a large intersection is slashed over several transactions.
    function test_certificatesLimit() public {
        bytes memory ca = _cert(_att(100, 109, bytes32(uint256(1))), 7, APK2_012);
        bytes memory cb = _cert(_att(105, 120, bytes32(uint256(2))), 6, APK2_12);
        assertEq(slasher.slashCertificates(0, ca, _range(), cb, _range(), 1), 1, "first");
        assertEq(slasher.slashCertificates(0, ca, _range(), cb, _range(), 1), 1, "second");
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.NothingToSlash.selector));
        slasher.slashCertificates(0, ca, _range(), cb, _range(), 1);
        assertEq(_stake(1), STAKE / 2, "operator 1 slashed once");
        assertEq(_stake(2), STAKE / 2, "operator 2 slashed once");
        assertEq(_stake(0), STAKE, "operator 0 untouched");
    }

    function test_gasCertificatesVerificationOnly() public view {
        bytes memory ca = _cert(_att(100, 109, bytes32(uint256(1))), 7, APK2_012);
        bytes memory cb = _cert(_att(105, 120, bytes32(uint256(2))), 6, APK2_12);
        uint256 g = gasleft();
        slasher.verifyCertificates(0, ca, _range(), cb, _range());
        console.log("verifyCertificates, 3 entries per range, gas", g - gasleft());
    }

    /// One offender past its slashable window is skipped; the other is slashed.
    function test_certificatesSkipExitedOffender() public {
        bytes memory ca = _cert(_att(100, 109, bytes32(uint256(1))), 7, APK2_012);
        bytes memory cb = _cert(_att(105, 120, bytes32(uint256(2))), 6, APK2_12);
        _leave(_op(2), 0);
        assertEq(slasher.slashCertificates(0, ca, _range(), cb, _range(), 0), 1, "one slashed");
        assertEq(_stake(1), STAKE / 2, "operator 1 slashed");
        // and when no one is left
        _leave(_op(1), 0);
        bytes memory cc = _cert(_att(300, 309, bytes32(uint256(1))), 7, APK2_012);
        bytes memory cd = _cert(_att(305, 320, bytes32(uint256(2))), 6, APK2_12);
        _expectCerts(abi.encodeWithSelector(ParleySlasher.NothingToSlash.selector), cc, _range(), cd);
    }

    function test_certificatesReject() public {
        ParleySlasher.Attestation memory a = _att(100, 109, bytes32(uint256(1)));
        ParleySlasher.Attestation memory b = _att(105, 120, bytes32(uint256(2)));
        bytes memory ca = _cert(a, 7, APK2_012);
        bytes memory cb = _cert(b, 6, APK2_12);
        // not conflicting
        _expectCerts(abi.encodeWithSelector(ParleySlasher.RangesDoNotOverlap.selector), ca, _range(),
            _cert(_att(110, 120, bytes32(uint256(2))), 6, APK2_12));
        _expectCerts(abi.encodeWithSelector(ParleySlasher.IdenticalAttestations.selector, slasher.attestationDigest(a)), ca, _range(), ca);
        // the set is not listed
        vm.expectRevert(abi.encodeWithSelector(ParleySlasher.SetNotInCertificate.selector, 1));
        slasher.slashCertificates(1, ca, _range(), cb, _range(), 0);
        // a wrong claimed signer set (apkG2 of {0, 1} for a signature by {1, 2}): the
        // aggregate check fails
        _expectCerts(abi.encodeWithSelector(ParleySlasher.InvalidAggregateSignature.selector, slasher.attestationDigest(b)),
            ca, _range(), _cert(b, 6, APK2_01));
        // a signature by fewer keys than the non-signer list implies
        bytes memory lie = _cert(b, 6, APK2_12);
        bytes memory other = _cert(b, 2, APK2_12); // signed by operator 1 only
        for (uint256 i = 320; i < 384; i++) lie[i] = other[i]; // its sigma
        _expectCerts(abi.encodeWithSelector(ParleySlasher.InvalidAggregateSignature.selector, slasher.attestationDigest(b)),
            ca, _range(), lie);
        // a forged entry in the range
        ParleySlasher.EntryRange memory r = _range();
        r.entries[31] = bytes1(uint8(r.entries[31]) ^ 1);
        _expectCerts(abi.encodeWithSelector(ParleySlasher.InvalidSnapshotProof.selector, snap), ca, r, cb);
        // a wrong set id for an entry
        r = _range();
        r.setIds[0] = 0x01;
        _expectCerts(abi.encodeWithSelector(ParleySlasher.InvalidSnapshotProof.selector, snap), ca, r, cb);
        // malformed ranges
        r = _range();
        r.entryCount = 2;
        _expectCerts(abi.encodeWithSelector(ParleySlasher.InvalidEntryRange.selector), ca, r, cb);
        r = _range();
        r.entries = abi.encodePacked(r.entries, uint8(0));
        _expectCerts(abi.encodeWithSelector(ParleySlasher.InvalidEntryRange.selector), ca, r, cb);
        r = _range();
        r.proof = new bytes32[](0);
        _expectCerts(abi.encodeWithSelector(ParleySlasher.InvalidEntryRange.selector), ca, r, cb);
        // a partial range proves, but loses the signature of the missing signer
        r = _rangeOf(0, 2);
        assertEq(r.proof.length > 0 ? 1 : 0, 1, "partial proof");
        vm.expectRevert();
        slasher.slashCertificates(0, ca, r, cb, _range(), 0);
        // malformed certificates
        _expectCerts(abi.encodeWithSelector(ParleySlasher.MalformedCertificate.selector, 1), _sub(ca, 0, 600), _range(), cb);
        bytes memory bad = _copy(ca);
        bad[9 * 32 + 31] = 0x40; // quorums offset
        _expectCerts(abi.encodeWithSelector(ParleySlasher.MalformedCertificate.selector, 2), bad, _range(), cb);
        bad = _copy(ca);
        bad[576 + 5] = 0x01; // padding after the quorum byte
        _expectCerts(abi.encodeWithSelector(ParleySlasher.MalformedCertificate.selector, 3), bad, _range(), cb);
        bad = _copy(ca);
        bad[576] = bytes1(uint8(192)); // quorum id ≥ 192
        _expectCerts(abi.encodeWithSelector(ParleySlasher.MalformedCertificate.selector, 4), bad, _range(), cb);
        bad = _copy(ca);
        bad[3 * 32] = 0x01; // fromBlock above 64 bits
        _expectCerts(abi.encodeWithSelector(ParleySlasher.MalformedCertificate.selector, 6), bad, _range(), cb);
        bad = abi.encodePacked(ca, bytes32(0)); // trailing word
        _expectCerts(abi.encodeWithSelector(ParleySlasher.MalformedCertificate.selector, 2), bad, _range(), cb);
        bytes memory c2 = _cert(b, 4, APK2_12); // two non-signers
        bad = _copy(c2);
        uint256 n = bad.length;
        for (uint256 i = 0; i < 32; i++) (bad[n - 64 + i], bad[n - 32 + i]) = (bad[n - 32 + i], bad[n - 64 + i]);
        _expectCerts(abi.encodeWithSelector(ParleySlasher.MalformedCertificate.selector, 5), ca, _range(), bad);
    }

    function _copy(bytes memory b) internal pure returns (bytes memory) {
        return abi.encodePacked(b);
    }

    /// Any single-byte change to valid certificate evidence makes it fail.
    function testFuzz_mutatedCertificateEvidenceFails(uint256 pos, uint8 flip) public view {
        vmx.assume(flip != 0);
        bytes memory ca = _cert(_att(100, 109, bytes32(uint256(1))), 7, APK2_012);
        bytes memory cb = _cert(_att(105, 120, bytes32(uint256(2))), 6, APK2_12);
        bytes memory data = abi.encodeCall(ParleySlasher.verifyCertificates, (0, ca, _range(), cb, _range()));
        (bool ok,) = address(slasher).staticcall(data);
        assertTrue(ok, "valid evidence verifies");
        pos = 4 + (pos % (data.length - 4));
        data[pos] = bytes1(uint8(data[pos]) ^ flip);
        (ok,) = address(slasher).staticcall{gas: 5_000_000}(data);
        assertTrue(!ok, "mutated evidence verified");
    }

    // --------------------------------------------------------------- fuzzing

    /// Any single-byte change to valid evidence calldata makes it fail: every byte of
    /// the encoding is bound by a check (decoding, a digest, a proof or a pairing).
    function testFuzz_mutatedEvidenceFails(uint256 pos, uint8 flip) public view {
        vmx.assume(flip != 0);
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(0);
        bytes memory data = abi.encodeCall(ParleySlasher.verifyEquivocation, (0, a, b));
        (bool ok,) = address(slasher).staticcall(data);
        assertTrue(ok, "valid evidence verifies");
        pos = 4 + (pos % (data.length - 4));
        data[pos] = bytes1(uint8(data[pos]) ^ flip);
        (ok,) = address(slasher).staticcall(data);
        assertTrue(!ok, "mutated evidence verified");
    }

    /// Arbitrary calldata never slashes, in either form.
    function testFuzz_garbageEvidenceFails(bytes calldata junk) public {
        (bool ok,) = address(slasher).call(abi.encodePacked(ParleySlasher.slashEquivocation.selector, junk));
        assertTrue(!ok, "garbage evidence accepted");
        (ok,) = address(slasher).call(abi.encodePacked(ParleySlasher.slashCertificates.selector, junk));
        assertTrue(!ok, "garbage certificate evidence accepted");
    }

    /// Truncated or extended valid evidence: a truncation fails; trailing bytes are
    /// ignored by the ABI decoder but cannot change what is checked.
    function testFuzz_truncatedEvidenceFails(uint256 cut) public view {
        (ParleySlasher.SignedAttestation memory a, ParleySlasher.SignedAttestation memory b) = _pair(0);
        bytes memory data = abi.encodeCall(ParleySlasher.verifyEquivocation, (0, a, b));
        cut = 1 + (cut % (data.length - 4));
        assembly {
            mstore(data, sub(mload(data), cut))
        }
        (bool ok,) = address(slasher).staticcall(data);
        assertTrue(!ok, "truncated evidence verified");
    }
}
// forge-lint: disable-end(unsafe-typecast)

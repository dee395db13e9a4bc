// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ParleyRegistry, G1Point, G2Point} from "../src/ParleyRegistry.sol";

/// Foundry's cheatcodes used here (declared locally: no forge-std dependency).
interface Vm {
    function chainId(uint256 newChainId) external;
    function expectRevert(bytes calldata revertData) external;
    function expectEmit(bool t1, bool t2, bool t3, bool data, address emitter) external;
    function prank(address sender) external;
    function load(address target, bytes32 slot) external view returns (bytes32);
    function store(address target, bytes32 slot, bytes32 value) external;
}

/// Tests of the AVS operator registry. The BN254 vectors come from interop/bls (Go):
/// keys, and proofs of possession made with SecretKey.ProvePossession(L1_CHAIN,
/// REGISTRY, operator). A proof binds block.chainid and the registry's address, so
/// setUp pins the chain id and the registry is the test contract's first CREATE
/// (keccak256(rlp(0x7FA9385bE102ac3EAc297483Dd6233D62b3e1496, 1))).
contract ParleyRegistryTest {
    Vm constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 constant P = 21888242871839275222246405745257275088696311157297823662689037894645226208583;
    uint256 constant L1_CHAIN = 31337;
    address constant REGISTRY = 0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f;
    address constant ALICE = address(0xA11CE);
    address constant BOB = address(0xB0B);
    address constant CAROL = address(0xA05B); // its PoP digest needs 8 hash increments
    address constant ORACLE = address(0x0AC1E);
    address constant STRANGER = address(0x5757);

    // Secret key A (0x1f08090a...2501): keys and proofs for ALICE and for BOB.
    uint256[2] A_G1 = [
        uint256(0x14a9b42413e2b4a1fbac3cb0ae0315cde70ff6d7e905e3c52c05eb53d71a610d),
        0x07e8b88f4b5d932e482ba4fbf7be3348900f308f945d0ca10543ca454e8b192a
    ];
    uint256[4] A_G2 = [
        uint256(0x2f636225d2a80337fb63d7fd02d239d110d912ffb4df202e4bdf7cb878386a6e),
        0x008218979d8f0890340e51e8e6176ce610f8b39711a5782c44c1a82818676d0d,
        0x21f9a001b2d16d701b8fdbd9870794564468bfacacfbc193b52b8a73726901fe,
        0x0ce7110b3a0c57dd9b9ae69bd22eb2671081fc20103391a14126ca7b70a0c35b
    ];
    uint256[2] A_POP_ALICE = [
        uint256(0x156a9418115671528f84319ed2b528c5c2f3a8de68a88847e7a9045fbd13bd28),
        0x2319e4b8aad11af887f7c6510dfb883e2c3e03bf502d08d4faeda31e3990e958
    ];
    uint256[2] A_POP_BOB = [
        uint256(0x0a12dfd69cfabd19e694075f960320273be948314c13586141baef52728a8ec3),
        0x0ae3d4f095768da11d0904fa3e1185de1234f11efbf40d232e4c4327a764e45e
    ];
    // Secret key B (0x1f090b0d...4302).
    uint256[2] B_G1 = [
        uint256(0x0e04072e3422c2e7cc57ef9d1c7f5585d49443458c6e8b59a74a0d4c5ad21736),
        0x1459b9d5b280bb1af66467ad33747899721cd14ba71ceb7ad0c3e0a312799688
    ];
    uint256[4] B_G2 = [
        uint256(0x096ae4a6e29b4be4746eb78df57ea84f434823d0cbc70f99a718ea749d675c66),
        0x0030afd9758fa6d536ff57e047aa5d1152c36bda3d344a51d5b6f8fef4d0cc44,
        0x2a7f4fc40e7da6f4fa130d0bdeadbdccaa0d52cf22888581795cb932dc157033,
        0x08aad2ae5a14bd99bf8b98ed54e11510fdf4ffc198bceb2bafc05dc03c6056fa
    ];
    uint256[2] B_POP_BOB = [
        uint256(0x0cb2a5d40f4a34ce2b5f51402274e3b361f8950dce985a32610b4e704a546939),
        0x25de423b961e68fc18cf42c43966dc0cf64daf44cb5c627cc2669a1b5fea0f11
    ];
    // Secret key C (0x1f0a0d10...6103).
    uint256[2] C_G1 = [
        uint256(0x1cbc1eaf2bdcc1df67506b1765c7e20cf8c52d01ef716340f77a767b13f9502e),
        0x1e96747786e504350094a58eca54b5ba57f9c25cc499926de9d0fe445ad81783
    ];
    uint256[4] C_G2 = [
        uint256(0x0f8205b6874cfda0938a534cb1a5d7d1034841ca6bdcd601aef2287f3fd0e289),
        0x06fd3969a1792fed171ad8474be79b273b779c74e5f322ab15fc793f3942cb0a,
        0x12735cfe65d51fa9ec488c892cba3def835d5e0ff52b9e455615007f2410e52d,
        0x1e5d3a61a2388ebaab3579b1097297311f0d2413181660b2eaf4115f0ee5b732
    ];
    uint256[2] C_POP_CAROL = [
        uint256(0x16b9a9b12519c78ab754fa99922081f149bc2febf600acb91d1372b475237131),
        0x17da47f3734dcd69b1c5768f5a6ef55e963dcc259eabb7cf8ef338b8c4be9f54
    ];
    // bls.PoPDigest(L1_CHAIN, REGISTRY, CAROL) and bls.HashToG1 of it (x = digest mod p + 8).
    bytes32 constant CAROL_DIGEST = 0x3a96de0866c3ae5781ee7809cb5dc183f5565636fe802ad2dd5fa6de39dc4d43;
    uint256 constant CAROL_H_X = 0x0a328f9585920e2dc99e325349dc69265dd4eba5960e6045a13f1ac7615f5004;
    uint256 constant CAROL_H_Y = 0x1ba35687ff0bbdd9f0761188bea6e89105d2624cfc508b3d2fbfe667c2cf6ceb;
    // A_G1 + B_G1.
    uint256 constant APK_AB_X = 0x295d157f39c9c75a09a0d7fe5300c8ecba958d9bf1f941a2dd21f37e20fad535;
    uint256 constant APK_AB_Y = 0x080f28f62e8b3eb1143b0d28788f25b4b1b1d71e707a64f1b28a7c14e428fc96;
    // A point on the G2 twist outside the order-r subgroup (EIP-197 order).
    uint256[4] G2_NOT_IN_SUBGROUP = [
        uint256(0),
        1,
        0x0d1271953ed9ea0836846e70a1934187998c7f790cb4d7511b7f8da82de048a4,
        0x2869111d5381f072f8e2728fdb825a51aadd70e52c9830e9ab4b871c0531f1bb
    ];

    ParleyRegistry registry;

    function setUp() public {
        vm.chainId(L1_CHAIN);
        registry = new ParleyRegistry(address(this));
        require(address(registry) == REGISTRY, "registry not at the address the vectors bind");
    }

    // ----------------------------------------------------------------- helpers

    function g1(uint256[2] memory a) internal pure returns (G1Point memory) {
        return G1Point(a[0], a[1]);
    }

    function g2(uint256[4] memory a) internal pure returns (G2Point memory) {
        return G2Point([a[0], a[1]], [a[2], a[3]]);
    }

    function idOf(uint256[2] memory pk) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(pk[0], pk[1]));
    }

    function register(address who, uint256[2] memory pk1, uint256[4] memory pk2, uint256[2] memory pop)
        internal
        returns (bytes32)
    {
        vm.prank(who);
        return registry.registerOperator(pk1, pk2, pop);
    }

    function expectRegisterRevert(
        address who,
        uint256[2] memory pk1,
        uint256[4] memory pk2,
        uint256[2] memory pop,
        bytes memory reason
    ) internal {
        vm.expectRevert(reason);
        vm.prank(who);
        registry.registerOperator(pk1, pk2, pop);
    }

    function join(address who, bytes memory qs) internal {
        vm.prank(who);
        registry.joinQuorums(qs);
    }

    function leave(address who, bytes memory qs) internal {
        vm.prank(who);
        registry.leaveQuorums(qs);
    }

    function registerAll() internal returns (bytes32 a, bytes32 b, bytes32 c) {
        a = register(ALICE, A_G1, A_G2, A_POP_ALICE);
        b = register(BOB, B_G1, B_G2, B_POP_BOB);
        c = register(CAROL, C_G1, C_G2, C_POP_CAROL);
    }

    function eq(uint256 a, uint256 b, string memory what) internal pure {
        require(a == b, what);
    }

    function apkIs(uint8 q, uint256 x, uint256 y) internal view {
        (,, G1Point memory apk) = registry.quorum(q);
        require(apk.X == x && apk.Y == y, "apk");
    }

    // ----------------------------------------------------------------- registration

    function test_popDigestAndHashMatchGo() public view {
        require(registry.popDigest(CAROL) == CAROL_DIGEST, "digest");
        G1Point memory h = registry.hashToG1(CAROL_DIGEST);
        require(h.X == CAROL_H_X && h.Y == CAROL_H_Y, "hashToG1");
        require(h.X == uint256(CAROL_DIGEST) % P + 8, "increments");
    }

    function test_registerValid() public {
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.NewPubkeyRegistration(ALICE, g1(A_G1), g2(A_G2), g1(A_POP_ALICE));
        bytes32 id = register(ALICE, A_G1, A_G2, A_POP_ALICE);
        require(id == idOf(A_G1), "operator id");
        require(registry.operatorIdOf(ALICE) == id, "operatorIdOf");
        require(registry.operatorAddressOf(id) == ALICE, "operatorAddressOf");
        eq(registry.operatorCount(), 1, "count");
        require(registry.operatorAt(0) == ALICE, "operatorAt");
        G1Point memory pk = registry.pubkeyG1Of(id);
        require(pk.X == A_G1[0] && pk.Y == A_G1[1], "pubkey");
        eq(registry.quorumBitmap(id), 0, "no quorums");
    }

    function test_registerSeveralInOrder() public {
        registerAll();
        eq(registry.operatorCount(), 3, "count");
        require(registry.operatorAt(1) == BOB && registry.operatorAt(2) == CAROL, "order");
    }

    function test_sameKeyForAnotherOperatorNeedsItsOwnProof() public {
        // A proof made for BOB registers key A for BOB (in a registry where A is new) ...
        bytes32 id = register(BOB, A_G1, A_G2, A_POP_BOB);
        require(registry.operatorAddressOf(id) == BOB, "bob holds key A");
        // ... but ALICE's proof does not work for her anymore: the key is taken.
        expectRegisterRevert(
            ALICE, A_G1, A_G2, A_POP_ALICE, abi.encodeWithSelector(ParleyRegistry.PubkeyAlreadyRegistered.selector, id)
        );
    }

    function test_rejectsProofReplayedByAnotherSender() public {
        expectRegisterRevert(
            BOB, A_G1, A_G2, A_POP_ALICE, abi.encodeWithSelector(ParleyRegistry.InvalidProofOfPossession.selector)
        );
    }

    function test_rejectsProofOnAnotherChain() public {
        vm.chainId(1);
        expectRegisterRevert(
            ALICE, A_G1, A_G2, A_POP_ALICE, abi.encodeWithSelector(ParleyRegistry.InvalidProofOfPossession.selector)
        );
    }

    function test_rejectsBadProofs() public {
        bytes memory bad = abi.encodeWithSelector(ParleyRegistry.InvalidProofOfPossession.selector);
        // another valid point, another key's proof, the G1 generator
        expectRegisterRevert(ALICE, A_G1, A_G2, B_POP_BOB, bad);
        expectRegisterRevert(ALICE, A_G1, A_G2, A_POP_BOB, bad);
        expectRegisterRevert(ALICE, A_G1, A_G2, [uint256(1), 2], bad);
        // G1 and G2 keys of different secrets
        expectRegisterRevert(ALICE, A_G1, B_G2, A_POP_ALICE, bad);
        expectRegisterRevert(ALICE, B_G1, A_G2, A_POP_ALICE, bad);
        // the negated proof
        expectRegisterRevert(ALICE, A_G1, A_G2, [A_POP_ALICE[0], P - A_POP_ALICE[1]], bad);
        // the identity as proof
        expectRegisterRevert(ALICE, A_G1, A_G2, [uint256(0), 0], bad);
        eq(registry.operatorCount(), 0, "nothing registered");
    }

    function test_rejectsIdentityKeys() public {
        bytes memory identity = abi.encodeWithSelector(ParleyRegistry.IdentityKey.selector);
        expectRegisterRevert(ALICE, [uint256(0), 0], A_G2, A_POP_ALICE, identity);
        expectRegisterRevert(ALICE, A_G1, [uint256(0), 0, 0, 0], A_POP_ALICE, identity);
    }

    function test_rejectsDuplicateOperator() public {
        register(ALICE, A_G1, A_G2, A_POP_ALICE);
        expectRegisterRevert(
            ALICE, A_G1, A_G2, A_POP_ALICE, abi.encodeWithSelector(ParleyRegistry.OperatorAlreadyRegistered.selector, ALICE)
        );
    }

    function test_rejectsDuplicateKey() public {
        bytes32 id = register(ALICE, A_G1, A_G2, A_POP_ALICE);
        // A_POP_BOB is a valid proof for BOB (see above): only the duplicate key rejects it.
        expectRegisterRevert(
            BOB, A_G1, A_G2, A_POP_BOB, abi.encodeWithSelector(ParleyRegistry.PubkeyAlreadyRegistered.selector, id)
        );
    }

    function test_rejectsInvalidG1Points() public {
        bytes memory bad = abi.encodeWithSelector(ParleyRegistry.InvalidG1Point.selector);
        expectRegisterRevert(ALICE, [uint256(1), 3], A_G2, A_POP_ALICE, bad); // off the curve
        expectRegisterRevert(ALICE, [A_G1[0] + P, A_G1[1]], A_G2, A_POP_ALICE, bad); // X not below p
        expectRegisterRevert(ALICE, [A_G1[0], A_G1[1] + P], A_G2, A_POP_ALICE, bad); // Y not below p
        expectRegisterRevert(ALICE, A_G1, A_G2, [A_POP_ALICE[0], A_POP_ALICE[1] + 1], bad); // proof off the curve
        expectRegisterRevert(ALICE, A_G1, A_G2, [A_POP_ALICE[0] + P, A_POP_ALICE[1]], bad);
    }

    function test_rejectsInvalidG2Points() public {
        // The pairing precompile rejects these; its failure must revert the registration.
        bytes memory bad = abi.encodeWithSelector(ParleyRegistry.InvalidPoint.selector);
        expectRegisterRevert(ALICE, A_G1, [A_G2[0], A_G2[1], A_G2[2], A_G2[3] + 1], A_POP_ALICE, bad); // off the twist
        expectRegisterRevert(ALICE, A_G1, [A_G2[0] + P, A_G2[1], A_G2[2], A_G2[3]], A_POP_ALICE, bad); // not below p
        expectRegisterRevert(ALICE, A_G1, G2_NOT_IN_SUBGROUP, A_POP_ALICE, bad); // outside the subgroup
        eq(registry.operatorCount(), 0, "nothing registered");
    }

    function test_rejectsBeyondMaxOperators() public {
        register(ALICE, A_G1, A_G2, A_POP_ALICE);
        // _operators is storage slot 3: check that, then pretend the table is full.
        bytes32 slot = bytes32(uint256(3));
        require(uint256(vm.load(address(registry), slot)) == 1, "operators slot");
        vm.store(address(registry), slot, bytes32(registry.MAX_OPERATORS() - 1));
        register(BOB, B_G1, B_G2, B_POP_BOB); // the 4096th
        expectRegisterRevert(
            CAROL, C_G1, C_G2, C_POP_CAROL, abi.encodeWithSelector(ParleyRegistry.TooManyOperators.selector)
        );
    }

    // ----------------------------------------------------------------- quorums

    function test_joinRequiresRegistration() public {
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.OperatorNotRegistered.selector, STRANGER));
        join(STRANGER, hex"00");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.OperatorNotRegistered.selector, STRANGER));
        leave(STRANGER, hex"00");
    }

    function test_quorumListRules() public {
        register(ALICE, A_G1, A_G2, A_POP_ALICE);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.EmptyQuorumNumbers.selector));
        join(ALICE, hex"");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.InvalidQuorumNumber.selector, uint8(192)));
        join(ALICE, hex"00c0");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.InvalidQuorumNumber.selector, uint8(255)));
        join(ALICE, hex"ff");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.QuorumNumbersNotAscending.selector));
        join(ALICE, hex"0100");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.QuorumNumbersNotAscending.selector));
        join(ALICE, hex"0101");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.EmptyQuorumNumbers.selector));
        leave(ALICE, hex"");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.QuorumNumbersNotAscending.selector));
        leave(ALICE, hex"0505");
        join(ALICE, hex"00bf"); // 0 and 191 are fine
    }

    function test_joinAndLeave() public {
        bytes32 a = register(ALICE, A_G1, A_G2, A_POP_ALICE);
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OperatorAddedToQuorums(ALICE, a, hex"0003");
        join(ALICE, hex"0003");
        eq(registry.quorumBitmap(a), 9, "bitmap");
        require(registry.isMember(a, 0) && registry.isMember(a, 3) && !registry.isMember(a, 1), "isMember");
        (uint32 members,,) = registry.quorum(3);
        eq(members, 1, "members");

        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.AlreadyInQuorum.selector, a, uint8(3)));
        join(ALICE, hex"0305");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotInQuorum.selector, a, uint8(5)));
        leave(ALICE, hex"0305");

        registry.setStake(a, 3, 77);
        // Leaving zeroes each stake with its own event first, then reports the removal.
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OperatorStakeUpdate(a, 0, 0);
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OperatorStakeUpdate(a, 3, 0);
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OperatorRemovedFromQuorums(ALICE, a, hex"0003");
        leave(ALICE, hex"0003");
        eq(registry.quorumBitmap(a), 0, "bitmap after leave");
        eq(registry.stakeOf(a, 3), 0, "stake after leave");
        (uint32 m, uint128 total,) = registry.quorum(3);
        eq(m, 0, "members after leave");
        eq(total, 0, "total after leave");
        apkIs(3, 0, 0);
        join(ALICE, hex"03"); // rejoin with zero stake
        eq(registry.stakeOf(a, 3), 0, "rejoined stake");
    }

    function test_aggregateKeys() public {
        registerAll();
        join(ALICE, hex"00");
        apkIs(0, A_G1[0], A_G1[1]);
        join(BOB, hex"0001");
        apkIs(0, APK_AB_X, APK_AB_Y);
        apkIs(1, B_G1[0], B_G1[1]);
        leave(ALICE, hex"00");
        apkIs(0, B_G1[0], B_G1[1]);
        leave(BOB, hex"0001");
        apkIs(0, 0, 0);
        apkIs(1, 0, 0);
    }

    function test_ejectOperator() public {
        bytes32 a = register(ALICE, A_G1, A_G2, A_POP_ALICE);
        join(ALICE, hex"02");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotOwner.selector, STRANGER));
        vm.prank(STRANGER);
        registry.ejectOperator(ALICE, hex"02");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.OperatorNotRegistered.selector, BOB));
        registry.ejectOperator(BOB, hex"02");
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OperatorStakeUpdate(a, 2, 0);
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OperatorRemovedFromQuorums(ALICE, a, hex"02");
        registry.ejectOperator(ALICE, hex"02");
        require(!registry.isMember(a, 2), "ejected");
    }

    // ----------------------------------------------------------------- stakes

    function test_stakes() public {
        (bytes32 a, bytes32 b,) = registerAll();
        join(ALICE, hex"01");
        join(BOB, hex"01");
        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OperatorStakeUpdate(a, 1, 1000);
        registry.setStake(a, 1, 1000);
        registry.setStake(b, 1, type(uint96).max);
        (, uint128 total,) = registry.quorum(1);
        eq(total, 1000 + uint256(type(uint96).max), "total");
        registry.setStake(a, 1, 10);
        (, total,) = registry.quorum(1);
        eq(total, 10 + uint256(type(uint96).max), "total after change");
        eq(registry.stakeOf(a, 1), 10, "stakeOf");
        leave(BOB, hex"01");
        (, total,) = registry.quorum(1);
        eq(total, 10, "total after leave");
    }

    function test_stakeRules() public {
        (bytes32 a,,) = registerAll();
        join(ALICE, hex"01");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotInQuorum.selector, a, uint8(2)));
        registry.setStake(a, 2, 1);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.InvalidQuorumNumber.selector, uint8(192)));
        registry.setStake(a, 192, 1);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.UnknownOperator.selector, bytes32(uint256(1))));
        registry.setStake(bytes32(uint256(1)), 1, 1);
    }

    function test_stakeAccessControl() public {
        (bytes32 a,,) = registerAll();
        join(ALICE, hex"01");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotStakeSetter.selector, ORACLE));
        vm.prank(ORACLE);
        registry.setStake(a, 1, 5);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotStakeSetter.selector, ALICE));
        vm.prank(ALICE);
        registry.setStake(a, 1, 5);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotOwner.selector, ORACLE));
        vm.prank(ORACLE);
        registry.setStakeOracle(ORACLE);

        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.StakeOracleUpdated(address(0), ORACLE);
        registry.setStakeOracle(ORACLE);
        vm.prank(ORACLE);
        registry.setStake(a, 1, 5);
        eq(registry.stakeOf(a, 1), 5, "oracle stake");

        registry.setStakeOracle(address(0));
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotStakeSetter.selector, ORACLE));
        vm.prank(ORACLE);
        registry.setStake(a, 1, 6);
    }

    // ----------------------------------------------------------------- ownership

    function test_ownership() public {
        require(registry.owner() == address(this), "owner");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotOwner.selector, STRANGER));
        vm.prank(STRANGER);
        registry.transferOwnership(STRANGER);

        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OwnershipTransferStarted(address(this), ORACLE);
        registry.transferOwnership(ORACLE);
        require(registry.owner() == address(this), "not yet");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotPendingOwner.selector, STRANGER));
        vm.prank(STRANGER);
        registry.acceptOwnership();

        vm.expectEmit(true, true, true, true, address(registry));
        emit ParleyRegistry.OwnershipTransferred(address(this), ORACLE);
        vm.prank(ORACLE);
        registry.acceptOwnership();
        require(registry.owner() == ORACLE && registry.pendingOwner() == address(0), "transferred");
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotOwner.selector, address(this)));
        registry.setStakeOracle(address(1));
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.NotPendingOwner.selector, address(0)));
        vm.prank(address(0));
        registry.acceptOwnership();
    }

    function test_constructorRejectsZeroOwner() public {
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistry.ZeroAddress.selector));
        new ParleyRegistry(address(0));
    }
}

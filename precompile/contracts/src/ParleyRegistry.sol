// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice A point of BN254's G1 in affine coordinates, as EigenLayer's BN254.G1Point.
///         The identity is encoded as (0, 0).
struct G1Point {
    uint256 X;
    uint256 Y;
}

/// @notice A point of BN254's G2 in affine coordinates, as EigenLayer's BN254.G2Point.
///         Each coordinate is an element of Fp2 written X[0] * i + X[1]: the imaginary
///         part comes first (EIP-197 order).
struct G2Point {
    uint256[2] X;
    uint256[2] Y;
}

/// @title ParleyRegistry
/// @notice The Parley AVS's L1 operator registry. Operators register BN254 keys with a
///         proof of possession checked on chain (so no rogue keys enter the table), join
///         and leave quorums, and an owner or stake oracle sets their stake per quorum.
///         Every change emits the EigenLayer-style event that Parley's derivation hook
///         mirrors into each destination rollup's operator table
///         (see interop/SPEC.md §4 and §5).
/// @dev    The proof of possession is checked exactly as interop/bls.VerifyPossession
///         does, and every limit of the mirrored table (interop/optable) is enforced
///         here too, so every event this contract emits is an update the table accepts.
///         BN254 arithmetic uses the EVM precompiles ecAdd (0x06), ecMul (0x07),
///         ecPairing (0x08) and modexp (0x05); a failing precompile reverts the call.
///         G1 inputs are checked here before any precompile sees them; a G2 key off the
///         twist or outside the subgroup is caught by the pairing precompile, which (as
///         every failing precompile) consumes the gas forwarded to it, so such a
///         registration reverts having used most of its gas limit.
contract ParleyRegistry {
    // ---------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------

    /// @notice The BN254 base field modulus p.
    uint256 internal constant FP_MODULUS =
        21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @notice The BN254 group order r.
    uint256 internal constant FR_MODULUS =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice (p + 1) / 4: beta^SQRT_EXPONENT is a square root of beta when one exists.
    uint256 internal constant SQRT_EXPONENT = 0xc19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52;

    /// @notice -G2, the negated standard generator of G2, in EIP-197 word order.
    uint256 internal constant NEG_G2_X0 = 0x198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2;
    uint256 internal constant NEG_G2_X1 = 0x1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed;
    uint256 internal constant NEG_G2_Y0 = 0x275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec;
    uint256 internal constant NEG_G2_Y1 = 0x1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d;

    /// @notice Quorum numbers are 0 .. MAX_QUORUMS - 1 (EigenLayer's limit).
    uint256 public constant MAX_QUORUMS = 192;
    /// @notice The most operators that may ever register (the mirrored table's bound).
    uint256 public constant MAX_OPERATORS = 4096;
    /// @notice Bound of the try-and-increment loop of hashToG1 (interop/bls.MaxHashAttempts).
    uint256 public constant MAX_HASH_ATTEMPTS = 512;
    /// @notice The versioned domain tag of a proof of possession.
    bytes32 public constant POP_TYPEHASH =
        keccak256("Parley.ProofOfPossession.v1(uint256 l1ChainId,address registry,address operator)");

    // ---------------------------------------------------------------------------------
    // State
    // ---------------------------------------------------------------------------------

    /// @notice Aggregate state of one quorum.
    /// @param members     number of operators in the quorum
    /// @param totalStake  sum of the members' stakes (up to 4096 * (2^96 - 1))
    struct QuorumState {
        uint32 members;
        uint128 totalStake;
    }

    /// @notice The account allowed to set stakes, eject operators and configure the registry.
    address public owner;
    /// @notice The account an ownership transfer is waiting for (zero if none).
    address public pendingOwner;
    /// @notice An account allowed, besides the owner, to set stakes (zero if none).
    address public stakeOracle;

    /// @dev Operators in registration order (the mirrored table's operator index).
    address[] internal _operators;
    /// @notice The operator id (keccak256(pubkeyG1.X, pubkeyG1.Y)) an address registered,
    ///         zero if none (EigenLayer's operatorToPubkeyHash).
    mapping(address operator => bytes32 operatorId) public operatorIdOf;
    /// @notice The address that registered an operator id, zero if none
    ///         (EigenLayer's pubkeyHashToOperator).
    mapping(bytes32 operatorId => address operator) public operatorAddressOf;
    /// @dev The G1 public key of each operator id.
    mapping(bytes32 operatorId => G1Point) internal _pubkeyG1;
    /// @notice The quorums an operator is a member of: bit q set means member of quorum q.
    mapping(bytes32 operatorId => uint256 bitmap) public quorumBitmap;
    /// @notice An operator's stake in a quorum (zero when not a member).
    mapping(bytes32 operatorId => mapping(uint8 quorumNumber => uint96 stake)) public stakeOf;
    /// @dev Member count and total stake of each quorum.
    mapping(uint8 quorumNumber => QuorumState) internal _quorums;
    /// @dev Sum of the members' G1 keys of each quorum ((0, 0) when empty).
    mapping(uint8 quorumNumber => G1Point) internal _quorumApk;

    // ---------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------

    /// @notice An operator registered its keys (EigenLayer's BLSApkRegistry event, with
    ///         the proof of possession appended so that mirrors can re-check it).
    /// @param operator          the registering address
    /// @param pubkeyG1          its G1 public key
    /// @param pubkeyG2          its G2 public key (EIP-197 word order)
    /// @param proofOfPossession the proof of possession it registered with
    event NewPubkeyRegistration(
        address indexed operator, G1Point pubkeyG1, G2Point pubkeyG2, G1Point proofOfPossession
    );

    /// @notice An operator joined quorums with zero stake (EigenLayer's BLSApkRegistry event).
    /// @param operator       the operator's address
    /// @param operatorId     its operator id
    /// @param quorumNumbers  the quorums joined, strictly ascending, one byte each
    event OperatorAddedToQuorums(address operator, bytes32 operatorId, bytes quorumNumbers);

    /// @notice An operator left (or was ejected from) quorums (EigenLayer's BLSApkRegistry
    ///         event). Each quorum's stake update to zero is emitted before it.
    /// @param operator       the operator's address
    /// @param operatorId     its operator id
    /// @param quorumNumbers  the quorums left, strictly ascending, one byte each
    event OperatorRemovedFromQuorums(address operator, bytes32 operatorId, bytes quorumNumbers);

    /// @notice An operator's stake in a quorum changed (EigenLayer's StakeRegistry event).
    /// @param operatorId    the operator id
    /// @param quorumNumber  the quorum
    /// @param stake         the new stake
    event OperatorStakeUpdate(bytes32 indexed operatorId, uint8 quorumNumber, uint96 stake);

    /// @notice The owner proposed a new owner, who must accept.
    /// @param previousOwner the current owner
    /// @param newOwner      the proposed owner (zero cancels a pending transfer)
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);

    /// @notice Ownership changed.
    /// @param previousOwner the old owner (zero at construction)
    /// @param newOwner      the new owner
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    /// @notice The stake oracle changed.
    /// @param previousOracle the old oracle (zero if none)
    /// @param newOracle      the new oracle (zero if none)
    event StakeOracleUpdated(address indexed previousOracle, address indexed newOracle);

    // ---------------------------------------------------------------------------------
    // Errors
    // ---------------------------------------------------------------------------------

    /// @notice The caller is not the owner.
    error NotOwner(address caller);
    /// @notice The caller is not the pending owner.
    error NotPendingOwner(address caller);
    /// @notice The caller is neither the owner nor the stake oracle.
    error NotStakeSetter(address caller);
    /// @notice The zero address was given where an account is required.
    error ZeroAddress();
    /// @notice The address has already registered keys.
    error OperatorAlreadyRegistered(address operator);
    /// @notice The G1 public key (operator id) has already been registered.
    error PubkeyAlreadyRegistered(bytes32 operatorId);
    /// @notice A public key is the point at infinity.
    error IdentityKey();
    /// @notice A G1 point has a coordinate not below p or is not on the curve.
    error InvalidG1Point();
    /// @notice A BN254 precompile rejected its input (e.g. a G2 key off the twist or
    ///         outside the prime-order subgroup).
    error InvalidPoint();
    /// @notice The proof of possession does not verify for this key, sender, chain and registry.
    error InvalidProofOfPossession();
    /// @notice MAX_OPERATORS operators are already registered.
    error TooManyOperators();
    /// @notice hashToG1 found no point within MAX_HASH_ATTEMPTS increments.
    error HashToG1Failed();
    /// @notice The address has not registered keys.
    error OperatorNotRegistered(address operator);
    /// @notice No operator has this id.
    error UnknownOperator(bytes32 operatorId);
    /// @notice The quorum list is empty.
    error EmptyQuorumNumbers();
    /// @notice A quorum number is not below MAX_QUORUMS.
    error InvalidQuorumNumber(uint8 quorumNumber);
    /// @notice The quorum list is not strictly ascending (this includes duplicates).
    error QuorumNumbersNotAscending();
    /// @notice The operator is already a member of the quorum.
    error AlreadyInQuorum(bytes32 operatorId, uint8 quorumNumber);
    /// @notice The operator is not a member of the quorum.
    error NotInQuorum(bytes32 operatorId, uint8 quorumNumber);

    // ---------------------------------------------------------------------------------
    // Construction and access control
    // ---------------------------------------------------------------------------------

    /// @notice Creates the registry.
    /// @param initialOwner the owner (must not be zero)
    constructor(address initialOwner) {
        if (initialOwner == address(0)) revert ZeroAddress();
        owner = initialOwner;
        emit OwnershipTransferred(address(0), initialOwner);
    }

    /// @dev Reverts unless the caller is the owner.
    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @notice Starts a two-step ownership transfer; newOwner must call acceptOwnership.
    ///         Passing zero cancels a pending transfer.
    /// @param newOwner the proposed owner
    function transferOwnership(address newOwner) external onlyOwner {
        pendingOwner = newOwner;
        emit OwnershipTransferStarted(msg.sender, newOwner);
    }

    /// @notice Completes an ownership transfer; callable by the pending owner only.
    function acceptOwnership() external {
        if (msg.sender != pendingOwner || msg.sender == address(0)) revert NotPendingOwner(msg.sender);
        address previous = owner;
        owner = msg.sender;
        pendingOwner = address(0);
        emit OwnershipTransferred(previous, msg.sender);
    }

    /// @notice Sets (or, with zero, removes) the stake oracle.
    /// @param newOracle the account allowed to set stakes besides the owner
    function setStakeOracle(address newOracle) external onlyOwner {
        emit StakeOracleUpdated(stakeOracle, newOracle);
        stakeOracle = newOracle;
    }

    // ---------------------------------------------------------------------------------
    // Registration
    // ---------------------------------------------------------------------------------

    /// @notice Registers the caller's BN254 keys. The proof of possession is the
    ///         caller's signature on popDigest(block.chainid, this registry, caller) and is
    ///         checked with EigenLayer's registration equation, which also proves that the
    ///         G1 and G2 keys share one secret key.
    /// @param pubkeyG1 the G1 public key (X, Y)
    /// @param pubkeyG2 the G2 public key (X[0], X[1], Y[0], Y[1]) in EIP-197 order
    /// @param pop      the proof of possession (X, Y), a G1 point
    /// @return operatorId keccak256(pubkeyG1.X, pubkeyG1.Y)
    function registerOperator(uint256[2] calldata pubkeyG1, uint256[4] calldata pubkeyG2, uint256[2] calldata pop)
        external
        returns (bytes32 operatorId)
    {
        address operator = msg.sender;
        if (operatorIdOf[operator] != bytes32(0)) revert OperatorAlreadyRegistered(operator);
        if (_operators.length >= MAX_OPERATORS) revert TooManyOperators();

        G1Point memory pk1 = G1Point(pubkeyG1[0], pubkeyG1[1]);
        G2Point memory pk2 = G2Point([pubkeyG2[0], pubkeyG2[1]], [pubkeyG2[2], pubkeyG2[3]]);
        G1Point memory sig = G1Point(pop[0], pop[1]);
        if ((pk1.X | pk1.Y) == 0 || (pubkeyG2[0] | pubkeyG2[1] | pubkeyG2[2] | pubkeyG2[3]) == 0) {
            revert IdentityKey();
        }
        if ((sig.X | sig.Y) == 0) revert InvalidProofOfPossession();
        _requireOnG1(pk1);
        _requireOnG1(sig);

        operatorId = keccak256(abi.encodePacked(pk1.X, pk1.Y));
        if (operatorAddressOf[operatorId] != address(0)) revert PubkeyAlreadyRegistered(operatorId);

        if (!_verifyPossession(pk1, pk2, sig, popDigest(operator))) revert InvalidProofOfPossession();

        _operators.push(operator);
        operatorIdOf[operator] = operatorId;
        operatorAddressOf[operatorId] = operator;
        _pubkeyG1[operatorId] = pk1;
        emit NewPubkeyRegistration(operator, pk1, pk2, sig);
    }

    /// @notice The digest an operator signs to prove possession of its key here:
    ///         keccak256(abi.encode(POP_TYPEHASH, block.chainid, address(this), operator)).
    /// @param operator the registering address
    /// @return the proof-of-possession digest
    function popDigest(address operator) public view returns (bytes32) {
        return keccak256(abi.encode(POP_TYPEHASH, block.chainid, address(this), operator));
    }

    /// @notice EigenLayer's BN254.hashToG1 (try-and-increment, no sign normalisation).
    /// @param digest the 32-byte message
    /// @return the G1 point the digest hashes to
    function hashToG1(bytes32 digest) public view returns (G1Point memory) {
        uint256 x = uint256(digest) % FP_MODULUS;
        for (uint256 i = 0; i < MAX_HASH_ATTEMPTS; ++i) {
            uint256 beta = addmod(mulmod(mulmod(x, x, FP_MODULUS), x, FP_MODULUS), 3, FP_MODULUS);
            uint256 y = _expMod(beta, SQRT_EXPONENT, FP_MODULUS);
            if (mulmod(y, y, FP_MODULUS) == beta) return G1Point(x, y);
            x = addmod(x, 1, FP_MODULUS);
        }
        revert HashToG1Failed();
    }

    // ---------------------------------------------------------------------------------
    // Quorum membership and stakes
    // ---------------------------------------------------------------------------------

    /// @notice Adds the caller (a registered operator) to quorums, with zero stake.
    /// @param quorumNumbers strictly ascending quorum numbers below MAX_QUORUMS, one byte
    ///        each, none of which the caller is a member of
    function joinQuorums(bytes calldata quorumNumbers) external {
        bytes32 operatorId = _requireRegistered(msg.sender);
        _checkQuorumNumbers(quorumNumbers);
        uint256 bitmap = quorumBitmap[operatorId];
        G1Point memory pk = _pubkeyG1[operatorId];
        for (uint256 i = 0; i < quorumNumbers.length; ++i) {
            uint8 q = uint8(quorumNumbers[i]);
            if (bitmap & (uint256(1) << q) != 0) revert AlreadyInQuorum(operatorId, q);
            bitmap |= uint256(1) << q;
            _quorums[q].members += 1;
            _quorumApk[q] = _ecAdd(_quorumApk[q], pk);
        }
        quorumBitmap[operatorId] = bitmap;
        emit OperatorAddedToQuorums(msg.sender, operatorId, quorumNumbers);
    }

    /// @notice Removes the caller (a registered operator) from quorums; its stake in each
    ///         is set to zero first (an OperatorStakeUpdate per quorum precedes the
    ///         OperatorRemovedFromQuorums event).
    /// @param quorumNumbers strictly ascending quorum numbers below MAX_QUORUMS, one byte
    ///        each, all of which the caller is a member of
    function leaveQuorums(bytes calldata quorumNumbers) external {
        _leave(msg.sender, _requireRegistered(msg.sender), quorumNumbers);
    }

    /// @notice Removes an operator from quorums (owner only), exactly as if it had called
    ///         leaveQuorums itself.
    /// @param operator      the operator's address
    /// @param quorumNumbers as for leaveQuorums
    function ejectOperator(address operator, bytes calldata quorumNumbers) external onlyOwner {
        _leave(operator, _requireRegistered(operator), quorumNumbers);
    }

    /// @notice Sets an operator's stake in a quorum it is a member of. Callable by the
    ///         owner and the stake oracle.
    /// @param operatorId   the operator id
    /// @param quorumNumber the quorum
    /// @param stake        the new stake
    function setStake(bytes32 operatorId, uint8 quorumNumber, uint96 stake) external {
        if (msg.sender != owner && (msg.sender != stakeOracle || msg.sender == address(0))) {
            revert NotStakeSetter(msg.sender);
        }
        if (operatorAddressOf[operatorId] == address(0)) revert UnknownOperator(operatorId);
        if (quorumNumber >= MAX_QUORUMS) revert InvalidQuorumNumber(quorumNumber);
        if (quorumBitmap[operatorId] & (uint256(1) << quorumNumber) == 0) {
            revert NotInQuorum(operatorId, quorumNumber);
        }
        QuorumState storage qs = _quorums[quorumNumber];
        qs.totalStake = qs.totalStake - stakeOf[operatorId][quorumNumber] + stake;
        stakeOf[operatorId][quorumNumber] = stake;
        emit OperatorStakeUpdate(operatorId, quorumNumber, stake);
    }

    // ---------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------

    /// @notice The number of registered operators.
    /// @return the count
    function operatorCount() external view returns (uint256) {
        return _operators.length;
    }

    /// @notice The operator registered at a position (registration order, from 0).
    /// @param index the position
    /// @return the operator's address
    function operatorAt(uint256 index) external view returns (address) {
        return _operators[index];
    }

    /// @notice An operator's registered G1 public key ((0, 0) if unknown).
    /// @param operatorId the operator id
    /// @return the key
    function pubkeyG1Of(bytes32 operatorId) external view returns (G1Point memory) {
        return _pubkeyG1[operatorId];
    }

    /// @notice Whether an operator is a member of a quorum.
    /// @param operatorId   the operator id
    /// @param quorumNumber the quorum
    /// @return true if a member
    function isMember(bytes32 operatorId, uint8 quorumNumber) external view returns (bool) {
        return quorumBitmap[operatorId] & (uint256(1) << quorumNumber) != 0;
    }

    /// @notice A quorum's aggregate state.
    /// @param quorumNumber the quorum
    /// @return members    the number of members
    /// @return totalStake the sum of the members' stakes
    /// @return apk        the sum of the members' G1 keys ((0, 0) when empty)
    function quorum(uint8 quorumNumber) external view returns (uint32 members, uint128 totalStake, G1Point memory apk) {
        QuorumState memory qs = _quorums[quorumNumber];
        return (qs.members, qs.totalStake, _quorumApk[quorumNumber]);
    }

    // ---------------------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------------------

    /// @dev Returns the operator id of a registered address, reverting otherwise.
    function _requireRegistered(address operator) internal view returns (bytes32 operatorId) {
        operatorId = operatorIdOf[operator];
        if (operatorId == bytes32(0)) revert OperatorNotRegistered(operator);
    }

    /// @dev Reverts unless the list is non-empty, strictly ascending and below MAX_QUORUMS.
    function _checkQuorumNumbers(bytes calldata quorumNumbers) internal pure {
        if (quorumNumbers.length == 0) revert EmptyQuorumNumbers();
        uint256 previous;
        for (uint256 i = 0; i < quorumNumbers.length; ++i) {
            uint8 q = uint8(quorumNumbers[i]);
            if (q >= MAX_QUORUMS) revert InvalidQuorumNumber(q);
            if (i > 0 && q <= previous) revert QuorumNumbersNotAscending();
            previous = q;
        }
    }

    /// @dev Removes an operator from quorums: stake to zero (with its event), membership,
    ///      member count and aggregate key, then OperatorRemovedFromQuorums.
    function _leave(address operator, bytes32 operatorId, bytes calldata quorumNumbers) internal {
        _checkQuorumNumbers(quorumNumbers);
        uint256 bitmap = quorumBitmap[operatorId];
        G1Point memory pk = _pubkeyG1[operatorId];
        G1Point memory negPk = G1Point(pk.X, FP_MODULUS - pk.Y); // pk.Y != 0: G1 has odd order
        for (uint256 i = 0; i < quorumNumbers.length; ++i) {
            uint8 q = uint8(quorumNumbers[i]);
            if (bitmap & (uint256(1) << q) == 0) revert NotInQuorum(operatorId, q);
            bitmap &= ~(uint256(1) << q);
            QuorumState storage qs = _quorums[q];
            qs.totalStake -= stakeOf[operatorId][q];
            qs.members -= 1;
            delete stakeOf[operatorId][q];
            _quorumApk[q] = _ecAdd(_quorumApk[q], negPk);
            emit OperatorStakeUpdate(operatorId, q, 0);
        }
        quorumBitmap[operatorId] = bitmap;
        emit OperatorRemovedFromQuorums(operator, operatorId, quorumNumbers);
    }

    /// @dev Reverts unless p has canonical coordinates and lies on y^2 = x^3 + 3
    ///      (G1 has cofactor 1, so that also puts it in the subgroup). The identity is
    ///      rejected by the callers before.
    function _requireOnG1(G1Point memory p) internal pure {
        if (p.X >= FP_MODULUS || p.Y >= FP_MODULUS) revert InvalidG1Point();
        uint256 rhs = addmod(mulmod(mulmod(p.X, p.X, FP_MODULUS), p.X, FP_MODULUS), 3, FP_MODULUS);
        if (mulmod(p.Y, p.Y, FP_MODULUS) != rhs) revert InvalidG1Point();
    }

    /// @dev Checks EigenLayer's registration equation (BLSApkRegistry):
    ///      gamma = keccak256(sig, pk1, pk2, H(m)) mod r;
    ///      e(sig + gamma*pk1, -G2) * e(H(m) + gamma*G1, pk2) == 1.
    function _verifyPossession(G1Point memory pk1, G2Point memory pk2, G1Point memory sig, bytes32 digest)
        internal
        view
        returns (bool)
    {
        G1Point memory h = hashToG1(digest);
        uint256 gamma = uint256(
            keccak256(
                abi.encodePacked(sig.X, sig.Y, pk1.X, pk1.Y, pk2.X[0], pk2.X[1], pk2.Y[0], pk2.Y[1], h.X, h.Y)
            )
        ) % FR_MODULUS;
        G1Point memory left = _ecAdd(sig, _ecMul(pk1, gamma));
        G1Point memory right = _ecAdd(h, _ecMul(G1Point(1, 2), gamma));
        return _pairing2(left, right, pk2);
    }

    /// @dev ecAdd precompile (0x06); reverts if it rejects its input.
    function _ecAdd(G1Point memory a, G1Point memory b) internal view returns (G1Point memory c) {
        uint256[4] memory input = [a.X, a.Y, b.X, b.Y];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, input, 0x80, c, 0x40)
        }
        if (!ok) revert InvalidPoint();
    }

    /// @dev ecMul precompile (0x07); reverts if it rejects its input.
    function _ecMul(G1Point memory a, uint256 s) internal view returns (G1Point memory c) {
        uint256[3] memory input = [a.X, a.Y, s];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x07, input, 0x60, c, 0x40)
        }
        if (!ok) revert InvalidPoint();
    }

    /// @dev ecPairing precompile (0x08): whether e(a, -G2) * e(b, q) == 1. Reverts if the
    ///      precompile rejects its input (coordinates not below p, points off their
    ///      curves, q outside the prime-order subgroup).
    function _pairing2(G1Point memory a, G1Point memory b, G2Point memory q) internal view returns (bool) {
        uint256[12] memory input = [
            a.X, a.Y, NEG_G2_X0, NEG_G2_X1, NEG_G2_Y0, NEG_G2_Y1,
            b.X, b.Y, q.X[0], q.X[1], q.Y[0], q.Y[1]
        ];
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, input, 0x180, out, 0x20)
        }
        if (!ok) revert InvalidPoint();
        return out[0] == 1;
    }

    /// @dev modexp precompile (0x05): base^exponent mod modulus.
    function _expMod(uint256 base, uint256 exponent, uint256 modulus) internal view returns (uint256 result) {
        uint256[6] memory input = [uint256(32), 32, 32, base, exponent, modulus];
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x05, input, 0xc0, out, 0x20)
        }
        if (!ok) revert InvalidPoint();
        result = out[0];
    }
}

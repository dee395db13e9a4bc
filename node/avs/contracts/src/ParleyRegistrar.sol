// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IAllocationManager, OperatorSet} from "./interfaces/IAllocationManager.sol";
import {IAVSRegistrar} from "./interfaces/IAVSRegistrar.sol";
import {IKeyRegistrar} from "./interfaces/IKeyRegistrar.sol";
import {IStrategy} from "./interfaces/IStrategy.sol";
import {Owned} from "./Owned.sol";

/// @title ParleyRegistrar
/// @notice Parley's EigenLayer AVS (interop/SPEC.md §8.1). This contract's address *is*
///         the AVS: the `avs` of Parley's operator sets in EigenLayer's AllocationManager
///         and KeyRegistrar and of every attestation. It is also its own
///         `IAVSRegistrar`: the AllocationManager calls the AVS address when no other
///         registrar is set, so every registration and deregistration for a Parley set
///         passes through `registerOperator` / `deregisterOperator` here.
///
///         Membership rules (checked on registration, for every set named): the set is
///         one of Parley's (created here, id < 192); the operator has a key for it in the
///         KeyRegistrar; the set has at most `maxMembers` members with the newcomer; and
///         the operator's weight (SPEC §5: minimum slashable stake through
///         `block.number + MAX_SNAPSHOT_AGE` times the set's strategy multipliers) is at
///         least `minWeight`. The owner creates and tunes sets (Σ maxMembers ≤ 4096 over
///         all sets, and never below a set's current member count, so the members of
///         all sets always fit one snapshot), ejects operators and slashes; one
///         configured slasher contract may slash too.
///
///         Each set has a membership *epoch*, increased on every registration,
///         deregistration and slash in it; the table publisher refuses to seal a
///         snapshot during which an epoch moved.
/// @dev    This contract never calls EigenLayer's PermissionController: it sets no
///         admins and no appointees, so in EigenLayer only this contract can act as the
///         AVS (create sets, change strategies, slash, deregister members, set another
///         registrar). Every slash and membership change of a Parley set therefore
///         passes through this contract and moves the set's epoch, which is what makes
///         the publisher's epoch check sound. A future version must not add
///         PermissionController appointees without bumping epochs some other way.
///
///         Weights count stake slashable through `MAX_SNAPSHOT_AGE` blocks ahead. That
///         holds only if EigenLayer's DEALLOCATION_DELAY exceeds that horizon (mainnet:
///         100,800 blocks); with a shorter delay, stake deallocated later than the
///         query may leave before the horizon.
contract ParleyRegistrar is Owned, IAVSRegistrar {
    /// @notice Operator-set ids are below this (they are one byte in a certificate).
    uint32 public constant MAX_OPERATOR_SET_ID = 192;
    /// @notice The most operator sets the AVS has (one snapshot covers all of them).
    uint256 public constant MAX_SETS = 32;
    /// @notice Bound on Σ maxMembers over all sets: a snapshot's MaxEntries.
    uint256 public constant MAX_ENTRIES = 4096;
    /// @notice How far ahead stake must stay slashable to count (SPEC MaxSnapshotAge).
    uint32 public constant MAX_SNAPSHOT_AGE = 8191;
    /// @notice A multiplier of WAD counts one unit of stake as one unit of weight.
    uint256 public constant WAD = 1e18;

    uint256 internal constant MAX_WEIGHT = 0xffffffffffffffffffffffff; // 2^96 - 1

    /// @notice EigenLayer's AllocationManager.
    IAllocationManager public immutable allocationManager;
    /// @notice EigenLayer's KeyRegistrar.
    IKeyRegistrar public immutable keyRegistrar;

    /// @dev One storage slot per set.
    struct SetConfig {
        bool exists;
        uint32 maxMembers;
        uint64 epoch;
        uint96 minWeight;
    }

    mapping(uint32 => SetConfig) internal _sets;
    mapping(uint32 => IStrategy[]) internal _strategies;
    mapping(uint32 => mapping(IStrategy => uint256)) internal _multipliers;
    mapping(uint32 => mapping(IStrategy => bool)) internal _listed;
    uint32[] internal _ids; // ascending

    /// @notice Σ maxMembers over all sets (≤ MAX_ENTRIES).
    uint32 public totalMaxMembers;
    /// @notice The contract that may slash besides the owner (zero: none).
    address public slasher;

    event OperatorSetCreated(uint32 indexed operatorSetId, uint96 minWeight, uint32 maxMembers);
    event StrategyAdded(uint32 indexed operatorSetId, IStrategy indexed strategy, uint256 multiplier);
    event MultiplierSet(uint32 indexed operatorSetId, IStrategy indexed strategy, uint256 multiplier);
    event MinWeightSet(uint32 indexed operatorSetId, uint96 minWeight);
    event MaxMembersSet(uint32 indexed operatorSetId, uint32 maxMembers);
    event SlasherSet(address indexed slasher);
    /// @notice An operator joined a set; `epoch` is the set's new epoch.
    event OperatorRegistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch);
    /// @notice An operator left (or was ejected from) a set.
    event OperatorDeregistered(address indexed operator, uint32 indexed operatorSetId, uint64 epoch);
    /// @notice An operator was slashed in a set (EigenLayer's slash id).
    event OperatorSlashed(address indexed operator, uint32 indexed operatorSetId, uint64 epoch, uint256 slashId);

    /// @notice The caller of a registrar callback is not the AllocationManager.
    error NotAllocationManager(address caller);
    /// @notice A registrar callback names another AVS.
    error WrongAVS(address avs);
    /// @notice The operator-set id is 192 or more.
    error InvalidOperatorSetId(uint32 operatorSetId);
    /// @notice The set was created before.
    error OperatorSetExists(uint32 operatorSetId);
    /// @notice Creating another set would exceed MAX_SETS.
    error TooManyOperatorSets();
    /// @notice The set is not one of Parley's.
    error UnknownOperatorSet(uint32 operatorSetId);
    /// @notice Strategy and multiplier lists differ in length.
    error LengthMismatch();
    /// @notice The strategy is listed twice, or already in the set.
    error DuplicateStrategy(uint32 operatorSetId, IStrategy strategy);
    /// @notice The strategy is not in the set.
    error UnknownStrategy(uint32 operatorSetId, IStrategy strategy);
    /// @notice Σ maxMembers over all sets would exceed MAX_ENTRIES.
    error MaxMembersExceeded(uint256 total);
    /// @notice maxMembers below the set's current member count.
    error MaxMembersBelowMemberCount(uint32 operatorSetId, uint256 members);
    /// @notice The caller is neither the owner nor the slasher.
    error NotSlasher(address caller);
    /// @notice The registering operator has no key for the set in the KeyRegistrar.
    error MissingKey(uint32 operatorSetId, address operator);
    /// @notice The set would have more than maxMembers members.
    error OperatorSetFull(uint32 operatorSetId, uint32 maxMembers);
    /// @notice The registering operator's weight is below the set's minWeight.
    error InsufficientWeight(uint32 operatorSetId, uint96 weight, uint96 minWeight);
    /// @notice The AllocationManager's getMinimumSlashableStake answer is not one stake per
    ///         operator and strategy.
    error MalformedStakes();

    /// @param owner_ The AVS's owner (sets, parameters, ejection, slashing).
    /// @param am     EigenLayer's AllocationManager.
    /// @param kr     EigenLayer's KeyRegistrar.
    constructor(address owner_, IAllocationManager am, IKeyRegistrar kr) Owned(owner_) {
        if (address(am) == address(0) || address(kr) == address(0)) revert ZeroAddress();
        allocationManager = am;
        keyRegistrar = kr;
    }

    modifier onlyAllocationManager(address avs) {
        if (msg.sender != address(allocationManager)) revert NotAllocationManager(msg.sender);
        if (avs != address(this)) revert WrongAVS(avs);
        _;
    }

    // ---------------------------------------------------------------- owner: the AVS

    /// @notice Emits the AVS's metadata URI in EigenLayer (needed once before the first set).
    function setMetadataURI(string calldata uri) external onlyOwner {
        allocationManager.updateAVSMetadataURI(address(this), uri);
    }

    /// @notice Creates operator set `id` in EigenLayer with `strategies` (weighted by
    ///         `multipliers`, WAD = 1x) and configures BN254 keys for it.
    function createOperatorSet(
        uint32 id,
        IStrategy[] calldata strategies,
        uint256[] calldata multipliers,
        uint96 minWeight_,
        uint32 maxMembers_
    ) external onlyOwner {
        if (id >= MAX_OPERATOR_SET_ID) revert InvalidOperatorSetId(id);
        if (_sets[id].exists) revert OperatorSetExists(id);
        if (_ids.length >= MAX_SETS) revert TooManyOperatorSets();
        uint256 total = uint256(totalMaxMembers) + maxMembers_;
        if (total > MAX_ENTRIES) revert MaxMembersExceeded(total);
        // total ≤ MAX_ENTRIES (checked above)
        // forge-lint: disable-next-line(unsafe-typecast)
        totalMaxMembers = uint32(total);
        _sets[id] = SetConfig({exists: true, maxMembers: maxMembers_, epoch: 0, minWeight: minWeight_});
        _insertId(id);
        emit OperatorSetCreated(id, minWeight_, maxMembers_);
        _listStrategies(id, strategies, multipliers);

        IAllocationManager.CreateSetParams[] memory params = new IAllocationManager.CreateSetParams[](1);
        params[0] = IAllocationManager.CreateSetParams({operatorSetId: id, strategies: strategies});
        allocationManager.createOperatorSets(address(this), params);
        keyRegistrar.configureOperatorSet(OperatorSet(address(this), id), IKeyRegistrar.CurveType.BN254);
    }

    /// @notice Adds strategies (with their multipliers) to set `id`.
    function addStrategies(uint32 id, IStrategy[] calldata strategies, uint256[] calldata multipliers)
        external
        onlyOwner
    {
        _known(id);
        _listStrategies(id, strategies, multipliers);
        allocationManager.addStrategiesToOperatorSet(address(this), id, strategies);
    }

    /// @notice Sets the multiplier (WAD = 1x) of a strategy of set `id`.
    function setMultiplier(uint32 id, IStrategy strategy, uint256 multiplier) external onlyOwner {
        _known(id);
        if (!_listed[id][strategy]) revert UnknownStrategy(id, strategy);
        _multipliers[id][strategy] = multiplier;
        emit MultiplierSet(id, strategy, multiplier);
    }

    /// @notice Sets the least weight a newcomer to set `id` needs (members stay).
    function setMinWeight(uint32 id, uint96 w) external onlyOwner {
        _known(id);
        _sets[id].minWeight = w;
        emit MinWeightSet(id, w);
    }

    /// @notice Sets the most members set `id` may have: not below its member count, and
    ///         Σ maxMembers ≤ MAX_ENTRIES.
    function setMaxMembers(uint32 id, uint32 n) external onlyOwner {
        _known(id);
        uint256 members = allocationManager.getMemberCount(OperatorSet(address(this), id));
        if (n < members) revert MaxMembersBelowMemberCount(id, members);
        uint256 total = uint256(totalMaxMembers) - _sets[id].maxMembers + n;
        if (total > MAX_ENTRIES) revert MaxMembersExceeded(total);
        // total ≤ MAX_ENTRIES (checked above)
        // forge-lint: disable-next-line(unsafe-typecast)
        totalMaxMembers = uint32(total);
        _sets[id].maxMembers = n;
        emit MaxMembersSet(id, n);
    }

    /// @notice Removes `operator` from sets `ids` (EigenLayer then calls
    ///         `deregisterOperator` here, which moves the sets' epochs).
    function eject(address operator, uint32[] calldata ids) external onlyOwner {
        allocationManager.deregisterFromOperatorSets(
            IAllocationManager.DeregisterParams({operator: operator, avs: address(this), operatorSetIds: ids})
        );
    }

    /// @notice Sets the contract that may slash besides the owner (zero: none).
    function setSlasher(address slasher_) external onlyOwner {
        slasher = slasher_;
        emit SlasherSet(slasher_);
    }

    /// @notice Slashes an operator in one of Parley's sets, as the AVS (owner or slasher).
    ///         Moves the set's epoch.
    function slashOperator(IAllocationManager.SlashingParams calldata params)
        external
        returns (uint256 slashId, uint256[] memory shares)
    {
        if (msg.sender != owner && msg.sender != slasher) revert NotSlasher(msg.sender);
        (slashId, shares) = allocationManager.slashOperator(address(this), params);
        uint64 e = _bump(params.operatorSetId);
        emit OperatorSlashed(params.operator, params.operatorSetId, e, slashId);
    }

    // ------------------------------------------------------------- IAVSRegistrar

    /// @inheritdoc IAVSRegistrar
    /// @dev The AllocationManager has already added the operator to every set named.
    function registerOperator(address operator, address avs, uint32[] calldata ids, bytes calldata)
        external
        onlyAllocationManager(avs)
    {
        uint32 horizon = uint32(block.number + MAX_SNAPSHOT_AGE);
        for (uint256 i = 0; i < ids.length; i++) {
            uint32 id = ids[i];
            SetConfig memory c = _sets[id];
            if (!c.exists) revert UnknownOperatorSet(id);
            OperatorSet memory set = OperatorSet(address(this), id);
            if (!keyRegistrar.isRegistered(set, operator)) revert MissingKey(id, operator);
            if (allocationManager.getMemberCount(set) > c.maxMembers) revert OperatorSetFull(id, c.maxMembers);
            uint96 w = _weightOf(id, operator, horizon);
            if (w < c.minWeight) revert InsufficientWeight(id, w, c.minWeight);
            emit OperatorRegistered(operator, id, _bump(id));
        }
    }

    /// @inheritdoc IAVSRegistrar
    /// @dev Never refuses: leaving must always be possible.
    function deregisterOperator(address operator, address avs, uint32[] calldata ids)
        external
        onlyAllocationManager(avs)
    {
        for (uint256 i = 0; i < ids.length; i++) {
            emit OperatorDeregistered(operator, ids[i], _bump(ids[i]));
        }
    }

    /// @inheritdoc IAVSRegistrar
    function supportsAVS(address avs) external view returns (bool) {
        return avs == address(this);
    }

    // -------------------------------------------------------------------- views

    /// @notice Each operator's weight in set `id` (SPEC §5): Σ over the set's strategies
    ///         of `stake * multiplier / 1e18` (each term floored), with the stake from one
    ///         `getMinimumSlashableStake(set, operators, strategies, futureBlock)`,
    ///         capped at 2^96 - 1 (saturating, never reverting on overflow).
    function weightsOf(uint32 id, address[] calldata operators, uint32 futureBlock)
        external
        view
        returns (uint96[] memory)
    {
        _known(id);
        uint256 w;
        assembly ("memory-safe") {
            w := operators.offset
        }
        w = _weights(id, w, operators.length, true, futureBlock);
        assembly ("memory-safe") {
            // w is preceded by 0x20 and the length: the ABI encoding of a uint96[]
            return(sub(w, 64), add(64, shl(5, operators.length)))
        }
    }

    /// @notice Parley's operator-set ids, ascending.
    function operatorSetIds() external view returns (uint32[] memory) {
        return _ids;
    }

    /// @notice The membership epoch of set `id` (0 for an unknown set).
    function epoch(uint32 id) external view returns (uint64) {
        return _sets[id].epoch;
    }

    /// @notice Whether `id` is one of Parley's operator sets.
    function isOperatorSet(uint32 id) external view returns (bool) {
        return _sets[id].exists;
    }

    /// @notice The least weight a newcomer to set `id` needs.
    function minWeight(uint32 id) external view returns (uint96) {
        return _sets[id].minWeight;
    }

    /// @notice The most members set `id` may have.
    function maxMembers(uint32 id) external view returns (uint32) {
        return _sets[id].maxMembers;
    }

    /// @notice Set `id`'s strategies (in the order added) and their multipliers.
    function strategiesOf(uint32 id)
        external
        view
        returns (IStrategy[] memory strategies, uint256[] memory multipliers)
    {
        strategies = _strategies[id];
        multipliers = new uint256[](strategies.length);
        for (uint256 j = 0; j < strategies.length; j++) {
            multipliers[j] = _multipliers[id][strategies[j]];
        }
    }

    /// @notice The multiplier of a strategy of set `id` (0 if not listed).
    function multiplierOf(uint32 id, IStrategy strategy) external view returns (uint256) {
        return _multipliers[id][strategy];
    }

    // ----------------------------------------------------------------- internal

    function _known(uint32 id) internal view {
        if (!_sets[id].exists) revert UnknownOperatorSet(id);
    }

    function _bump(uint32 id) internal returns (uint64 e) {
        e = _sets[id].epoch + 1;
        _sets[id].epoch = e;
    }

    function _insertId(uint32 id) internal {
        _ids.push(id);
        uint256 i = _ids.length - 1;
        while (i > 0 && _ids[i - 1] > id) {
            _ids[i] = _ids[i - 1];
            i--;
        }
        _ids[i] = id;
    }

    function _listStrategies(uint32 id, IStrategy[] calldata strategies, uint256[] calldata multipliers) internal {
        if (strategies.length != multipliers.length) revert LengthMismatch();
        for (uint256 j = 0; j < strategies.length; j++) {
            IStrategy s = strategies[j];
            if (_listed[id][s]) revert DuplicateStrategy(id, s);
            _listed[id][s] = true;
            _multipliers[id][s] = multipliers[j];
            _strategies[id].push(s);
            emit StrategyAdded(id, s, multipliers[j]);
        }
    }

    /// @dev The weight of one operator (registration).
    function _weightOf(uint32 id, address operator, uint32 futureBlock) internal view returns (uint96 w) {
        uint256 at;
        assembly ("memory-safe") {
            at := mload(0x40)
            mstore(at, operator)
            mstore(0x40, add(at, 32))
        }
        at = _weights(id, at, 1, false, futureBlock);
        assembly ("memory-safe") {
            w := mload(at)
        }
    }

    /// @dev The weights of n operators (addresses as words at `ops`, in calldata or in
    ///      memory) in set id: a memory pointer to n words, preceded by the words 0x20
    ///      and n (so that `weightsOf` returns them as they are). This is on the
    ///      publisher's per-member path, so the AllocationManager call is encoded from
    ///      the operators in place and its answer (abi.encode(uint256[][])) read in
    ///      place, without nested memory arrays.
    function _weights(uint32 id, uint256 ops, uint256 n, bool inCalldata, uint32 futureBlock)
        internal
        view
        returns (uint256 w)
    {
        IStrategy[] memory strategies = _strategies[id];
        uint256 k = strategies.length;
        uint256[] memory mult = new uint256[](k);
        for (uint256 j = 0; j < k; j++) {
            mult[j] = _multipliers[id][strategies[j]];
        }
        assembly ("memory-safe") {
            w := add(mload(0x40), 64)
            mstore(0x40, add(w, shl(5, n)))
            mstore(sub(w, 64), 0x20)
            mstore(sub(w, 32), n)
        }
        if (n == 0) return w;
        if (k == 0) {
            assembly ("memory-safe") {
                calldatacopy(w, calldatasize(), shl(5, n)) // zeros
            }
            return w;
        }
        // getMinimumSlashableStake((avs, id), operators, strategies, futureBlock)
        bytes4 sel = IAllocationManager.getMinimumSlashableStake.selector;
        address am = address(allocationManager);
        bool bad;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, sel)
            mstore(add(m, 4), address())
            mstore(add(m, 36), id)
            mstore(add(m, 68), 0xa0)
            mstore(add(m, 100), add(0xc0, shl(5, n)))
            mstore(add(m, 132), futureBlock)
            mstore(add(m, 164), n)
            switch inCalldata
            case 0 { mcopy(add(m, 196), ops, shl(5, n)) }
            default { calldatacopy(add(m, 196), ops, shl(5, n)) }
            let at := add(add(m, 196), shl(5, n))
            mstore(at, k)
            mcopy(add(at, 32), add(strategies, 32), shl(5, k))
            if iszero(staticcall(gas(), am, m, sub(add(at, add(32, shl(5, k))), m), 0, 0)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            // The answer: 0x20, n, n offsets (counted from the first offset's position),
            // then per operator k, then its k stakes. weight_i = min(Σ_j min(stake_ij *
            // mult_j / WAD, 2^96-1), 2^96-1): each term is capped before the sum (so k
            // terms cannot overflow), and a product above 2^256 (whose quotient is far
            // above the cap) saturates instead of reverting.
            let size := returndatasize()
            returndatacopy(m, 0, size)
            let inner := add(64, shl(5, add(k, 1))) // the least size for one inner array
            bad := or(lt(size, add(inner, shl(5, n))), or(iszero(eq(mload(m), 0x20)), iszero(eq(mload(add(m, 32)), n))))
            let offs := add(m, 64)
            let limit := sub(size, inner) // an inner array must end by size
            for { let i := 0 } and(lt(i, n), iszero(bad)) { i := add(i, 1) } {
                let off := mload(add(offs, shl(5, i)))
                inner := add(offs, off)
                if or(gt(off, limit), iszero(eq(mload(inner), k))) {
                    bad := 1
                    break
                }
                let sum := 0
                for { let j := 0 } lt(j, k) { j := add(j, 1) } {
                    let st := mload(add(inner, shl(5, add(j, 1))))
                    let mu := mload(add(mult, shl(5, add(j, 1))))
                    if and(iszero(iszero(st)), iszero(iszero(mu))) {
                        let t := MAX_WEIGHT
                        if iszero(gt(st, div(not(0), mu))) {
                            t := div(mul(st, mu), WAD)
                            if gt(t, MAX_WEIGHT) { t := MAX_WEIGHT }
                        }
                        sum := add(sum, t)
                    }
                }
                if gt(sum, MAX_WEIGHT) { sum := MAX_WEIGHT }
                mstore(add(w, shl(5, i)), sum)
            }
        }
        if (bad) revert MalformedStakes();
    }
}

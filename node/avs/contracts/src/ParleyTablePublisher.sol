// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IAllocationManager, OperatorSet} from "./interfaces/IAllocationManager.sol";
import {IKeyRegistrar} from "./interfaces/IKeyRegistrar.sol";
import {ParleyRegistrar} from "./ParleyRegistrar.sol";

/// @title ParleyTablePublisher
/// @notice Publishes snapshots of Parley's operator table in L1 logs (interop/SPEC.md
///         §5, §8.2, §9.3). A snapshot covers every Parley operator set; its content is
///         fixed by L1 state (EigenLayer's membership, keys and stake), so anyone may
///         build one. Reading a member's key and stake costs about 50k gas, so a large
///         snapshot is built in pages across transactions and blocks, then sealed:
///
///         - `begin()` records the start block, the sets (ascending ids), each set's
///           member count and membership epoch. At most one snapshot is in progress; a
///           new one may begin once the current one can no longer be sealed (older than
///           MAX_BUILD_BLOCKS, an epoch moved, or its page blocks are used up while
///           members are missing), and at most one may begin per block (a snapshot's
///           logs are found by its start block).
///         - `page(operators)` adds the next members in SPEC §5's order (set id, then
///           address strictly ascending), crossing into the next set when a set's
///           recorded count is reached; it emits one `SnapshotPage` per set it adds to
///           and inserts the entries' leaves into the tree.
///         - `seal()` checks every set is complete, no epoch moved, the snapshot started
///           at most MAX_BUILD_BLOCKS ago and none was sealed in this block, then
///           stores and logs the root. The snapshot's version is (seal block, root).
///         - `publish(operators)` does all three in one transaction.
///
///         Entry (224 bytes): operator[20] || be96(weight) || keyData[192] (G1.X, G1.Y,
///         G2.X[0], G2.X[1], G2.Y[0], G2.Y[1], as the KeyRegistrar stores them).
///         Root: keccak(0x02 || be64(n) || R), R the root of the depth-12 tree with
///         leaf_i = keccak(0x00 || be32(setId_i) || entry_i) at positions i < n, inner
///         nodes keccak(0x01 || left || right), empty subtrees zero_h (zero_0 = 0).
/// @dev    Destinations take this contract's logs by address alone: it must hold exactly
///         this code. The AllocationManager, KeyRegistrar and registrar are trusted,
///         fixed contracts; calls to the first two are static and read their return
///         data in place (no copies), which keeps a member at about EigenLayer's own
///         reading cost.
contract ParleyTablePublisher {
    /// @notice The most entries in a snapshot (2^DEPTH).
    uint256 public constant MAX_ENTRIES = 4096;
    /// @notice The most operator sets in a snapshot.
    uint256 public constant MAX_SETS = 32;
    /// @notice The most distinct blocks (before the seal block) holding a snapshot's pages.
    uint256 public constant MAX_PAGE_BLOCKS = 32;
    /// @notice A snapshot must be sealed at most this many blocks after its start block.
    uint256 public constant MAX_BUILD_BLOCKS = 256;
    /// @notice How long a snapshot stays usable (L1 blocks); weights count stake
    ///         slashable through the start block plus this.
    uint32 public constant MAX_SNAPSHOT_AGE = 8191;
    /// @notice The depth of the snapshot tree.
    uint256 public constant DEPTH = 12;
    /// @notice Operator-set ids are below this.
    uint32 internal constant MAX_OPERATOR_SET_ID = 192;

    uint256 internal constant ENTRY_SIZE = 224;
    /// @dev Selectors of the per-member calls made in assembly (checked in the tests):
    ///      isMemberOfOperatorSet(address,(address,uint32)) and
    ///      getBN254Key((address,uint32),address).
    uint256 internal constant IS_MEMBER_SELECTOR = 0x670d3ba2;
    uint256 internal constant GET_KEY_SELECTOR = 0x9a43e3fb;

    /// @notice The AVS (its operator sets, epochs and weights).
    ParleyRegistrar public immutable registrar;
    /// @notice EigenLayer's AllocationManager (membership).
    IAllocationManager public immutable allocationManager;
    /// @notice EigenLayer's KeyRegistrar (keys).
    IKeyRegistrar public immutable keyRegistrar;

    /// @dev The snapshot in progress, in one slot.
    struct Progress {
        uint64 startBlock;
        uint64 lastPageBlock; // the latest block with a page
        uint32 entries; // entries added (the tree's leaf count)
        uint32 expected; // Σ recorded member counts
        uint8 setCount;
        uint8 setIndex; // the set being filled
        uint8 pageBlocks; // distinct blocks with pages
        bool active;
        uint32 doneInSet; // entries added to sets[setIndex]
    }

    /// @dev One set of the snapshot in progress, in one slot.
    struct SetRecord {
        uint32 id;
        uint32 count; // member count at begin()
        uint64 epoch; // epoch at begin()
        uint128 totalWeight; // Σ weights added (≤ 4096 * 2^96)
    }

    Progress internal _progress;
    address internal _lastOperator; // the last operator added to sets[setIndex]
    uint64 internal _lastBeginBlock;
    SetRecord[32] internal _sets;
    uint64[32] internal _pageBlockNumbers;
    bytes32[12] internal _branch; // the incremental tree's left siblings
    bytes32 internal _fullTree; // the tree's root once it holds MAX_ENTRIES leaves

    /// @notice The root of the snapshot sealed in each block (zero: none).
    mapping(uint64 => bytes32) public snapshotRoot;
    uint64 internal _latestBlock;
    bytes32 internal _latestRoot;

    /// @notice A snapshot began: sets = (be32 id || be32 memberCount)*, ascending ids.
    event SnapshotStarted(uint64 indexed startBlock, bytes sets);
    /// @notice Entries of one set (224 bytes each, in order) were added to a snapshot.
    event SnapshotPage(uint64 indexed startBlock, uint32 operatorSetId, bytes entries);
    /// @notice A snapshot was sealed in this block. sets = (be32 id || be32 memberCount
    ///         || be256 totalWeight)*, ascending ids; pages = (be64 number || hash)*, the
    ///         blocks before this one with pages of the snapshot, ascending.
    event SnapshotSealed(uint64 indexed startBlock, bytes32 root, uint32 entryCount, bytes sets, bytes pages);

    /// @notice A snapshot is in progress and can still be sealed.
    error SnapshotInProgress(uint64 startBlock);
    /// @notice A snapshot already began in this block.
    error AlreadyBegunInBlock();
    /// @notice The registrar has no operator sets.
    error NoOperatorSets();
    /// @notice The registrar lists more than MAX_SETS sets.
    error TooManySets(uint256 count);
    /// @notice The registrar's set ids are not strictly ascending or not below 192.
    error InvalidOperatorSetList();
    /// @notice More entries than the snapshot holds (begin: Σ members > MAX_ENTRIES;
    ///         page: more operators than remain).
    error TooManyEntries(uint256 entries, uint256 limit);
    /// @notice No snapshot is in progress.
    error NoSnapshotInProgress();
    /// @notice The snapshot started more than MAX_BUILD_BLOCKS ago.
    error SnapshotStale(uint64 startBlock);
    /// @notice page() was given no operators.
    error EmptyPage();
    /// @notice A page in a new block would exceed MAX_PAGE_BLOCKS.
    error TooManyPageBlocks();
    /// @notice A set's membership epoch moved since begin().
    error EpochChanged(uint32 operatorSetId);
    /// @notice An operator word has bits above 160.
    error InvalidAddress(uint256 word);
    /// @notice Operators of a set are not strictly ascending.
    error OperatorsNotAscending(address operator);
    /// @notice The operator is not a member of the set.
    error NotMember(uint32 operatorSetId, address operator);
    /// @notice The operator has no key for the set (or the KeyRegistrar call failed).
    error MissingKey(uint32 operatorSetId, address operator);
    /// @notice The registrar's weightsOf answer is not one uint96 per operator.
    error MalformedWeights();
    /// @notice seal() before every set is complete.
    error SnapshotIncomplete(uint32 entries, uint32 expected);
    /// @notice A snapshot was already sealed in this block.
    error AlreadySealedInBlock();

    constructor(ParleyRegistrar registrar_) {
        registrar = registrar_;
        allocationManager = registrar_.allocationManager();
        keyRegistrar = registrar_.keyRegistrar();
    }

    // ----------------------------------------------------------------- building

    /// @notice Starts a snapshot of every Parley operator set at this block.
    function begin() external {
        _begin();
    }

    /// @notice Adds the next members of the snapshot in progress (see the contract doc).
    /// @param operators Member addresses: the current set's next members in strictly
    ///                  ascending order, continuing into the following sets.
    function page(address[] calldata operators) external {
        _page(operators);
    }

    /// @notice Seals the snapshot in progress; returns its root.
    function seal() external returns (bytes32 root) {
        return _seal();
    }

    /// @notice begin(), page(operators) (if any) and seal() in one transaction.
    function publish(address[] calldata operators) external returns (bytes32 root) {
        _begin();
        if (operators.length > 0) _page(operators);
        return _seal();
    }

    // -------------------------------------------------------------------- views

    /// @notice The latest sealed snapshot: its (seal) block and root.
    function latestSnapshot() external view returns (uint64 blockNumber, bytes32 root) {
        return (_latestBlock, _latestRoot);
    }

    /// @notice The snapshot in progress: whether there is one, its start block, the index
    ///         of the set being filled (in `snapshotSets()`), entries added to it, the
    ///         last operator added to it, and entries added and expected in all.
    function progress()
        external
        view
        returns (
            bool active,
            uint64 startBlock,
            uint32 setIndex,
            uint32 doneInSet,
            address lastOperator,
            uint32 entriesDone,
            uint32 expected
        )
    {
        Progress memory p = _progress;
        return (p.active, p.startBlock, p.setIndex, p.doneInSet, _lastOperator, p.entries, p.expected);
    }

    /// @notice The sets of the snapshot in progress (or the last one begun): ids, member
    ///         counts and epochs recorded by begin(), and weights added so far.
    function snapshotSets()
        external
        view
        returns (uint32[] memory ids, uint32[] memory counts, uint64[] memory epochs, uint256[] memory totalWeights)
    {
        uint256 k = _progress.setCount;
        ids = new uint32[](k);
        counts = new uint32[](k);
        epochs = new uint64[](k);
        totalWeights = new uint256[](k);
        for (uint256 i = 0; i < k; i++) {
            SetRecord memory s = _sets[i];
            (ids[i], counts[i], epochs[i], totalWeights[i]) = (s.id, s.count, s.epoch, s.totalWeight);
        }
    }

    /// @notice Whether the snapshot in progress could still be sealed (now or later).
    function sealable() external view returns (bool) {
        Progress memory p = _progress;
        return p.active && _sealable(p);
    }

    // ----------------------------------------------------------------- internal

    function _begin() internal {
        Progress memory p = _progress;
        if (p.active && _sealable(p)) revert SnapshotInProgress(p.startBlock);
        if (_lastBeginBlock == block.number) revert AlreadyBegunInBlock();

        uint32[] memory ids = registrar.operatorSetIds();
        uint256 k = ids.length;
        if (k == 0) revert NoOperatorSets();
        if (k > MAX_SETS) revert TooManySets(k);
        bytes memory setsLog = new bytes(8 * k);
        uint256 total;
        for (uint256 i = 0; i < k; i++) {
            uint32 id = ids[i];
            if (id >= MAX_OPERATOR_SET_ID || (i > 0 && id <= ids[i - 1])) revert InvalidOperatorSetList();
            uint256 count = allocationManager.getMemberCount(OperatorSet(address(registrar), id));
            total += count;
            if (total > MAX_ENTRIES) revert TooManyEntries(total, MAX_ENTRIES);
            // count ≤ total ≤ MAX_ENTRIES (checked above)
            // forge-lint: disable-next-line(unsafe-typecast)
            _sets[i] = SetRecord({id: id, count: uint32(count), epoch: registrar.epoch(id), totalWeight: 0});
            assembly ("memory-safe") {
                mstore(add(add(setsLog, 32), mul(i, 8)), or(shl(224, id), shl(192, count)))
            }
        }
        Progress memory fresh; // all zero but these
        (fresh.startBlock, fresh.active) = (uint64(block.number), true);
        // total ≤ MAX_ENTRIES and k ≤ MAX_SETS (checked above): the casts are exact
        // forge-lint: disable-next-line(unsafe-typecast)
        (fresh.expected, fresh.setCount) = (uint32(total), uint8(k));
        _progress = fresh;
        _lastBeginBlock = uint64(block.number);
        emit SnapshotStarted(uint64(block.number), setsLog);
    }

    /// @dev Whether an active snapshot can still be sealed: not stale, no epoch moved,
    ///      and either complete, or able to take pages (in this block, or in a new one).
    function _sealable(Progress memory p) internal view returns (bool) {
        if (block.number > uint256(p.startBlock) + MAX_BUILD_BLOCKS) return false;
        if (p.entries < p.expected && p.pageBlocks == MAX_PAGE_BLOCKS && p.lastPageBlock != block.number) return false;
        for (uint256 i = 0; i < p.setCount; i++) {
            SetRecord memory s = _sets[i];
            if (registrar.epoch(s.id) != s.epoch) return false;
        }
        return true;
    }

    /// @dev A page's working state in memory, read and written by `_members`' assembly at
    ///      these offsets (a memory struct: one word per field, in order):
    ///      0x00 branch (a pointer to the tree's 12 left siblings, loaded and stored once
    ///      per page), 0x20 scratch (128 bytes for call inputs and node hashing), 0x40 the
    ///      last operator added to the current set (0 at a set's start: no member is
    ///      address 0), 0x60 the current set's id, 0x80 the next leaf's position, 0xa0 where
    ///      the next entry goes in the page buffer, 0xc0 the AllocationManager, 0xe0 the
    ///      KeyRegistrar, 0x100 the AVS (registrar), 0x120 the full tree's root (set when
    ///      the 4096th leaf is inserted).
    struct Cursor {
        bytes32[12] branch;
        uint256 scratch;
        address last;
        uint32 id;
        uint256 index;
        uint256 next;
        address allocationManager;
        address keyRegistrar;
        address avs;
        bytes32 full;
    }

    function _page(address[] calldata ops) internal {
        Progress memory p = _progress;
        if (!p.active) revert NoSnapshotInProgress();
        if (block.number > uint256(p.startBlock) + MAX_BUILD_BLOCKS) revert SnapshotStale(p.startBlock);
        uint256 n = ops.length;
        if (n == 0) revert EmptyPage();
        if (n > p.expected - p.entries) revert TooManyEntries(n, p.expected - p.entries);
        for (uint256 k = 0; k < n; k++) {
            // addresses are read raw (in assembly) below: refuse dirty words first
            uint256 word;
            assembly {
                word := calldataload(add(ops.offset, shl(5, k)))
            }
            if (word >> 160 != 0) revert InvalidAddress(word);
        }
        if (p.pageBlocks == 0 || p.lastPageBlock != block.number) {
            if (p.pageBlocks == MAX_PAGE_BLOCKS) revert TooManyPageBlocks();
            _pageBlockNumbers[p.pageBlocks] = uint64(block.number);
            p.pageBlocks++;
            p.lastPageBlock = uint64(block.number);
        }

        Cursor memory c;
        c.branch = _branch;
        c.last = _lastOperator;
        c.allocationManager = address(allocationManager);
        c.keyRegistrar = address(keyRegistrar);
        c.avs = address(registrar);
        uint256 scratch;
        assembly ("memory-safe") {
            scratch := mload(0x40)
            mstore(0x40, add(scratch, 128))
        }
        c.scratch = scratch;
        for (uint256 i = 0; i < n;) {
            i += _segment(ops, i, p, c);
        }
        _branch = c.branch;
        if (c.full != bytes32(0)) _fullTree = c.full;
        _lastOperator = c.last;
        _progress = p;
    }

    /// @dev Adds the next members, from ops[i], to the current set (moving past complete
    ///      sets first: one with room remains, as entries < expected), up to its recorded
    ///      count; emits their SnapshotPage. Returns how many it added.
    function _segment(address[] calldata ops, uint256 i, Progress memory p, Cursor memory c)
        internal
        returns (uint256 take)
    {
        SetRecord memory s = _sets[p.setIndex];
        while (p.doneInSet == s.count) {
            p.setIndex++;
            p.doneInSet = 0;
            s = _sets[p.setIndex];
        }
        if (registrar.epoch(s.id) != s.epoch) revert EpochChanged(s.id);
        take = s.count - p.doneInSet;
        if (take > ops.length - i) take = ops.length - i;
        // Stake must stay slashable for as long as the snapshot can be used: through the
        // latest possible seal block (start + MAX_BUILD_BLOCKS) plus MAX_SNAPSHOT_AGE.
        uint256 weights = _weightsOf(s.id, ops[i:i + take], uint32(p.startBlock + MAX_BUILD_BLOCKS + MAX_SNAPSHOT_AGE));

        // The log data abi.encode(uint32 id, bytes entries): id word, 0x40, length,
        // entries (224 bytes = 7 words each: no padding).
        uint256 len = take * ENTRY_SIZE;
        uint256 buf;
        uint32 id = s.id;
        assembly ("memory-safe") {
            buf := mload(0x40)
            mstore(0x40, add(buf, add(96, len)))
            mstore(buf, id)
            mstore(add(buf, 32), 0x40)
            mstore(add(buf, 64), len)
        }
        c.id = id;
        if (p.doneInSet == 0) c.last = address(0);
        c.index = p.entries;
        c.next = buf + 96;
        uint256 opsAt;
        assembly {
            opsAt := add(ops.offset, shl(5, i))
        }
        uint256 weight = _members(opsAt, take, weights, c);

        bytes32 topic = SnapshotPage.selector;
        uint256 start = p.startBlock;
        assembly ("memory-safe") {
            log2(buf, add(96, len), topic, start)
        }
        // take ≤ MAX_ENTRIES and weight < take * 2^96: the casts are exact
        // forge-lint: disable-next-line(unsafe-typecast)
        (uint32 added, uint128 w) = (uint32(take), uint128(weight));
        s.totalWeight += w;
        _sets[p.setIndex] = s;
        p.doneInSet += added;
        p.entries += added;
    }

    /// @dev registrar.weightsOf(id, seg, horizon), called and read without copies: returns
    ///      a memory pointer to seg.length weight words. Bubbles the registrar's revert.
    function _weightsOf(uint32 id, address[] calldata seg, uint32 horizon) internal view returns (uint256 weights) {
        address r = address(registrar);
        bytes4 sel = ParleyRegistrar.weightsOf.selector;
        bool ok;
        assembly ("memory-safe") {
            let n := seg.length
            let m := mload(0x40)
            mstore(m, sel)
            mstore(add(m, 4), id)
            mstore(add(m, 36), 0x60)
            mstore(add(m, 68), horizon)
            mstore(add(m, 100), n)
            calldatacopy(add(m, 132), seg.offset, shl(5, n))
            if iszero(staticcall(gas(), r, m, add(132, shl(5, n)), 0, 0)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
            // abi.encode(uint96[]): 0x20, n, n words each below 2^96
            ok := eq(returndatasize(), add(64, shl(5, n)))
            if ok {
                returndatacopy(m, 0, returndatasize())
                mstore(0x40, add(m, returndatasize()))
                weights := add(m, 64)
                let high := 0
                for { let k := 0 } lt(k, n) { k := add(k, 1) } { high := or(high, mload(add(weights, shl(5, k)))) }
                ok := and(and(eq(mload(m), 0x20), eq(mload(add(m, 32)), n)), iszero(shr(96, high)))
            }
        }
        if (!ok) revert MalformedWeights();
    }

    /// @dev For each of `take` members (addresses at calldata `opsAt`, weights at memory
    ///      `weights`): checks the order (strictly above the last one of the set), the
    ///      membership (am.isMemberOfOperatorSet) and the key (kr.getBN254Key: 192 bytes,
    ///      G1 not zero, copied straight into the entry); writes the entry
    ///      (operator || be96(weight) || keyData) at c.next; hashes its leaf
    ///      keccak(0x00 || be32(id) || entry) by borrowing the 5 bytes before the entry
    ///      (the previous entry's tail, or the length word), restored after; and inserts
    ///      it into the incremental tree (deposit-contract algorithm: walk up while the
    ///      new size's bit is 0, hashing keccak(0x01 || left sibling || node); store the
    ///      node where the bit is 1; at the 4096th leaf no bit below 12 is set and the
    ///      node after 12 levels is the full tree's root). Returns the members' total
    ///      weight. One assembly loop: this is the per-member cost of a snapshot.
    function _members(uint256 opsAt, uint256 take, uint256 weights, Cursor memory c)
        internal
        view
        returns (uint256 weight)
    {
        uint256 failed; // failure code << 160 | operator; codes: 1 order, 2 membership, 3 key
        assembly ("memory-safe") {
            let scratch := mload(add(c, 0x20))
            let last := mload(add(c, 0x40))
            let index := mload(add(c, 0x80))
            let e := mload(add(c, 0xa0))
            for { take := add(e, mul(take, 224)) } lt(e, take) { e := add(e, 224) } {
                let op := calldataload(opsAt)
                if iszero(gt(op, last)) {
                    failed := or(shl(160, 1), op)
                    break
                }
                last := op
                // am.isMemberOfOperatorSet(op, (avs, id)) == true
                mstore(scratch, shl(224, IS_MEMBER_SELECTOR))
                mstore(add(scratch, 4), op)
                mstore(add(scratch, 36), mload(add(c, 0x100)))
                mstore(add(scratch, 68), mload(add(c, 0x60)))
                let ok := staticcall(gas(), mload(add(c, 0xc0)), scratch, 100, scratch, 32)
                if iszero(and(ok, and(eq(returndatasize(), 32), eq(mload(scratch), 1)))) {
                    failed := or(shl(160, 2), op)
                    break
                }
                // kr.getBN254Key((avs, id), op): six words, the keyData, into the entry
                mstore(scratch, shl(224, GET_KEY_SELECTOR))
                mstore(add(scratch, 4), mload(add(c, 0x100)))
                mstore(add(scratch, 36), mload(add(c, 0x60)))
                mstore(add(scratch, 68), op)
                ok := staticcall(gas(), mload(add(c, 0xe0)), scratch, 100, 0, 0)
                if iszero(and(ok, eq(returndatasize(), 192))) {
                    failed := or(shl(160, 3), op)
                    break
                }
                returndatacopy(add(e, 32), 0, 192)
                if iszero(or(mload(add(e, 32)), mload(add(e, 64)))) {
                    failed := or(shl(160, 3), op)
                    break
                }
                ok := mload(weights) // (the weight)
                weight := add(weight, ok)
                mstore(e, or(shl(96, op), ok))
                // leaf
                ok := mload(sub(e, 32)) // (the borrowed word)
                mstore(sub(e, 32), mload(add(c, 0x60)))
                let node := keccak256(sub(e, 5), 229)
                mstore(sub(e, 32), ok)
                // insert as leaf number index (0-based), the tree then holding index + 1
                index := add(index, 1)
                mstore8(scratch, 1)
                let size := index
                for { op := mload(c) } 1 {} {
                    // op: the branch slot of this level
                    if and(size, 1) {
                        mstore(op, node)
                        break
                    }
                    mstore(add(scratch, 1), mload(op))
                    mstore(add(scratch, 33), node)
                    node := keccak256(scratch, 65)
                    size := shr(1, size)
                    op := add(op, 32)
                    if eq(op, add(mload(c), 384)) {
                        // 4096 leaves: 12 levels up, node is the full tree's root
                        mstore(add(c, 0x120), node)
                        break
                    }
                }
                opsAt := add(opsAt, 32)
                weights := add(weights, 32)
            }
            mstore(add(c, 0x40), last)
            mstore(add(c, 0x80), index)
            mstore(add(c, 0xa0), e)
        }
        if (failed != 0) {
            // the low 160 bits: the operator (the code is above)
            // forge-lint: disable-next-line(unsafe-typecast)
            address op = address(uint160(failed));
            if (failed >> 160 == 1) revert OperatorsNotAscending(op);
            if (failed >> 160 == 2) revert NotMember(c.id, op);
            revert MissingKey(c.id, op);
        }
    }

    function _seal() internal returns (bytes32 root) {
        Progress memory p = _progress;
        if (!p.active) revert NoSnapshotInProgress();
        if (block.number > uint256(p.startBlock) + MAX_BUILD_BLOCKS) revert SnapshotStale(p.startBlock);
        if (_latestBlock == block.number) revert AlreadySealedInBlock();
        if (p.entries != p.expected) revert SnapshotIncomplete(p.entries, p.expected);

        bytes memory setsLog = new bytes(40 * uint256(p.setCount));
        for (uint256 i = 0; i < p.setCount; i++) {
            SetRecord memory s = _sets[i];
            if (registrar.epoch(s.id) != s.epoch) revert EpochChanged(s.id);
            uint256 id = s.id;
            uint256 count = s.count;
            uint256 total = s.totalWeight;
            assembly ("memory-safe") {
                let at := add(add(setsLog, 32), mul(i, 40))
                mstore(at, or(shl(224, id), shl(192, count)))
                mstore(add(at, 8), total)
            }
        }

        uint256 listed = p.pageBlocks;
        if (listed > 0 && p.lastPageBlock == block.number) listed--; // pages of the seal block are not listed
        bytes memory pagesLog = new bytes(40 * listed);
        for (uint256 i = 0; i < listed; i++) {
            uint256 num = _pageBlockNumbers[i];
            bytes32 hash = blockhash(num);
            assembly ("memory-safe") {
                let at := add(add(pagesLog, 32), mul(i, 40))
                mstore(at, shl(192, num))
                mstore(add(at, 8), hash)
            }
        }

        root = _root(p.entries);
        uint64 b = uint64(block.number);
        snapshotRoot[b] = root;
        _latestBlock = b;
        _latestRoot = root;
        _progress.active = false;
        emit SnapshotSealed(p.startBlock, root, p.entries, setsLog, pagesLog);
    }

    /// @dev keccak(0x02 || be64(n) || tree root) for the tree of the n leaves inserted.
    function _root(uint256 n) internal view returns (bytes32 root) {
        bytes32 tree;
        if (n == MAX_ENTRIES) {
            tree = _fullTree;
        } else {
            bytes32[12] memory branch = _branch;
            assembly ("memory-safe") {
                let buf := mload(0x40)
                mstore8(buf, 1)
                let node := 0
                let zero := 0
                let size := n
                for { let h := 0 } lt(h, 12) { h := add(h, 1) } {
                    switch and(size, 1)
                    case 1 {
                        mstore(add(buf, 1), mload(add(branch, shl(5, h))))
                        mstore(add(buf, 33), node)
                    }
                    default {
                        mstore(add(buf, 1), node)
                        mstore(add(buf, 33), zero)
                    }
                    node := keccak256(buf, 65)
                    mstore(add(buf, 1), zero)
                    mstore(add(buf, 33), zero)
                    zero := keccak256(buf, 65)
                    size := shr(1, size)
                }
                tree := node
            }
        }
        assembly ("memory-safe") {
            let buf := mload(0x40)
            mstore8(buf, 2)
            mstore(add(buf, 1), shl(192, n))
            mstore(add(buf, 9), tree)
            root := keccak256(buf, 41)
        }
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Test code: casts of small test values are exact.
// forge-lint: disable-start(unsafe-typecast)

import {Test, Vm} from "./Test.sol";
import {RefRoot} from "./RefRoot.sol";
import {MockAllocationManager} from "../mocks/MockAllocationManager.sol";
import {MockKeyRegistrar} from "../mocks/MockKeyRegistrar.sol";
import {ParleyRegistrar} from "../../src/ParleyRegistrar.sol";
import {ParleyTablePublisher} from "../../src/ParleyTablePublisher.sol";
import {IAllocationManager, OperatorSet} from "../../src/interfaces/IAllocationManager.sol";
import {IKeyRegistrar} from "../../src/interfaces/IKeyRegistrar.sol";
import {IStrategy} from "../../src/interfaces/IStrategy.sol";

/// Mocks of EigenLayer, Parley's registrar (owned by the test) and publisher, and
/// helpers to create sets, join operators and read back snapshots from their logs.
abstract contract Fixture is Test {
    MockAllocationManager internal am;
    MockKeyRegistrar internal kr;
    ParleyRegistrar internal reg;
    ParleyTablePublisher internal pub;

    IStrategy internal constant S1 = IStrategy(address(0x5701));
    IStrategy internal constant S2 = IStrategy(address(0x5702));
    uint256 internal constant WAD = 1e18;

    bytes32 internal constant PAGE_TOPIC = keccak256("SnapshotPage(uint64,uint32,bytes)");
    bytes32 internal constant SEAL_TOPIC = keccak256("SnapshotSealed(uint64,bytes32,uint32,bytes,bytes)");
    bytes32 internal constant START_TOPIC = keccak256("SnapshotStarted(uint64,bytes)");

    function setUp() public virtual {
        vm.roll(1000);
        am = new MockAllocationManager();
        kr = new MockKeyRegistrar();
        reg = new ParleyRegistrar(address(this), IAllocationManager(address(am)), IKeyRegistrar(address(kr)));
        reg.setMetadataURI("https://parley.example/avs.json");
        pub = new ParleyTablePublisher(reg);
    }

    // ------------------------------------------------------------- building

    function _strategies1() internal pure returns (IStrategy[] memory s, uint256[] memory m) {
        s = new IStrategy[](1);
        m = new uint256[](1);
        (s[0], m[0]) = (S1, WAD);
    }

    /// Creates set `id` with strategy S1 at 1x.
    function _createSet(uint32 id, uint96 minWeight, uint32 maxMembers) internal {
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        reg.createOperatorSet(id, s, m, minWeight, maxMembers);
    }

    /// A deterministic operator address.
    function _op(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("operator", i)))));
    }

    /// Deterministic (not on-curve: the publisher does not decode keys) key data.
    function _keyData(address op, uint32 id) internal pure returns (bytes memory k) {
        k = new bytes(192);
        for (uint256 j = 0; j < 6; j++) {
            bytes32 w = keccak256(abi.encode("key", op, id, j));
            assembly {
                mstore(add(add(k, 32), mul(j, 32)), w)
            }
        }
    }

    function _set(uint32 id) internal view returns (OperatorSet memory) {
        return OperatorSet(address(reg), id);
    }

    function _ids(uint32 id) internal pure returns (uint32[] memory ids) {
        ids = new uint32[](1);
        ids[0] = id;
    }

    /// Registers op for set id with a key and `stake` of S1 (weight = stake at 1x).
    function _join(address op, uint32 id, uint256 stake) internal {
        _joinWithKey(op, id, stake, _keyData(op, id));
    }

    function _joinWithKey(address op, uint32 id, uint256 stake, bytes memory keyData) internal {
        kr.registerKey(op, _set(id), keyData);
        am.setStake(address(reg), id, op, S1, stake);
        vm.prank(op);
        am.registerForOperatorSets(op, MockAllocationManager.RegisterParams(address(reg), _ids(id), ""));
    }

    function _leave(address op, uint32 id) internal {
        vm.prank(op);
        am.deregisterFromOperatorSets(IAllocationManager.DeregisterParams(op, address(reg), _ids(id)));
    }

    /// Set id's members, ascending.
    function _members(uint32 id) internal view returns (address[] memory m) {
        m = am.getMembers(_set(id));
        for (uint256 i = 1; i < m.length; i++) {
            address x = m[i];
            uint256 j = i;
            while (j > 0 && m[j - 1] > x) {
                m[j] = m[j - 1];
                j--;
            }
            m[j] = x;
        }
    }

    /// All members of all registrar sets in snapshot order.
    function _allMembers() internal view returns (address[] memory all) {
        uint32[] memory ids = reg.operatorSetIds();
        uint256 n;
        for (uint256 i = 0; i < ids.length; i++) {
            n += am.getMemberCount(_set(ids[i]));
        }
        all = new address[](n);
        uint256 at;
        for (uint256 i = 0; i < ids.length; i++) {
            address[] memory m = _members(ids[i]);
            for (uint256 j = 0; j < m.length; j++) {
                all[at++] = m[j];
            }
        }
    }

    function _slice(address[] memory a, uint256 from, uint256 to) internal pure returns (address[] memory s) {
        s = new address[](to - from);
        for (uint256 i = from; i < to; i++) {
            s[i - from] = a[i];
        }
    }

    /// The entry the publisher should emit for op in set id with `weight`.
    function _entry(address op, uint32 id, uint96 weight) internal pure returns (bytes memory) {
        return abi.encodePacked(op, weight, _keyData(op, id));
    }

    // ------------------------------------------------------------ reading logs

    struct Seal {
        uint64 startBlock;
        bytes32 root;
        uint32 entryCount;
        bytes sets;
        bytes pages;
    }

    /// Collects the recorded SnapshotPage logs (set ids and entries, in order) and the
    /// SnapshotSealed log (if any) of the publisher; checks §9.3's strict encodings.
    function _readLogs(Vm.Log[] memory logs)
        internal
        view
        returns (uint32[] memory pageSets, bytes[] memory pageEntries, uint64[] memory pageStarts, Seal memory seal)
    {
        uint256 n;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter == address(pub) && logs[i].topics[0] == PAGE_TOPIC) n++;
        }
        pageSets = new uint32[](n);
        pageEntries = new bytes[](n);
        pageStarts = new uint64[](n);
        uint256 at;
        for (uint256 i = 0; i < logs.length; i++) {
            Vm.Log memory l = logs[i];
            if (l.emitter != address(pub)) continue;
            if (l.topics[0] == PAGE_TOPIC) {
                assertEq(l.topics.length, 2, "page topics");
                (uint32 id, bytes memory entries) = abi.decode(l.data, (uint32, bytes));
                // strict: exactly the canonical encoding, entries non-empty whole entries
                assertEq(l.data, abi.encode(id, entries), "page data canonical");
                assertTrue(entries.length > 0 && entries.length % 224 == 0, "page entries length");
                pageSets[at] = id;
                pageEntries[at] = entries;
                pageStarts[at] = uint64(uint256(l.topics[1]));
                at++;
            } else if (l.topics[0] == SEAL_TOPIC) {
                assertEq(l.topics.length, 2, "seal topics");
                seal.startBlock = uint64(uint256(l.topics[1]));
                (seal.root, seal.entryCount, seal.sets, seal.pages) =
                    abi.decode(l.data, (bytes32, uint32, bytes, bytes));
                assertEq(l.data, abi.encode(seal.root, seal.entryCount, seal.sets, seal.pages), "seal data canonical");
                // head words as §9.3 spells them
                assertEq(_word(l.data, 2), 0x80, "sets offset");
                assertEq(_word(l.data, 3), 0x80 + 32 + 32 * ((seal.sets.length + 31) / 32), "pages offset");
            }
        }
    }

    function _word(bytes memory d, uint256 i) internal pure returns (uint256 w) {
        assembly {
            w := mload(add(add(d, 32), mul(i, 32)))
        }
    }

    /// Recomputes the root of the logged pages with the independent reference.
    function _refRootOf(uint32[] memory pageSets, bytes[] memory pageEntries) internal pure returns (bytes32) {
        uint256 n;
        for (uint256 i = 0; i < pageEntries.length; i++) {
            n += pageEntries[i].length / 224;
        }
        bytes32[] memory leaves = new bytes32[](n);
        uint256 at;
        for (uint256 i = 0; i < pageEntries.length; i++) {
            for (uint256 k = 0; k < pageEntries[i].length / 224; k++) {
                leaves[at++] = RefRoot.leaf(pageSets[i], _sub(pageEntries[i], k * 224, 224));
            }
        }
        return RefRoot.root(leaves);
    }

    function _sub(bytes memory b, uint256 from, uint256 len) internal pure returns (bytes memory s) {
        s = new bytes(len);
        for (uint256 i = 0; i < len; i++) {
            s[i] = b[from + i];
        }
    }

    /// (be32 id || be32 count || be256 total) for one set of a seal.
    function _sealSet(uint32 id, uint32 count, uint256 total) internal pure returns (bytes memory) {
        return abi.encodePacked(id, count, total);
    }
}
// forge-lint: disable-end(unsafe-typecast)

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IAllocationManager, OperatorSet} from "../../src/interfaces/IAllocationManager.sol";
import {IAVSRegistrar} from "../../src/interfaces/IAVSRegistrar.sol";
import {IStrategy} from "../../src/interfaces/IStrategy.sol";

/// A fake of EigenLayer core v1.8.1's AllocationManager for the calls Parley makes, with
/// v1.8.1's behaviour where it matters: only the AVS acts for its sets (no appointees),
/// sets need the AVS's metadata first, registration adds the operator before calling the
/// AVS's registrar (the AVS itself: no setAVSRegistrar here), deregistration removes it
/// before calling back, and getMinimumSlashableStake reads a configurable table (zero for
/// operators not slashable by the set).
contract MockAllocationManager is IAllocationManager {
    struct RegisterParams {
        address avs;
        uint32[] operatorSetIds;
        bytes data;
    }

    error NonexistentAVSMetadata();
    error InvalidOperatorSet();
    error InvalidCaller();
    error AlreadyMemberOfSet();
    error NotMemberOfSet();
    error StrategyAlreadyInOperatorSet();
    error OperatorNotSlashable();
    error InputArrayLengthMismatch();

    mapping(address => bool) public hasMetadata;
    mapping(bytes32 => bool) public setExists;
    mapping(bytes32 => mapping(address => bool)) public strategyInSet;
    mapping(bytes32 => address[]) internal _members;
    mapping(bytes32 => mapping(address => uint256)) internal _memberIndex; // 1-based
    mapping(bytes32 => mapping(address => mapping(address => uint256))) public stake;
    uint256 public slashCount;

    function key(address avs, uint32 id) public pure returns (bytes32) {
        return bytes32(abi.encodePacked(avs, uint96(id)));
    }

    // ------------------------------------------------------------ AVS calls

    function updateAVSMetadataURI(address avs, string calldata) external {
        if (msg.sender != avs) revert InvalidCaller();
        hasMetadata[avs] = true;
    }

    function createOperatorSets(address avs, CreateSetParams[] calldata params) external {
        if (msg.sender != avs) revert InvalidCaller();
        if (!hasMetadata[avs]) revert NonexistentAVSMetadata();
        for (uint256 i = 0; i < params.length; i++) {
            bytes32 k = key(avs, params[i].operatorSetId);
            if (setExists[k]) revert InvalidOperatorSet();
            setExists[k] = true;
            _addStrategies(k, params[i].strategies);
        }
    }

    function addStrategiesToOperatorSet(address avs, uint32 id, IStrategy[] calldata strategies) external {
        if (msg.sender != avs) revert InvalidCaller();
        bytes32 k = key(avs, id);
        if (!setExists[k]) revert InvalidOperatorSet();
        _addStrategies(k, strategies);
    }

    function deregisterFromOperatorSets(DeregisterParams calldata params) external {
        if (msg.sender != params.operator && msg.sender != params.avs) revert InvalidCaller();
        for (uint256 i = 0; i < params.operatorSetIds.length; i++) {
            bytes32 k = key(params.avs, params.operatorSetIds[i]);
            if (!setExists[k]) revert InvalidOperatorSet();
            if (_memberIndex[k][params.operator] == 0) revert NotMemberOfSet();
            _remove(k, params.operator);
        }
        IAVSRegistrar(params.avs).deregisterOperator(params.operator, params.avs, params.operatorSetIds);
    }

    /// Halves (or scales by 1 - wad) the operator's stake in the listed strategies.
    function slashOperator(address avs, SlashingParams calldata params)
        external
        returns (uint256 slashId, uint256[] memory shares)
    {
        if (msg.sender != avs) revert InvalidCaller();
        if (params.strategies.length != params.wadsToSlash.length) revert InputArrayLengthMismatch();
        bytes32 k = key(avs, params.operatorSetId);
        if (!setExists[k]) revert InvalidOperatorSet();
        if (_memberIndex[k][params.operator] == 0) revert OperatorNotSlashable();
        shares = new uint256[](params.strategies.length);
        for (uint256 j = 0; j < params.strategies.length; j++) {
            address s = address(params.strategies[j]);
            uint256 before = stake[k][params.operator][s];
            uint256 cut = before * params.wadsToSlash[j] / 1e18;
            stake[k][params.operator][s] = before - cut;
            shares[j] = cut;
        }
        slashId = ++slashCount;
    }

    // ------------------------------------------------------- operator calls

    function registerForOperatorSets(address operator, RegisterParams calldata params) external {
        if (msg.sender != operator) revert InvalidCaller();
        for (uint256 i = 0; i < params.operatorSetIds.length; i++) {
            bytes32 k = key(params.avs, params.operatorSetIds[i]);
            if (!setExists[k]) revert InvalidOperatorSet();
            if (_memberIndex[k][operator] != 0) revert AlreadyMemberOfSet();
            _members[k].push(operator);
            _memberIndex[k][operator] = _members[k].length;
        }
        IAVSRegistrar(params.avs).registerOperator(operator, params.avs, params.operatorSetIds, params.data);
    }

    // ----------------------------------------------------------- test hooks

    function setStake(address avs, uint32 id, address operator, IStrategy strategy, uint256 amount) external {
        stake[key(avs, id)][operator][address(strategy)] = amount;
    }

    /// Adds a member without calling the registrar (what the real contract never does).
    function forceAddMember(address avs, uint32 id, address operator) external {
        bytes32 k = key(avs, id);
        _members[k].push(operator);
        _memberIndex[k][operator] = _members[k].length;
    }

    // ---------------------------------------------------------------- views

    function isMemberOfOperatorSet(address operator, OperatorSet memory set) external view virtual returns (bool) {
        return _memberIndex[key(set.avs, set.id)][operator] != 0;
    }

    function getMemberCount(OperatorSet memory set) external view virtual returns (uint256) {
        return _members[key(set.avs, set.id)].length;
    }

    function getMembers(OperatorSet memory set) external view returns (address[] memory) {
        return _members[key(set.avs, set.id)];
    }

    function getMinimumSlashableStake(
        OperatorSet memory set,
        address[] memory operators,
        IStrategy[] memory strategies,
        uint32
    ) external view virtual returns (uint256[][] memory out) {
        bytes32 k = key(set.avs, set.id);
        out = new uint256[][](operators.length);
        for (uint256 i = 0; i < operators.length; i++) {
            out[i] = new uint256[](strategies.length);
            if (_memberIndex[k][operators[i]] == 0) continue;
            for (uint256 j = 0; j < strategies.length; j++) {
                out[i][j] = stake[k][operators[i]][address(strategies[j])];
            }
        }
    }

    // ------------------------------------------------------------- internal

    function _addStrategies(bytes32 k, IStrategy[] calldata strategies) internal {
        for (uint256 j = 0; j < strategies.length; j++) {
            if (strategyInSet[k][address(strategies[j])]) revert StrategyAlreadyInOperatorSet();
            strategyInSet[k][address(strategies[j])] = true;
        }
    }

    function _remove(bytes32 k, address operator) internal {
        uint256 idx = _memberIndex[k][operator] - 1;
        address[] storage m = _members[k];
        address moved = m[m.length - 1];
        m[idx] = moved;
        _memberIndex[k][moved] = idx + 1;
        m.pop();
        delete _memberIndex[k][operator];
    }
}

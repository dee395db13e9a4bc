// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IStrategy} from "./IStrategy.sol";

/// @notice An EigenLayer operator set: the AVS's address and the set's id (core v1.8.1
///         `OperatorSet`, the same layout, so the ABI tuple `(address,uint32)` matches).
struct OperatorSet {
    address avs;
    uint32 id;
}

/// @title IAllocationManager (the part of EigenLayer core v1.8.1's that Parley calls)
/// @notice Our own minimal declaration of EigenLayer's AllocationManager: only the
///         functions and structs Parley's contracts use, with v1.8.1's signatures and
///         struct layouts, so every selector and encoding is the real contract's.
///         (In v1.8.1 the structs live in `IAllocationManagerTypes`; struct names do
///         not enter the ABI, only their tuples do.)
interface IAllocationManager {
    /// @notice v1.8.1 `SlashingParams`: strategies strictly ascending, one wad (≤ 1e18)
    ///         each.
    struct SlashingParams {
        address operator;
        uint32 operatorSetId;
        IStrategy[] strategies;
        uint256[] wadsToSlash;
        string description;
    }

    /// @notice v1.8.1 `DeregisterParams`.
    struct DeregisterParams {
        address operator;
        address avs;
        uint32[] operatorSetIds;
    }

    /// @notice v1.8.1 `CreateSetParams`.
    struct CreateSetParams {
        uint32 operatorSetId;
        IStrategy[] strategies;
    }

    /// @notice Emits the AVS's metadata URI; must precede the AVS's first set.
    function updateAVSMetadataURI(address avs, string calldata metadataURI) external;

    /// @notice Creates operator sets of `avs` (callable by the AVS or its appointees).
    function createOperatorSets(address avs, CreateSetParams[] calldata params) external;

    /// @notice Adds strategies (not yet in it) to an operator set of `avs`.
    function addStrategiesToOperatorSet(address avs, uint32 operatorSetId, IStrategy[] calldata strategies) external;

    /// @notice Deregisters an operator from sets of an AVS (as the operator or the AVS);
    ///         calls the AVS's registrar's `deregisterOperator` afterwards.
    function deregisterFromOperatorSets(DeregisterParams calldata params) external;

    /// @notice Slashes an operator of one of `avs`'s sets (as the AVS or its appointees).
    function slashOperator(address avs, SlashingParams calldata params)
        external
        returns (uint256 slashId, uint256[] memory shares);

    /// @notice Whether `operator` is a registered member of `operatorSet`.
    function isMemberOfOperatorSet(address operator, OperatorSet memory operatorSet) external view returns (bool);

    /// @notice The number of registered members of `operatorSet`.
    function getMemberCount(OperatorSet memory operatorSet) external view returns (uint256);

    /// @notice Each operator's stake per strategy that stays slashable by `operatorSet`
    ///         through `futureBlock` (pending deallocations effective by then excluded,
    ///         pending allocations ignored; 0 for an operator not slashable by the set).
    ///         `slashableStake[i][j]` is operator i's for strategy j.
    function getMinimumSlashableStake(
        OperatorSet memory operatorSet,
        address[] memory operators,
        IStrategy[] memory strategies,
        uint32 futureBlock
    ) external view returns (uint256[][] memory slashableStake);
}

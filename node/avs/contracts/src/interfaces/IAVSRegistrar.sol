// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title IAVSRegistrar (EigenLayer core v1.8.1's, same signatures)
/// @notice What the AllocationManager calls on an AVS's registrar (the AVS itself when
///         none is set) after adding operators to, or removing them from, its sets. A
///         revert undoes the registration; deregistration should never revert.
interface IAVSRegistrar {
    function registerOperator(address operator, address avs, uint32[] calldata operatorSetIds, bytes calldata data)
        external;

    function deregisterOperator(address operator, address avs, uint32[] calldata operatorSetIds) external;

    function supportsAVS(address avs) external view returns (bool);
}

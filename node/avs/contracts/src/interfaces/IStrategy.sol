// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice An EigenLayer strategy (core v1.8.1 `IStrategy`), used here only as a type:
///         Parley never calls a strategy. In the ABI it is an `address`.
interface IStrategy {}

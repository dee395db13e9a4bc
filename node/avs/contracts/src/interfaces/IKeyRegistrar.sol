// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {OperatorSet} from "./IAllocationManager.sol";

/// @notice EigenLayer's BN254 points as core v1.8.1's `BN254` library declares them. A
///         G2 point's words are in EIP-197 order as the KeyRegistrar stores them
///         (`X[0]`, `X[1]`, `Y[0]`, `Y[1]`; X[0] is the imaginary part).
library BN254 {
    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }
}

/// @title IKeyRegistrar (the part of EigenLayer core v1.8.1's that Parley calls)
/// @notice Our own minimal declaration of EigenLayer's KeyRegistrar, with v1.8.1's
///         signatures, enum and struct layouts so selectors and encodings match.
interface IKeyRegistrar {
    /// @notice v1.8.1 `CurveType` (an enum: a uint8 in the ABI).
    enum CurveType {
        NONE,
        ECDSA,
        BN254
    }

    /// @notice Sets the key type of an operator set (once; as the set's AVS).
    function configureOperatorSet(OperatorSet memory operatorSet, CurveType curveType) external;

    /// @notice Whether `operator` has a key registered for `operatorSet`.
    function isRegistered(OperatorSet memory operatorSet, address operator) external view returns (bool);

    /// @notice The operator's BN254 key for a BN254 set, or all zeros if it has none.
    ///         The six words returned are the registered `keyData` verbatim:
    ///         G1.X, G1.Y, G2.X[0], G2.X[1], G2.Y[0], G2.Y[1].
    function getBN254Key(OperatorSet memory operatorSet, address operator)
        external
        view
        returns (BN254.G1Point memory g1Point, BN254.G2Point memory g2Point);
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title ParleyCertificateInbox
/// @notice Where the Parley AVS's aggregator posts quorum certificates on L1. Posting
///         only emits the certificate in a log, with the poster: every destination
///         rollup's derivation hook finds certificates in the L1 origin's receipts,
///         checks the poster against its allow-list of submitters and verifies the
///         certificate (interop/SPEC.md §7). The contract judges nothing: validity is
///         decided in each rollup's derivation, where it is consensus.
/// @dev    Reading certificates from logs rather than from transaction calldata lets
///         the hook work from receipts alone: an L1 block without a CertificatePosted
///         log costs it one pass over the logs' addresses, no transaction decoding and
///         no signature recovery, and the poster comes from msg.sender, so a contract
///         wallet (a multisig) can be an allowed submitter too. The hook reads only the
///         logs this address emits, so it must hold exactly this code.
contract ParleyCertificateInbox {
    /// @notice The largest certificate accepted (interop/certificate.MaxSize, bytes).
    uint256 public constant MAX_CERTIFICATE_SIZE = 131872;

    /// @notice A certificate was posted.
    /// @param submitter   Who posted it (msg.sender).
    /// @param certificate The certificate, in its canonical ABI encoding.
    event CertificatePosted(address indexed submitter, bytes certificate);

    /// @notice The certificate is larger than MAX_CERTIFICATE_SIZE.
    error CertificateTooLarge(uint256 size);

    /// @notice Posts a certificate for the destination rollups to verify.
    function post(bytes calldata certificate) external {
        if (certificate.length > MAX_CERTIFICATE_SIZE) revert CertificateTooLarge(certificate.length);
        emit CertificatePosted(msg.sender, certificate);
    }
}

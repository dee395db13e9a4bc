// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ParleyCertificateInbox} from "../src/ParleyCertificateInbox.sol";

/// Foundry's cheatcodes used here (declared locally: no forge-std dependency).
interface Vm {
    function expectRevert(bytes calldata revertData) external;
    function expectEmit(bool t1, bool t2, bool t3, bool data, address emitter) external;
    function prank(address sender) external;
}

/// Tests of the certificate inbox: posting emits the certificate with its poster, and
/// nothing larger than the largest valid certificate is accepted.
contract ParleyCertificateInboxTest {
    Vm constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    event CertificatePosted(address indexed submitter, bytes certificate);

    ParleyCertificateInbox inbox;

    function setUp() public {
        inbox = new ParleyCertificateInbox();
    }

    function test_postEmitsCertificateAndPoster() public {
        bytes memory cert = hex"0102030405";
        vm.expectEmit(true, false, false, true, address(inbox));
        emit CertificatePosted(address(0xA11CE), cert);
        vm.prank(address(0xA11CE));
        inbox.post(cert);
    }

    function test_postLargestCertificate() public {
        bytes memory cert = new bytes(inbox.MAX_CERTIFICATE_SIZE());
        vm.expectEmit(true, false, false, true, address(inbox));
        emit CertificatePosted(address(this), cert);
        inbox.post(cert);
    }

    function test_rejectsOversizeCertificate() public {
        uint256 n = inbox.MAX_CERTIFICATE_SIZE() + 1;
        vm.expectRevert(abi.encodeWithSelector(ParleyCertificateInbox.CertificateTooLarge.selector, n));
        inbox.post(new bytes(n));
    }
}

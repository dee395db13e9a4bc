// SPDX-License-Identifier: MIT
pragma solidity ^0.8.25;

import {ParleyMessenger} from "../src/ParleyMessenger.sol";
import {IParleyInbox, Identifier} from "../src/IParleyInbox.sol";

/// Foundry's cheatcodes used here (declared locally: no forge-std dependency).
interface Vm {
    function etch(address target, bytes calldata code) external;
    function chainId(uint256 newChainId) external;
    function expectRevert(bytes calldata revertData) external;
    function expectEmit(bool t1, bool t2, bool t3, bool data) external;
    function prank(address sender) external;
}

/// A stand-in for the inbox precompile: it accepts exactly the payload hashes it was
/// told to, and emits the real event shape.
contract StandInInbox {
    mapping(bytes32 => bool) public allowed;

    event ExecutingMessage(bytes32 indexed msgHash, Identifier id);

    function allow(bytes32 msgHash) external {
        allowed[msgHash] = true;
    }

    function validateMessage(Identifier calldata id, bytes32 msgHash, bytes calldata) external returns (bytes32) {
        if (!allowed[msgHash]) revert IParleyInbox.InvalidProof();
        emit ExecutingMessage(msgHash, id);
        return keccak256(abi.encode(id, msgHash));
    }
}

/// A relay target that records what the messenger tells it.
contract Target {
    ParleyMessenger public immutable messenger;
    address public lastSender;
    uint256 public lastSource;
    uint256 public calls;
    bool public fail;
    bytes public reenterWith;

    constructor(ParleyMessenger m) {
        messenger = m;
    }

    function setFail(bool f) external {
        fail = f;
    }

    function setReenter(bytes calldata data) external {
        reenterWith = data;
    }

    function ping(uint256 x) external returns (uint256) {
        require(!fail, "target says no");
        lastSender = messenger.crossDomainMessageSender();
        lastSource = messenger.crossDomainMessageSource();
        calls++;
        if (reenterWith.length > 0) {
            (bool ok, bytes memory ret) = address(messenger).call(reenterWith);
            if (!ok) {
                assembly {
                    revert(add(ret, 32), mload(ret))
                }
            }
        }
        return x + 1;
    }
}

contract ParleyMessengerTest {
    Vm constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 constant SOURCE = 901;
    uint256 constant DEST = 902;

    ParleyMessenger messenger;
    Target target;
    StandInInbox inbox;

    event SentMessage(
        uint256 indexed destination, address indexed target, uint256 indexed messageNonce, address sender, bytes message
    );

    function setUp() public {
        messenger = new ParleyMessenger();
        target = new Target(messenger);
        vm.etch(messenger.PARLEY_INBOX(), address(new StandInInbox()).code);
        inbox = StandInInbox(messenger.PARLEY_INBOX());
        vm.chainId(DEST);
    }

    /// The bytes of a SentMessage log as the inbox sees them: topics || data.
    function sentMessage(uint256 destination, address to, uint256 nonce, address sender, bytes memory message)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(
            abi.encode(SentMessage.selector, destination, to, nonce), abi.encode(sender, message)
        );
    }

    function id(address origin) internal pure returns (Identifier memory) {
        return Identifier({origin: origin, blockNumber: 10, logIndex: 0, timestamp: 1000, chainId: SOURCE});
    }

    function certified(bytes memory m) internal returns (bytes memory) {
        inbox.allow(keccak256(m));
        return m;
    }

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        require(a == b, what);
    }

    function test_sendMessageEmitsOPEvent() public {
        vm.chainId(SOURCE);
        bytes memory m = abi.encodeCall(Target.ping, (1));
        vm.expectEmit(true, true, true, true);
        emit SentMessage(DEST, address(target), 0, address(this), m);
        messenger.sendMessage(DEST, address(target), m);
        bytes32 h = messenger.sendMessage(DEST, address(target), m);
        assertEq(messenger.messageNonce(), 2, "nonce");
        require(h == messenger.hashMessage(DEST, SOURCE, 1, address(this), address(target), m), "hash");
    }

    function test_sendMessageRejectsSameChainAndSelf() public {
        vm.chainId(SOURCE);
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.MessageDestinationSameChain.selector));
        messenger.sendMessage(SOURCE, address(target), "");
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.MessageTargetMessenger.selector));
        messenger.sendMessage(DEST, address(messenger), "");
    }

    function test_relayExactlyOnce() public {
        bytes memory m = certified(sentMessage(DEST, address(target), 7, address(0xBEEF), abi.encodeCall(Target.ping, (41))));
        bytes memory ret = messenger.relayMessage(id(address(messenger)), m, "");
        require(abi.decode(ret, (uint256)) == 42, "return data");
        require(target.lastSender() == address(0xBEEF), "sender");
        assertEq(target.lastSource(), SOURCE, "source");
        assertEq(target.calls(), 1, "calls");
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.MessageAlreadyRelayed.selector));
        messenger.relayMessage(id(address(messenger)), m, "");
        assertEq(target.calls(), 1, "relayed twice");
    }

    function test_relayRequiresInboxValidation() public {
        bytes memory m = sentMessage(DEST, address(target), 0, address(1), abi.encodeCall(Target.ping, (1)));
        vm.expectRevert(abi.encodeWithSelector(IParleyInbox.InvalidProof.selector));
        messenger.relayMessage(id(address(messenger)), m, "");
    }

    function test_relayRejectsForeignOrigin() public {
        bytes memory m = certified(sentMessage(DEST, address(target), 0, address(1), abi.encodeCall(Target.ping, (1))));
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.IdOriginNotMessenger.selector));
        messenger.relayMessage(id(address(0xdead)), m, "");
    }

    function test_relayRejectsOtherDestination() public {
        bytes memory m = certified(sentMessage(903, address(target), 0, address(1), abi.encodeCall(Target.ping, (1))));
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.MessageDestinationNotRelayChain.selector));
        messenger.relayMessage(id(address(messenger)), m, "");
    }

    function test_relayRejectsOtherEvents() public {
        bytes memory m = certified(
            abi.encodePacked(abi.encode(keccak256("Other()"), DEST, address(target), 0), abi.encode(address(1), ""))
        );
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.EventPayloadNotSentMessage.selector));
        messenger.relayMessage(id(address(messenger)), m, "");
        bytes memory short = certified(hex"00");
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.EventPayloadNotSentMessage.selector));
        messenger.relayMessage(id(address(messenger)), short, "");
    }

    function test_failedTargetCanBeRetried() public {
        bytes memory m = certified(sentMessage(DEST, address(target), 3, address(1), abi.encodeCall(Target.ping, (1))));
        target.setFail(true);
        (bool ok,) = address(messenger).call(abi.encodeCall(ParleyMessenger.relayMessage, (id(address(messenger)), m, "")));
        require(!ok, "failed target must revert the relay");
        target.setFail(false);
        messenger.relayMessage(id(address(messenger)), m, "");
        assertEq(target.calls(), 1, "retry");
    }

    function test_reentrancyIsRejected() public {
        bytes memory inner = certified(sentMessage(DEST, address(target), 9, address(2), abi.encodeCall(Target.ping, (5))));
        target.setReenter(abi.encodeCall(ParleyMessenger.relayMessage, (id(address(messenger)), inner, "")));
        bytes memory outer = certified(sentMessage(DEST, address(target), 8, address(1), abi.encodeCall(Target.ping, (1))));
        (bool ok, bytes memory ret) =
            address(messenger).call(abi.encodeCall(ParleyMessenger.relayMessage, (id(address(messenger)), outer, "")));
        require(!ok, "reentrant relay must fail");
        bytes memory reentrant = abi.encodeWithSelector(ParleyMessenger.ReentrantCall.selector);
        require(
            keccak256(ret) == keccak256(abi.encodeWithSelector(ParleyMessenger.TargetCallFailed.selector, reentrant)),
            "reason"
        );
        assertEq(target.calls(), 0, "no call survives");
    }

    function test_originOnlyDuringRelay() public {
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.NotEntered.selector));
        messenger.crossDomainMessageSender();
        vm.expectRevert(abi.encodeWithSelector(ParleyMessenger.NotEntered.selector));
        messenger.crossDomainMessageSource();
    }
}

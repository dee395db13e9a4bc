// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Test code: casts of small test values are exact.
// forge-lint: disable-start(unsafe-typecast)

import {Fixture} from "./utils/Fixture.sol";
import {MockAllocationManager} from "./mocks/MockAllocationManager.sol";
import {ParleyRegistrar} from "../src/ParleyRegistrar.sol";
import {Owned} from "../src/Owned.sol";
import {IAllocationManager, OperatorSet} from "../src/interfaces/IAllocationManager.sol";
import {IKeyRegistrar} from "../src/interfaces/IKeyRegistrar.sol";
import {IStrategy} from "../src/interfaces/IStrategy.sol";

/// An AllocationManager whose stake answers are malformed (wrong inner length).
contract MalformedStakesAM is MockAllocationManager {
    function getMinimumSlashableStake(OperatorSet memory, address[] memory operators, IStrategy[] memory, uint32)
        external
        pure
        override
        returns (uint256[][] memory out)
    {
        out = new uint256[][](operators.length);
        for (uint256 i = 0; i < operators.length; i++) {
            out[i] = new uint256[](0);
        }
    }
}

/// The registrar: SPEC §8.1's membership rules, the owner's operations and the weights.
contract ParleyRegistrarTest is Fixture {
    address internal constant STRANGER = address(0xBAD);

    // ------------------------------------------------------------ happy paths

    function test_isItsOwnRegistrar() public view {
        assertTrue(reg.supportsAVS(address(reg)), "supports itself");
        assertTrue(!reg.supportsAVS(address(0x1234)), "not others");
        assertEq(address(reg.allocationManager()), address(am), "am");
        assertEq(address(reg.keyRegistrar()), address(kr), "kr");
        assertEq(reg.owner(), address(this), "owner");
    }

    function test_createOperatorSet() public {
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        reg.createOperatorSet(7, s, m, 100, 50);
        assertTrue(am.setExists(am.key(address(reg), 7)), "set in AM");
        assertTrue(am.strategyInSet(am.key(address(reg), 7), address(S1)), "strategy in AM");
        assertTrue(kr.curveTypes(kr.key(_set(7))) == IKeyRegistrar.CurveType.BN254, "BN254 keys");
        assertTrue(reg.isOperatorSet(7), "known");
        assertEq(reg.minWeight(7), 100, "min weight");
        assertEq(reg.maxMembers(7), 50, "max members");
        assertEq(reg.totalMaxMembers(), 50, "total max members");
        assertEq(reg.epoch(7), 0, "epoch");
        (IStrategy[] memory gs, uint256[] memory gm) = reg.strategiesOf(7);
        assertEq(gs.length, 1, "strategies");
        assertEq(address(gs[0]), address(S1), "strategy");
        assertEq(gm[0], WAD, "multiplier");
    }

    function test_operatorSetIdsAscending() public {
        uint32[5] memory ids = [uint32(9), 3, 191, 0, 4];
        for (uint256 i = 0; i < ids.length; i++) {
            _createSet(ids[i], 0, 1);
        }
        uint32[] memory got = reg.operatorSetIds();
        uint32[5] memory want = [uint32(0), 3, 4, 9, 191];
        assertEq(got.length, 5, "count");
        for (uint256 i = 0; i < 5; i++) {
            assertEq(got[i], want[i], "ascending");
        }
    }

    function test_maxSetsAndEntries() public {
        // 32 sets * 128 = 4096
        for (uint32 i = 0; i < 32; i++) {
            _createSet(i * 5, 0, 128);
        }
        assertEq(reg.totalMaxMembers(), 4096, "at the bound");
    }

    function test_registerAndDeregisterMoveEpoch() public {
        _createSet(0, 10, 2);
        _join(_op(1), 0, 10);
        assertEq(reg.epoch(0), 1, "after join");
        _join(_op(2), 0, 11);
        assertEq(reg.epoch(0), 2, "after second join");
        _leave(_op(1), 0);
        assertEq(reg.epoch(0), 3, "after leave");
        reg.eject(_op(2), _ids(0));
        assertEq(reg.epoch(0), 4, "after eject");
        assertEq(am.getMemberCount(_set(0)), 0, "empty");
    }

    function test_registerSeveralSets() public {
        _createSet(0, 0, 2);
        _createSet(1, 0, 2);
        address op = _op(1);
        kr.registerKey(op, _set(0), _keyData(op, 0));
        kr.registerKey(op, _set(1), _keyData(op, 1));
        uint32[] memory ids = new uint32[](2);
        (ids[0], ids[1]) = (0, 1);
        vm.prank(op);
        am.registerForOperatorSets(op, MockAllocationManager.RegisterParams(address(reg), ids, ""));
        assertEq(reg.epoch(0), 1, "set 0");
        assertEq(reg.epoch(1), 1, "set 1");
    }

    function test_slashByOwnerAndSlasher() public {
        _createSet(0, 0, 2);
        _join(_op(1), 0, 1000);
        IAllocationManager.SlashingParams memory sp = _slashParams(_op(1), 0.5e18);
        reg.slashOperator(sp);
        assertEq(reg.epoch(0), 2, "slash moves the epoch");
        assertEq(am.stake(am.key(address(reg), 0), _op(1), address(S1)), 500, "halved");
        reg.setSlasher(address(0x51A5));
        vm.prank(address(0x51A5));
        reg.slashOperator(sp);
        assertEq(reg.epoch(0), 3, "slasher's slash moves the epoch");
        assertEq(reg.slasher(), address(0x51A5), "slasher");
    }

    function test_parameters() public {
        _createSet(0, 0, 10);
        _createSet(1, 0, 10);
        reg.setMinWeight(0, 77);
        assertEq(reg.minWeight(0), 77, "min weight");
        reg.setMaxMembers(0, 4086);
        assertEq(reg.totalMaxMembers(), 4096, "total");
        reg.setMaxMembers(0, 5);
        assertEq(reg.totalMaxMembers(), 15, "total after lowering");
        reg.setMultiplier(0, S1, 3e18);
        assertEq(reg.multiplierOf(0, S1), 3e18, "multiplier");
        IStrategy[] memory s = new IStrategy[](1);
        uint256[] memory m = new uint256[](1);
        (s[0], m[0]) = (S2, 2e18);
        reg.addStrategies(0, s, m);
        assertTrue(am.strategyInSet(am.key(address(reg), 0), address(S2)), "added in AM");
        assertEq(reg.multiplierOf(0, S2), 2e18, "new multiplier");
    }

    function test_ownershipTwoStep() public {
        reg.transferOwnership(address(0xB0B));
        assertEq(reg.owner(), address(this), "not yet");
        assertEq(reg.pendingOwner(), address(0xB0B), "pending");
        vm.prank(address(0xB0B));
        reg.acceptOwnership();
        assertEq(reg.owner(), address(0xB0B), "moved");
        assertEq(reg.pendingOwner(), address(0), "cleared");
    }

    // ---------------------------------------------------------------- weights

    function test_weightsMultipliers() public {
        IStrategy[] memory s = new IStrategy[](2);
        uint256[] memory m = new uint256[](2);
        (s[0], m[0], s[1], m[1]) = (S1, 2e18, S2, 0.5e18);
        reg.createOperatorSet(0, s, m, 0, 10);
        address a = _op(1);
        _joinWithKey(a, 0, 10, _keyData(a, 0)); // S1 = 10
        am.setStake(address(reg), 0, a, S2, 7); // 7 * 0.5 = 3 (floored per term)
        address[] memory ops = new address[](2);
        (ops[0], ops[1]) = (a, _op(2)); // _op(2) is not a member: 0
        uint96[] memory w = reg.weightsOf(0, ops, uint32(block.number + 8191));
        assertEq(w.length, 2, "length");
        assertEq(w[0], 20 + 3, "weight");
        assertEq(w[1], 0, "non-member");
    }

    function test_weightsCapped() public {
        IStrategy[] memory s = new IStrategy[](2);
        uint256[] memory m = new uint256[](2);
        (s[0], m[0], s[1], m[1]) = (S1, 3e18, S2, type(uint256).max);
        reg.createOperatorSet(0, s, m, 0, 10);
        address a = _op(1);
        address b = _op(2);
        _joinWithKey(a, 0, type(uint256).max, _keyData(a, 0)); // S1 product overflows 2^256
        _joinWithKey(b, 0, 0, _keyData(b, 0));
        am.setStake(address(reg), 0, b, S2, 1); // 1 * (2^256-1) / 1e18: far above 2^96
        address[] memory ops = new address[](2);
        (ops[0], ops[1]) = (a, b);
        uint96[] memory w = reg.weightsOf(0, ops, uint32(block.number + 8191));
        assertEq(w[0], type(uint96).max, "overflowing product saturates");
        assertEq(w[1], type(uint96).max, "huge term capped");

        // two terms each below the cap whose sum is not
        (m[0], m[1]) = (3e18, 1e18);
        reg.createOperatorSet(1, s, m, 0, 10);
        address c = _op(3);
        _joinWithKey(c, 1, 1 << 94, _keyData(c, 1)); // 3 * 2^94
        am.setStake(address(reg), 1, c, S2, 1 << 94); // + 2^94 = 2^96
        ops = new address[](1);
        ops[0] = c;
        assertEq(reg.weightsOf(1, ops, 1)[0], type(uint96).max, "sum capped");
        am.setStake(address(reg), 1, c, S2, (1 << 94) - 2);
        assertEq(reg.weightsOf(1, ops, 1)[0], type(uint96).max - 1, "just below the cap: exact");
    }

    function test_weightsNoStrategiesOrOperators() public {
        reg.createOperatorSet(0, new IStrategy[](0), new uint256[](0), 0, 10);
        address[] memory ops = new address[](2);
        uint96[] memory w = reg.weightsOf(0, ops, 1);
        assertEq(w.length, 2, "length");
        assertEq(uint256(w[0]) + w[1], 0, "zero");
        _createSet(1, 0, 10);
        assertEq(reg.weightsOf(1, new address[](0), 1).length, 0, "no operators");
    }

    // ----------------------------------------------------------- revert paths

    function test_revert_constructorZero() public {
        vm.expectRevert(Owned.ZeroAddress.selector);
        new ParleyRegistrar(address(0), IAllocationManager(address(am)), IKeyRegistrar(address(kr)));
        vm.expectRevert(Owned.ZeroAddress.selector);
        new ParleyRegistrar(address(this), IAllocationManager(address(0)), IKeyRegistrar(address(kr)));
    }

    function test_revert_notOwner() public {
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        bytes memory err = abi.encodeWithSelector(Owned.NotOwner.selector, STRANGER);
        vm.startPrank(STRANGER);
        vm.expectRevert(err);
        reg.setMetadataURI("x");
        vm.expectRevert(err);
        reg.createOperatorSet(0, s, m, 0, 1);
        vm.expectRevert(err);
        reg.addStrategies(0, s, m);
        vm.expectRevert(err);
        reg.setMultiplier(0, S1, 1);
        vm.expectRevert(err);
        reg.setMinWeight(0, 1);
        vm.expectRevert(err);
        reg.setMaxMembers(0, 1);
        vm.expectRevert(err);
        reg.eject(_op(1), _ids(0));
        vm.expectRevert(err);
        reg.setSlasher(STRANGER);
        vm.expectRevert(err);
        reg.transferOwnership(STRANGER);
        vm.stopPrank();
    }

    function test_revert_notPendingOwner() public {
        reg.transferOwnership(address(0xB0B));
        vm.prank(STRANGER);
        vm.expectRevert(abi.encodeWithSelector(Owned.NotPendingOwner.selector, STRANGER));
        reg.acceptOwnership();
    }

    function test_revert_invalidOperatorSetId() public {
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.InvalidOperatorSetId.selector, uint32(192)));
        reg.createOperatorSet(192, s, m, 0, 1);
    }

    function test_revert_operatorSetExists() public {
        _createSet(3, 0, 1);
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.OperatorSetExists.selector, uint32(3)));
        reg.createOperatorSet(3, s, m, 0, 1);
    }

    function test_revert_tooManyOperatorSets() public {
        for (uint32 i = 0; i < 32; i++) {
            _createSet(i, 0, 1);
        }
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        vm.expectRevert(ParleyRegistrar.TooManyOperatorSets.selector);
        reg.createOperatorSet(100, s, m, 0, 1);
    }

    function test_revert_maxMembersExceededOnCreate() public {
        _createSet(0, 0, 4000);
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.MaxMembersExceeded.selector, uint256(4097)));
        reg.createOperatorSet(1, s, m, 0, 97);
    }

    function test_revert_maxMembersExceededOnSet() public {
        _createSet(0, 0, 4000);
        _createSet(1, 0, 96);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.MaxMembersExceeded.selector, uint256(4097)));
        reg.setMaxMembers(1, 97);
    }

    function test_revert_maxMembersBelowMemberCount() public {
        _createSet(0, 0, 5);
        _join(_op(1), 0, 1);
        _join(_op(2), 0, 1);
        vm.expectRevert(
            abi.encodeWithSelector(ParleyRegistrar.MaxMembersBelowMemberCount.selector, uint32(0), uint256(2))
        );
        reg.setMaxMembers(0, 1);
    }

    function test_revert_lengthMismatch() public {
        vm.expectRevert(ParleyRegistrar.LengthMismatch.selector);
        reg.createOperatorSet(0, new IStrategy[](1), new uint256[](0), 0, 1);
        _createSet(1, 0, 1);
        vm.expectRevert(ParleyRegistrar.LengthMismatch.selector);
        reg.addStrategies(1, new IStrategy[](0), new uint256[](1));
    }

    function test_revert_duplicateStrategy() public {
        IStrategy[] memory s = new IStrategy[](2);
        uint256[] memory m = new uint256[](2);
        (s[0], s[1]) = (S1, S1);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.DuplicateStrategy.selector, uint32(0), S1));
        reg.createOperatorSet(0, s, m, 0, 1);
        _createSet(1, 0, 1);
        (IStrategy[] memory s1, uint256[] memory m1) = _strategies1();
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.DuplicateStrategy.selector, uint32(1), S1));
        reg.addStrategies(1, s1, m1);
    }

    function test_revert_unknownOperatorSet() public {
        bytes memory err = abi.encodeWithSelector(ParleyRegistrar.UnknownOperatorSet.selector, uint32(4));
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        vm.expectRevert(err);
        reg.addStrategies(4, s, m);
        vm.expectRevert(err);
        reg.setMultiplier(4, S1, 1);
        vm.expectRevert(err);
        reg.setMinWeight(4, 1);
        vm.expectRevert(err);
        reg.setMaxMembers(4, 1);
        vm.expectRevert(err);
        reg.weightsOf(4, new address[](0), 1);
    }

    function test_revert_unknownStrategy() public {
        _createSet(0, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.UnknownStrategy.selector, uint32(0), S2));
        reg.setMultiplier(0, S2, 1);
    }

    function test_revert_notSlasher() public {
        _createSet(0, 0, 2);
        _join(_op(1), 0, 1000);
        IAllocationManager.SlashingParams memory sp = _slashParams(_op(1), 0.5e18);
        vm.prank(STRANGER);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.NotSlasher.selector, STRANGER));
        reg.slashOperator(sp);
    }

    function test_revert_notAllocationManager() public {
        bytes memory err = abi.encodeWithSelector(ParleyRegistrar.NotAllocationManager.selector, address(this));
        vm.expectRevert(err);
        reg.registerOperator(_op(1), address(reg), _ids(0), "");
        vm.expectRevert(err);
        reg.deregisterOperator(_op(1), address(reg), _ids(0));
    }

    function test_revert_wrongAVS() public {
        bytes memory err = abi.encodeWithSelector(ParleyRegistrar.WrongAVS.selector, address(0xA5));
        vm.startPrank(address(am));
        vm.expectRevert(err);
        reg.registerOperator(_op(1), address(0xA5), _ids(0), "");
        vm.expectRevert(err);
        reg.deregisterOperator(_op(1), address(0xA5), _ids(0));
        vm.stopPrank();
    }

    function test_revert_registerUnknownSet() public {
        vm.prank(address(am));
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.UnknownOperatorSet.selector, uint32(3)));
        reg.registerOperator(_op(1), address(reg), _ids(3), "");
    }

    function test_revert_registerMissingKey() public {
        _createSet(0, 0, 2);
        address op = _op(1);
        vm.prank(op);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.MissingKey.selector, uint32(0), op));
        am.registerForOperatorSets(op, MockAllocationManager.RegisterParams(address(reg), _ids(0), ""));
    }

    function test_revert_registerSetFull() public {
        _createSet(0, 0, 1);
        _join(_op(1), 0, 1);
        address op = _op(2);
        kr.registerKey(op, _set(0), _keyData(op, 0));
        vm.prank(op);
        vm.expectRevert(abi.encodeWithSelector(ParleyRegistrar.OperatorSetFull.selector, uint32(0), uint32(1)));
        am.registerForOperatorSets(op, MockAllocationManager.RegisterParams(address(reg), _ids(0), ""));
    }

    function test_revert_registerInsufficientWeight() public {
        _createSet(0, 100, 5);
        address op = _op(1);
        kr.registerKey(op, _set(0), _keyData(op, 0));
        am.setStake(address(reg), 0, op, S1, 99);
        vm.prank(op);
        vm.expectRevert(
            abi.encodeWithSelector(ParleyRegistrar.InsufficientWeight.selector, uint32(0), uint96(99), uint96(100))
        );
        am.registerForOperatorSets(op, MockAllocationManager.RegisterParams(address(reg), _ids(0), ""));
        am.setStake(address(reg), 0, op, S1, 100); // exactly the minimum is enough
        vm.prank(op);
        am.registerForOperatorSets(op, MockAllocationManager.RegisterParams(address(reg), _ids(0), ""));
    }

    function test_revert_malformedStakes() public {
        MalformedStakesAM bad = new MalformedStakesAM();
        ParleyRegistrar r =
            new ParleyRegistrar(address(this), IAllocationManager(address(bad)), IKeyRegistrar(address(kr)));
        r.setMetadataURI("x");
        (IStrategy[] memory s, uint256[] memory m) = _strategies1();
        r.createOperatorSet(0, s, m, 0, 5);
        vm.expectRevert(ParleyRegistrar.MalformedStakes.selector);
        r.weightsOf(0, new address[](1), 1);
    }

    // --------------------------------------------------------------- helpers

    function _slashParams(address op, uint256 wad) internal pure returns (IAllocationManager.SlashingParams memory sp) {
        sp.operator = op;
        sp.operatorSetId = 0;
        sp.strategies = new IStrategy[](1);
        sp.strategies[0] = S1;
        sp.wadsToSlash = new uint256[](1);
        sp.wadsToSlash[0] = wad;
        sp.description = "equivocation";
    }
}
// forge-lint: disable-end(unsafe-typecast)

package operator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs"
	"github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// AttachAVS binds Parley's AVS and the EigenLayer contracts an operator deals with,
// reading their addresses from L1 alone: the registrar (the AVS) from the publisher when
// one is given (and then checked against registrar, if that is given too), the
// AllocationManager and KeyRegistrar from the registrar, and the DelegationManager from
// the AllocationManager.
func AttachAVS(ctx context.Context, client eigenlayer.Client, registrar, publisher common.Address) (*avs.AVS, error) {
	chain, err := eigenlayer.NewChain(ctx, client, nil)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx}
	hasCode := func(what string, a common.Address) error {
		code, err := client.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("operator: code of the %s %s: %w", what, a, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("operator: no contract at the %s address %s on L1 chain %s", what, a, chain.ChainID())
		}
		return nil
	}
	if publisher != (common.Address{}) {
		if err := hasCode("publisher", publisher); err != nil {
			return nil, err
		}
		pub, err := bindings.NewParleyTablePublisher(publisher, chain)
		if err != nil {
			return nil, err
		}
		r, err := pub.Registrar(opts)
		if err != nil {
			return nil, fmt.Errorf("operator: publisher %s: registrar(): %w", publisher, err)
		}
		if registrar != (common.Address{}) && registrar != r {
			return nil, fmt.Errorf("operator: the AVS given is %s, but the publisher %s serves the AVS %s", registrar, publisher, r)
		}
		registrar = r
	}
	if registrar == (common.Address{}) {
		return nil, errors.New("operator: give the AVS's address (--avs) or its publisher's (--publisher)")
	}
	if err := hasCode("AVS (registrar)", registrar); err != nil {
		return nil, err
	}
	reg, err := bindings.NewParleyRegistrar(registrar, chain)
	if err != nil {
		return nil, err
	}
	var addrs eigenlayer.Addresses
	if addrs.AllocationManager, err = reg.AllocationManager(opts); err != nil {
		return nil, fmt.Errorf("operator: registrar %s: allocationManager(): %w", registrar, err)
	}
	if addrs.KeyRegistrar, err = reg.KeyRegistrar(opts); err != nil {
		return nil, fmt.Errorf("operator: registrar %s: keyRegistrar(): %w", registrar, err)
	}
	amb, err := am.NewAllocationManager(addrs.AllocationManager, chain)
	if err != nil {
		return nil, err
	}
	if addrs.DelegationManager, err = amb.Delegation(opts); err != nil {
		return nil, fmt.Errorf("operator: AllocationManager %s: delegation(): %w", addrs.AllocationManager, err)
	}
	core, err := eigenlayer.Attach(chain, addrs)
	if err != nil {
		return nil, err
	}
	return avs.Attach(core, avs.Addresses{Registrar: registrar, Publisher: publisher})
}

// Step is one step of registration or deregistration, as it is reported.
type Step struct {
	// What names the step, e.g. "register the BN254 key for operator set 0".
	What string
	// Done: it was already done and nothing was sent.
	Done bool
	// Txs are the transactions the step mined.
	Txs []eigenlayer.Tx
	// Note adds what the operator should know.
	Note string
}

// String formats the step for a terminal.
func (s Step) String() string {
	var b strings.Builder
	if s.Done {
		fmt.Fprintf(&b, "already done: %s", s.What)
	} else {
		fmt.Fprintf(&b, "done: %s", s.What)
	}
	for _, t := range s.Txs {
		fmt.Fprintf(&b, "\n    %s in block %d (tx %s, %d gas)", t.Label, t.Receipt.BlockNumber, t.Receipt.TxHash, t.Receipt.GasUsed)
	}
	if s.Note != "" {
		fmt.Fprintf(&b, "\n    %s", s.Note)
	}
	return b.String()
}

// Registration takes an operator into the AVS's operator sets.
type Registration struct {
	AVS     *avs.AVS
	Account *eigenlayer.Account
	// Keys are the operator's keys, one per set to join.
	Keys []*Key
	// AllocationDelay and MetadataURI are used if the account is not an EigenLayer
	// operator yet.
	AllocationDelay uint32
	MetadataURI     string
}

// Register takes the operator through EigenLayer's steps into the sets of its keys,
// skipping each step already done, and reports every step: register as an EigenLayer
// operator (DelegationManager), register each set's BN254 key in the KeyRegistrar with
// EigenLayer's registration signature, and register for the sets through
// AllocationManager, which calls Parley's registrar. It neither deposits nor allocates:
// a registration the registrar refuses for want of stake fails with an error that says
// what is missing (see Explain).
func Register(ctx context.Context, r Registration, report func(Step)) error {
	a, acct := r.AVS, r.Account
	c, avsAddr := a.Core, a.Addresses.Registrar
	opts := &bind.CallOpts{Context: ctx}
	if len(r.Keys) == 0 {
		return errors.New("operator: no BLS keys to register")
	}
	var sets []uint32
	for _, k := range r.Keys {
		ok, err := a.Registrar.IsOperatorSet(opts, uint32(k.Set))
		if err != nil {
			return fmt.Errorf("operator: registrar.isOperatorSet(%d): %w", k.Set, err)
		}
		if !ok {
			ids, _ := a.Registrar.OperatorSetIds(opts)
			return fmt.Errorf("operator: operator set %d is not one of the AVS %s's sets %v", k.Set, avsAddr, ids)
		}
		sets = append(sets, uint32(k.Set))
	}
	res, err := c.RegisterAsOperator(ctx, acct, r.AllocationDelay, r.MetadataURI)
	if err != nil {
		return Explain(err, acct.Address, sets)
	}
	report(Step{What: fmt.Sprintf("register %s as an EigenLayer operator", acct.Address), Done: res.Skipped, Txs: res.Txs})
	for _, k := range r.Keys {
		res, err := c.RegisterBN254Key(ctx, acct, avsAddr, uint32(k.Set), k.Secret)
		if err != nil {
			return Explain(err, acct.Address, sets)
		}
		report(Step{What: fmt.Sprintf("register BN254 key %s for operator set %d in the KeyRegistrar", k.ID(), k.Set), Done: res.Skipped, Txs: res.Txs})
	}
	res, err = c.RegisterForOperatorSets(ctx, acct, avsAddr, sets, nil)
	if err != nil {
		return Explain(err, acct.Address, sets)
	}
	step := Step{What: fmt.Sprintf("register for operator sets %v of the AVS %s (AllocationManager -> ParleyRegistrar)", sets, avsAddr), Done: res.Skipped, Txs: res.Txs}
	if !res.Skipped {
		step.Note = "the operator signs from the first snapshot published after this block (the publisher's next seal)"
	}
	report(step)
	return nil
}

// Deregister takes the operator out of the AVS's sets (all it is in when sets is
// empty) through AllocationManager, which calls the registrar. It stays slashable for
// those sets for EigenLayer's DEALLOCATION_DELAY, and its keys stay in the KeyRegistrar
// (a key can never be registered again, even after KeyRegistrar.deregisterKey).
func Deregister(ctx context.Context, a *avs.AVS, acct *eigenlayer.Account, sets []uint32, report func(Step)) error {
	c, avsAddr := a.Core, a.Addresses.Registrar
	if len(sets) == 0 {
		registered, err := c.AllocationManager.GetRegisteredSets(&bind.CallOpts{Context: ctx}, acct.Address)
		if err != nil {
			return fmt.Errorf("operator: AllocationManager.getRegisteredSets: %w", err)
		}
		for _, s := range registered {
			if s.Avs == avsAddr {
				sets = append(sets, s.Id)
			}
		}
		slices.Sort(sets)
		if len(sets) == 0 {
			report(Step{What: fmt.Sprintf("deregister %s from the AVS %s: it is in none of its operator sets", acct.Address, avsAddr), Done: true})
			return nil
		}
	}
	res, err := c.DeregisterFromOperatorSets(ctx, acct, avsAddr, sets)
	if err != nil {
		return Explain(err, acct.Address, sets)
	}
	step := Step{What: fmt.Sprintf("deregister %s from operator sets %v of the AVS %s", acct.Address, sets, avsAddr), Done: res.Skipped, Txs: res.Txs}
	if !res.Skipped {
		delay, err := c.AllocationManager.DEALLOCATIONDELAY(&bind.CallOpts{Context: ctx})
		if err == nil {
			step.Note = fmt.Sprintf("it stays slashable by these sets for %d blocks (DEALLOCATION_DELAY); its allocations and KeyRegistrar keys are unchanged (a key can never be registered again)", delay)
		}
	}
	report(step)
	return nil
}

// hints explain the reverts registration meets, by error name.
var hints = map[string]string{
	// Parley's registrar.
	"InsufficientWeight": "the operator's slashable stake in the set (times the set's strategy multipliers) is below the set's minimum weight: " +
		"deposit into one of the set's strategies (StrategyManager.depositIntoStrategy) and allocate magnitude to the operator set " +
		"(AllocationManager.modifyAllocations); an allocation counts once the operator's allocation delay has passed and must stay slashable " +
		"for MAX_SNAPSHOT_AGE (8191) blocks. Registration does not do this for you",
	"MissingKey":           "the operator has no BN254 key for the set in EigenLayer's KeyRegistrar",
	"OperatorSetFull":      "the set has its maximum number of members: ask the AVS owner, or join another set",
	"UnknownOperatorSet":   "the AVS has no such operator set",
	"InvalidOperatorSetId": "the AVS has no such operator set",
	// AllocationManager.
	"AlreadyMemberOfSet": "the operator is a member of the set already",
	"NotMemberOfSet":     "the operator is not a member of the set",
	"InvalidOperator":    "the account is not a registered EigenLayer operator",
	"InvalidOperatorSet": "EigenLayer knows no such operator set of this AVS",
	"UninitializedAllocationDelay": "the operator's allocation delay has not taken effect yet " +
		"(ALLOCATION_CONFIGURATION_DELAY + 1 blocks after registering as an operator): try again later",
	"CurrentlyPaused": "EigenLayer has paused this function",
	// KeyRegistrar.
	"KeyAlreadyRegistered": "this BN254 key is registered already, by another operator or for another set (a key can be registered once, ever): " +
		"make a new key with `parley keys new`",
	"OperatorAlreadyRegistered": "the operator has another key for this set in the KeyRegistrar",
	"OperatorSetNotConfigured":  "the AVS did not configure the set for BN254 keys in the KeyRegistrar",
	"InvalidSignature":          "the KeyRegistrar did not accept the key's registration signature",
	// DelegationManager.
	"ActivelyDelegated": "the account is delegated to an operator, so it cannot become one: undelegate first",
}

// Explain turns a revert of a registration step into an error saying what is missing
// (by eigenlayer.ErrorName), keeping the revert in the chain.
func Explain(err error, operator common.Address, sets []uint32) error {
	name := eigenlayer.ErrorName(err)
	hint, ok := hints[name]
	if !ok {
		if errors.Is(err, eigenlayer.ErrOtherKey) {
			return fmt.Errorf("%w\n    the operator registered another key for this set; EigenLayer holds one key per operator and set: use that key's file", err)
		}
		return err
	}
	return fmt.Errorf("%w\n    %s (operator %s, sets %v)", err, hint, operator, sets)
}

// Weight is an operator's weight in a set with the set's minimum, for a report before
// registering.
type Weight struct {
	Set             uint32
	Weight, Minimum *big.Int
	// Estimated: the operator is not a member, so EigenLayer reports no slashable stake
	// for it yet; Weight is its current allocation in the set's strategies times their
	// multipliers, which is what the registrar will count unless a deallocation takes
	// effect within MAX_SNAPSHOT_AGE blocks.
	Estimated bool
}

var maxWeight = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// Weights returns the operator's weight in each set: as the registrar counts it (stake
// slashable through the head + MAX_SNAPSHOT_AGE) for a member, estimated from its
// allocations otherwise.
func Weights(ctx context.Context, a *avs.AVS, operator common.Address, sets []uint32) ([]Weight, error) {
	opts := &bind.CallOpts{Context: ctx}
	h, err := a.Core.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	future := uint32(h.Number.Uint64() + optable.MaxSnapshotAge)
	var out []Weight
	for _, s := range sets {
		w := Weight{Set: s}
		if w.Minimum, err = a.Registrar.MinWeight(opts, s); err != nil {
			return nil, fmt.Errorf("operator: registrar.minWeight(%d): %w", s, err)
		}
		member, err := a.Core.IsMember(ctx, operator, a.Addresses.Registrar, s)
		if err != nil {
			return nil, err
		}
		if member {
			ws, err := a.Registrar.WeightsOf(opts, s, []common.Address{operator}, future)
			if err != nil {
				return nil, fmt.Errorf("operator: registrar.weightsOf(%d): %w", s, err)
			}
			w.Weight = ws[0]
			out = append(out, w)
			continue
		}
		sm, err := a.Registrar.StrategiesOf(opts, s)
		if err != nil {
			return nil, fmt.Errorf("operator: registrar.strategiesOf(%d): %w", s, err)
		}
		w.Weight, w.Estimated = new(big.Int), true
		if len(sm.Strategies) > 0 {
			stake, err := a.Core.AllocationManager.GetAllocatedStake(opts, am.OperatorSet{Avs: a.Addresses.Registrar, Id: s},
				[]common.Address{operator}, sm.Strategies)
			if err != nil {
				return nil, fmt.Errorf("operator: AllocationManager.getAllocatedStake: %w", err)
			}
			for j, st := range stake[0] {
				term := new(big.Int).Mul(st, sm.Multipliers[j])
				w.Weight.Add(w.Weight, minBig(term.Div(term, avs.WAD), maxWeight))
			}
		}
		w.Weight = minBig(w.Weight, maxWeight)
		out = append(out, w)
	}
	return out, nil
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

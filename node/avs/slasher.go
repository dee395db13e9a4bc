package avs

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/parley-xyz/parley/interop/attestation"
	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/certificate"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/node/avs/bindings"
	"github.com/parley-xyz/parley/node/eigenlayer"
)

// Slasher is a deployment of ParleySlasher (interop/SPEC.md §8.4) for an AVS: the
// contract that takes equivocation evidence and slashes through the registrar, whose
// configured slasher it is.
type Slasher struct {
	AVS      *AVS
	Address  common.Address
	Contract *bindings.ParleySlasher
	// Deployment lists DeploySlasher's transactions (empty for AttachSlasher).
	Deployment []eigenlayer.Tx
}

// DeploySlasher deploys a ParleySlasher for the AVS that slashes wads (of WAD, in
// (0, WAD]) of an offender's allocation per offence, and makes it the registrar's
// slasher (owner must be the registrar's owner), in two blocks. Routing slashes through
// the registrar, not a PermissionController appointment on AllocationManager, keeps the
// registrar's epochs moving on every slash (SPEC §8.1).
func (a *AVS) DeploySlasher(ctx context.Context, owner *eigenlayer.Account, wads *big.Int) (*Slasher, error) {
	var addr common.Address
	deploy, err := a.transact(ctx, owner, "ParleySlasher.deploy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		var (
			tx  *types.Transaction
			err error
		)
		addr, tx, _, err = bindings.DeployParleySlasher(o, a.Core.Chain, a.Addresses.Registrar, a.Addresses.Publisher, wads)
		return tx, err
	})
	if err != nil {
		return nil, err
	}
	set, err := a.transact(ctx, owner, "ParleyRegistrar.setSlasher", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.Registrar.SetSlasher(o, addr)
	})
	if err != nil {
		return nil, err
	}
	s, err := a.AttachSlasher(addr)
	if err != nil {
		return nil, err
	}
	s.Deployment = []eigenlayer.Tx{deploy, set}
	return s, nil
}

// AttachSlasher binds a ParleySlasher deployed at addr.
func (a *AVS) AttachSlasher(addr common.Address) (*Slasher, error) {
	c, err := bindings.NewParleySlasher(addr, a.Core.Chain)
	if err != nil {
		return nil, fmt.Errorf("avs: binding the slasher: %w", err)
	}
	return &Slasher{AVS: a, Address: addr, Contract: c}, nil
}

// SignedAttestation is one operator's signature on an attestation with its key of one
// operator set: what an operator sends the aggregator (node/avsapi) plus who sent it.
type SignedAttestation struct {
	Attestation attestation.Attestation
	Signature   bls.G1Point
	Operator    common.Address
	SetID       uint8
}

// Evidence is individual equivocation evidence, as ParleySlasher.slashEquivocation
// takes it: the operator set and two signed attestations with the operator's entry
// and its proof in each attestation's snapshot.
type Evidence struct {
	SetID uint32
	A, B  bindings.ParleySlasherSignedAttestation
}

// Evidence errors: each is a rule ParleySlasher would reject the evidence by, checked
// before anything is sent.
var (
	ErrNotConflicting   = errors.New("avs: the attestations do not conflict")
	ErrTableMismatch    = errors.New("avs: the table is not the attestation's snapshot")
	ErrNotInSnapshot    = errors.New("avs: the operator has no entry in the set in the snapshot")
	ErrSignerMismatch   = errors.New("avs: the signatures are by different operators or sets")
	ErrInvalidSignature = errors.New("avs: the signature does not verify under the snapshot's key")
)

// EncodeSignedAttestation returns s as ParleySlasher takes it: the attestation's
// fields, the signature and the operator's entry in table t (the attestation's
// snapshot) with its proof. It checks only that the entry exists; EquivocationEvidence
// checks the rest.
func EncodeSignedAttestation(s SignedAttestation, t *optable.Table) (bindings.ParleySlasherSignedAttestation, error) {
	i, ok := t.Find(s.Operator, s.SetID)
	if !ok {
		return bindings.ParleySlasherSignedAttestation{}, fmt.Errorf("%w: operator %s, set %d, %s", ErrNotInSnapshot, s.Operator, s.SetID, t.Snapshot())
	}
	e, p, err := t.Prove(i)
	if err != nil {
		return bindings.ParleySlasherSignedAttestation{}, err
	}
	enc := e.Encode()
	sig := s.Signature.Bytes()
	a := &s.Attestation
	out := bindings.ParleySlasherSignedAttestation{
		Attestation: bindings.ParleySlasherAttestation{
			L1ChainId:     new(big.Int).SetUint64(a.AVS.L1ChainID),
			Avs:           a.AVS.Address,
			SourceChainId: new(big.Int).SetUint64(a.SourceChainID),
			FromBlock:     a.FromBlock,
			ToBlock:       a.ToBlock,
			LastBlockHash: a.LastBlockHash,
			MessageRoot:   a.MessageRoot,
			SnapshotBlock: a.Snapshot.Block,
			SnapshotRoot:  a.Snapshot.Root,
		},
		Sigma:  [2]*big.Int{new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:])},
		Member: bindings.ParleySlasherMembership{Entry: enc[:], Index: p.Index, EntryCount: p.Count},
	}
	for h := range p.Siblings {
		out.Member.Proof[h] = p.Siblings[h]
	}
	return out, nil
}

// EquivocationEvidence builds individual evidence that one operator signed x and y with
// its key of one set, from the tables of their snapshots (tx for x, ty for y). It checks
// offline what ParleySlasher checks (the attestations conflict, the tables are the
// snapshots they name, the operator has an entry in each, both signatures verify under
// its keys), so that a watcher never pays for evidence the contract rejects. It does
// not check L1 state: that the snapshots were sealed by the publisher, that the offence
// was not slashed before and that the operator is still slashable.
func EquivocationEvidence(x, y SignedAttestation, tx, ty *optable.Table) (Evidence, error) {
	if !attestation.Conflicts(x.Attestation, y.Attestation) {
		return Evidence{}, ErrNotConflicting
	}
	if x.Operator != y.Operator || x.SetID != y.SetID {
		return Evidence{}, fmt.Errorf("%w: %s/%d and %s/%d", ErrSignerMismatch, x.Operator, x.SetID, y.Operator, y.SetID)
	}
	var ev Evidence
	ev.SetID = uint32(x.SetID)
	for k, st := range []struct {
		s   SignedAttestation
		t   *optable.Table
		out *bindings.ParleySlasherSignedAttestation
	}{{x, tx, &ev.A}, {y, ty, &ev.B}} {
		if st.t == nil || st.t.AVS() != st.s.Attestation.AVS || st.t.Snapshot() != st.s.Attestation.Snapshot {
			return Evidence{}, fmt.Errorf("%w: attestation %d names %s", ErrTableMismatch, k, st.s.Attestation.Snapshot)
		}
		i, ok := st.t.Find(st.s.Operator, st.s.SetID)
		if !ok {
			return Evidence{}, fmt.Errorf("%w: operator %s, set %d, %s", ErrNotInSnapshot, st.s.Operator, st.s.SetID, st.s.Attestation.Snapshot)
		}
		if !bls.Verify(st.t.Entries()[i].PubkeyG2, st.s.Attestation.Digest(), st.s.Signature) {
			return Evidence{}, fmt.Errorf("%w: attestation %d", ErrInvalidSignature, k)
		}
		enc, err := EncodeSignedAttestation(st.s, st.t)
		if err != nil {
			return Evidence{}, err
		}
		*st.out = enc
	}
	return ev, nil
}

// SubmitEquivocation builds individual evidence (EquivocationEvidence) and submits it
// from the account (anyone may), mining the transaction. A rejection by the contract is
// an *eigenlayer.RevertError naming ParleySlasher's error.
func (s *Slasher) SubmitEquivocation(ctx context.Context, from *eigenlayer.Account, x, y SignedAttestation, tx, ty *optable.Table) (eigenlayer.Tx, error) {
	ev, err := EquivocationEvidence(x, y, tx, ty)
	if err != nil {
		return eigenlayer.Tx{}, err
	}
	return s.Submit(ctx, from, ev)
}

// Submit submits evidence as it is, unchecked, and mines the transaction.
func (s *Slasher) Submit(ctx context.Context, from *eigenlayer.Account, ev Evidence) (eigenlayer.Tx, error) {
	tx, err := s.AVS.transact(ctx, from, "ParleySlasher.slashEquivocation", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.Contract.SlashEquivocation(o, ev.SetID, ev.A, ev.B)
	})
	return tx, err
}

// Verify runs the contract's offline checks of evidence (verifyEquivocation) as a call;
// it returns the error ParleySlasher rejects it with, if any.
func (s *Slasher) Verify(ctx context.Context, ev Evidence) error {
	_, err := s.Contract.VerifyEquivocation(&bind.CallOpts{Context: ctx}, ev.SetID, ev.A, ev.B)
	if err != nil {
		return callRevert("ParleySlasher.verifyEquivocation", err)
	}
	return nil
}

// callRevert turns a reverted call's JSON-RPC error into an *eigenlayer.RevertError
// (its data is the revert data), as the eigenlayer package does for transactions.
func callRevert(label string, err error) error {
	var de rpc.DataError
	if errors.As(err, &de) {
		if h, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(h); derr == nil {
				name, reason := eigenlayer.DecodeRevert(data)
				return &eigenlayer.RevertError{Label: label, Name: name, Reason: reason, Data: data, Cause: err}
			}
		}
	}
	return fmt.Errorf("%s: %w", label, err)
}

// CertificateEvidence is certificate evidence, as ParleySlasher.slashCertificates takes
// it: the operator set, two certificates (their SPEC §6 encodings, as posted to the
// inbox) and, for each, the run of its snapshot's entries that covers its listed sets,
// with a range proof.
type CertificateEvidence struct {
	SetID          uint32
	A, B           []byte
	RangeA, RangeB bindings.ParleySlasherEntryRange
	// Limit bounds how many offenders one transaction slashes (0: all); about 40
	// EigenLayer slashes fit one transaction.
	Limit uint32
}

// ErrNoCommonSigner is returned when no operator of the set signed both certificates.
var ErrNoCommonSigner = errors.New("avs: no operator of the set signed both certificates")

// EntryRange returns the run of t's entries from the first entry of the lowest listed
// set to the last entry of the highest (sets are contiguous in a snapshot), with its
// range proof: what ParleySlasher needs to recompute a certificate's signers.
func EntryRange(t *optable.Table, quorums []uint8) (bindings.ParleySlasherEntryRange, error) {
	es := t.Entries()
	start, end := -1, -1
	for i := range es {
		for _, q := range quorums {
			if es[i].SetID == q {
				if start < 0 {
					start = i
				}
				end = i + 1
			}
		}
	}
	if start < 0 {
		return bindings.ParleySlasherEntryRange{}, fmt.Errorf("%w: sets %v in %s", ErrNotInSnapshot, quorums, t.Snapshot())
	}
	p, err := optable.ProveRange(t.Leaves(), start, end)
	if err != nil {
		return bindings.ParleySlasherEntryRange{}, err
	}
	r := bindings.ParleySlasherEntryRange{Start: p.Start, EntryCount: p.Count,
		SetIds: make([]byte, 0, end-start), Entries: make([]byte, 0, optable.EntrySize*(end-start))}
	for i := start; i < end; i++ {
		enc := es[i].Encode()
		r.SetIds = append(r.SetIds, es[i].SetID)
		r.Entries = append(r.Entries, enc[:]...)
	}
	for _, s := range p.Siblings {
		r.Proof = append(r.Proof, s)
	}
	return r, nil
}

// Offenders returns the operators of set setID that signed both certificates (by
// address, ascending), each certificate's signers being the entries of its listed sets
// in its table minus its non-signers.
func Offenders(setID uint8, a, b *certificate.Certificate, ta, tb *optable.Table) []common.Address {
	signers := func(c *certificate.Certificate, t *optable.Table) map[common.Address]bool {
		out := map[common.Address]bool{}
		if !slices.Contains(c.Quorums, setID) {
			return out
		}
		for _, e := range t.Entries() {
			if e.SetID == setID && !slices.Contains(c.NonSigners, e.ID) {
				out[e.Operator] = true
			}
		}
		return out
	}
	sb := signers(b, tb)
	var both []common.Address
	for op := range signers(a, ta) {
		if sb[op] {
			both = append(both, op)
		}
	}
	slices.SortFunc(both, func(x, y common.Address) int { return x.Cmp(y) })
	return both
}

// BuildCertificateEvidence builds certificate evidence against the operators of set
// setID that signed both certificates, from the tables of their snapshots. It checks
// offline that the attestations conflict, the tables are the snapshots named, both
// certificates list the set and verify (SPEC §7 steps 5, 7 and 8; thresholds do not
// matter here) and some operator of the set signed both.
func BuildCertificateEvidence(setID uint8, a, b *certificate.Certificate, ta, tb *optable.Table) (CertificateEvidence, error) {
	if !attestation.Conflicts(a.Attestation, b.Attestation) {
		return CertificateEvidence{}, ErrNotConflicting
	}
	ev := CertificateEvidence{SetID: uint32(setID)}
	for k, st := range []struct {
		c   *certificate.Certificate
		t   *optable.Table
		raw *[]byte
		r   *bindings.ParleySlasherEntryRange
	}{{a, ta, &ev.A, &ev.RangeA}, {b, tb, &ev.B, &ev.RangeB}} {
		if st.t == nil || st.t.AVS() != st.c.Attestation.AVS || st.t.Snapshot() != st.c.Attestation.Snapshot {
			return CertificateEvidence{}, fmt.Errorf("%w: certificate %d names %s", ErrTableMismatch, k, st.c.Attestation.Snapshot)
		}
		if !slices.Contains(st.c.Quorums, setID) {
			return CertificateEvidence{}, fmt.Errorf("%w: certificate %d does not list set %d", ErrNotInSnapshot, k, setID)
		}
		ss, err := certificate.Signers(st.t, st.c.Quorums, st.c.NonSigners)
		if err != nil {
			return CertificateEvidence{}, fmt.Errorf("avs: certificate %d: %w", k, err)
		}
		if !ss.ApkG2.Equal(st.c.ApkG2) || !bls.Verify(ss.ApkG2, st.c.Digest(), st.c.Sigma) {
			return CertificateEvidence{}, fmt.Errorf("%w: certificate %d", ErrInvalidSignature, k)
		}
		if *st.r, err = EntryRange(st.t, st.c.Quorums); err != nil {
			return CertificateEvidence{}, err
		}
		*st.raw = st.c.Encode()
	}
	if len(Offenders(setID, a, b, ta, tb)) == 0 {
		return CertificateEvidence{}, ErrNoCommonSigner
	}
	return ev, nil
}

// SubmitCertificates builds certificate evidence (BuildCertificateEvidence) and
// submits it from the account (anyone may), mining the transaction.
func (s *Slasher) SubmitCertificates(ctx context.Context, from *eigenlayer.Account, setID uint8, a, b *certificate.Certificate, ta, tb *optable.Table) (eigenlayer.Tx, error) {
	ev, err := BuildCertificateEvidence(setID, a, b, ta, tb)
	if err != nil {
		return eigenlayer.Tx{}, err
	}
	return s.SubmitCertificateEvidence(ctx, from, ev)
}

// SubmitCertificateEvidence submits certificate evidence as it is, unchecked, and
// mines the transaction.
func (s *Slasher) SubmitCertificateEvidence(ctx context.Context, from *eigenlayer.Account, ev CertificateEvidence) (eigenlayer.Tx, error) {
	tx, err := s.AVS.transact(ctx, from, "ParleySlasher.slashCertificates", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.Contract.SlashCertificates(o, ev.SetID, ev.A, ev.RangeA, ev.B, ev.RangeB, new(big.Int).SetUint64(uint64(ev.Limit)))
	})
	return tx, err
}

package precompile

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/attestation"
)

// The latest operator-table snapshot, for applications. Derivation verifies
// certificates against snapshots read from L1 alone (SPEC §9); what the inbox keeps is
// a summary of the latest one the derivation hook saw sealed: its block and root, and
// each of its sets' total weight. Nothing in the inbox depends on it.

// RecordSnapshot records a snapshot sealed on L1 in block l1Block as the latest: its
// root and, per listed operator set, its total weight. It reverts unless the lists
// have equal length 1..MaxSnapshotSets, the ids are below MaxOperatorSetID and
// strictly ascending, and l1Block is after the latest snapshot's block, in that order.
func (in *Inbox) RecordSnapshot(l1Block uint64, root common.Hash, ids []uint32, weights []*big.Int) error {
	if len(ids) != len(weights) || len(ids) == 0 || len(ids) > MaxSnapshotSets {
		return revert("InvalidOperatorSetCount", big.NewInt(int64(len(ids))), big.NewInt(int64(len(weights))))
	}
	for i, id := range ids {
		if id >= MaxOperatorSetID {
			return revert("OperatorSetIdOutOfRange", id)
		}
		if i > 0 && id <= ids[i-1] {
			return revert("OperatorSetsNotAscending", ids[i-1], id)
		}
		if w := weights[i]; w == nil || w.Sign() < 0 || w.BitLen() > 256 {
			return revert("InvalidInput") // the ABI decoder yields none of these
		}
	}
	head := slot(tagSnapshot)
	w, err := in.m.load(head)
	if err != nil {
		return err
	}
	if latest := getU64(w, 0); l1Block <= latest {
		return revert("StaleSnapshot", l1Block, latest)
	}
	if err := in.m.touch(); err != nil {
		return err
	}
	var block common.Hash
	putU64(&block, 0, l1Block)
	if err := in.m.store(head, block); err != nil {
		return err
	}
	// The snapshot's record is new: l1Block is after every recorded snapshot's.
	if err := in.m.storeNew(slot(tagSnapshotRoot, l1Block), root); err != nil {
		return err
	}
	for i, id := range ids {
		if err := in.m.storeNew(slot(tagWeight, l1Block, uint64(id)), common.BigToHash(weights[i])); err != nil {
			return err
		}
	}
	ev := ABI.Events["SnapshotRecorded"]
	data, err := ev.Inputs.NonIndexed().Pack([32]byte(root))
	if err != nil {
		return revert("InvalidInput")
	}
	if err := in.m.use(logGas(2, len(data))); err != nil {
		return err
	}
	in.m.addLog([]common.Hash{ev.ID, block}, data)
	return nil
}

// LatestSnapshot returns the latest recorded snapshot (the zero value if none).
func (in *Inbox) LatestSnapshot() (attestation.Snapshot, error) {
	w, err := in.m.load(slot(tagSnapshot))
	if err != nil {
		return attestation.Snapshot{}, err
	}
	latest := getU64(w, 0)
	if latest == 0 {
		return attestation.Snapshot{}, nil
	}
	root, err := in.m.load(slot(tagSnapshotRoot, latest))
	if err != nil {
		return attestation.Snapshot{}, err
	}
	return attestation.Snapshot{Block: latest, Root: root}, nil
}

// OperatorSetWeight returns an operator set's total weight in the latest snapshot: 0
// if there is none or the set is not in it.
func (in *Inbox) OperatorSetWeight(id uint32) (*big.Int, error) {
	w, err := in.m.load(slot(tagSnapshot))
	if err != nil {
		return nil, err
	}
	latest := getU64(w, 0)
	if latest == 0 {
		return new(big.Int), nil
	}
	weight, err := in.m.load(slot(tagWeight, latest, uint64(id)))
	if err != nil {
		return nil, err
	}
	return weight.Big(), nil
}

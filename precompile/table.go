package precompile

import (
	"encoding/binary"
	"errors"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"

	"github.com/parley-xyz/parley/interop/bls"
	"github.com/parley-xyz/parley/interop/optable"
	"github.com/parley-xyz/parley/precompile/bindings"
)

// OperatorUpdate is the ABI form of IParleyInbox's OperatorUpdate struct, as
// generated from the Solidity interface.
type OperatorUpdate = bindings.OperatorUpdate

// errCorruptState is returned if storage does not hold what the inbox wrote. It cannot
// happen unless storage was changed behind the inbox's back.
var errCorruptState = errors.New("precompile: inconsistent operator-table state")

// tableMeta reads (latest version, operator count).
func (in *Inbox) tableMeta() (version uint64, count uint64, err error) {
	w, err := in.m.load(slot(tagTable))
	return getU64(w, 0), getU64(w, 64), err
}

// OperatorTableVersion returns the latest table version.
func (in *Inbox) OperatorTableVersion() (uint64, error) {
	v, _, err := in.tableMeta()
	return v, err
}

// loadTable rebuilds table version v from storage. v must be within the window.
func (in *Inbox) loadTable(v uint64) (*optable.Table, error) {
	latest, count, err := in.tableMeta()
	if err != nil {
		return nil, err
	}
	if err := optable.CheckWindow(v, latest, in.cfg.window()); err != nil {
		return nil, revert("UnknownTableVersion", v, latest)
	}
	ring := in.cfg.window() + 1
	var records []optable.Record
	for i := uint64(0); i < count; i++ {
		op, ok, err := in.readOperator(i, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		r := optable.Record{Address: op.address()}
		g1, err1 := bls.DecodeG1(concat(op.keys[0:2]...))
		g2, err2 := bls.DecodeG2(concat(op.keys[2:]...))
		if err1 != nil || err2 != nil {
			return nil, errCorruptState
		}
		r.PubkeyG1, r.PubkeyG2 = g1, g2
		if r.Members, err = in.readMembers(i, v, ring); err != nil {
			return nil, err
		}
		records = append(records, r)
	}
	if err := in.m.use(GasTableOperator * uint64(len(records))); err != nil {
		return nil, err
	}
	t, err := optable.Restore(in.cfg.AVS, v, records)
	if err != nil {
		return nil, errCorruptState
	}
	return t, nil
}

// storedOperator is an operator record's words as storage holds them.
type storedOperator struct {
	head common.Hash    // uint64 registeredAtVersion << 192 | address
	keys [6]common.Hash // pubkeyG1 X, Y, pubkeyG2 X[0], X[1], Y[0], Y[1]
}

func (o *storedOperator) address() common.Address { return common.BytesToAddress(o.head[12:]) }

// readOperator reads operator i's record words. ok is false if the operator registered
// after version v, as have all later operators; its key words are then not read.
func (in *Inbox) readOperator(i, v uint64) (op storedOperator, ok bool, err error) {
	base := slot(tagOp, i)
	if op.head, err = in.m.load(base); err != nil {
		return op, false, err
	}
	if getU64(op.head, 192) > v {
		return op, false, nil
	}
	for k := range op.keys {
		if op.keys[k], err = in.m.load(plus(base, uint64(k+1))); err != nil {
			return op, false, err
		}
	}
	return op, true, nil
}

// readMembers returns operator i's memberships at version v, in ascending quorum order.
func (in *Inbox) readMembers(i, v, ring uint64) ([]optable.Member, error) {
	bitmap, err := in.m.load(slot(tagOpQuorums, i))
	if err != nil {
		return nil, err
	}
	var members []optable.Member
	for q := 0; q < optable.MaxQuorums; q++ {
		if bitmap[31-q/8]&(1<<(q%8)) == 0 {
			continue
		}
		m, ok, err := in.memberAt(i, uint64(q), v, ring)
		if err != nil {
			return nil, err
		}
		if ok {
			members = append(members, m)
		}
	}
	return members, nil
}

// StoredOperatorTable returns table version v in the snapshot encoding of
// optable.Table.EncodeSnapshot, assembled from the storage words as they are: keys are
// neither decoded nor checked, and no table is rebuilt. Whenever OperatorTable(v)
// succeeds, it returns exactly the same bytes; bytes assembled from storage that
// OperatorTable would reject as inconsistent fail optable.DecodeSnapshot. It performs
// the same storage reads as OperatorTable, so off-chain readers (the derivation hook)
// can recognise a version they restored before without decoding its keys again. It is
// not part of the ABI: it is never reached by a call and charges only its reads.
func (in *Inbox) StoredOperatorTable(v uint64) ([]byte, error) {
	latest, count, err := in.tableMeta()
	if err != nil {
		return nil, err
	}
	if err := optable.CheckWindow(v, latest, in.cfg.window()); err != nil {
		return nil, revert("UnknownTableVersion", v, latest)
	}
	ring := in.cfg.window() + 1
	out := make([]byte, 12, 12+int(min(count, optable.MaxOperators))*(20+32*6+1+13))
	binary.BigEndian.PutUint64(out[0:8], v)
	var n uint32
	for i := uint64(0); i < count; i++ {
		op, ok, err := in.readOperator(i, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		members, err := in.readMembers(i, v, ring)
		if err != nil {
			return nil, err
		}
		out = append(out, op.head[12:]...)
		for k := range op.keys {
			out = append(out, op.keys[k][:]...)
		}
		out = append(out, byte(len(members)))
		for _, m := range members {
			s := m.Stake.Bytes32()
			out = append(out, m.Quorum)
			out = append(out, s[32-12:]...)
		}
		n++
	}
	binary.BigEndian.PutUint32(out[8:12], n)
	return out, nil
}

func concat(ws ...common.Hash) []byte {
	out := make([]byte, 0, 32*len(ws))
	for _, w := range ws {
		out = append(out, w[:]...)
	}
	return out
}

// memberAt returns operator i's membership of quorum q at version v: the newest
// entry written at or before v.
func (in *Inbox) memberAt(i, q, v, ring uint64) (optable.Member, bool, error) {
	nw, err := in.m.load(slot(tagMemberCount, i, q))
	if err != nil {
		return optable.Member{}, false, err
	}
	n := getU64(nw, 0)
	for k := n; k > 0 && n-k < ring; k-- {
		e, err := in.m.load(slot(tagMember, i, q, (k-1)%ring))
		if err != nil {
			return optable.Member{}, false, err
		}
		if getU64(e, 192) > v {
			continue
		}
		if e[19] != 1 { // not a member from that version on
			return optable.Member{}, false, nil
		}
		var m optable.Member
		m.Quorum = uint8(q)
		m.Stake.SetBytes(e[20:32])
		return m, true, nil
	}
	if n > ring {
		return optable.Member{}, false, errCorruptState // evicted: cannot happen within the window
	}
	return optable.Member{}, false, nil
}

// OperatorTable returns the snapshot encoding of table version v.
func (in *Inbox) OperatorTable(v uint64) ([]byte, error) {
	t, err := in.loadTable(v)
	if err != nil {
		return nil, err
	}
	return t.EncodeSnapshot(), nil
}

// OperatorTableCommitment returns the commitment hash of table version v.
func (in *Inbox) OperatorTableCommitment(v uint64) (common.Hash, error) {
	t, err := in.loadTable(v)
	if err != nil {
		return common.Hash{}, err
	}
	// The commitment hashes about 280 bytes per operator.
	if err := in.m.use(keccakGas(64 + 280*t.Len())); err != nil {
		return common.Hash{}, err
	}
	return t.Commitment(), nil
}

// toUpdates converts ABI updates to optable updates. Malformed fields (points that do
// not decode, stakes wider than 96 bits) make that update invalid, which Apply then
// skips like any other invalid update: kind 0 is never valid.
func toUpdates(us []OperatorUpdate) []optable.Update {
	out := make([]optable.Update, len(us))
	for i, u := range us {
		o := optable.Update{Kind: optable.Kind(u.Kind), Address: u.Operator, ID: u.OperatorId, Quorums: u.Quorums, Quorum: u.Quorum}
		if o.Kind == optable.Register {
			g1, err1 := bls.DecodeG1(words32(u.PubkeyG1[:]))
			g2, err2 := bls.DecodeG2(words32(u.PubkeyG2[:]))
			pop, err3 := bls.DecodeG1(words32(u.Pop[:]))
			if err1 != nil || err2 != nil || err3 != nil {
				o.Kind = 0
			}
			o.PubkeyG1, o.PubkeyG2, o.PoP = g1, g2, pop
		}
		if u.Stake != nil {
			if u.Stake.Sign() < 0 || u.Stake.BitLen() > optable.StakeBits {
				o.Kind = 0
			} else {
				o.Stake.SetFromBig(u.Stake)
			}
		}
		out[i] = o
	}
	return out
}

// words32 encodes ABI uint256 words; a nil or out-of-range word yields an encoding
// the point decoders reject.
func words32(ws []*big.Int) []byte {
	out := make([]byte, 32*len(ws))
	for i, w := range ws {
		if w == nil || w.Sign() < 0 || w.BitLen() > 256 {
			for j := range out[32*i : 32*i+32] {
				out[32*i+j] = 0xff
			}
			continue
		}
		w.FillBytes(out[32*i : 32*i+32])
	}
	return out
}

// updateGas prices the native work of applying updates.
func updateGas(us []optable.Update) uint64 {
	var g uint64
	for _, u := range us {
		switch u.Kind {
		case optable.Register:
			g += GasRegister
		case optable.Join, optable.Leave:
			g += GasQuorumChange * uint64(len(u.Quorums))
		default:
			g += GasSetStake
		}
	}
	return g
}

// ApplyOperatorUpdates applies one batch of updates as the next table version,
// skipping invalid updates, and writes what changed.
func (in *Inbox) ApplyOperatorUpdates(us []OperatorUpdate) error {
	if len(us) > MaxUpdates {
		return revert("TooManyUpdates", big.NewInt(int64(len(us))), big.NewInt(MaxUpdates))
	}
	latest, _, err := in.tableMeta()
	if err != nil {
		return err
	}
	cur, err := in.loadTable(latest)
	if err != nil {
		return err
	}
	updates := toUpdates(us)
	if err := in.m.use(updateGas(updates)); err != nil {
		return err
	}
	next, rejected := cur.Apply(updates)
	if err := in.m.touch(); err != nil {
		return err
	}
	if err := in.storeDiff(cur, next); err != nil {
		return err
	}
	ev := ABI.Events["OperatorTableUpdated"]
	data, err := ev.Inputs.NonIndexed().Pack(uint32(next.Len()), uint32(len(rejected)))
	if err != nil {
		return revert("InvalidInput")
	}
	if err := in.m.use(logGas(2, len(data))); err != nil {
		return err
	}
	var topic common.Hash
	putU64(&topic, 0, next.Version())
	in.m.addLog([]common.Hash{ev.ID, topic}, data)
	return nil
}

// storeDiff writes the records of next that differ from cur: new operators, and one
// membership entry per (operator, quorum) whose membership or stake changed.
func (in *Inbox) storeDiff(cur, next *optable.Table) error {
	v := next.Version()
	ring := in.cfg.window() + 1
	ops := next.Operators()
	for i, o := range ops {
		idx := uint64(i)
		var old *optable.Operator
		if i < cur.Len() {
			old = cur.Operators()[i]
		} else {
			var head common.Hash
			copy(head[12:], o.Address[:])
			putU64(&head, 192, v)
			g1, g2 := o.PubkeyG1.Bytes(), o.PubkeyG2.Bytes()
			keys := append(g1[:], g2[:]...)
			base := slot(tagOp, idx)
			if err := in.m.store(base, head); err != nil {
				return err
			}
			for k := 0; k < 6; k++ {
				if err := in.m.store(plus(base, uint64(k+1)), common.BytesToHash(keys[32*k:32*k+32])); err != nil {
					return err
				}
			}
		}
		changed := changedQuorums(old, o)
		if len(changed) == 0 {
			continue
		}
		bitmapKey := slot(tagOpQuorums, idx)
		bitmap, err := in.m.load(bitmapKey)
		if err != nil {
			return err
		}
		for _, q := range changed {
			bitmap[31-q/8] |= 1 << (q % 8)
			countKey := slot(tagMemberCount, idx, uint64(q))
			cw, err := in.m.load(countKey)
			if err != nil {
				return err
			}
			n := getU64(cw, 0)
			var e common.Hash
			putU64(&e, 192, v)
			if s, member := o.Stakes[q]; member {
				e[19] = 1
				b := s.Bytes32()
				copy(e[20:], b[20:])
			}
			if err := in.m.store(slot(tagMember, idx, uint64(q), n%ring), e); err != nil {
				return err
			}
			var nw common.Hash
			putU64(&nw, 0, n+1)
			if err := in.m.store(countKey, nw); err != nil {
				return err
			}
		}
		if err := in.m.store(bitmapKey, bitmap); err != nil {
			return err
		}
	}
	var meta common.Hash
	putU64(&meta, 0, v)
	putU64(&meta, 64, uint64(len(ops)))
	return in.m.store(slot(tagTable), meta)
}

// changedQuorums lists the quorums whose membership or stake differs between two
// versions of an operator (old nil: a new operator), ascending.
func changedQuorums(old, cur *optable.Operator) []uint8 {
	var set [4]uint64
	mark := func(q uint8) { set[q/64] |= 1 << (q % 64) }
	for q, s := range cur.Stakes {
		if old == nil {
			mark(q)
			continue
		}
		if os, ok := old.Stakes[q]; !ok || !os.Eq(&s) {
			mark(q)
		}
	}
	if old != nil {
		for q := range old.Stakes {
			if _, ok := cur.Stakes[q]; !ok {
				mark(q)
			}
		}
	}
	var out []uint8
	for w := range set {
		for b := set[w]; b != 0; b &= b - 1 {
			out = append(out, uint8(64*w+bits.TrailingZeros64(b)))
		}
	}
	return out
}

// TableShape returns the stored table's shape: its operator count and the number of
// (operator, quorum) pairs that ever had a membership entry. The derivation hook sizes
// table-update deposits from it (ApplyOperatorUpdatesGas).
func (in *Inbox) TableShape() (TableShape, error) {
	_, count, err := in.tableMeta()
	if err != nil {
		return TableShape{}, err
	}
	s := TableShape{Operators: int(count)}
	for i := uint64(0); i < count; i++ {
		bitmap, err := in.m.load(slot(tagOpQuorums, i))
		if err != nil {
			return TableShape{}, err
		}
		for _, b := range bitmap {
			s.Memberships += bits.OnesCount8(b)
		}
	}
	return s, nil
}

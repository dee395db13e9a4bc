package precompile

import (
	"encoding/binary"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// errOutOfGas is returned (wrapped as ErrOutOfGas by Run) when the meter runs dry.
var errOutOfGas = errors.New("precompile: out of gas")

// meter charges gas and reads and writes storage through the environment, pricing each
// access like the EVM would. Writes, the nonce and logs are staged and reach the
// environment only when the call succeeds (commit), so a failing call changes nothing
// even before the EVM reverts its frame.
type meter struct {
	env     Environment
	pending map[common.Hash]common.Hash // created on the first write
	order   []common.Hash
	log     stagedLog // the first staged log, if hasLog
	hasLog  bool
	logs    []stagedLog // the staged logs after the first
	nonce   bool
}

type stagedLog struct {
	topics []common.Hash
	data   []byte
}

func newMeter(env Environment) meter { return meter{env: env} }

// current returns a slot's value as this call sees it.
func (m *meter) current(key common.Hash) (cur, orig common.Hash) {
	cur, orig = m.env.GetState(key)
	if v, ok := m.pending[key]; ok {
		cur = v
	}
	return cur, orig
}

// addLog stages a log.
func (m *meter) addLog(topics []common.Hash, data []byte) {
	if !m.hasLog {
		m.log, m.hasLog = stagedLog{topics, data}, true
		return
	}
	m.logs = append(m.logs, stagedLog{topics, data})
}

// commit applies the staged writes and logs to the environment.
func (m *meter) commit() {
	if m.nonce {
		m.env.SetNonce(1)
	}
	for _, k := range m.order {
		m.env.SetState(k, m.pending[k])
	}
	if m.hasLog {
		m.env.AddLog(m.log.topics, m.log.data)
	}
	for _, l := range m.logs {
		m.env.AddLog(l.topics, l.data)
	}
}

func (m *meter) use(gas uint64) error {
	if !m.env.UseGas(gas) {
		return errOutOfGas
	}
	return nil
}

// load is SLOAD.
func (m *meter) load(key common.Hash) (common.Hash, error) {
	cost := uint64(GasWarmRead)
	if !m.env.SlotWarm(key) {
		cost = GasColdSload
	}
	if err := m.use(cost); err != nil {
		return common.Hash{}, err
	}
	m.env.WarmSlot(key)
	cur, _ := m.current(key)
	return cur, nil
}

// store is SSTORE (EIP-2200 and EIP-2929 pricing, without refunds).
func (m *meter) store(key, value common.Hash) error {
	var cost uint64
	if !m.env.SlotWarm(key) {
		cost += GasColdSload
	}
	cur, orig := m.current(key)
	switch {
	case cur == value:
		cost += GasSstoreNoop
	case orig == cur && orig == (common.Hash{}):
		cost += GasSstoreSet
	case orig == cur:
		cost += GasSstoreReset
	default:
		cost += GasSstoreNoop
	}
	if err := m.use(cost); err != nil {
		return err
	}
	m.env.WarmSlot(key)
	if cur != value {
		m.stage(key, value)
	}
	return nil
}

// stage stages a slot's new value until commit.
func (m *meter) stage(key, value common.Hash) {
	if m.pending == nil {
		m.pending = map[common.Hash]common.Hash{}
	}
	if _, staged := m.pending[key]; !staged {
		m.order = append(m.order, key)
	}
	m.pending[key] = value
}

// storeNew writes a slot that is new by construction: part of a record keyed by a
// block number or an index that no earlier call used (a snapshot's record, a range's
// record and index entry), so it holds zero. It is priced as SSTORE's first write to a
// cold slot, GasNewSlot, whatever the value and whether or not the slot is warm: the
// price of the methods that write such records then depends on their input alone, and
// their gas bounds are exact. A zero value, which leaves the slot as it is, pays the
// same.
func (m *meter) storeNew(key, value common.Hash) error {
	if err := m.use(GasNewSlot); err != nil {
		return err
	}
	m.env.WarmSlot(key)
	if cur, _ := m.current(key); cur != value {
		m.stage(key, value)
	}
	return nil
}

// touch makes sure the inbox account is not empty (EIP-161 would delete an account
// with nonce 0, no balance and no code at the end of the transaction, storage and
// all): the first write sets its nonce to 1.
func (m *meter) touch() error {
	if m.nonce || m.env.Nonce() != 0 {
		return nil
	}
	if err := m.use(GasAccountNonceSet); err != nil {
		return err
	}
	m.nonce = true
	return nil
}

// Storage layout. Every slot is keccak256 of a namespace tag and the entry's key words,
// so entries can neither collide with each other nor with any Solidity layout:
//
//	slot(tag, k1, ..., kn) = keccak256(keccak256("parley.inbox." + tag) || word(k1) || ... || word(kn))
//
// and a record of several words occupies slot(...), slot(...)+1, ... .
//
// Certified ranges, per source chain C:
//
//	chain(C)             = uint64 lastToBlock << 64 | uint64 rangeCount
//	rangeAt(C, i)        = fromBlock of the i-th range (ranges are contiguous, ascending)
//	range(C, from) + 0   = 1 << 64 | toBlock   (bit 64 marks existence)
//	range(C, from) + 1   = messageRoot
//	range(C, from) + 2   = lastBlockHash
//
// A range's record and index entry are new when recorded (from only grows, and so does
// the count); chain(C) is the one slot recordRange rewrites.
//
// Operator-table snapshots, by the L1 block B that sealed them (blocks only grow, so
// each snapshot's record is new), and per operator set S (an id below 192):
//
//	snapshot             = uint64 l1Block of the latest snapshot   (0: none recorded)
//	snapshotRoot(B)      = root of the snapshot sealed in block B
//	weight(B, S)         = totalWeight of S in the snapshot of block B (0: not listed)
//
// The latest snapshot is the one of the block in snapshot; a set's weight in it is
// weight(snapshot, S). Earlier snapshots' records stay in place and are never read.
var (
	tagChain        = tagHash("chain")
	tagRangeAt      = tagHash("rangeAt")
	tagRange        = tagHash("range")
	tagSnapshot     = tagHash("snapshot")
	tagSnapshotRoot = tagHash("snapshotRoot")
	tagWeight       = tagHash("weight")
)

func tagHash(tag string) common.Hash {
	return crypto.Keccak256Hash([]byte("parley.inbox." + tag))
}

func slot(tag common.Hash, keys ...uint64) common.Hash {
	h := getHasher()
	s := h.slot(tag, keys...)
	putHasher(h)
	return s
}

// plus returns the slot n words after s.
func plus(s common.Hash, n uint64) common.Hash {
	var v uint256.Int
	v.SetBytes32(s[:])
	v.AddUint64(&v, n) // wraps modulo 2^256, as Solidity's slot arithmetic does
	return v.Bytes32()
}

// putU64 packs v at bit offset off (a multiple of 64) of a word; getU64 reads it.
func putU64(w *common.Hash, off int, v uint64) {
	binary.BigEndian.PutUint64(w[32-off/8-8:32-off/8], v)
}

func getU64(w common.Hash, off int) uint64 {
	return binary.BigEndian.Uint64(w[32-off/8-8 : 32-off/8])
}

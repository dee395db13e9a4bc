package message

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	opmsg "github.com/ethereum-optimism/optimism/op-core/interop/messages"
	"github.com/ethereum-optimism/optimism/op-service/eth"
)

// TestChecksumMatchesOptimism cross-checks identity, payload hash and checksum against
// optimism's own implementation on random messages.
func TestChecksumMatchesOptimism(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		var origin common.Address
		for j := range origin {
			origin[j] = byte(rng.Uint32())
		}
		topics := make([]common.Hash, rng.IntN(5))
		for k := range topics {
			for j := range topics[k] {
				topics[k][j] = byte(rng.Uint32())
			}
		}
		data := make([]byte, rng.IntN(200))
		for j := range data {
			data[j] = byte(rng.Uint32())
		}
		l := &types.Log{Address: origin, Topics: topics, Data: data, BlockNumber: rng.Uint64(), Index: uint(rng.Uint32())}
		chainID := rng.Uint64()
		ts := rng.Uint64()

		m, err := FromLog(chainID, ts, l)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := m.PayloadHash, crypto.Keccak256Hash(opmsg.LogToMessagePayload(l)); got != want {
			t.Fatalf("payload hash %s, optimism %s", got, want)
		}
		if got, want := LogHash(origin, m.PayloadHash), opmsg.LogToLogHash(l); got != want {
			t.Fatalf("log hash %s, optimism %s", got, want)
		}
		op := opmsg.Message{
			Identifier: opmsg.Identifier{
				Origin: origin, BlockNumber: l.BlockNumber, LogIndex: uint32(l.Index),
				Timestamp: ts, ChainID: eth.ChainIDFromUInt64(chainID),
			},
			PayloadHash: m.PayloadHash,
		}
		if got, want := m.Checksum(), common.Hash(op.Checksum()); got != want {
			t.Fatalf("checksum %s, optimism %s", got, want)
		}
	}
}

func TestChecksumBindsEveryField(t *testing.T) {
	base := Message{ID: Identifier{Origin: common.Address{1}, BlockNumber: 10, LogIndex: 2, Timestamp: 1000, ChainID: 901}, PayloadHash: common.Hash{9}}
	variants := map[string]func(*Message){
		"origin":      func(m *Message) { m.ID.Origin[19] ^= 1 },
		"blockNumber": func(m *Message) { m.ID.BlockNumber++ },
		"logIndex":    func(m *Message) { m.ID.LogIndex++ },
		"timestamp":   func(m *Message) { m.ID.Timestamp++ },
		"chainId":     func(m *Message) { m.ID.ChainID++ },
		"payloadHash": func(m *Message) { m.PayloadHash[0] ^= 1 },
	}
	want := base.Checksum()
	if want[0] != ChecksumVersion {
		t.Fatalf("checksum version byte %#x", want[0])
	}
	for name, mutate := range variants {
		m := base
		mutate(&m)
		if m.Checksum() == want {
			t.Errorf("checksum does not depend on %s", name)
		}
	}
}

func TestLess(t *testing.T) {
	a := Identifier{BlockNumber: 1, LogIndex: 5}
	b := Identifier{BlockNumber: 2, LogIndex: 0}
	c := Identifier{BlockNumber: 2, LogIndex: 1}
	if !a.Less(b) || !b.Less(c) || c.Less(b) || b.Less(b) {
		t.Fatal("order must be by block, then log index")
	}
}

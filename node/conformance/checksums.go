package conformance

import (
	"bytes"
	"math"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/parley-xyz/parley/interop/message"
)

// identifierJSON is a message identifier (SPEC §1).
type identifierJSON struct {
	Origin      common.Address `json:"origin"`
	BlockNumber dec64          `json:"blockNumber"`
	LogIndex    uint32         `json:"logIndex"`
	Timestamp   dec64          `json:"timestamp"`
	ChainID     dec64          `json:"chainId"`
}

func identifierOf(id message.Identifier) identifierJSON {
	return identifierJSON{Origin: id.Origin, BlockNumber: dec64(id.BlockNumber), LogIndex: id.LogIndex, Timestamp: dec64(id.Timestamp), ChainID: dec64(id.ChainID)}
}

func (j identifierJSON) identifier() message.Identifier {
	return message.Identifier{Origin: j.Origin, BlockNumber: uint64(j.BlockNumber), LogIndex: j.LogIndex, Timestamp: uint64(j.Timestamp), ChainID: uint64(j.ChainID)}
}

// messageJSON is a message: its identifier and payload hash.
type messageJSON struct {
	ID          identifierJSON `json:"id"`
	PayloadHash common.Hash    `json:"payloadHash"`
}

func messageOf(m message.Message) messageJSON {
	return messageJSON{ID: identifierOf(m.ID), PayloadHash: m.PayloadHash}
}

func (j messageJSON) message() message.Message {
	return message.Message{ID: j.ID.identifier(), PayloadHash: j.PayloadHash}
}

type payloadInput struct {
	Topics []common.Hash `json:"topics"`
	Data   hexutil.Bytes `json:"data"`
}

type payloadExpected struct {
	PayloadHash common.Hash `json:"payloadHash"`
}

type checksumInput struct {
	ID          identifierJSON `json:"id"`
	PayloadHash common.Hash    `json:"payloadHash"`
}

type checksumExpected struct {
	LogHash  common.Hash `json:"logHash"`
	Checksum common.Hash `json:"checksum"`
}

func checksumsArea() *area {
	return &area{
		file: "message_checksums.json",
		spec: "SPEC §1 (interop/message)",
		kinds: map[string]evaluator{
			"payloadHash": eval(func(in *payloadInput) (payloadExpected, error) {
				return payloadExpected{PayloadHash: message.PayloadHash(in.Topics, in.Data)}, nil
			}),
			"checksum": eval(func(in *checksumInput) (checksumExpected, error) {
				id := in.ID.identifier()
				return checksumExpected{
					LogHash:  message.LogHash(id.Origin, in.PayloadHash),
					Checksum: message.Checksum(id, in.PayloadHash),
				}, nil
			}),
		},
		generate: genChecksums,
	}
}

func genChecksums(b *builder) {
	ones := common.BytesToHash(bytes.Repeat([]byte{0xff}, 32))
	maxAddr := common.BytesToAddress(bytes.Repeat([]byte{0xff}, 20))
	topic := func(s string) common.Hash { return common.BytesToHash([]byte(s)) }

	payloads := []struct {
		name   string
		topics []common.Hash
		data   []byte
	}{
		{"no topics, no data", nil, nil},
		{"one topic, no data", []common.Hash{topic("t0")}, nil},
		{"no topics, one byte", nil, []byte{0x01}},
		{"four topics, 100 bytes", []common.Hash{topic("t0"), topic("t1"), ones, {}}, bytes.Repeat([]byte{0xab}, 100)},
		{"two topics, 32 zero bytes", []common.Hash{{}, {31: 1}}, make([]byte, 32)},
	}
	for _, p := range payloads {
		b.add("payload: "+p.name, "payloadHash", payloadInput{Topics: nonNil(p.topics), Data: p.data})
	}

	id := func(origin common.Address, block uint64, log uint32, ts, chain uint64) identifierJSON {
		return identifierOf(message.Identifier{Origin: origin, BlockNumber: block, LogIndex: log, Timestamp: ts, ChainID: chain})
	}
	cases := []struct {
		name string
		id   identifierJSON
		ph   common.Hash
	}{
		{"all zero", id(common.Address{}, 0, 0, 0, 0), common.Hash{}},
		{"typical OP chain log", id(common.HexToAddress("0x4200000000000000000000000000000000000023"), 1234567, 3, 1_700_000_000, 10), topic("payload")},
		{"max uint64 block, timestamp and chain id", id(common.Address{1}, math.MaxUint64, 0, math.MaxUint64, math.MaxUint64), topic("p")},
		{"logIndex 2^32-1", id(common.Address{2}, 1, math.MaxUint32, 1, 1), topic("p")},
		{"every field at its maximum", id(maxAddr, math.MaxUint64, math.MaxUint32, math.MaxUint64, math.MaxUint64), ones},
		{"block 2^53+1 (above double precision)", id(common.Address{3}, 1<<53+1, 7, 1<<53+1, 1<<53+1), topic("q")},
		{"chain id 901, block 0, log 0", id(common.Address{0x42}, 0, 0, 10_000, 901), topic("r")},
		{"only the chain id differs (901)", id(common.Address{0x42}, 5, 1, 10_010, 901), topic("s")},
		{"only the chain id differs (902)", id(common.Address{0x42}, 5, 1, 10_010, 902), topic("s")},
		{"only the log index differs", id(common.Address{0x42}, 5, 2, 10_010, 901), topic("s")},
		{"only the timestamp differs", id(common.Address{0x42}, 5, 1, 10_011, 901), topic("s")},
	}
	for _, c := range cases {
		b.add("checksum: "+c.name, "checksum", checksumInput{ID: c.id, PayloadHash: c.ph})
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for i := 0; i < 8; i++ {
		var origin common.Address
		var ph common.Hash
		fill(rng, origin[:])
		fill(rng, ph[:])
		b.add("checksum: random "+itoa(i), "checksum", checksumInput{
			ID:          id(origin, rng.Uint64(), rng.Uint32(), rng.Uint64(), rng.Uint64()),
			PayloadHash: ph,
		})
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func fill(rng *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
}

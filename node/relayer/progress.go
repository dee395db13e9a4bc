package relayer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// ProgressVersion is the version of the progress file's format.
const ProgressVersion = 1

// Progress is what the relayer persists so that a restart resumes where it stopped:
// per source, the next block to scan (and the hash of the block before it, to notice a
// reorg), and the messages seen and not relayed yet. Messages relayed or given up are
// removed. The file is JSON:
//
//	{
//	  "version": 1,
//	  "destination": 901,
//	  "messenger": "0x…",
//	  "sources": {
//	    "902": {"next": 1234, "lastHash": "0x…",
//	            "pending": [{"block": 1200, "logIndex": 3, "tx": "0x…", "hash": "0x…", "seen": 1700000000}]}
//	  }
//	}
//
// where next is the first block not scanned yet, lastHash the hash of block next-1 when
// it was scanned, and seen the Unix time the message was first seen.
type Progress struct {
	Version     int                        `json:"version"`
	Destination uint64                     `json:"destination"`
	Messenger   common.Address             `json:"messenger"`
	Sources     map[string]*SourceProgress `json:"sources"`
}

// SourceProgress is the progress on one source.
type SourceProgress struct {
	Next     uint64           `json:"next"`
	LastHash common.Hash      `json:"lastHash"`
	Pending  []PendingMessage `json:"pending"`
}

// PendingMessage is a message seen and not relayed yet.
type PendingMessage struct {
	Block    uint64      `json:"block"`
	LogIndex uint        `json:"logIndex"`
	Tx       common.Hash `json:"tx"`
	Hash     common.Hash `json:"hash"`
	Seen     int64       `json:"seen"`
}

// Source returns the progress on a chain (nil if none).
func (p *Progress) Source(chain uint64) *SourceProgress {
	return p.Sources[strconv.FormatUint(chain, 10)]
}

// SetSource sets the progress on a chain.
func (p *Progress) SetSource(chain uint64, s *SourceProgress) {
	if p.Sources == nil {
		p.Sources = map[string]*SourceProgress{}
	}
	p.Sources[strconv.FormatUint(chain, 10)] = s
}

// Store keeps the progress in a file, replaced atomically on every save.
type Store struct {
	path string
}

// NewStore returns the store of the file at path (created on the first save).
func NewStore(path string) *Store { return &Store{path: path} }

// maxProgressFile bounds the progress file read.
const maxProgressFile = 256 << 20

// Load reads the progress, or returns an empty one for destination and messenger if
// the file does not exist. A file of another version, destination or messenger is an
// error: it is another relayer's.
func (s *Store) Load(destination uint64, messenger common.Address) (*Progress, error) {
	raw, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return &Progress{Version: ProgressVersion, Destination: destination, Messenger: messenger, Sources: map[string]*SourceProgress{}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("relayer: progress file: %w", err)
	}
	if len(raw) > maxProgressFile {
		return nil, fmt.Errorf("relayer: progress file %s is larger than %d bytes", s.path, maxProgressFile)
	}
	var p Progress
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("relayer: progress file %s: %w", s.path, err)
	}
	switch {
	case p.Version != ProgressVersion:
		return nil, fmt.Errorf("relayer: progress file %s has version %d, want %d", s.path, p.Version, ProgressVersion)
	case p.Destination != destination || p.Messenger != messenger:
		return nil, fmt.Errorf("relayer: progress file %s is for destination %d and messenger %s, not %d and %s: use another file",
			s.path, p.Destination, p.Messenger, destination, messenger)
	}
	for k, src := range p.Sources {
		if _, err := strconv.ParseUint(k, 10, 64); err != nil || src == nil {
			return nil, fmt.Errorf("relayer: progress file %s: bad source entry %q", s.path, k)
		}
	}
	return &p, nil
}

// Save writes the progress: to a temporary file in the same directory, synced, then
// renamed over the file, so that a crash leaves the old or the new progress.
func (s *Store) Save(p *Progress) error {
	raw, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(s.path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(s.path)+".*")
	if err != nil {
		return fmt.Errorf("relayer: saving progress: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(append(raw, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("relayer: saving progress: %w", err)
	}
	return nil
}

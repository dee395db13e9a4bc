package relayer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/parley-xyz/parley/node/relayer/flags"
)

func validConfig() *CLIConfig {
	tx := txmgr.NewCLIConfig("http://127.0.0.1:9545", flags.TxMgrDefaults)
	return &CLIConfig{
		SourceRPCs: []string{"http://127.0.0.1:8545"}, DestinationRPC: "http://127.0.0.1:9545",
		Messenger: "0x4200000000000000000000000000000000000bee", ProgressFile: "progress.json", SourceHead: "safe",
		PollInterval: time.Second, MaxBlockRange: 1000, MaxInFlight: 4, ReorgDepth: 64, MaxBackoff: time.Minute,
		MaxScanLag: 300, MaxRelayLag: 10 * time.Minute, Keystore: "key.json", PasswordFile: "pw",
		TxMgrConfig: tx, RPCConfig: oprpc.DefaultCLIConfig(), LogConfig: oplog.DefaultCLIConfig(),
		MetricsConfig: opmetrics.DefaultCLIConfig(), PprofConfig: oppprof.DefaultCLIConfig(),
	}
}

func TestConfigCheck(t *testing.T) {
	if err := validConfig().Check(); err != nil {
		t.Fatal(err)
	}
	// Every problem is reported at once.
	c := validConfig()
	c.SourceRPCs, c.Messenger, c.ProgressFile, c.SourceHead, c.PollInterval, c.MaxInFlight = nil, "0x0", "", "latest", 0, 0
	err := c.Check()
	for _, want := range []string{"--source-rpc is required", "--messenger", "--progress-file is required", "--source-head must be safe or finalized",
		"poll interval", "at least one message"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("want %q in %v", want, err)
		}
	}
	// Signers: exactly one of a key file and a remote signer; a key file needs a password.
	c = validConfig()
	c.TxMgrConfig.SignerCLIConfig.Endpoint, c.TxMgrConfig.SignerCLIConfig.Address = "http://signer", "0x01"
	if err := c.Check(); err == nil || !strings.Contains(err.Error(), "not both") {
		t.Fatalf("two signers: %v", err)
	}
	c.Keystore = ""
	if err := c.Check(); err != nil {
		t.Fatalf("remote signer: %v", err)
	}
	c.TxMgrConfig.SignerCLIConfig.Endpoint, c.TxMgrConfig.SignerCLIConfig.Address = "", ""
	if err := c.Check(); err == nil || !strings.Contains(err.Error(), "no signer") {
		t.Fatalf("no signer: %v", err)
	}
	c = validConfig()
	c.PasswordFile = ""
	if err := c.Check(); err == nil || !strings.Contains(err.Error(), "no password") {
		t.Fatalf("no password: %v", err)
	}
	c.Password = "from the environment"
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	c.TxMgrConfig.PrivateKey = "0x01"
	if err := c.Check(); err == nil || !strings.Contains(err.Error(), "never from a flag") {
		t.Fatalf("raw key: %v", err)
	}
}

func TestLoadKey(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	ks := ethkeystore.NewKeyStore(dir, ethkeystore.LightScryptN, ethkeystore.LightScryptP)
	acc, err := ks.ImportECDSA(key, "pw")
	if err != nil {
		t.Fatal(err)
	}
	got, err := LoadKey(acc.URL.Path, "pw")
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != acc.Address {
		t.Fatalf("%v", err)
	}
	if _, err := LoadKey(acc.URL.Path, "wrong"); !errors.Is(err, ethkeystore.ErrDecrypt) {
		t.Fatalf("wrong password: %v", err)
	}
	// Parameters that would make decryption exhaust memory are refused before it.
	raw, _ := os.ReadFile(acc.URL.Path)
	huge := strings.Replace(string(raw), `"n":4096`, `"n":1073741824`, 1)
	if huge == string(raw) {
		t.Fatal("no scrypt n in the key file")
	}
	path := filepath.Join(dir, "huge.json")
	os.WriteFile(path, []byte(huge), 0o600)
	if _, err := LoadKey(path, "pw"); !errors.Is(err, ErrBadKeyFile) {
		t.Fatalf("huge scrypt: %v", err)
	}
	os.WriteFile(path, []byte(`{"pubKey":"E([1,2])","crypto":{}}`), 0o600)
	if _, err := LoadKey(path, "pw"); !errors.Is(err, ErrBadKeyFile) {
		t.Fatalf("not an Ethereum key file: %v", err)
	}
	// A password file's first line.
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("s3cret\r\nignored\n"), 0o600)
	if p, err := ReadPassword(pw); err != nil || p != "s3cret" {
		t.Fatalf("%q %v", p, err)
	}
	// Never a raw key.
	if _, err := NewTxManager(nil, nil, "http://x", txmgr.CLIConfig{PrivateKey: "0x01"}, KeyConfig{}); err == nil {
		t.Fatal("raw key accepted")
	}
}

func TestStore(t *testing.T) {
	dir := t.TempDir()
	s := NewStore(filepath.Join(dir, "p.json"))
	m := common.HexToAddress("0x4200000000000000000000000000000000000bee")
	p, err := s.Load(901, m)
	if err != nil || len(p.Sources) != 0 || p.Version != ProgressVersion {
		t.Fatalf("%+v %v", p, err)
	}
	p.SetSource(902, &SourceProgress{Next: 17, LastHash: common.Hash{1}, Pending: []PendingMessage{{Block: 3, LogIndex: 1, Hash: common.Hash{2}, Seen: 5}}})
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	q, err := s.Load(901, m)
	if err != nil || q.Source(902).Next != 17 || q.Source(902).Pending[0].LogIndex != 1 || q.Source(903) != nil {
		t.Fatalf("%+v %v", q, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("%d files: a temporary file was left", len(entries))
	}
	if _, err := s.Load(901, common.Address{1}); err == nil {
		t.Fatal("another messenger's progress loaded")
	}
	os.WriteFile(filepath.Join(dir, "p.json"), []byte(`{"version":1,"destination":901,"messenger":"`+m.Hex()+`","sources":{},"extra":1}`), 0o600)
	if _, err := s.Load(901, m); err == nil {
		t.Fatal("unknown field accepted")
	}
}

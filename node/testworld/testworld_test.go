package testworld_test

import (
	"context"
	"testing"
	"time"

	"github.com/parley-xyz/parley/node/testworld"
)

func TestStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := testworld.Start(ctx, t, testworld.Config{Weights: []int64{1000, 2000, 3000, 4000}})
	tab, err := w.AVS.Table(ctx, w.L1.Client, w.Snapshot.Ref())
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 4 {
		t.Fatalf("%d entries", tab.Len())
	}
	if id, _ := w.Source.Client.ChainID(ctx); id.Uint64() != testworld.SourceChainID {
		t.Fatal("source chain id")
	}
}

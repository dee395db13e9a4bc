package devnet

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Steps of the timeline, in the order a run goes through them.
const (
	StepBuilding    = "building"
	StepStarting    = "starting"
	StepRegistering = "registering"
	StepDeploying   = "deploying"
	StepReady       = "ready"
	StepJoining     = "joining"
	StepSent        = "sent"
	StepSafe        = "safe"
	StepAttested    = "attested"
	StepCertified   = "certified"
	StepIncluded    = "included"
	StepRelayed     = "relayed"
	StepWaiting     = "waiting"
	StepDone        = "done"
	StepStopping    = "stopping"
)

// Timeline prints a run's events, one line each, with the time since the run began:
//
//	12.3s  sent         A→B  tx 0x1234… in A block 41
//
// It is safe for concurrent use.
type Timeline struct {
	out   io.Writer
	start time.Time
	mu    sync.Mutex
	last  time.Time
}

// NewTimeline returns a timeline writing to out (nil: nowhere), starting now.
func NewTimeline(out io.Writer) *Timeline {
	if out == nil {
		out = io.Discard
	}
	now := time.Now()
	return &Timeline{out: out, start: now, last: now}
}

// Since is the time since the timeline began.
func (t *Timeline) Since() time.Duration { return time.Since(t.start) }

// Event prints one event of a step.
func (t *Timeline) Event(step, format string, args ...any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.last = time.Now()
	msg := fmt.Sprintf(format, args...)
	fmt.Fprintf(t.out, "%7.1fs  %-11s  %s\n", time.Since(t.start).Seconds(), step, strings.TrimRight(msg, "\n"))
}

// Printf prints free text (a table, a note) without a time stamp.
func (t *Timeline) Printf(format string, args ...any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.out, format, args...)
}

// Quiet reports whether nothing was printed for d.
func (t *Timeline) Quiet(d time.Duration) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return time.Since(t.last) >= d
}

// StepError is a failed step of a run.
type StepError struct {
	// Step names what failed, e.g. "starting rollup B" or "relaying A→B".
	Step string
	Err  error
}

// Error names the step and the cause.
func (e *StepError) Error() string { return e.Step + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *StepError) Unwrap() error { return e.Err }

// fail wraps err (if any) as a failure of step.
func fail(step string, err error) error {
	if err == nil {
		return nil
	}
	return &StepError{Step: step, Err: err}
}

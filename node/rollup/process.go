package rollup

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
)

// stopTimeout is how long a process may take to exit after SIGINT before its whole
// process group is killed.
const stopTimeout = 10 * time.Second

// process is one child process (op-geth, op-node or op-batcher) in a process group of
// its own, with its output kept in memory (the last 1 MiB, for error messages), appended
// to a log file and copied, line by line with a prefix, to a shared writer. It can be
// stopped and started again with the same command line.
type process struct {
	name string // e.g. "A op-node", the prefix of its lines
	bin  string
	args []string
	file string    // log file path ("" for none)
	out  io.Writer // shared writer (nil for none)

	mu   sync.Mutex
	tail *ring
	cmd  *exec.Cmd
	done chan struct{}
	up   bool // started and not stopped or killed on purpose since
}

func newProcess(name, bin string, args []string, logFile string, out io.Writer) *process {
	return &process{name: name, bin: bin, args: args, file: logFile, out: out, tail: &ring{max: 1 << 20}}
}

// start starts the process (again, after stop).
func (p *process) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd != nil {
		select {
		case <-p.done:
		default:
			return fmt.Errorf("%s: already running", p.name)
		}
	}
	writers := []io.Writer{p.tail}
	var file *os.File
	if p.file != "" {
		f, err := os.OpenFile(p.file, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return err
		}
		file = f
		writers = append(writers, f)
	}
	if p.out != nil {
		writers = append(writers, &prefixWriter{prefix: "[" + p.name + "] ", w: p.out})
	}
	out := io.MultiWriter(writers...)
	fmt.Fprintf(out, "--- %s: %s %s\n", time.Now().Format(time.RFC3339), filepath.Base(p.bin), strings.Join(redact(p.args), " "))
	cmd := exec.Command(p.bin, p.args...)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		if file != nil {
			file.Close()
		}
		return fmt.Errorf("%s: starting %s: %w", p.name, p.bin, err)
	}
	done := make(chan struct{})
	go func() {
		err := cmd.Wait()
		fmt.Fprintf(out, "--- %s: exited (%v)\n", time.Now().Format(time.RFC3339), err)
		if file != nil {
			file.Close()
		}
		close(done)
	}()
	p.cmd, p.done, p.up = cmd, done, true
	return nil
}

// exited returns a channel closed when the current run has exited (a closed channel
// if the process never started).
func (p *process) exited() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done == nil {
		c := make(chan struct{})
		close(c)
		return c
	}
	return p.done
}

// running reports whether the process is running.
func (p *process) running() bool {
	select {
	case <-p.exited():
		return false
	default:
		return true
	}
}

// failed reports whether the process exited without being stopped or killed.
func (p *process) failed() bool {
	p.mu.Lock()
	up := p.up
	p.mu.Unlock()
	return up && !p.running()
}

// stop interrupts the process, kills its group after stopTimeout, and then kills
// whatever is left of the group (children it may have started).
func (p *process) stop() {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	p.up = false
	p.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	pgid := cmd.Process.Pid
	select {
	case <-done:
	default:
		_ = syscall.Kill(-pgid, syscall.SIGINT)
		select {
		case <-done:
		case <-time.After(stopTimeout):
			_ = syscall.Kill(-pgid, syscall.SIGKILL)
			<-done
		}
	}
	_ = syscall.Kill(-pgid, syscall.SIGKILL) // leftovers of the group, if any (ESRCH otherwise)
}

// kill ends the process group at once (SIGKILL), as a crash would.
func (p *process) kill() {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	p.up = false
	p.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	<-done
}

// pid returns the process id of the current run (0 if never started).
func (p *process) pid() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil || p.cmd.Process == nil {
		return 0
	}
	return p.cmd.Process.Pid
}

// log returns the output kept in memory.
func (p *process) log() string { return p.tail.String() }

// describe names the process and quotes the tail of its output, for error messages.
func (p *process) describe(lines int) string {
	state := "running"
	if !p.running() {
		state = "exited"
	}
	where := ""
	if p.file != "" {
		where = ", log " + p.file
	}
	return fmt.Sprintf("--- %s (%s%s), last %d lines:\n%s", p.name, state, where, lines, tail(p.log(), lines))
}

// redact hides the value of a --private-key flag, for logs.
func redact(args []string) []string {
	out := slices.Clone(args)
	for i := range out {
		if out[i] == "--private-key" && i+1 < len(out) {
			out[i+1] = "<redacted>"
		}
	}
	return out
}

// tail returns the last lines of s.
func tail(s string, lines int) string {
	parts := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return strings.Join(parts, "\n")
}

// ring keeps the last max bytes written to it.
type ring struct {
	mu  sync.Mutex
	buf []byte
	max int
}

func (r *ring) Write(b []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.buf = append(r.buf, b...)
	if len(r.buf) > r.max {
		r.buf = append([]byte(nil), r.buf[len(r.buf)-r.max:]...)
	}
	return len(b), nil
}

func (r *ring) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return string(r.buf)
}

// prefixWriter writes whole lines to w, each with a prefix; a partial line waits for
// its end. Writers shared by several processes see whole lines only.
type prefixWriter struct {
	prefix string
	w      io.Writer

	mu      sync.Mutex
	partial []byte
}

// sharedMu serialises writes of whole lines to shared writers.
var sharedMu sync.Mutex

func (p *prefixWriter) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.partial = append(p.partial, b...)
	for {
		i := bytes.IndexByte(p.partial, '\n')
		if i < 0 {
			break
		}
		line := append([]byte(p.prefix), p.partial[:i+1]...)
		p.partial = p.partial[i+1:]
		sharedMu.Lock()
		_, _ = p.w.Write(line) // a failing shared writer must not stop the process's output
		sharedMu.Unlock()
	}
	return len(b), nil
}

// freePort returns a TCP port on loopback that was free a moment ago (the kernel's
// choice). Ports are chosen ahead, not with port 0, for processes whose port must stay
// the same across restarts and that do not report it in a parseable way.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// portFree reports whether nothing listens on the loopback port.
func portFree(port int) bool {
	c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 200*time.Millisecond)
	if err != nil {
		return true
	}
	c.Close()
	return false
}

// Package redistest starts a real redis-server for tests and benchmarks:
// on a free loopback port, with its files in a directory of its own, and
// stopped when the test ends. Tests that need Redis call MustStart, which
// skips the test with a message when redis-server is not installed, and
// fails it instead under CI=true, where a skipped integration test would
// hide a broken set-up.
package redistest

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Options configure a server.
type Options struct {
	// AOF turns the append-only file on, fsynced every second, as the
	// README asks of a production Redis; off, the server keeps nothing
	// on disk.
	AOF bool
	// Dir holds the server's files; a temporary directory when empty.
	Dir string
}

// Server is one running redis-server.
type Server struct {
	Port int
	Dir  string
	opts Options

	mu  sync.Mutex
	cmd *exec.Cmd
	log *os.File
}

// ErrNoRedis is Start's error when redis-server is not installed.
var ErrNoRedis = errors.New("redis-server is not installed (apt-get install redis-server)")

// Start starts a redis-server on a free loopback port and waits until it
// answers. Stop it with Stop.
func Start(opts Options) (*Server, error) {
	if _, err := exec.LookPath("redis-server"); err != nil {
		return nil, ErrNoRedis
	}
	if opts.Dir == "" {
		d, err := os.MkdirTemp("", "scout-redis-")
		if err != nil {
			return nil, err
		}
		opts.Dir = d
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &Server{Port: port, Dir: opts.Dir, opts: opts}
	if err := s.start(); err != nil {
		return nil, err
	}
	return s, nil
}

// MustStart starts a server for tb and stops it when tb ends. Without
// redis-server it skips tb, or fails it under CI=true.
func MustStart(tb testing.TB, opts Options) *Server {
	tb.Helper()
	if opts.Dir == "" {
		opts.Dir = tb.TempDir()
	}
	s, err := Start(opts)
	if errors.Is(err, ErrNoRedis) {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%v: CI must run the Redis integration tests", err)
		}
		tb.Skipf("skipping: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.Stop)
	return s
}

// URL is the server's address for --redis.
func (s *Server) URL() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", s.Port) }

// Addr is host:port.
func (s *Server) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port)) }

func (s *Server) start() error {
	args := []string{"--port", strconv.Itoa(s.Port), "--bind", "127.0.0.1", "--dir", s.Dir,
		"--save", "", "--maxmemory-policy", "noeviction", "--daemonize", "no", "--logfile", ""}
	if s.opts.AOF {
		args = append(args, "--appendonly", "yes", "--appendfsync", "everysec")
	} else {
		args = append(args, "--appendonly", "no")
	}
	log, err := os.OpenFile(filepath.Join(s.Dir, "redis.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	cmd := exec.Command("redis-server", args...)
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		log.Close()
		return fmt.Errorf("start redis-server: %w", err)
	}
	s.mu.Lock()
	s.cmd, s.log = cmd, log
	s.mu.Unlock()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if s.ping() == nil {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.Stop()
	b, _ := os.ReadFile(filepath.Join(s.Dir, "redis.log"))
	return fmt.Errorf("redis-server on port %d did not answer:\n%s", s.Port, b)
}

// ping sends PING and reads +PONG (an inline command: no client needed).
// A server still loading its AOF answers -LOADING, which is not ready.
func (s *Server) ping() error {
	c, err := net.DialTimeout("tcp", s.Addr(), time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.HasPrefix(line, "+PONG") {
		return fmt.Errorf("redis answered %q", strings.TrimSpace(line))
	}
	return nil
}

// Kill kills the server with SIGKILL, as a crash would: nothing is
// flushed beyond what the AOF already holds.
func (s *Server) Kill() {
	s.mu.Lock()
	cmd, log := s.cmd, s.log
	s.cmd, s.log = nil, nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	log.Close()
}

// Restart starts the server again on the same port with the same files
// (Kill it first).
func (s *Server) Restart() error {
	s.Kill()
	return s.start()
}

// Stop kills the server. Its directory is left to its owner.
func (s *Server) Stop() { s.Kill() }

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

package kiosk

import (
	"sync"
	"sync/atomic"

	"charm.land/log/v2"
)

// defaultLogQueue is how many lines wait for the log's writer: a few
// seconds of a busy kiosk's connects and disconnects.
const defaultLogQueue = 4096

// logQueue writes the kiosk's log off the sessions' path: a session hands
// its line over and goes on to draw its first frame, whatever the log's
// writer is doing (a slow terminal, a full pipe). When the queue is full a
// line is dropped and counted, and the next line written says how many.
type logQueue struct {
	lg      *log.Logger
	lines   chan logLine
	dropped atomic.Int64
	stop    chan struct{}
	done    chan struct{}
	once    sync.Once
}

type logLine struct {
	level log.Level
	msg   string
	kv    []any
}

func newLogQueue(lg *log.Logger, size int) *logQueue {
	q := &logQueue{lg: lg, lines: make(chan logLine, size), stop: make(chan struct{}), done: make(chan struct{})}
	go q.run()
	return q
}

func (q *logQueue) Info(msg string, kv ...any)  { q.put(log.InfoLevel, msg, kv) }
func (q *logQueue) Warn(msg string, kv ...any)  { q.put(log.WarnLevel, msg, kv) }
func (q *logQueue) Error(msg string, kv ...any) { q.put(log.ErrorLevel, msg, kv) }

// Dropped is how many lines were dropped since the last one written.
func (q *logQueue) Dropped() int64 { return q.dropped.Load() }

func (q *logQueue) put(level log.Level, msg string, kv []any) {
	select {
	case q.lines <- logLine{level, msg, kv}:
	default:
		q.dropped.Add(1)
	}
}

func (q *logQueue) run() {
	defer close(q.done)
	for {
		select {
		case l := <-q.lines:
			q.write(l)
		case <-q.stop:
			for {
				select {
				case l := <-q.lines:
					q.write(l)
				default:
					return
				}
			}
		}
	}
}

func (q *logQueue) write(l logLine) {
	if n := q.dropped.Swap(0); n > 0 {
		q.lg.Warn("log lines dropped", "lines", n)
	}
	q.lg.Log(l.level, l.msg, l.kv...)
}

// close writes the lines still waiting and stops; lines put afterwards
// are dropped.
func (q *logQueue) close() {
	q.once.Do(func() { close(q.stop) })
	<-q.done
}

package scout

import (
	"context"
	"time"
)

// Job states. A job moves queued → running → done, failed or cancelled; a
// running job whose process died is found running on the next start and is
// resumed from the frontier.
const (
	JobQueued    = "queued"
	JobRunning   = "running"
	JobDone      = "done"
	JobFailed    = "failed"
	JobCancelled = "cancelled"
)

// Job origins: who asked for the crawl.
const (
	OriginCLI      = "cli"      // scout crawl
	OriginAPI      = "api"      // POST /api/v1/crawls
	OriginSchedule = "schedule" // a schedule fired
)

// MaxJobTargets caps the targets of one API job; larger crawls are a seeds
// file for the CLI.
const MaxJobTargets = 10_000

// MaxJobFailures caps the failures a job keeps by URL, so a crawl of
// thousands of dead links cannot bloat its job record.
const MaxJobFailures = 200

// CrawlJob is one crawl: its targets, its state and its progress counters.
// Jobs are stored, so they survive a restart of serve and a crashed crawl
// can be resumed. The JSON shape is the crawl API's.
type CrawlJob struct {
	ID     string `json:"id"`
	Origin string `json:"origin"`
	State  string `json:"state"`
	// Targets are the URLs or PLATFORM:HANDLE targets as submitted. A CLI
	// job from a seeds file does not keep them (they are in the frontier).
	Targets []string `json:"targets,omitempty"`
	// MaxPages caps the pages fetched; 0 means every target once.
	MaxPages int `json:"max_pages,omitempty"`
	// Tier is the crawl tier of a scheduled job (scout.Tier*), passed to
	// the crawl as a hint; ScheduleID the schedule that queued it.
	Tier       string `json:"tier,omitempty"`
	ScheduleID string `json:"schedule_id,omitempty"`
	// Enqueued is true once every target is in the frontier, so a resume
	// knows whether it must be given the targets again.
	Enqueued bool `json:"enqueued"`

	// Queued is the number of targets put in the frontier; Fetched the
	// results committed (profiles and failures), of which NotModified were
	// 304s; Skipped the targets a resume found already committed.
	Queued      int `json:"queued"`
	Fetched     int `json:"fetched"`
	Profiles    int `json:"profiles"`
	NotModified int `json:"not_modified"`
	Skipped     int `json:"skipped,omitempty"`
	// Errors counts failed targets by failure kind (scout.Fail*).
	Errors map[string]int `json:"errors"`
	// Failures names the failed targets with their kind and message, the
	// first MaxJobFailures of them, so a job's page can list the failing
	// URLs and a shortlist entry its crawl's failure; Errors keeps
	// counting past the cap.
	Failures []Failure `json:"failures,omitempty"`
	// RateLimitWaits counts the times a host asked the crawl to slow down
	// (429 or 503 with Retry-After).
	RateLimitWaits int `json:"rate_limit_waits"`
	// ETA is the expected finish while running, from the pace so far.
	ETA *time.Time `json:"eta"`
	// Message says why a job failed, or how it was resumed.
	Message string `json:"message,omitempty"`

	// Policy is the politeness and safety a job crawled by a fleet of
	// workers (scout worker) asks of every worker; nil for a job one
	// process crawls with its own settings.
	Policy *CrawlPolicy `json:"policy,omitempty"`
	// InFlight counts the targets of a fleet job that workers hold
	// leased right now; Workers tallies the committed results of each
	// worker that fetched for it, by worker id. Both stay empty for a job
	// one process crawls.
	InFlight int                   `json:"in_flight,omitempty"`
	Workers  map[string]*JobWorker `json:"workers,omitempty"`

	CreatedAt  time.Time  `json:"created_at"`
	StartedAt  *time.Time `json:"started_at"`
	FinishedAt *time.Time `json:"finished_at"`
}

// CrawlPolicy is what a crawl job asks of whoever fetches for it. One
// process takes these settings from its own flags; a fleet of workers
// reads them from the job, so that every worker paces a host alike and
// none can override the job's rate or robots.txt setting.
type CrawlPolicy struct {
	// Rate is the requests per second allowed to one host over all
	// workers; Burst how many it may receive back to back.
	Rate  float64 `json:"rate"`
	Burst int     `json:"burst"`
	// PerHost is how many requests one host may have in flight at once
	// over all workers.
	PerHost int `json:"per_host"`
	// HostRates overrides Rate for particular hosts (host[:port]).
	HostRates map[string]float64 `json:"host_rates,omitempty"`
	// IgnoreRobots turns robots.txt off (sites the operator owns).
	IgnoreRobots bool `json:"ignore_robots,omitempty"`
	// BlockPrivate applies the outbound-address policy (netguard) to
	// every request, except to the AllowPrivate addresses ("IP:port").
	BlockPrivate bool     `json:"block_private"`
	AllowPrivate []string `json:"allow_private,omitempty"`
}

// JobWorker is one worker's share of a fleet crawl job: the results it
// fetched that were committed, and its failures by kind.
type JobWorker struct {
	Fetched  int            `json:"fetched"`
	Profiles int            `json:"profiles"`
	Errors   map[string]int `json:"errors"`
}

// Finished reports whether the job reached a final state.
func (j *CrawlJob) Finished() bool {
	return j.State == JobDone || j.State == JobFailed || j.State == JobCancelled
}

// JobFilter selects jobs for FindJobs. Zero values mean "any".
type JobFilter struct {
	State  string
	Origin string
	Offset int
	Limit  int // 0 means no limit
}

// JobService keeps crawl jobs (implemented by store; the crawl runner wraps
// it to start the jobs it creates).
type JobService interface {
	// CreateJob stores a new job, filling ID, State (queued) and
	// CreatedAt. EINVALID for a job without targets or with more than
	// MaxJobTargets.
	CreateJob(ctx context.Context, j *CrawlJob) error
	// FindJobByID returns one job. ENOTFOUND when there is none.
	FindJobByID(ctx context.Context, id string) (*CrawlJob, error)
	// FindJobs returns jobs newest first and the number that matched.
	FindJobs(ctx context.Context, filter JobFilter) ([]*CrawlJob, int, error)
	// UpdateJob replaces the stored job's state and counters. ENOTFOUND
	// when absent.
	UpdateJob(ctx context.Context, j *CrawlJob) error
}

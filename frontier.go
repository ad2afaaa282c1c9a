package scout

import (
	"context"
	"time"
)

// FrontierItem is one target waiting to be crawled for one job. The frontier
// orders items per host by due time, so the crawl can always take the next
// due target of a host that is not busy.
type FrontierItem struct {
	// URL is the target: an absolute http(s) URL or PLATFORM:HANDLE.
	URL string `json:"url"`
	// Host is the key the crawl paces by: the URL's host (with a
	// non-default port), or the API host an adapter named.
	Host string `json:"host"`
	// JobID is the crawl job the item belongs to.
	JobID string `json:"job_id"`
	// Due is the earliest time the target may be fetched.
	Due time.Time `json:"due"`
	// Priority breaks ties among a host's items due at the same instant:
	// higher first. 0 is normal.
	Priority int `json:"priority,omitempty"`
	// Since is when the job wanted this target: a committed result for the
	// URL fetched at or after Since already satisfies it. It is the job's
	// creation time, so re-queuing the same targets on resume keeps it, and
	// a URL whose result was committed just before a crash is not fetched
	// again.
	Since time.Time `json:"since"`
	// Lease is the token of the lease Next handed the item out under,
	// empty on an item that was not handed out. A frontier shared by many
	// machines reclaims the lease of a holder that went silent and hands
	// the item out again under a new token; Release, Done and Reschedule
	// of an item whose token is no longer its lease change nothing, so a
	// late result of a reclaimed lease is dropped (fencing). An item
	// without a token is acted on whatever its lease.
	Lease string `json:"lease,omitempty"`
}

// Frontier is the persistent queue of crawl targets, implemented by store
// on bbolt for one process and by fleet on Redis for many machines;
// internal/frontiertest is the contract both pass.
//
// The lease rule: Next leases the host of the item it returns, and no other
// item of that host is handed out until the lease ends, which keeps one
// request per host in flight. The crawl ends the lease with Release as soon
// as the fetch is over: the host's rate limiter, not the lease, paces its
// next request, so a result waiting to be committed never holds its host.
// The released item stays claimed (it counts in Pending, and Next does not
// hand it out again) until Done removes it, after its result is committed,
// or Reschedule returns it to the queue. Done and Reschedule also end a
// lease that Release did not. Next prefers hosts with no claimed item, so
// hosts take turns while their results are committed, and falls back to
// one whose earlier result is still being committed rather than leave a
// worker idle.
//
// Each lease has a token (FrontierItem.Lease). Release, Done and
// Reschedule with a token that is not the item's current lease do nothing:
// on a shared frontier the lease may have been reclaimed from a holder
// that went silent and the item handed out again. On bbolt, leases and
// claims live in memory only, so after a crash every queued item is
// available again; on Redis, a lease whose holder stops renewing it is
// reclaimed after a time-out. Either way an item whose result was not
// committed is fetched again.
type Frontier interface {
	// Push queues items. It is idempotent per (job, URL): pushing a URL the
	// job already holds keeps the earlier of the two due times. EINVALID
	// for an item without URL, host or job.
	Push(ctx context.Context, items ...FrontierItem) error
	// Next returns the job's next unclaimed item due at or before now whose
	// host is not leased, and leases that host. With jobID "" it takes the
	// next item of any job, the jobs taking turns: a host's lease holds
	// across jobs, so two jobs never fetch from one host at once. It
	// returns nil, nil when nothing is due on a free host (Pending tells
	// whether anything is left at all).
	Next(ctx context.Context, jobID string, now time.Time) (*FrontierItem, error)
	// Release ends the lease on the item's host after its fetch; the item
	// stays claimed until Done or Reschedule. Releasing a host that is not
	// leased is not an error.
	Release(ctx context.Context, item *FrontierItem) error
	// Done removes fetched items, whose results are committed, and ends
	// their leases and claims. One call removes a whole batch in one write.
	// Removing an item that is already gone is not an error.
	Done(ctx context.Context, items ...*FrontierItem) error
	// Reschedule moves an item to a new due time and ends its lease and
	// claim; it also returns an item untouched to the queue (due =
	// item.Due) when a crawl stops before committing its result.
	Reschedule(ctx context.Context, item *FrontierItem, due time.Time) error
	// Pending returns how many items the job still holds, leased, claimed
	// or queued.
	Pending(ctx context.Context, jobID string) (int, error)
	// Drop removes every item of the job (a cancelled or capped job).
	Drop(ctx context.Context, jobID string) error
}

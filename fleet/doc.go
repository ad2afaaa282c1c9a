// Package fleet lets many machines crawl for one Scout: a frontier,
// politeness and job counters shared through Redis, workers that only
// fetch and extract (scout worker), and one ingester (scout serve --redis)
// that is the only process writing the store and the index.
//
// It implements the root interfaces on Redis 7 (go-redis): scout.Frontier
// (the contract of internal/frontiertest), scout.JobService, the fetch
// layer's crawler.HostGate and crawler.SharedCache (for robots.txt) and
// crawler.Validators, which it satisfies by their method sets without
// importing package crawler; cmd/scout wires them together. Everything
// Redis must do atomically is one Lua script (lua/*.lua), with Redis's own
// clock wherever politeness is at stake.
//
// # Keys
//
// Every key starts with a prefix (Options.Prefix, "scout:" by default):
//
//	job:ID                hash: the job (json), state, times, policy fields the
//	                      scripts read (rate, burst, perhost, hr:HOST), and
//	                      its counters (fetched, profiles, err:KIND,
//	                      w:WORKER:f|p|e:KIND, rlw, reclaims)
//	job:ID:items          hash url → "score host json": every item the job holds
//	job:ID:seen           set of every URL the job was ever given
//	job:ID:hosts          set of the hosts it queued
//	job:ID:q:HOST         zset url → due (ms) + priority: the host's queue
//	job:ID:wait           zset host → when it may next be served
//	job:ID:turn           zset host → turn, for hosts due now
//	job:ID:lease          hash url → TOKEN | TOKEN|r (released) | TOKEN|f (fetched)
//	jobs, jobseq, active  all jobs by number; the next number; jobs with items
//	host:HOST             hash: leased, claimed, tat (the rate's GCRA), pause
//	host:HOST:slots       zset token → expiry: requests in flight
//	tasks                 stream, group "workers": one entry per lease; its
//	                      id is the lease token, its idle time the time
//	                      since its holder last renewed it
//	results               stream, group "ingest": the workers' results
//	workers, worker:ID    last renewal by worker; each worker's counts
//	robots:SCHEME://HOST  a fetched robots.txt, with its TTL (and its lock)
//	val:URL               ETag and Last-Modified, for conditional GETs
//	suppress, suppress:set  the suppression key and generation; the keyed
//	                      hashes of people who asked to be forgotten
//	stats                 fleet-wide counters (reclaims)
//
// # Exactly once
//
// A lease is an entry of the tasks stream, read by its worker through the
// consumer group, so Redis tracks who holds what and for how long. A
// worker renews its leases while it fetches; one that stops (killed, cut
// off) has them reclaimed (XAUTOCLAIM) after LeaseTimeout, and the items
// go back to their queues. Deliver hands a result to the results stream
// and ends the lease in one script, and only while the lease is still the
// worker's: a late result of a reclaimed lease is dropped. The ingester
// reads the results through its own consumer group, commits them to the
// store, and only then acknowledges them (Ack), which removes their items
// and counts them; an ingester that dies before that reads them again and
// commits them again, which changes nothing (the Ingester is idempotent).
package fleet

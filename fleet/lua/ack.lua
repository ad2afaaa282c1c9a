-- ack ARGV: P, now, then per result: entry id, job, url, host, lease,
-- worker, outcome ('p' profile, 'n' not modified, 'e' failure), kind,
-- waits. Run by the ingester once the results are committed: each entry
-- leaves the results stream, its item leaves the frontier, and the job's
-- counters move, once per result however often the ingester acknowledges
-- it. A result without a lease (a target refused before it was queued) is
-- counted on its first acknowledgement. Returns the jobs that reached
-- their max_pages.
local now = ARGV[2]
local jobs = {}
for i = 3, #ARGV, 9 do
  local eid, job, url, host, tok, worker = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4], ARGV[i + 5]
  local outcome, kind, waits = ARGV[i + 6], ARGV[i + 7], tonumber(ARGV[i + 8])
  local acked = redis.call('XACK', P .. 'results', 'ingest', eid)
  redis.call('XDEL', P .. 'results', eid)
  local count = false
  if tok == '' then
    count = acked == 1
  else
    local cur = redis.call('HGET', jk(job) .. ':lease', url)
    if cur and lease(cur) == tok then
      unhold(job, url, host, cur)
      redis.call('HDEL', jk(job) .. ':items', url)
      place(job, host)
      count = true
    end
  end
  if count and redis.call('EXISTS', jk(job)) == 1 then
    local k = jk(job)
    redis.call('HINCRBY', k, 'fetched', 1)
    if waits > 0 then redis.call('HINCRBY', k, 'rlw', waits) end
    local w = 'w:' .. worker .. ':'
    if worker ~= '' then redis.call('HINCRBY', k, w .. 'f', 1) end
    if outcome == 'p' then
      redis.call('HINCRBY', k, 'profiles', 1)
      if worker ~= '' then redis.call('HINCRBY', k, w .. 'p', 1) end
    elseif outcome == 'n' then
      redis.call('HINCRBY', k, 'not_modified', 1)
    elseif outcome == 'e' then
      redis.call('HINCRBY', k, 'err:' .. kind, 1)
      if worker ~= '' then redis.call('HINCRBY', k, w .. 'e:' .. kind, 1) end
    end
    if worker ~= '' then redis.call('HINCRBY', P .. 'worker:' .. worker, 'committed', 1) end
    jobs[job] = true
  end
end
local capped = {}
for job in pairs(jobs) do
  settle(job, now)
  local m = redis.call('HMGET', jk(job), 'max_pages', 'fetched', 'state')
  if tonumber(m[1] or '0') > 0 and tonumber(m[2] or '0') >= tonumber(m[1]) and m[3] == 'running' then
    table.insert(capped, job)
  end
end
return capped

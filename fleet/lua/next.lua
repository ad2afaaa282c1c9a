-- next ARGV: P, job ('' for any), now (ms, the caller's clock, for due
-- times), consumer, ahead (ms), scan, backlog.
-- Returns {token, job, url, json} or false.
--
-- Due hosts move from the wait set to the turn set, each with the next
-- turn number, so hosts due together take turns. A host is handed out
-- when it holds fewer leases than the job's per-host limit and its pace
-- (Retry-After pause, then the rate over every worker, as a GCRA on
-- Redis's clock) lets it take a request within `ahead` ms; the request's
-- own slot is taken by the gate at fetch time. A host that must wait
-- goes back to the wait set until it may. Hosts with no result pending
-- commit go first.
local jobArg, now, consumer = ARGV[2], tonumber(ARGV[3]), ARGV[4]
local ahead, scan, backlog = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
if backlog > 0 and redis.call('XLEN', P .. 'results') >= backlog then
  return false -- the ingester is behind: fetch nothing more for now
end
local rnow = rtime()

-- wait returns how long (ms) host must wait before this job's next
-- request, less `ahead`; -1 when it holds all the leases it may.
local function wait(job, host)
  local h = redis.call('HMGET', hk(host), 'leased', 'tat', 'pause')
  local j = redis.call('HMGET', jk(job), 'rate', 'burst', 'perhost', 'hr:' .. host)
  local perhost = tonumber(j[3] or '1')
  if tonumber(h[1] or '0') >= perhost then return -1 end
  local w = tonumber(h[3] or '0') - rnow
  local rate = tonumber(j[4] or j[1] or '0')
  if rate > 0 then
    local allow = tonumber(h[2] or '0') - (tonumber(j[2] or '1') - 1) * 1000 / rate
    if allow - rnow > w then w = allow - rnow end
  end
  w = w - ahead
  if w < 0 then w = 0 end
  return w
end

local function take(job, host, url)
  redis.call('ZREM', jk(job) .. ':q:' .. host, url)
  local v = redis.call('HGET', jk(job) .. ':items', url)
  if not v then -- a queue entry without its item: drop it
    place(job, host)
    return false
  end
  redis.call('HINCRBY', hk(host), 'leased', 1)
  redis.call('HINCRBY', hk(host), 'claimed', 1)
  redis.call('PERSIST', hk(host))
  local id = redis.call('XADD', P .. 'tasks', '*', 'job', job, 'url', url, 'host', host)
  local got = redis.call('XREADGROUP', 'GROUP', 'workers', consumer, 'COUNT', 100, 'STREAMS', P .. 'tasks', '>')
  if got then
    for _, e in ipairs(got[1][2]) do
      if e[1] ~= id then -- left behind by a failed call: drop it
        redis.call('XACK', P .. 'tasks', 'workers', e[1])
        redis.call('XDEL', P .. 'tasks', e[1])
      end
    end
  end
  redis.call('HSET', jk(job) .. ':lease', url, id)
  redis.call('ZREM', jk(job) .. ':turn', host)
  place(job, host)
  local _, _, js = item(v)
  return {id, job, url, js}
end

local function tryJob(job)
  local w, t = jk(job) .. ':wait', jk(job) .. ':turn'
  for _, h in ipairs(redis.call('ZRANGEBYSCORE', w, '-inf', '(' .. (now + 1), 'LIMIT', 0, scan)) do
    redis.call('ZREM', w, h)
    redis.call('ZADD', t, redis.call('INCR', P .. 'turns'), h)
  end
  local fallback
  for _, h in ipairs(redis.call('ZRANGE', t, 0, scan - 1)) do
    local first = redis.call('ZRANGE', jk(job) .. ':q:' .. h, 0, 0, 'WITHSCORES')
    if #first == 0 then
      redis.call('ZREM', t, h)
    elseif tonumber(first[2]) >= now + 1 then
      redis.call('ZREM', t, h)
      redis.call('ZADD', w, first[2], h)
    else
      local d = wait(job, h)
      if d > 0 then
        redis.call('ZREM', t, h)
        redis.call('ZADD', w, now + d, h)
      elseif d == 0 then
        if tonumber(redis.call('HGET', hk(h), 'claimed') or '0') == 0 then
          local r = take(job, h, first[1])
          if r then return r end
        end
        if not fallback then fallback = {h, first[1]} end
      end
    end
  end
  if fallback then return take(job, fallback[1], fallback[2]) end
  return false
end

if jobArg ~= '' then return tryJob(jobArg) end
for _, job in ipairs(redis.call('ZRANGE', P .. 'active', 0, -1)) do
  local r = tryJob(job)
  if r then
    redis.call('ZADD', P .. 'active', redis.call('INCR', P .. 'turns'), job)
    return r
  end
end
return false

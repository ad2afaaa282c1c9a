-- Shared by every script (prepended to each). ARGV[1] is the key prefix.
--
-- An item of a job lives in P job:ID:items (url -> "score host json");
-- while it waits it is also in the host's queue P job:ID:q:HOST (url ->
-- score = due in ms plus a priority fraction). While it is handed out,
-- P job:ID:lease holds url -> TOKEN (leased), TOKEN|r (released after
-- the fetch) or TOKEN|f (fetched; its result is in the results stream).
-- The token is the id of its entry in the tasks stream.
local P = ARGV[1]

local function jk(job) return P .. 'job:' .. job end
local function hk(host) return P .. 'host:' .. host end

-- rtime is Redis's clock in milliseconds: politeness never trusts a
-- worker's clock.
local function rtime()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- item splits an items-hash value into score, host and JSON.
local function item(v)
  local a = string.find(v, ' ', 1, true)
  local b = string.find(v, ' ', a + 1, true)
  return tonumber(string.sub(v, 1, a - 1)), string.sub(v, a + 1, b - 1), string.sub(v, b + 1)
end

-- lease splits a lease-hash value into token and state ('', 'r' or 'f').
local function lease(v)
  local bar = string.find(v, '|', 1, true)
  if not bar then return v, '' end
  return string.sub(v, 1, bar - 1), string.sub(v, bar + 1)
end

-- place puts the job's host back where Next looks for it: in the wait set
-- at the due time of its first queued item, unless it has already had its
-- turn assigned; a host with nothing queued leaves both sets.
local function place(job, host)
  local first = redis.call('ZRANGE', jk(job) .. ':q:' .. host, 0, 0, 'WITHSCORES')
  if #first == 0 then
    redis.call('ZREM', jk(job) .. ':wait', host)
    redis.call('ZREM', jk(job) .. ':turn', host)
    return
  end
  if redis.call('ZSCORE', jk(job) .. ':turn', host) then return end
  redis.call('ZADD', jk(job) .. ':wait', first[2], host)
end

-- unhold ends whatever lease an item has: the host's lease when it is
-- still held, its claim, and the task's entry.
local function unhold(job, url, host, cur)
  local tok, state = lease(cur)
  redis.call('HDEL', jk(job) .. ':lease', url)
  if state == '' then redis.call('HINCRBY', hk(host), 'leased', -1) end
  if tonumber(redis.call('HINCRBY', hk(host), 'claimed', -1)) <= 0 and
     tonumber(redis.call('HGET', hk(host), 'leased') or '0') <= 0 then
    redis.call('PEXPIRE', hk(host), 3600000)
  end
  if state ~= 'f' then
    redis.call('XACK', P .. 'tasks', 'workers', tok)
    redis.call('XDEL', P .. 'tasks', tok)
  end
end

-- settle ends a job whose items are all gone: it leaves the active set,
-- and once its targets are all queued it is done.
local function settle(job, now)
  if redis.call('HLEN', jk(job) .. ':items') > 0 then return end
  redis.call('ZREM', P .. 'active', job)
  local st = redis.call('HMGET', jk(job), 'state', 'enqueued')
  if st[1] == 'running' and st[2] == '1' then
    redis.call('HSET', jk(job), 'state', 'done', 'finished', now)
  end
end


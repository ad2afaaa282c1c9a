-- forget ARGV: P, now, job, then urls. Removes the job's items of these
-- URLs whatever their state (queued, leased or fetched): a person asked to
-- be forgotten, or the job was dropped. A worker still fetching one finds
-- its lease gone and drops its result. Returns how many were removed.
local now, job = ARGV[2], ARGV[3]
local n = 0
for i = 4, #ARGV do
  local url = ARGV[i]
  local v = redis.call('HGET', jk(job) .. ':items', url)
  if v then
    local _, host = item(v)
    local cur = redis.call('HGET', jk(job) .. ':lease', url)
    if cur then unhold(job, url, host, cur) end
    redis.call('ZREM', jk(job) .. ':q:' .. host, url)
    redis.call('HDEL', jk(job) .. ':items', url)
    place(job, host)
    n = n + 1
  end
end
settle(job, now)
return n

-- done ARGV: P, now, then per item: job, url, host, token. Removes each
-- item and ends its lease and claim; an item whose token is stale is left
-- alone. Returns how many were removed.
local now = ARGV[2]
local n = 0
local jobs = {}
for i = 3, #ARGV, 4 do
  local job, url, host, tok = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  local cur = redis.call('HGET', jk(job) .. ':lease', url)
  local stale = false
  if cur and tok ~= '' then
    local id = lease(cur)
    stale = id ~= tok
  end
  if not stale then
    if cur then unhold(job, url, host, cur) end
    redis.call('ZREM', jk(job) .. ':q:' .. host, url)
    n = n + redis.call('HDEL', jk(job) .. ':items', url)
    place(job, host)
    jobs[job] = true
  end
end
for job in pairs(jobs) do settle(job, now) end
return n

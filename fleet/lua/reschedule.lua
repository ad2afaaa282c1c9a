-- reschedule ARGV: P, job, url, host, token, score. Moves the item to a
-- new due time and ends its lease and claim. 0 for a stale token, -1 when
-- the job does not hold the item.
local job, url, host, tok, score = ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local cur = redis.call('HGET', jk(job) .. ':lease', url)
if cur and tok ~= '' then
  local id = lease(cur)
  if id ~= tok then return 0 end
end
local v = redis.call('HGET', jk(job) .. ':items', url)
if not v then return -1 end
if cur then unhold(job, url, host, cur) end
local _, _, js = item(v)
redis.call('HSET', jk(job) .. ':items', url, score .. ' ' .. host .. ' ' .. js)
redis.call('ZADD', jk(job) .. ':q:' .. host, score, url)
redis.call('ZREM', jk(job) .. ':turn', host)
place(job, host)
return 1

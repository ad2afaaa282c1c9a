-- push ARGV: P, job, then per item: url, host, score, json.
-- Returns how many items were new. A URL the job has ever held is not
-- queued again (the seen set); one still queued keeps the earlier due.
local job = ARGV[2]
local added = 0
for i = 3, #ARGV, 4 do
  local url, host, raw, js = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  local score = tonumber(raw)
  local q = jk(job) .. ':q:' .. host
  local v = raw .. ' ' .. host .. ' ' .. js
  if redis.call('SADD', jk(job) .. ':seen', url) == 1 then
    redis.call('HSET', jk(job) .. ':items', url, v)
    redis.call('ZADD', q, raw, url)
    redis.call('SADD', jk(job) .. ':hosts', host)
    added = added + 1
    place(job, host)
  else
    local cur = redis.call('ZSCORE', q, url)
    if cur and tonumber(cur) > score then
      redis.call('ZADD', q, raw, url)
      redis.call('HSET', jk(job) .. ':items', url, v)
      redis.call('ZREM', jk(job) .. ':turn', host)
      place(job, host)
    end
  end
end
if added > 0 then redis.call('ZADD', P .. 'active', 'NX', 0, job) end
return added

-- reclaim ARGV: P, min idle (ms), count. Takes back the leases of tasks
-- whose holder has not renewed them for min idle: each item goes back to
-- its host's queue untouched, and a late result of the old lease is
-- dropped (its token is gone). Returns how many were reclaimed.
local minIdle, count = ARGV[2], ARGV[3]
local res = redis.call('XAUTOCLAIM', P .. 'tasks', 'workers', 'reclaimer', minIdle, '0-0', 'COUNT', count)
local n = 0
for _, e in ipairs(res[2]) do
  local id, f = e[1], e[2]
  if type(f) == 'table' then
    local fields = {}
    for i = 1, #f, 2 do fields[f[i]] = f[i + 1] end
    local job, url, host = fields.job, fields.url, fields.host
    local cur = job and redis.call('HGET', jk(job) .. ':lease', url)
    if cur and lease(cur) == id then
      unhold(job, url, host, cur)
      local v = redis.call('HGET', jk(job) .. ':items', url)
      if v then
        local score = item(v)
        redis.call('ZADD', jk(job) .. ':q:' .. host, score, url)
        place(job, host)
      end
      redis.call('HINCRBY', jk(job), 'reclaims', 1)
      redis.call('HINCRBY', P .. 'stats', 'reclaims', 1)
      n = n + 1
    end
  end
  redis.call('XACK', P .. 'tasks', 'workers', id)
  redis.call('XDEL', P .. 'tasks', id)
end
return n

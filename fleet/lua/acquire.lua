-- acquire ARGV: P, host, rate, burst, perhost, token, hold (ms).
-- Returns 0 when the request may go now (its slot is taken under token
-- until release, or for hold ms if its holder dies), or how many ms to
-- wait: the host's Retry-After pause, a full set of slots, or its rate
-- over every worker (a GCRA on Redis's clock: at most burst back to back,
-- then one per 1/rate).
local host, rate, burst, perhost = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local tok, hold = ARGV[6], tonumber(ARGV[7])
local now = rtime()
local k = hk(host)
local h = redis.call('HMGET', k, 'pause', 'tat')
local pause = tonumber(h[1] or '0')
if pause > now then return math.ceil(pause - now) end
local slots = k .. ':slots'
redis.call('ZREMRANGEBYSCORE', slots, '-inf', now)
if redis.call('ZCARD', slots) >= perhost then
  local next = redis.call('ZRANGE', slots, 0, 0, 'WITHSCORES')
  return math.max(1, math.min(50, math.ceil(tonumber(next[2]) - now)))
end
if rate > 0 then
  local T = 1000 / rate
  local tat = tonumber(h[2] or '0')
  local allow = tat - (burst - 1) * T
  if now < allow then return math.ceil(allow - now) end
  if tat < now then tat = now end
  redis.call('HSET', k, 'tat', tat + T)
end
redis.call('ZADD', slots, now + hold, tok)
redis.call('PEXPIRE', slots, hold + 1000)
if tonumber(redis.call('HGET', k, 'claimed') or '0') <= 0 then redis.call('PEXPIRE', k, 3600000) end
return 0

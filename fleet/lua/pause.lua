-- pause ARGV: P, host, ms. Nobody sends to host for ms (a Retry-After),
-- extending a pause already set.
local host, ms = ARGV[2], tonumber(ARGV[3])
local k = hk(host)
local untilMs = rtime() + ms
local cur = tonumber(redis.call('HGET', k, 'pause') or '0')
if untilMs > cur then redis.call('HSET', k, 'pause', untilMs) end
if tonumber(redis.call('HGET', k, 'claimed') or '0') <= 0 then redis.call('PEXPIRE', k, 3600000 + ms) end
return 1

-- release ARGV: P, job, url, host, token. Ends the host's lease; the item
-- stays claimed. A stale token, or a lease already released, does nothing.
local job, url, host, tok = ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local cur = redis.call('HGET', jk(job) .. ':lease', url)
if not cur then return 0 end
local id, state = lease(cur)
if (tok ~= '' and id ~= tok) or state ~= '' then return 0 end
redis.call('HSET', jk(job) .. ':lease', url, id .. '|r')
redis.call('HINCRBY', hk(host), 'leased', -1)
return 1

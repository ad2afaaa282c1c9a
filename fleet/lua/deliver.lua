-- deliver ARGV: P, job, url, host, token, worker, result, validators,
-- waits. Hands a worker's result to the results stream and ends the
-- task's lease, in one step; 0 when the lease is no longer the worker's
-- (reclaimed, or the job dropped): the result is dropped.
local job, url, host, tok, worker = ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local cur = redis.call('HGET', jk(job) .. ':lease', url)
if not cur then return 0 end
local id, state = lease(cur)
if id ~= tok then return 0 end
if state == 'f' then return 2 end -- delivered already (a retry of a reply lost)
if state == '' then redis.call('HINCRBY', hk(host), 'leased', -1) end
redis.call('HSET', jk(job) .. ':lease', url, id .. '|f')
redis.call('XADD', P .. 'results', '*', 'job', job, 'url', url, 'host', host, 'lease', tok,
  'worker', worker, 'result', ARGV[7], 'val', ARGV[8], 'waits', ARGV[9])
redis.call('XACK', P .. 'tasks', 'workers', tok)
redis.call('XDEL', P .. 'tasks', tok)
redis.call('HINCRBY', P .. 'worker:' .. worker, 'delivered', 1)
place(job, host)
return 1

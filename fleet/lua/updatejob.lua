-- updatejob ARGV: P, job, now, then field/value pairs. Sets the job's
-- state fields (never its result counters, which only ack moves); a
-- running job whose targets are all queued and all committed is done.
-- A job that has ended (done, failed, cancelled) keeps its state, message
-- and finish time: a late update from whoever was still queueing its
-- targets cannot bring a cancelled job back to running.
-- 0 when there is no such job.
local job, now = ARGV[2], ARGV[3]
if redis.call('EXISTS', jk(job)) == 0 then return 0 end
local cur = redis.call('HGET', jk(job), 'state')
local ended = cur == 'done' or cur == 'failed' or cur == 'cancelled'
local kept = {state = true, message = true, finished = true}
for i = 4, #ARGV, 2 do
  if not (ended and kept[ARGV[i]]) then
    if ARGV[i + 1] == '' then
      redis.call('HDEL', jk(job), ARGV[i])
    else
      redis.call('HSET', jk(job), ARGV[i], ARGV[i + 1])
    end
  end
end
settle(job, now)
return 1

-- updatejob ARGV: P, job, now, then field/value pairs. Sets the job's
-- state fields (never its result counters, which only ack moves); a
-- running job whose targets are all queued and all committed is done.
-- 0 when there is no such job.
local job, now = ARGV[2], ARGV[3]
if redis.call('EXISTS', jk(job)) == 0 then return 0 end
for i = 4, #ARGV, 2 do
  if ARGV[i + 1] == '' then
    redis.call('HDEL', jk(job), ARGV[i])
  else
    redis.call('HSET', jk(job), ARGV[i], ARGV[i + 1])
  end
end
settle(job, now)
return 1

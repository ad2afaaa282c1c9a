-- suppressed ARGV: P, generation, then keyed hashes. -1 when the
-- suppression key was replaced since the caller read generation (it reads
-- the key again and asks again), else 1 when any hash is on the list.
if (redis.call('HGET', P .. 'suppress', 'gen') or '') ~= ARGV[2] then return -1 end
for i = 3, #ARGV do
  if redis.call('SISMEMBER', P .. 'suppress:set', ARGV[i]) == 1 then return 1 end
end
return 0

-- unlock ARGV: P, key, token. Deletes a lock still held by token.
if redis.call('GET', ARGV[2]) == ARGV[3] then return redis.call('DEL', ARGV[2]) end
return 0

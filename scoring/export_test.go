package scoring

// GeneratedHandle exposes the handle test of the follower-sample check to
// the external tests.
var GeneratedHandle = generatedHandle

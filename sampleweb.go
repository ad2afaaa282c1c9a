package scout

import (
	"embed"
	"io/fs"
)

//go:embed all:testdata/web
var sampleWeb embed.FS

// SampleWeb returns the built-in sample creator web: one directory per
// fictional site, served on loopback by the demo and by end-to-end tests.
func SampleWeb() fs.FS {
	sub, err := fs.Sub(sampleWeb, "testdata/web")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory exists
	}
	return sub
}

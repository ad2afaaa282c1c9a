package main

import (
	"context"
	"flag"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/imagestore"
)

// imageFlags say where crawls may fetch avatars and post thumbnails from.
type imageFlags struct {
	hosts *string
}

// imagesNone is the --image-hosts value that fetches no images.
const imagesNone = "none"

func addImageFlags(fs *flag.FlagSet) *imageFlags {
	return &imageFlags{hosts: fs.String("image-hosts", "",
		`fetch avatars and post thumbnails only from these hosts (comma-separated host or host:port; a listed IP:port may be private, as the demo's loopback sample web is); "none" fetches no images; default: any public host`)}
}

// apply sets cfg to keep images in store, from the hosts the flag allows.
// Every image fetch goes through the outbound-address policy; a listed
// IP:port is its exception.
func (f *imageFlags) apply(cfg *crawler.Config, store scout.ImageStore) {
	hosts := ""
	if f != nil && f.hosts != nil {
		hosts = strings.TrimSpace(*f.hosts)
	}
	if hosts == imagesNone || store == nil {
		return
	}
	cfg.Images = store
	for _, h := range strings.Split(hosts, ",") {
		if h = strings.TrimSpace(h); h == "" {
			continue
		}
		cfg.ImageHosts = append(cfg.ImageHosts, h)
		if ap, err := netip.ParseAddrPort(h); err == nil {
			cfg.AllowPrivate = append(cfg.AllowPrivate, ap)
		}
	}
}

// sweepImages deletes the image files no account or post refers to any
// more (the thumbnails of posts retention dropped) and returns how many.
func sweepImages(ctx context.Context, a *app) (int, error) {
	if a.images == nil {
		return 0, nil
	}
	refs, err := a.db.FindImageRefs(ctx)
	if err != nil {
		return 0, err
	}
	_, orphans, err := imagestore.Check(ctx, a.images, refs)
	if err != nil {
		return 0, err
	}
	// A crawl stores a picture just before it stores the post that
	// refers to it: young orphans may be such pictures, and stay.
	var old []string
	cut := time.Now().Add(-orphanGrace)
	for _, k := range orphans {
		if p, err := a.images.ImagePath(ctx, k); err == nil {
			if fi, err := os.Stat(p); err == nil && fi.ModTime().Before(cut) {
				old = append(old, k)
			}
		}
	}
	return a.images.DeleteImages(ctx, old)
}

// orphanGrace is how old an unreferenced image must be before the sweep
// removes it.
const orphanGrace = time.Hour

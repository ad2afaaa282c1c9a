// Package imagestore keeps Scout's own copies of creators' avatars and
// recent post thumbnails in the data directory, and serves them as files.
//
// Scout shows pictures from its own URLs only: a page that hot-linked a
// platform's image would tell the platform which brand looks at which
// creator, and when. So the crawler fetches each picture once, politely,
// and hands the bytes here, where Process
//
//  1. reads the format from the magic bytes, never from a Content-Type or
//     a file name: JPEG, PNG, GIF or WebP; SVG (which can carry script)
//     and everything else is refused;
//  2. reads the pixel dimensions from the header alone (DecodeConfig) and
//     refuses a side over MaxSide or an area over MaxPixels before
//     anything is decoded, so a small file that claims a huge canvas (a
//     decompression bomb) costs nothing;
//  3. decodes it (the first frame of a GIF), flattens transparency onto
//     white, crops an avatar to a centred square of AvatarSide pixels or
//     fits a thumbnail within ThumbnailSide, and
//  4. re-encodes it as a baseline JPEG: whatever metadata or trailing
//     bytes the original carried (EXIF location, comments, a polyglot
//     payload) do not survive.
//
// # Layout
//
// Images live under DATA/images, one directory per account (named by a
// hash of the account id) holding one JPEG per distinct picture (named by
// a hash of its bytes): content-addressed, so a re-crawl that finds the
// same picture writes nothing, and per account, so erasing a person is
// removing their directories and no two people ever share a file. The
// key, ACCOUNTHASH-CONTENTHASH, is what accounts and posts store and what
// the URL /images/KEY names; a key's content never changes, so it may be
// cached for a year.
//
// They are files rather than bbolt values on purpose: bbolt never shrinks
// its file, so blobs deleted by erasure and retention would keep their
// space until `scout compact`; every write of a picture would be a
// database transaction beside the crawl's own; and the server sends a file
// with http.ServeContent (ranges, If-Modified-Since) straight from the
// page cache. The store keeps the keys, so `scout doctor` can tell missing
// files from orphaned ones.
//
// Resizing uses golang.org/x/image/draw (Catmull-Rom) and WebP decoding
// golang.org/x/image/webp: the standard library has neither a quality
// scaler nor a WebP decoder, and x/image is the Go project's own
// extension of image/*, with no further dependencies.
package imagestore

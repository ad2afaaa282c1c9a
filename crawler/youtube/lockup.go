package youtube

import (
	"strings"
	"time"

	"github.com/scout-oss/scout/crawler/source"
)

// Formats of the posts the adapter stores (scout.Post.Format): the shape
// each video was read from. Channel pages list videos in one of several
// renderers, which YouTube swaps without notice; recording which one a
// video came from shows a layout change per shape.
const (
	// FormatLockup is the lockupViewModel grid of the Videos and Live tabs
	// (served since 2025).
	FormatLockup = "lockupViewModel"
	// FormatShortsLockup is the shortsLockupViewModel grid of the Shorts
	// tab and the home tab's Shorts shelf.
	FormatShortsLockup = "shortsLockupViewModel"
	// FormatVideoRenderer is the older videoRenderer (inside
	// richItemRenderer) of the Videos tab.
	FormatVideoRenderer = "videoRenderer"
	// FormatDataAPI marks videos read through the YouTube Data API.
	FormatDataAPI = "data_api"
)

// ytViewWords recognise the view-count part of a lockup's metadata row in
// the languages YouTube serves most (lower case, prefixes): "1.2M views",
// "1,2 Mio. Aufrufe", "12 k vues", "2,3 mil visualizaciones".
var ytViewWords = []string{
	"view", "aufruf", "vue", "visualiza", "visualizzazion", "weergave", "wyświetle",
	"просмотр", "回視聴", "조회수", "次观看", "次觀看", "görüntülenme", "lượt xem", "penayangan", "kali ditonton",
	"visninger", "visningar", "näyttökert", "zhlédnutí", "megtekint", "vizionări", "προβολ", "צפיות", "مشاهدة",
}

// ytLockupVideo reads a lockupViewModel, the grid item of the current
// Videos and Live tabs: contentId, the title, the metadata rows ("1.2M
// views" • "3 days ago", in any order and language), the length badge over
// the thumbnail, and the channel the avatar links to (owner, "" on a
// channel's own tabs, which show no avatar). ok is false for lockups that
// are not videos (playlists, podcasts).
func ytLockupVideo(m map[string]any) (v ytVideo, owner string, ok bool) {
	if ct := ytStr(m, "contentType"); ct != "" && !strings.Contains(ct, "VIDEO") && !strings.Contains(ct, "SHORT") {
		return ytVideo{}, "", false
	}
	v.ID = ytStr(m, "contentId")
	if v.ID == "" {
		cmd := ytMap(m, "rendererContext", "commandContext", "onTap", "innertubeCommand")
		v.ID = source.FirstNonEmpty(ytStr(cmd, "watchEndpoint", "videoId"), ytStr(cmd, "reelWatchEndpoint", "videoId"))
	}
	if v.ID == "" {
		return ytVideo{}, "", false
	}
	v.Format = FormatLockup
	v.Short = strings.Contains(ytStr(m, "contentType"), "SHORT")
	v.Thumbnail = ytLastThumbnail(ytPath(m, "contentImage", "thumbnailViewModel", "image", "sources"))
	md := ytMap(m, "metadata", "lockupMetadataViewModel")
	v.Title = ytStr(md, "title", "content")
	owner = ytStr(md, "image", "decoratedAvatarViewModel", "rendererContext", "commandContext", "onTap", "innertubeCommand", "browseEndpoint", "browseId")
	ytWalk(ytMap(m, "contentImage"), func(key string, b any) bool {
		if key != "thumbnailBadgeViewModel" {
			return true
		}
		if strings.HasSuffix(ytStr(b, "badgeStyle"), "_LIVE") {
			v.Live = true
		}
		if d := ytClock(ytStr(b, "text")); d > 0 && v.Duration == 0 {
			v.Duration = d
		}
		return false
	})
	ytReadMetadataRows(ytList(md, "metadata", "contentMetadataViewModel", "metadataRows"), &v)
	return v, owner, true
}

// ytReadMetadataRows reads a lockup's metadata rows: the part naming views
// is the view count, the part that reads as a date is the date. In a
// language Scout has no view word for, the first part of a row of several
// that is a number is taken as the views, as YouTube puts them first.
func ytReadMetadataRows(rows []any, v *ytVideo) {
	var unlabelled string
	for _, row := range rows {
		parts := ytList(row, "metadataParts")
		for i, part := range parts {
			text := strings.TrimSpace(ytStr(part, "text", "content"))
			switch {
			case text == "":
			case ytHasWord(text, ytViewWords) || ytNoViews(text):
				if v.Views == nil {
					v.Views, _ = ytCount(text)
				}
			case v.Published == "" && ytIsDate(text):
				v.Published = text
			case i == 0 && len(parts) > 1 && unlabelled == "" && startsWithDigit(text):
				unlabelled = text
			}
		}
	}
	if v.Views == nil && unlabelled != "" {
		v.Views, _ = ytCount(unlabelled)
	}
}

// ytNoViews reports whether text says a video has no views yet ("No
// views", "Keine Aufrufe", "Aucune vue", "Sin visualizaciones").
func ytNoViews(text string) bool {
	l := strings.ToLower(text)
	for _, p := range []string{"no views", "keine aufrufe", "aucune vue", "sin visualizaciones", "nessuna visualizzazione", "nenhuma visualização"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// ytIsDate reports whether text dates a video: "3 days ago", "Streamed 2
// weeks ago", "vor 3 Tagen", "Premiered Jul 1, 2026".
func ytIsDate(text string) bool {
	if _, ok := ParseRelativeTime(text, time.Time{}); ok { // only whether it names a span matters
		return true
	}
	_, ok := ytAbsoluteDate(text)
	return ok
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// ytShortsLockupVideo reads a shortsLockupViewModel, the grid item of the
// Shorts tab: the video id (from the reel endpoint, the inline player or
// the entity id), the title and the rounded view count of its overlay. The
// Shorts grid shows no date and no length.
func ytShortsLockupVideo(m map[string]any) (ytVideo, bool) {
	v := ytVideo{Format: FormatShortsLockup, Short: true}
	v.ID = source.FirstNonEmpty(
		ytStr(m, "onTap", "innertubeCommand", "reelWatchEndpoint", "videoId"),
		ytStr(m, "inlinePlayerData", "onVisible", "innertubeCommand", "watchEndpoint", "videoId"),
		strings.TrimPrefix(ytStr(m, "entityId"), "shorts-shelf-item-"),
	)
	if v.ID == "" || strings.ContainsAny(v.ID, " /") {
		return ytVideo{}, false
	}
	v.Thumbnail = ytLastThumbnail(ytPath(m, "thumbnail", "sources"))
	v.Title = ytStr(m, "overlayMetadata", "primaryText", "content")
	if v.Title == "" {
		// "Frosting trick, 1.2 million views - play Short"
		if a := ytStr(m, "accessibilityText"); a != "" {
			if i := strings.LastIndex(a, ", "); i > 0 {
				v.Title = a[:i]
			}
		}
	}
	views := ytStr(m, "overlayMetadata", "secondaryText", "content")
	if views == "" {
		// "Frosting trick, 1.2 million views - play Short"
		if a := ytStr(m, "accessibilityText"); strings.LastIndex(a, ", ") > 0 {
			views = a[strings.LastIndex(a, ", ")+2:]
		}
	}
	v.Views, _ = ytCount(views)
	return v, true
}

// ytMonths are the English month abbreviations of absolute dates.
var ytMonths = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April, "may": time.May, "jun": time.June,
	"jul": time.July, "aug": time.August, "sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// ytParseDate reads the date of a video as a channel page prints it: a span
// back from now ("3 days ago", see ParseRelativeTime) or, for premieres and
// older streams, a date in English ("Premiered Jul 1, 2026") or with dots,
// day first ("Premiere am 01.07.2026"), cut to the day. ok is false for
// anything else ("Scheduled for 8/13/26", "12 watching") and for a date
// after now (a scheduled premiere).
func ytParseDate(s string, now time.Time) (time.Time, bool) {
	if t, ok := ParseRelativeTime(s, now); ok {
		return t, true
	}
	t, ok := ytAbsoluteDate(s)
	if !ok || t.After(now) {
		return time.Time{}, false
	}
	return t, true
}

// ytAbsoluteDate reads "Jul 1, 2026" or "01.07.2026" anywhere in s.
func ytAbsoluteDate(s string) (time.Time, bool) {
	for _, w := range strings.Fields(s) {
		if d := strings.Split(strings.TrimRight(w, ",."), "."); len(d) == 3 && len(d[2]) == 4 {
			day, month, year := ytAtoi(d[0]), ytAtoi(d[1]), ytAtoi(d[2])
			if day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 2005 && year <= 2200 {
				return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), true
			}
		}
	}
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(s, ",", " ")))
	for i := 0; i+2 < len(f); i++ {
		w := strings.TrimSuffix(f[i], ".")
		m, ok := ytMonths[w[:min(3, len(w))]]
		if !ok {
			continue
		}
		day, year := ytAtoi(f[i+1]), ytAtoi(f[i+2])
		if day < 1 || day > 31 || year < 2005 || year > 2200 {
			continue
		}
		return time.Date(year, m, day, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// ytAtoi reads a short decimal number; -1 when s is not one.
func ytAtoi(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

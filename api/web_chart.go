package api

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/scout-oss/scout"
)

// Chart is a follower history drawn server-side as inline SVG: one line
// per account, in a fixed viewBox, with the numbers again as a table for
// screen readers. No script and no chart library are involved.
type Chart struct {
	Width, Height int
	Series        []ChartSeries
	YMax, YMin    string // axis labels, for people
	XStart, XEnd  string
	Rows          []ChartRow
	Points        int
}

// ChartSeries is one account's line.
type ChartSeries struct {
	Label  string
	Class  string // s0..s4: the line's colour in scout.css
	Points string // the polyline's "x,y x,y ..."
	Dots   []ChartDot
}

// ChartDot is one snapshot on a line.
type ChartDot struct {
	X, Y  string
	Title string
}

// ChartRow is one snapshot in the chart's table.
type ChartRow struct {
	Date      string
	Account   string
	Followers string
}

// chart geometry, in viewBox units.
const (
	chartW, chartH = 640, 220
	padL, padR     = 8, 8
	padT, padB     = 12, 12
	maxSeries      = 5
)

// FollowerChart draws the follower counts of c's snapshots; nil when no
// snapshot has a follower count.
func FollowerChart(c *scout.Creator) *Chart {
	label := map[string]string{}
	for _, a := range c.Accounts {
		label[a.ID] = string(a.Platform) + " · " + a.Handle
	}
	byAcc := map[string][]scout.Snapshot{}
	var order []string
	for _, sn := range c.Snapshots {
		if sn.Followers == nil {
			continue
		}
		if _, ok := byAcc[sn.AccountID]; !ok {
			order = append(order, sn.AccountID)
		}
		byAcc[sn.AccountID] = append(byAcc[sn.AccountID], sn)
	}
	if len(order) == 0 {
		return nil
	}
	sort.Strings(order)
	if len(order) > maxSeries {
		order = order[:maxSeries]
	}
	var tMin, tMax time.Time
	var vMin, vMax int64 = -1, 0
	n := 0
	for _, id := range order {
		snaps := byAcc[id]
		sort.Slice(snaps, func(i, j int) bool { return snaps[i].At.Before(snaps[j].At) })
		for _, sn := range snaps {
			n++
			if tMin.IsZero() || sn.At.Before(tMin) {
				tMin = sn.At
			}
			if sn.At.After(tMax) {
				tMax = sn.At
			}
			f := *sn.Followers
			if vMin < 0 || f < vMin {
				vMin = f
			}
			if f > vMax {
				vMax = f
			}
		}
	}
	// A flat line sits mid-height; otherwise leave a little headroom.
	lo, hi := float64(vMin), float64(vMax)
	if hi == lo {
		lo, hi = lo*0.9, hi*1.1+1
	}
	span := tMax.Sub(tMin).Seconds()
	x := func(t time.Time) float64 {
		if span == 0 {
			return chartW / 2
		}
		return padL + t.Sub(tMin).Seconds()/span*(chartW-padL-padR)
	}
	y := func(v int64) float64 {
		return padT + (1-(float64(v)-lo)/(hi-lo))*(chartH-padT-padB)
	}
	ch := &Chart{Width: chartW, Height: chartH, Points: n,
		YMax: humanCount(&vMax), YMin: humanCount(&vMin),
		XStart: tMin.UTC().Format("2 Jan 2006"), XEnd: tMax.UTC().Format("2 Jan 2006")}
	for i, id := range order {
		s := ChartSeries{Label: label[id], Class: fmt.Sprintf("s%d", i)}
		if s.Label == "" {
			s.Label = id
		}
		var pts []string
		for _, sn := range byAcc[id] {
			px, py := fmt.Sprintf("%.1f", x(sn.At)), fmt.Sprintf("%.1f", y(*sn.Followers))
			pts = append(pts, px+","+py)
			date := sn.At.UTC().Format("2 Jan 2006")
			s.Dots = append(s.Dots, ChartDot{X: px, Y: py, Title: fmt.Sprintf("%s: %s followers on %s", s.Label, humanCount(sn.Followers), date)})
			ch.Rows = append(ch.Rows, ChartRow{Date: date, Account: s.Label, Followers: humanCount(sn.Followers)})
		}
		s.Points = strings.Join(pts, " ")
		ch.Series = append(ch.Series, s)
	}
	return ch
}

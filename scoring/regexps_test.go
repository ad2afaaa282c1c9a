package scoring

import "regexp"

// The regular expressions the hand scanners of links, discount codes and
// percentages (linkscan.go, codescan.go) replace: kept here as their
// specification, which the scanners' tests compare them with on random
// strings. Nothing outside the tests compiles them.
var (
	reURL  = regexp.MustCompile(`(?i)\b(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s"'<>)]*)?`)
	reCode = regexp.MustCompile(`(?i)\b(?:promo\s*code|discount\s*code|coupon\s*code|code\s*promo|c[oó]digo(?:\s+(?:de\s+)?(?:descuento|desconto|promocional))?|codice(?:\s+sconto)?|rabattcode|gutscheincode|cup[oó]n|cupom|coupon|code)\s*[:\-]?\s*["“'«]?([\p{L}\p{N}][\p{L}\p{N}_-]{2,19})`)
	rePct  = regexp.MustCompile(`(?i)\b\d{1,2}\s?%\s?(?:off|de\s+descuento|descuento|rabatt|di\s+sconto|sconto|de\s+r[ée]duction|de\s+remise|de\s+desconto|desconto)`)
	// reCodeAt and rePctAt are reCode and rePct anchored at a match's start.
	reCodeAt = regexp.MustCompile(`^` + reCode.String())
	rePctAt  = regexp.MustCompile(`^` + rePct.String())
)

package main

import (
	"flag"
	"strings"

	"github.com/scout-oss/scout/api"
)

// noticeFlags declares the flags of the public privacy page (/privacy):
// who runs this Scout and where people write about their data. The
// returned func reads them once the flags are parsed.
func (m *Main) noticeFlags(fs *flag.FlagSet) func() api.PrivacyNotice {
	operator := fs.String("operator", m.Getenv("SCOUT_OPERATOR"),
		"who runs this Scout, named on the public privacy page; env SCOUT_OPERATOR")
	contact := fs.String("privacy-contact", m.Getenv("SCOUT_PRIVACY_CONTACT"),
		"where people write about their data (an e-mail address or URL), shown on the privacy page; env SCOUT_PRIVACY_CONTACT")
	return func() api.PrivacyNotice {
		return api.PrivacyNotice{Operator: strings.TrimSpace(*operator), Contact: strings.TrimSpace(*contact)}
	}
}

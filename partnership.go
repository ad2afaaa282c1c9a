package scout

// Partnerships is a creator's commercial profile, derived from the same
// sponsorship signals as the disclosure checks: who they already work with,
// through which affiliate networks, and how paid posts perform. Brands use it
// to find hybrid affiliate partners and to avoid creators who just promoted a
// competitor. It is a profile, not a score.
type Partnerships struct {
	Version        string  `json:"version"`
	PostsAnalyzed  int     `json:"posts_analyzed"`
	SponsoredPosts int     `json:"sponsored_posts"`
	SponsoredShare float64 `json:"sponsored_share"`
	// SponsoredER and OrganicER are median (likes+comments+shares)/followers
	// over sponsored and over other posts; PaidPostPerformance is their
	// ratio. Nil when either side has no measurable post.
	SponsoredER         *float64         `json:"sponsored_er"`
	OrganicER           *float64         `json:"organic_er"`
	PaidPostPerformance *float64         `json:"paid_post_performance"`
	Brands              []PartnerMention `json:"brands"`
	AffiliateNetworks   []PartnerMention `json:"affiliate_networks"`
	DiscountCodes       []PartnerMention `json:"discount_codes"`
}

// PartnerMention is one brand, affiliate network or discount code seen in
// the creator's posts, with how many posts and the evidence.
type PartnerMention struct {
	Name     string     `json:"name"`
	Posts    int        `json:"posts"`
	Evidence []Evidence `json:"evidence"`
}

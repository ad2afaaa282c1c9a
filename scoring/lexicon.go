package scoring

// LexiconVersion names the brand-safety and disclosure word lists; it is
// part of every evidence record's rule so a flag can be traced to the list
// that raised it.
const LexiconVersion = "lex-1.0.0"

// GARM risk levels, ordered (GARM Brand Safety Floor + Suitability
// Framework, 2020/2022, as kept in the IAB Tech Lab Content Taxonomy's
// "Brand Suitability and Risk" vector bsr001–bsr004; scoring.md §1.1).
const (
	LevelNone   = 0
	LevelLow    = 1
	LevelMedium = 2
	LevelHigh   = 3
	LevelFloor  = 4
)

var levelNames = [...]string{"none", "low", "medium", "high", "floor"}

// LevelName returns the JSON name of a level ("floor", "high", ...).
func LevelName(l int) string {
	if l < 0 || l >= len(levelNames) {
		return "none"
	}
	return levelNames[l]
}

// Categories are the 12 GARM categories (11 of 2020 plus Misinformation,
// added June 2022), in the IAB CT 3.1 "Sensitive Topics" order (scoring.md
// §1.1). Flag codes are "brand_safety:" + category.
var Categories = []string{
	"adult", "arms", "crime", "death_injury", "piracy", "hate",
	"profanity", "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation",
}

// lexGroup is one list of terms of a category at a base level (the level in
// neutral context). Terms are phrases matched as whole words after
// normalization (case, accents, leetspeak); languages are mixed within a
// group because a post is matched against all of them (language detection
// is not needed to scan, and creators mix languages).
type lexGroup struct {
	cat   string
	level int
	terms []string
}

// lexicon is Scout's brand-safety word list. Base levels follow GARM's
// pattern: promotes/sells/instructs ⇒ Floor/High, depiction ⇒ Medium,
// news/education ⇒ Low (scoring.md §1.1). Profanity terms were tiered from
// the LDNOOBW lists (CC-BY-4.0, © Shutterstock; scoring.md §5) for en, es,
// de, it, fr. The other categories are hand-written strong terms in the same
// five languages. Ambiguous everyday words ("hate", "shooting", "bomb",
// "war", "sex") are deliberately absent.
var lexicon = []lexGroup{
	// GARM adult Floor: explicit depiction of sexual acts.
	{"adult", LevelFloor, []string{"explicit porn", "hardcore porn", "xxx scene", "full xxx scene", "porno explicito", "expliziter porno"}},
	{"adult", LevelHigh, []string{
		"porn", "porno", "pornography", "xxx", "onlyfans", "nudes", "nude pics", "nude set", "sex tape", "explicit video",
		"full xxx scene", "video porno", "contenido explicito", "contenido para adultos", "nacktfotos", "nacktbilder",
		"pornografia", "pornographie", "video hard", "contenu explicite", "desnudos"}},
	{"adult", LevelMedium, []string{"nude", "nudity", "naked", "nsfw", "explicit", "desnuda", "nackt", "nudo", "nue", "erotic", "erotico", "erotik", "erotique", "nur fur erwachsene", "adults only"}},

	{"arms", LevelHigh, []string{"ghost gun", "ghost guns", "untraceable gun", "untraceable guns", "no serial", "homemade gun", "3d printed gun",
		"sin papeles", "sin numero de serie", "ohne seriennummer", "senza matricola", "armes non declarees"}},
	{"arms", LevelMedium, []string{"gun", "guns", "pistol", "pistols", "rifle", "rifles", "ar 15", "ak 47", "ammo", "ammunition", "firearm", "firearms", "assault rifle", "glock",
		"pistola", "pistolas", "armas de fuego", "municion", "fusil", "waffe", "waffen", "munition", "pistole", "gewehr",
		"armi", "armi da fuoco", "munizioni", "fucile", "arme a feu", "armes a feu", "pistolet", "munitions"}},

	{"crime", LevelHigh, []string{"credit card dumps", "cc dumps", "fresh cvv", "cvv", "carding", "human trafficking", "steal a car", "stolen credit cards",
		"clonar tarjetas", "tarjetas clonadas", "trata de personas", "kreditkarten klauen", "kreditkartenbetrug", "menschenhandel",
		"tratta di esseri umani", "clonare carte", "traite des etres humains"}},
	{"crime", LevelMedium, []string{"fraud", "robbery", "heist", "stolen goods", "steal", "stealing", "burglary", "money laundering",
		"fraude", "robar", "robo", "betrug", "klauen", "klaut", "stehlen", "einbruch", "truffa", "rubare", "furto", "arnaque", "cambriolage", "blanchiment"}},

	{"death_injury", LevelHigh, []string{"bodies everywhere", "blood everywhere", "graphic video", "gore", "beheading", "uncensored footage", "dead bodies",
		"sin censura", "cadaveres", "leichen", "enthauptung", "cadaveri", "decapitazione", "cadavres", "decapitation"}},
	{"death_injury", LevelMedium, []string{"death toll", "corpse", "dead body", "street fight", "fight compilation", "brutal knockout", "crash video", "bloodbath",
		"sangre", "accidente mortal", "blut", "todesopfer", "sangue", "morti", "sang", "morts"}},

	{"piracy", LevelHigh, []string{"keygen", "cracked games", "cracked software", "torrent link", "illegal stream", "fake designer", "free full movie",
		"pelicula completa pirata", "descarga pirata", "raubkopie", "raubkopien", "film pirata", "film pirate", "telechargement illegal"}},
	// Bare "cracked" and "replica" are everyday words (a cracked glue-up, a
	// replica prop); only their piracy and counterfeit senses count.
	{"piracy", LevelMedium, []string{"torrent", "torrents", "cracked apk", "cracked app", "cracked version", "cracked account", "cracked accounts",
		"iptv", "replica watch", "replica watches", "replica bag", "replica bags", "replica sneakers", "counterfeit", "full movie", "free download full movie",
		"pirata", "pelicula completa", "falsificaciones", "falschungen", "contraffatti", "contrefacon"}},

	{"hate", LevelHigh, []string{"subhuman", "subhumans", "sieg heil", "heil hitler", "white power", "1488", "14 88", "herrenrasse", "untermensch", "untermenschen",
		"subumani", "subumano", "infrahumanos", "sous hommes", "gas the", "should be wiped out", "race traitor", "white genocide"}},
	{"hate", LevelMedium, []string{"vermin", "sterminati", "sterminare", "exterminate them", "nazi", "nazis", "holocaust", "kkk", "alimanas", "ungeziefer", "vermine"}},

	// profanity: per-post level comes from the number of distinct terms
	// (see safety.go); the level here is for a single term.
	{"profanity", LevelLow, []string{
		"fuck", "fucks", "fucking", "fucked", "fucker", "motherfucker", "f*ck", "f**k", "f*cking", "motherf*cker", "shit", "shitty", "bullshit", "sh*t",
		"asshole", "bitch", "bastard", "cunt", "dickhead", "wtf",
		"joder", "mierda", "hostia", "puta", "cono", "cabron", "gilipollas",
		"scheisse", "scheiss", "fick", "ficken", "arschloch", "fotze", "verdammte",
		"cazzo", "vaffanculo", "stronzo", "merda", "minchia",
		"putain", "merde", "chier", "connard", "salope", "encule"}},

	// Hard illegal drugs are High in any mention (GARM: sale or promotion is
	// Floor, reached with a promotion cue); cannabis and "coke" (also the
	// cola) are Medium.
	{"drugs_alcohol", LevelHigh, []string{"fentanyl", "heroin", "meth", "crystal meth", "weed carts", "cocaine", "molly", "mdma", "lsd", "ketamine",
		"cocaina", "kokain", "heroina", "eroina", "heroine"}},
	{"drugs_alcohol", LevelMedium, []string{"weed", "coke", "marijuana", "cannabis", "drugs", "get wasted", "drink till you drop",
		"shots shots shots", "binge drinking", "vape juice", "marihuana", "drogas", "koks", "drogen", "droga", "droghe", "drogue", "drogues", "beuh"}},
	{"drugs_alcohol", LevelLow, []string{"wine", "beer", "vodka", "whiskey", "whisky", "tequila", "cigar", "cigarette", "cigarettes", "vape", "vaping", "cocktail", "cocktails",
		"vino", "cerveza", "wein", "bier", "birra", "vin", "biere", "zigarette", "cigarrillo", "sigaretta"}},

	{"spam", LevelHigh, []string{"claim your free", "verify your account", "double your bitcoin", "send btc", "guaranteed income", "free followers", "buy followers", "cheap followers",
		"a day from home", "ingresos garantizados", "al dia desde casa", "garantiertes einkommen", "guadagno garantito", "revenu garanti", "seed phrase"}},
	{"spam", LevelMedium, []string{"phishing", "get rich quick", "estafa", "estafas", "betrugsmasche", "truffa online", "arnaques"}},

	{"terrorism", LevelFloor, []string{"join the jihad", "pledge allegiance to isis", "unete a la yihad", "rejoignez le jihad", "unisciti alla jihad"}},
	{"terrorism", LevelHigh, []string{"pipe bomb", "glory to the attackers", "martyrdom operation", "suicide vest", "bomba casera", "rohrbombe", "bomba artigianale", "bombe artisanale"}},
	{"terrorism", LevelMedium, []string{"jihad", "isis", "martyrdom", "bombings", "yihad", "dschihad", "anschlag", "anschlage", "attentato", "attentat", "terrorist attack"}},

	{"sensitive_issues", LevelHigh, []string{"burn the clinics", "immigrants are invaders", "send them all back", "deport them all", "are a disease", "ban them all",
		"son invasores", "deportacion masiva", "sind invasoren", "alle abschieben", "sono invasori", "sont des envahisseurs"}},
	{"sensitive_issues", LevelMedium, []string{"abortion is murder", "invaders", "invasores", "invasoren", "invasori", "envahisseurs", "great replacement"}},

	{"misinformation", LevelHigh, []string{"vaccines cause autism", "5g spreads covid", "5g causes covid", "earth is flat", "drink bleach", "miracle mineral solution", "plandemic",
		"las vacunas causan autismo", "impfungen verursachen autismus", "i vaccini causano autismo", "les vaccins causent l autisme", "covid is a hoax"}},
	{"misinformation", LevelMedium, []string{"nasa lies", "sheeple", "flat earth", "share before they delete", "compartelo antes de que lo borren", "chemtrails", "wake up sheeple"}},
}

// exceptions are benign phrases that contain a risky term; their tokens are
// masked before matching ("water pistol", "coke zero", "bath bomb").
var exceptions = newPhraseSet(
	"water pistol", "water gun", "nerf gun", "glue gun", "hot glue gun", "top gun", "gun metal", "staple gun",
	"coke zero", "diet coke", "coca cola", "bath bomb", "photo bomb", "killer app", "smoking gun",
	"replica watches museum", "street fight club", "sang froid",
)

// Context cues. Lowering cues mark news, educational, historical,
// awareness, fact-checking or recovery treatment, which GARM rates Low
// (scoring.md §1.1 "general pattern for classifiers", §6.3 item 2); a hit
// in such a post is capped at Low. Raising cues mark promotion, sale or
// instruction (scoring.md §6.3: "where to buy", "plug", "dm for", "how to
// make"), which raise a hit one level; promotion wins over a lowering cue.
var lowerCues = newPhraseSet(
	"news", "breaking news", "report", "reported", "reports", "according to", "police said", "officials", "court", "ruling", "convicted", "journalist",
	"documentary", "history", "history of", "history lesson", "historians", "museum", "lesson", "education", "educational", "school", "course", "workshop",
	"research", "researchers", "study", "studies", "university", "awareness", "psa", "prevention", "recovery", "sober", "say no to", "anti", "protect yourself",
	"how to spot", "remembrance", "fact check", "debunk", "sex education", "true crime", "review",
	"noticia", "noticias", "segun", "informe", "reportaje", "documental", "historia", "prevencion", "campana de prevencion", "concienciacion",
	"nachrichten", "laut", "bericht", "dokumentation", "doku", "geschichte", "aufklarung", "pravention", "faktencheck",
	"secondo", "rapporto", "notizia", "documentario", "storia", "prevenzione", "sensibilizzazione",
	"selon", "reportage", "actualite", "documentaire", "histoire", "prevention", "sensibilisation",
)

var raiseCues = newPhraseSet(
	"for sale", "selling", "sell", "dm for prices", "dm for price", "dm me", "dm", "buy now", "buy", "where to buy", "order now", "link in bio", "plug",
	"delivery", "for teens", "for kids", "join us", "join our", "how to make", "step by step", "easy money", "cheap", "watch till the end",
	"vendo", "venta", "envio", "escribeme", "por privado", "link en bio", "te enseno", "dinero facil", "unete",
	"verkaufe", "zu verkaufen", "schreib mir", "privat", "schnelles geld", "anleitung", "schliesst euch",
	"vendesi", "scrivimi", "soldi facili", "je vends", "ecris moi", "argent facile",
)

// platformLabels maps platform moderation labels to GARM category and
// level (scoring.md §1.3, §6.3 item 3: Bluesky/atproto labels; "!hide" is
// a moderator takedown and a confirmed floor of no specific category).
var platformLabels = map[string]struct {
	cat   string
	level int
}{
	"!hide":         {"", LevelFloor},
	"porn":          {"adult", LevelHigh},
	"sexual":        {"adult", LevelMedium},
	"nudity":        {"adult", LevelLow},
	"graphic-media": {"death_injury", LevelHigh},
	"gore":          {"death_injury", LevelHigh},
}

// compiled lexicon: category → level → phrase set.
type compiledGroup struct {
	cat   int
	level int
	set   *phraseSet
}

var compiled = func() []compiledGroup {
	idx := map[string]int{}
	for i, c := range Categories {
		idx[c] = i
	}
	out := make([]compiledGroup, len(lexicon))
	for i, g := range lexicon {
		ci, ok := idx[g.cat]
		if !ok {
			panic("scoring: lexicon category " + g.cat)
		}
		out[i] = compiledGroup{ci, g.level, newPhraseSet(g.terms...)}
	}
	return out
}()

// lexIndex maps a first token to the groups having a phrase that starts
// with it, so a post is scanned with one map lookup per token.
var lexIndex = func() map[string][]int {
	m := map[string][]int{}
	for gi, g := range compiled {
		for w := range g.set.first {
			m[w] = append(m[w], gi)
		}
	}
	return m
}()

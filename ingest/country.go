package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scout-oss/scout"
)

// gazetteer lists countries and major cities, in English and in the
// languages of the biggest creator markets Scout reads (es, pt, de, it,
// fr), by ISO 3166-1 alpha-2 code: country names, then after "|" cities
// and regions. Names are accent-folded lower case.
// Names that are also common words or other places ("Georgia", "Jordan",
// "Turkey", "Chad", "Nice", "Reading") are left out on purpose: a wrong
// country is worse than none.
const gazetteer = `
PT: portugal | lisbon, lisboa, lissabon, lisbonne, lisbona, porto, oporto, braga, coimbra, faro, madeira, acores, azores, algarve
ES: spain, espana, spanien, espagne, spagna, espanha | madrid, barcelona, valencia, sevilla, seville, bilbao, malaga, zaragoza, granada, mallorca, ibiza, canarias, catalunya, cataluna
DE: germany, deutschland, alemania, allemagne, germania, alemanha | berlin, berlino, hamburg, munich, munchen, monaco di baviera, cologne, koln, frankfurt, stuttgart, dusseldorf, leipzig, dresden, bremen, hannover, nurnberg, nuremberg
IT: italy, italia, italien, italie | milan, milano, mailand, rome, roma, naples, napoli, turin, torino, florence, firenze, florenz, venice, venezia, venedig, bologna, palermo, genova, sicilia, sicily, sardegna, toscana, tuscany
FR: france, frankreich, francia, franca | paris, parigi, lyon, marseille, marsella, toulouse, bordeaux, lille, nantes, strasbourg, montpellier, rennes
GB: united kingdom, uk, great britain, england, scotland, wales, northern ireland, reino unido, vereinigtes konigreich, royaume-uni, regno unito, inghilterra, inglaterra, angleterre | london, londres, londra, manchester, birmingham, liverpool, edinburgh, glasgow, bristol, leeds, brighton, cardiff, belfast, sheffield, newcastle upon tyne
IE: ireland, irlanda, irland, irlande, eire | dublin
US: united states, usa, u.s.a, estados unidos, vereinigte staaten, etats-unis, stati uniti | new york, nyc, brooklyn, manhattan, los angeles, san francisco, chicago, seattle, boston, austin, miami, portland oregon, denver, atlanta, houston, dallas, philadelphia, washington dc, washington d.c, nashville, new orleans, las vegas, san diego, minneapolis, detroit, california, texas, florida, oregon, colorado, massachusetts, new jersey, arizona, hawaii, alaska, alabama, arkansas, connecticut, idaho, illinois, iowa, kansas, kentucky, louisiana, maryland, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new mexico, north carolina, north dakota, ohio, oklahoma, pennsylvania, rhode island, south carolina, south dakota, tennessee, utah, vermont, west virginia, wisconsin, wyoming
CA: canada, kanada, canada | toronto, montreal, vancouver, ottawa, calgary, quebec, edmonton, winnipeg
MX: mexico, mexiko, messico | ciudad de mexico, cdmx, guadalajara, monterrey, cancun, oaxaca, puebla
BR: brazil, brasil, brasilien, bresil, brasile | sao paulo, rio de janeiro, belo horizonte, brasilia, salvador da bahia, porto alegre, curitiba, recife, fortaleza, florianopolis
AR: argentina, argentinien, argentine | buenos aires, cordoba argentina, rosario, mendoza
CL: chile, chili, cile | santiago de chile, valparaiso
CO: colombia, kolumbien, colombie | bogota, medellin, cartagena
PE: peru, perou | lima, cusco
VE: venezuela | caracas
UY: uruguay | montevideo
EC: ecuador | quito, guayaquil
NL: netherlands, the netherlands, holland, nederland, niederlande, paises bajos, pays-bas, paesi bassi | amsterdam, rotterdam, utrecht, the hague, den haag, eindhoven
BE: belgium, belgie, belgique, belgien, belgica, belgio | brussels, bruxelles, brussel, antwerp, antwerpen, ghent, gent, liege
CH: switzerland, schweiz, suisse, svizzera, suiza, suica | zurich, geneva, geneve, genf, ginevra, basel, bern, lausanne, lugano
AT: austria, osterreich, autriche | vienna, wien, viena, salzburg, graz, innsbruck, linz
PL: poland, polska, polen, pologne, polonia | warsaw, warszawa, krakow, cracow, wroclaw, gdansk, poznan
SE: sweden, sverige, schweden, suede, suecia, svezia | stockholm, gothenburg, goteborg, malmo
NO: norway, norge, norwegen, norvege, noruega, norvegia | oslo, bergen
DK: denmark, danmark, danemark, dinamarca, danimarca | copenhagen, kobenhavn, aarhus
FI: finland, suomi, finnland, finlande, finlandia | helsinki
GR: greece, hellas, griechenland, grece, grecia | athens, athen, atenas, atene, thessaloniki
CZ: czech republic, czechia, cesko, tschechien | prague, praha, prag, brno
HU: hungary, magyarorszag, ungarn, hongrie, hungria, ungheria | budapest
RO: romania, rumanien, roumanie | bucharest, bucuresti, cluj-napoca
UA: ukraine, ucrania, ucraina | kyiv, kiev, lviv, odesa, kharkiv
RU: russia, rossiya, russland, russie, rusia | moscow, moskau, moscou, moscu, mosca, saint petersburg, st petersburg
TR: turkiye, turkei, turquie, turchia, turquia | istanbul, ankara, izmir, antalya
IL: israel | tel aviv, jerusalem
AE: united arab emirates, uae | dubai, abu dhabi
SA: saudi arabia | riyadh, jeddah
EG: egypt, agypten, egypte, egipto, egitto | cairo, alexandria
MA: morocco, marokko, maroc, marruecos, marocco, marrocos | marrakech, casablanca, rabat, tangier
ZA: south africa, sudafrika, afrique du sud, sudafrica, africa do sul | cape town, johannesburg, durban, pretoria
NG: nigeria | lagos, abuja
KE: kenya | nairobi, mombasa
GH: ghana | accra
IN: india, indien, inde | mumbai, bombay, delhi, new delhi, bangalore, bengaluru, hyderabad, chennai, kolkata, pune, jaipur, goa
PK: pakistan | karachi, lahore, islamabad
BD: bangladesh | dhaka
CN: china, chine, cina | beijing, peking, shanghai, shenzhen, guangzhou, chengdu
HK: hong kong
TW: taiwan | taipei
JP: japan, nippon, japon, giappone, japao | tokyo, tokio, osaka, kyoto, yokohama, sapporo, fukuoka
KR: south korea, korea, coree du sud, corea del sur, corea del sud | seoul, busan
SG: singapore, singapur, singapour, cingapura
MY: malaysia | kuala lumpur
TH: thailand, tailandia, thailande | bangkok, chiang mai, phuket
VN: vietnam, viet nam | hanoi, ho chi minh city, saigon
ID: indonesia, indonesien, indonesie | jakarta, bali, bandung, surabaya
PH: philippines, philippinen, filipinas, filippine | manila, cebu
AU: australia, australien, australie | sydney, melbourne, brisbane, perth, adelaide, canberra, gold coast
NZ: new zealand, aotearoa, neuseeland, nouvelle-zelande, nueva zelanda, nuova zelanda | auckland, wellington, christchurch
IS: iceland, islande, islandia, islanda | reykjavik
HR: croatia, hrvatska, kroatien, croatie | zagreb
RS: serbia, srbija, serbien | belgrade, beograd
SI: slovenia, slovenija, slowenien | ljubljana
SK: slovakia, slovensko, slowakei | bratislava
BG: bulgaria, bulgarien, bulgarie 
EE: estonia, eesti, estland | tallinn
LV: latvia, latvija, lettland | riga
LT: lithuania, lietuva, litauen | vilnius
LU: luxembourg, luxemburg, luxemburgo, lussemburgo
CY: cyprus, zypern, chypre, chipre, cipro | nicosia, limassol
MT: malta | valletta
CR: costa rica | san jose costa rica
CU: cuba | havana, la habana
DO: dominican republic, republica dominicana | santo domingo
PR: puerto rico | san juan puerto rico
GT: guatemala
BO: bolivia | la paz bolivia
PY: paraguay | asuncion
AO: angola | luanda
MZ: mozambique, mocambique | maputo
CV: cabo verde, cape verde
`

// place is one gazetteer entry.
type place struct {
	code    string
	country bool // a country name (beats a city name in the same text)
}

var (
	places    map[string]place
	placeMaxN int // longest entry, in words
	// reWeakCue is a preposition that may introduce a home town.
	// ("a Bologna", "à Lyon": \b would not see the boundary before à).
	reWeakCue = regexp.MustCompile(`(?i)(?:^|[\s(,])(?:in|en|em|na|nel|nella|a|à|au)\s`)
	// reBioCue finds a place cue in a bio; the place must follow within
	// a few words.
	reBioCue = regexp.MustCompile(`(?i)(?:📍|🏠|🌍|🌎|🌏|\bbased (?:in|out of)\s|\bliving in\s|\blive in\s|\blives in\s|\blocated in\s|\bresiding in\s|\bvivo (?:en|em|a)\s|\bmoro em\s|\bbasad[oa] en\s|\bradicad[oa] en\s|\bwohne in\s|\blebe in\s|\bwohnhaft in\s|\baus\s|\bj'habite (?:a|à)\s|\bbas[ée]e? (?:a|à)\s|\binstall[ée]e? (?:a|à)\s|\bresidente (?:a|en|em)\s|-based\b)`)
)

func init() {
	places = make(map[string]place)
	for _, line := range strings.Split(gazetteer, "\n") {
		code, names, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		code = strings.TrimSpace(code)
		countries, cities, _ := strings.Cut(names, "|")
		addPlaces(code, countries, true)
		addPlaces(code, cities, false)
	}
	loadCountryData()
}

// addPlaces adds the comma-separated names to the gazetteer.
func addPlaces(code, names string, country bool) {
	for _, n := range strings.Split(names, ",") {
		n = strings.Join(strings.Fields(foldPlace(n)), " ")
		if n == "" {
			continue
		}
		if _, dup := places[n]; !dup {
			places[n] = place{code: code, country: country}
		}
		placeMaxN = max(placeMaxN, len(strings.Fields(n)))
	}
}

// PlaceCountry finds a place of the gazetteer in text (a location field
// or the words after a bio cue) and returns its country code and the words
// that matched. Country names beat city names ("Porto, Portugal"); among
// equals the last one wins, since places are written small to large.
func PlaceCountry(text string) (code, match string) {
	words, spans := placeWords(text)
	best := -1
	var bestPlace place
	for i := 0; i < len(words); i++ {
		for n := min(placeMaxN, len(words)-i); n >= 1; n-- {
			p, ok := places[strings.Join(words[i:i+n], " ")]
			if !ok {
				continue
			}
			if best < 0 || p.country || !bestPlace.country {
				best, bestPlace = i, p
				match = text[spans[i][0]:spans[i+n-1][1]]
			}
			i += n - 1
			break
		}
	}
	if best < 0 {
		return "", ""
	}
	return bestPlace.code, match
}

// BioCountry finds a place named after a cue ("based in Lisbon", "📍
// Berlin", "Berlin-based") in a bio. A place name without a cue is not
// enough: "recipes from Italy" says nothing about where the cook lives.
func BioCountry(bio string) (code, match string) {
	for _, loc := range reBioCue.FindAllStringIndex(bio, 10) {
		cue := bio[loc[0]:loc[1]]
		var window string
		if strings.HasSuffix(strings.ToLower(cue), "-based") {
			start := max(0, loc[0]-40)
			window = lastWords(bio[start:loc[0]], 3)
		} else {
			end := min(len(bio), loc[1]+48)
			window = firstClause(bio[loc[1]:end])
		}
		if code, match := PlaceCountry(window); code != "" {
			return code, match
		}
	}
	// A bare preposition ("Vegan baker in Lyon") counts only when the
	// place follows it at once.
	for _, loc := range reWeakCue.FindAllStringIndex(bio, 10) {
		if code, match := leadingPlace(bio[loc[1]:min(len(bio), loc[1]+48)]); code != "" {
			return code, match
		}
	}
	return "", ""
}

// leadingPlace is PlaceCountry for a place that starts s, or a "City, ST"
// there.
func leadingPlace(s string) (code, match string) {
	if code, match := cityState(firstClause(s)); code != "" {
		return code, match
	}
	words, spans := placeWords(firstClause(s))
	if len(words) == 0 || spans[0][0] > 2 {
		return "", ""
	}
	for n := min(placeMaxN, len(words)); n >= 1; n-- {
		if p, ok := places[strings.Join(words[:n], " ")]; ok {
			return p.code, s[spans[0][0]:spans[n-1][1]]
		}
	}
	return "", ""
}

// firstClause cuts s at the first line break, sentence end, bar or
// bullet, so that "📍 Lisbon | vegan recipes" reads "Lisbon".
func firstClause(s string) string {
	if i := strings.IndexAny(s, "\n|•·;.!?()"); i >= 0 {
		s = s[:i]
	}
	return s
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '•' })
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// countryField reads a field that is itself a country code (YouTube's
// snippet.country, kept as the field "country").
func countryField(f scout.ProfileField) (string, bool) {
	if !strings.EqualFold(strings.TrimSpace(f.Name), "country") {
		return "", false
	}
	v := strings.ToUpper(strings.TrimSpace(f.Value))
	if v == "UK" {
		v = "GB"
	}
	return v, scout.ValidCountry(v)
}

// locationFieldNames are profile field names that hold a place.
var locationFieldNames = map[string]bool{
	"location": true, "based in": true, "where": true, "city": true, "country": true, "home": true,
	"ort": true, "standort": true, "wohnort": true, "land": true, "stadt": true,
	"ubicacion": true, "ubicación": true, "ciudad": true, "pais": true, "país": true, "lugar": true,
	"localizacao": true, "localização": true, "local": true, "cidade": true,
	"posizione": true, "citta": true, "città": true, "paese": true, "luogo": true,
	"lieu": true, "ville": true, "pays": true, "localisation": true, "📍": true,
}

// creatorCountry finds c's country from its accounts (ordered: the
// primary first) and posts, strongest evidence first: a place the creator
// or the platform states as home on any account (accountCountry), then the
// creator's own country-code domain, then the country of most sampled
// followers, then weak signals that agree (weakCountry).
func creatorCountry(c *scout.Creator, ordered []*scout.Account) (string, *scout.CountryEvidence) {
	for _, a := range ordered {
		if code, ev := accountCountry(a); ev != nil {
			ev.Strength = scout.CountryStrong
			return code, ev
		}
	}
	for _, a := range ordered {
		if code, m := linkCountry(a.Links); code != "" {
			return code, &scout.CountryEvidence{Source: countryFromLink, Match: m, Account: a.ID, Strength: scout.CountryMedium}
		}
	}
	if code, m := audienceCountry(c.Accounts); code != "" {
		return code, &scout.CountryEvidence{Source: countryFromAudience, Match: m, Strength: scout.CountryMedium}
	}
	return weakCountry(weakSignals(c, ordered))
}

// accountCountry finds a's country from what the account states as home,
// best first: the platform's country setting, the profile's location
// (a location line, schema.org homeLocation or address), a location
// field, a bio cue.
func accountCountry(a *scout.Account) (string, *scout.CountryEvidence) {
	for _, f := range a.Fields {
		if code, ok := countryField(f); ok {
			return code, &scout.CountryEvidence{Source: "field:country", Match: strings.TrimSpace(f.Value), Account: a.ID}
		}
	}
	if code, m := locationCountry(a.Location); code != "" {
		return code, &scout.CountryEvidence{Source: "location", Match: m, Account: a.ID}
	}
	for _, f := range a.Fields {
		name := strings.ToLower(strings.Trim(strings.TrimSpace(f.Name), ":"))
		if !locationFieldNames[name] {
			continue
		}
		if code, m := locationCountry(f.Value); code != "" {
			return code, &scout.CountryEvidence{Source: "field:" + cleanFieldName(f.Name), Match: m, Account: a.ID}
		}
	}
	if code, m := BioCountry(a.Bio); code != "" {
		return code, &scout.CountryEvidence{Source: "bio", Match: m, Account: a.ID}
	}
	if code, m := bioPlaceSignals(a.Bio); code != "" {
		return code, &scout.CountryEvidence{Source: "bio", Match: m, Account: a.ID}
	}
	return "", nil
}

// locationCountry reads a location line or field: a place of the
// gazetteer, a US or Canadian "City, ST", or a line that ends in an ISO
// country code ("Porto, PT", schema.org addressCountry "DE" alone).
func locationCountry(s string) (code, match string) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	if len(f) == 0 {
		return "", ""
	}
	last := f[len(f)-1]
	pc, pm := PlaceCountry(s)
	if len(f) > 1 && (slices.Contains(usStates, last) || slices.Contains(caStates, last)) && pc != last {
		// "Athens, GA" is Georgia, not Greece nor Gabon; "Berlin, DE"
		// stays Germany.
		if code, m := cityState(s); code != "" {
			return code, m
		}
	}
	if pc != "" {
		return pc, pm
	}
	if len(last) == 2 && strings.ToUpper(last) == last {
		if last == "UK" {
			last = "GB"
		}
		if scout.ValidCountry(last) && last != "EU" {
			return last, f[len(f)-1]
		}
	}
	return "", ""
}

// placeWords splits text into accent-folded lower-case words and returns
// each word's byte span in text.
func placeWords(text string) ([]string, [][2]int) {
	var words []string
	var spans [][2]int
	start := -1
	flush := func(end int) {
		if start >= 0 {
			words = append(words, foldPlace(text[start:end]))
			spans = append(spans, [2]int{start, end})
			start = -1
		}
	}
	for i, r := range text {
		if unicode.IsLetter(r) || r == '-' || r == '.' && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	for i, w := range words {
		words[i] = strings.Trim(w, ".-")
	}
	return words, spans
}

// foldPlace lower-cases s and strips the accents of Latin letters, so
// that "São Paulo", "Sao Paulo" and "SÃO PAULO" are one name.
func foldPlace(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return strings.ToLower(strings.TrimSpace(s)) // no accents to fold; no copy when already lower case
	}
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if f, ok := accentFold[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var accentFold = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i",
	'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u",
	'ç': "c", 'ñ': "n", 'ß': "ss", 'ł': "l", 'ś': "s", 'ź': "z", 'ż': "z", 'ć': "c", 'ń': "n",
	'č': "c", 'š': "s", 'ž': "z", 'ř': "r", 'ý': "y", 'ě': "e", 'ő': "o", 'ű': "u",
}

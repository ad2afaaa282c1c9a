package index

import (
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
)

// describeNobody are words every creator uses whatever they make: the
// days and months in the six languages Scout lexes, and the words of
// platforms themselves. A lookalike never "shares" them.
const describeNobody = `
monday tuesday wednesday thursday friday saturday sunday weekend today tomorrow yesterday week month year
january february march april may june july august september october november december
lunes martes miércoles jueves viernes sábado domingo hoy mañana semana mes año
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
montag dienstag mittwoch donnerstag freitag samstag sonntag heute morgen woche monat jahr
januar februar märz mai juni juli oktober dezember
lundi mardi mercredi jeudi vendredi samedi dimanche aujourd'hui demain semaine mois année
janvier février mars avril juin juillet août septembre octobre novembre décembre
lunedì martedì mercoledì giovedì venerdì sabato domenica oggi domani settimana mese anno
gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
segunda terça quarta quinta sexta sábado domingo hoje amanhã semana mês ano
janeiro fevereiro março abril maio junho julho setembro outubro novembro dezembro
tag tags link links bio post posts video videos vídeo vídeos channel canal kanal follow followers subscribe
like likes comment comments share new nuovo nuova nuevo nueva neu neue nouveau nouvelle novo nova
shop newsletter youtube instagram tiktok twitch mastodon bluesky live stream episode
one two three four five six seven eight nine ten first second third
uno dos tres cuatro cinco seis siete ocho nueve diez primero primera
eins zwei drei vier fünf sechs sieben acht neun zehn erste erster
une deux trois quatre cinq sept huit neuf dix premier première
due tre quattro cinque sette otto nove dieci primo prima
um uma dois duas três quatro cinco seis sete oito nove dez
casa cosa cose solo sola soli mano tutto tutti todo todos toda cada alles ganz tout toute tudo
thing things time times day days way really still back little great good best
`

var (
	stopOnce sync.Once
	stopSet  map[string]bool
)

// isStopWord reports whether w (lower case, as written) is a stop word of
// any of Scout's six languages (the Snowball stop lists Bleve ships) or a
// word that describes nobody (describeNobody).
func isStopWord(w string) bool {
	stopOnce.Do(func() {
		stopSet = map[string]bool{}
		for _, list := range [][]byte{en.EnglishStopWords, es.SpanishStopWords, de.GermanStopWords,
			fr.FrenchStopWords, it.ItalianStopWords, pt.PortugueseStopWords, []byte(describeNobody)} {
			for _, line := range strings.Split(string(list), "\n") {
				line, _, _ = strings.Cut(line, "|")
				for _, f := range strings.Fields(line) {
					stopSet[strings.ToLower(f)] = true
				}
			}
		}
	})
	return stopSet[w]
}

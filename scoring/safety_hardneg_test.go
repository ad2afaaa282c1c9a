package scoring_test

import (
	"strings"
	"testing"

	scout "github.com/scout-oss/scout"
	"github.com/scout-oss/scout/scoring"
)

// Hard negatives by class, in the six lexicon languages: professionals
// whose work names risky things (reporters, doctors, pharmacists,
// lawyers, historians, researchers, fact-checkers, instructors, rangers),
// news, quoted lyrics and fiction, scam warnings. None may raise a
// brand-safety flag or ineligibility.
var hardNegativeClassTests = []struct {
	name, lang, bio string
	posts           []string
}{
	{"WarReporter", "en", "War correspondent. Ukraine, Sudan. Views my own.",
		[]string{"Three civilians were killed in the shelling overnight, local officials said.", "Our report from the frontline: what the evacuation looks like."}},
	{"ERDoctorES", "es", "Médica de urgencias en un hospital de Madrid",
		[]string{"Anoche atendimos a dos heridos por arma blanca. Según la policía, fue una pelea.", "Por qué el torniquete salva vidas, explicado."}},
	{"PharmacistDE", "de", "Apothekerin. Arzneimittel erklärt.",
		[]string{"Tilidin ohne Rezept aus dem Netz: gefälscht und gefährlich. Finger weg.", "Was die Studien zu Melatonin sagen."}},
	{"CriminalLawyerFR", "fr", "Avocate pénaliste à Marseille",
		[]string{"Recel : acheter un vélo volé à bas prix est un délit, même si vous ne le saviez pas.", "Le procès de la semaine, expliqué."}},
	{"HistorianIT", "it", "Storica. Insegno storia contemporanea.",
		[]string{"Le stragi del 1944: le vittime, i testimoni, la memoria.", "Una lezione sulla propaganda fascista e i suoi manifesti."}},
	{"ExtremismResearcherEN", "en", "Researcher on online extremism and radicalisation",
		[]string{"How accelerationist channels turn attackers into 'saints': our new report.", "Content warning: the study quotes extremist slogans."}},
	{"FactCheckerPT", "pt", "Jornalista de checagem",
		[]string{"É falso que a vacina cause autismo. Checamos os estudos.", "Boato: chá de boldo não cura câncer."}},
	{"HuntingInstructorDE", "de", "Jagdausbilder, Jagdschule im Allgäu",
		[]string{"Waffenhandhabung im Jagdkurs: Sicherheit zuerst, Waffe entladen, Waffenschrank.", "Prüfungstermine für den Jagdschein im Frühjahr."}},
	{"SecurityResearcherES", "es", "Analista de ciberseguridad",
		[]string{"Cómo detectar el phishing que suplanta a tu banco: señales de alerta.", "Análisis de un kit de phishing que roba contraseñas."}},
	{"RangerIT", "it", "Guardia forestale nel Parco d'Abruzzo",
		[]string{"Bracconaggio: trappole trovate e sequestrate, denunciati due uomini.", "Cosa fare se incontri un orso, spiegato."}},
	{"NewsFR", "fr", "",
		[]string{"Selon le parquet, le suspect a été interpellé après le braquage de la bijouterie."}},
	{"LyricsEN", "en", "Music critic",
		[]string{"The lyrics of the new drill single talk about a shooting; the review explains why the video was pulled."}},
	{"ScamWarningIT", "it", "",
		[]string{"Occhio alla truffa del finto corriere: non cliccate sul link dell'SMS, è phishing."}},
	{"EverydayDE", "de", "",
		[]string{"Der Kuchen ist der Hammer, ich bin tot vor Lachen."}},
	{"ERDoctorEN", "en", "ER doctor. Night shifts. Wear your seatbelt.",
		[]string{"Tonight: a gunshot wound, two stab wounds and a motorbike crash. All survived.", "Why we ask how much you drank: it changes the dose."}},
	{"WarReporterDE", "de", "Korrespondentin in Kiew",
		[]string{"Nach dem Raketenangriff: zwölf Tote, darunter zwei Kinder, laut Behörden.", "Mein Bericht aus Charkiw."}},
	{"CourtReporterES", "es", "Periodista de tribunales",
		[]string{"Condenado a 15 años el acusado del asesinato de Valencia. La sentencia, explicada.", "Declaró la forense en el juicio."}},
	{"MuseumEducatorPT", "pt", "Educadora de museu. Memória e direitos humanos.",
		[]string{"A ditadura torturou e matou opositores: documentos do arquivo.", "Visita guiada ao memorial neste sábado."}},
	{"DebunkFR", "fr", "Journaliste, rubrique vrai ou faux",
		[]string{"Non, la 5G ne propage pas de virus. Intox démontée.", "Vrai ou faux : le vaccin modifie-t-il l'ADN ? Faux."}},
	{"BufalaIT", "it", "",
		[]string{"Bufala: il limone non cura il cancro. Attenzione a chi lo vende come terapia."}},
	{"ShootingInstructorPT", "pt", "Instrutor de tiro, clube de tiro credenciado",
		[]string{"Segurança no estande: arma sempre apontada para local seguro, dedo fora do gatilho.", "Curso de manuseio seguro neste sábado."}},
	{"PiracyWarningES", "es", "Abogada. Propiedad intelectual.",
		[]string{"Ver fútbol con IPTV pirata: multas de hasta 3.000 € también para quien lo ve.", "La ley, explicada."}},
	{"ScamWarningEN", "en", "",
		[]string{"PSA: 'guaranteed 30% monthly returns' is a scam. Don't fall for it."}},
	{"FictionES", "es", "Reseñas de novela negra",
		[]string{"Reseña: el asesino deja los cuerpos en el puerto; una novela brutal y muy bien escrita."}},
}

func TestBrandSafetyHardNegativeClasses(t *testing.T) {
	e := scoring.New()
	for _, tt := range hardNegativeClassTests {
		t.Run(tt.name, func(t *testing.T) {
			c := withPostsAndBio(tt.lang, tt.bio, tt.posts)
			a := e.Score(c, now)
			for _, f := range a.Flags {
				if strings.HasPrefix(f.Code, "brand_safety:") || f.Code == scout.FlagIneligible {
					var ev []string
					for _, x := range f.Evidence {
						ev = append(ev, x.Match+" by "+x.Rule)
					}
					t.Errorf("flagged %s=%s: %v", f.Code, f.Level, ev)
				}
			}
		})
	}
}

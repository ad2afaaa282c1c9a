"""Hard negatives in German, French, Italian and Portuguese."""
from model import K

# ------------------------------------------------------------ German
K("de", "mastodon", "katrin_vogt_korr", "Katrin Vogt", "Korrespondentin • Krisen- und Kriegsgebiete", 11000,
  ["hard_negative:death_injury:war_reporting", "hard_negative:ineligible:war_reporting", "journalism"],
  "A war correspondent reporting drone strikes, casualties and mass graves as news.",
  {"death_injury": "low", "terrorism": "low"},
  [{"text": "Drohnenangriff auf ein Wohnhaus in der Nacht: 9 Tote, darunter drei Kinder. Ich war am Morgen dort. Bericht folgt.", "cw": "Krieg, Tote"},
   "Exhumierung am Stadtrand: die Ermittler zählen 40 Leichen. Die Angehörigen warten am Zaun.",
   "Warum ich keine Bilder von Toten zeige: ein paar Gedanken zu Würde im Journalismus.",
   "Zurück in Berlin. Zwei Tage schlafen, dann Schreibtisch."])

K("de", "youtube", "apothekerin.lea.erklaert", "Apothekerin Lea", "Medikamente verständlich erklärt 💊", 98000,
  ["hard_negative:drugs_alcohol:pharmacist"],
  "A pharmacist explaining benzodiazepines, opioids and mixing alcohol with medication to inform patients.",
  {"drugs_alcohol": "low"},
  [{"title": "Benzos: warum sie so schnell abhängig machen", "text": "Was Tavor, Diazepam und Co. im Gehirn machen, wie ein sicheres Absetzen funktioniert und warum man nie allein reduziert."},
   {"title": "Alkohol und Schmerzmittel: gefährliche Kombinationen", "text": "Paracetamol, Ibuprofen, Tramadol – was verträgt sich, was nicht."}])

K("de", "instagram", "jaegerin.mit.herz", "Anna | Jägerin", "Jagd • Wildbret • Naturschutz 🦌", 24000,
  ["hard_negative:arms:hunting", "hard_negative:death_injury:hunting"],
  "A hunter posting legal hunts, rifle safety and game cooking; hunting context.",
  {"arms": "low", "death_injury": "low"},
  ["Heute früh auf dem Ansitz: sauberer Schuss auf einen Rehbock, 80 Meter. Waidmannsheil 🦌",
   "Waffe immer entladen transportieren, im verschlossenen Futteral. Basics, aber wichtig",
   "Rehrücken mit Preiselbeeren, vom Wald auf den Teller",
   "Drückjagd-Saison: Signalkleidung ist Pflicht, nicht Mode"])

K("de", "web", "rechtsextremismus-monitor", "Extremismus-Monitor", "Analysen zu Codes, Szenen und Radikalisierung", 0,
  ["hard_negative:hate:counter_extremism_research", "hard_negative:terrorism:counter_extremism_research"],
  "A research blog explaining neo-Nazi number codes and attack-glorifying memes so teachers and moderators can spot them.",
  {"hate": "low", "terrorism": "low"},
  [{"title": "88, HH, 14: Zahlencodes der extremen Rechten erklärt", "text": "Ein Glossar für Lehrkräfte und Moderationsteams. Die Codes stehen für Grußformeln und Parolen; wir zeigen, wo sie auftauchen und wie man reagiert."},
   {"title": "Wie Attentäter zu 'Heiligen' gemacht werden", "text": "Eine Analyse von Fan-Edits in sozialen Netzwerken und was Plattformen tun können."}])

K("de", "bluesky", "faktenfuchs-mira.bsky.social", "Mira | Faktencheck", "prüft virale Behauptungen ✔️", 15000,
  ["hard_negative:misinformation:fact_checker", "fact_checking"],
  "A fact-checker quoting 'plötzlich und unerwartet' and chemtrail claims in order to refute them.",
  {"misinformation": "low"},
  ["Behauptung: 'Plötzlich und unerwartet' sterben seit 2021 mehr junge Menschen durch Impfungen. Falsch. Die Zahlen im Thread 🧵",
   "Behauptung: Kondensstreifen seien 'Chemtrails'. Nein, das ist gefrorener Wasserdampf. Physik im Bild",
   "Bitte keine Screenshots ohne Quelle teilen. Danke!",
   "Neue Folge unseres Podcasts ist online"])

K("de", "tiktok", "feuerwehr.jonas", "Jonas | Feuerwehr 🚒", "Berufsfeuerwehr • Aufklärung", 68000,
  ["hard_negative:death_injury:first_responder"],
  "A firefighter explaining crash rescues and fire deaths to teach safety, no gore.",
  {"death_injury": "low"},
  ["Unfall auf der B27 heute: eingeklemmte Person, 25 Minuten Rettung mit Spreizer. Rettungsgasse hat funktioniert, danke!",
   "Rauchmelder retten Leben. Die meisten Brandtoten sterben im Schlaf an Rauchgas",
   "Warum Gaffen tötet: wir verlieren Minuten, die Verletzte nicht haben",
   "Übungsabend mit der Jugendfeuerwehr 🚒"])

K("de", "instagram", "konditorei.ella", "Ella backt", "Konditormeisterin • Torten & Pralinen 🍰", 31000,
  ["hard_negative:terrorism:everyday_words", "hard_negative:drugs_alcohol:everyday_words"],
  "A pastry chef's 'Eisbombe', 'Schuss Rum' and 'Rumkugeln'; everyday baking words.",
  {"drugs_alcohol": "low"},
  ["Eisbombe mit Himbeerkern 💣 zum Geburtstag meiner Nichte",
   "Ein Schuss Rum in die Sahne und die Schwarzwälder ist perfekt",
   "Rumkugeln wie bei Oma, Rezept in den Stories",
   "Die Torte ist der Hammer geworden, wenn ich das sagen darf"])

K("de", "youtube", "politik.einfach.erklaert", "Politik einfach erklärt", "neutral, kurz, verständlich", 143000,
  ["hard_negative:sensitive_issues:information_not_advocacy"],
  "Neutral explainers on asylum law, §218 and the self-ID law, presenting positions without advocating.",
  {"sensitive_issues": "low"},
  [{"title": "Asylrecht in 8 Minuten: was gilt, was ist geplant?", "text": "Wir erklären die Rechtslage und die Argumente beider Seiten. Keine Meinung, nur Fakten."},
   {"title": "§218 – Geschichte und aktuelle Debatte", "text": "Was das Gesetz regelt und welche Reformvorschläge es gibt."}])

K("de", "mastodon", "ra_stefan_brandt", "RA Stefan Brandt", "Strafverteidiger • Betrug, BtM, Jugendstrafrecht", 2700,
  ["hard_negative:crime:lawyer", "hard_negative:drugs_alcohol:lawyer"],
  "A defence lawyer explaining cases of 'Enkeltrick' runners, drug dealing and fraud, and what courts decide.",
  {"crime": "low", "drugs_alcohol": "low"},
  ["Heute verteidigt: 19-jähriger 'Abholer' im Enkeltrick-Verfahren. Die Hintermänner sitzen im Ausland, die Jungen tragen das Risiko.",
   "BtM-Handel 'in nicht geringer Menge': was das heißt und warum die Grenze bei Cannabis jetzt anders liegt",
   "Wenn die Polizei klingelt: schweigen, Anwalt anrufen. Immer.",
   "Kanzleiausflug an den Bodensee ⛵"])

K("de", "tiktok", "sportschuetzin.mara", "Mara 🎯", "Sportschützin • Luftgewehr & KK • Bundesliga", 19000,
  ["hard_negative:arms:sport_shooting"],
  "A sport shooter posting competitions and training; legal sport, no glorification.",
  {"arms": "low"},
  ["10,9! Perfekter Schuss beim Ligawettkampf 🎯",
   "Sicherheitsregeln auf dem Schießstand: Verschluss offen, Lauf nach vorn",
   "Atemtechnik beim Luftgewehr, ein kurzer Einblick",
   "Unsere Mannschaft ist Tabellenzweiter!"])

K("de", "instagram", "sfx.maske.kai", "Kai | SFX Maske", "Special Effects Make-up • Film & Theater", 27000,
  ["hard_negative:death_injury:fiction_sfx", "hard_negative:ineligible:fiction_sfx"],
  "A special-effects make-up artist showing fake wounds and 'gore' prosthetics for film sets.",
  {"death_injury": "low"},
  ["Schusswunde aus Silikon für den neuen Tatort 🩸 alles Fake, keine Sorge",
   "Wie man eine offene Fraktur modelliert: Gelatine, Latex, viel Geduld",
   "Halloween-Workshop ausgebucht!",
   "Kunstblut-Rezept: Sirup, Lebensmittelfarbe, ein Hauch Kakao"])

# ------------------------------------------------------------ French
K("fr", "bluesky", "camille-bertin-reportage.bsky.social", "Camille Bertin", "grand reporter • Sahel, Proche-Orient", 22000,
  ["hard_negative:terrorism:war_reporting", "hard_negative:death_injury:war_reporting", "journalism"],
  "A reporter covering jihadist attacks and massacres as news, with sources and victims' voices.",
  {"terrorism": "low", "death_injury": "low"},
  ["Attaque jihadiste contre un village du Sahel: 27 morts selon les autorités locales. Les survivants racontent. Reportage à lire",
   "Le groupe a revendiqué l'attaque via sa propagande habituelle. Nous ne relayons pas leurs images",
   "Une mère montre la photo de son fils. C'est ça aussi, couvrir une guerre",
   "Retour à Paris, long papier à écrire"])

K("fr", "instagram", "dr.ines.urgences", "Dr Inès", "urgentiste • SAMU • prévention", 41000,
  ["hard_negative:death_injury:medical_professional"],
  "An emergency doctor explaining trauma and intoxications to prevent them.",
  {"death_injury": "low", "drugs_alcohol": "low"},
  ["Nuit de garde: deux accidents de trottinette, un coma éthylique à 17 ans. Parlez-en à vos ados",
   "Le protoxyde d'azote peut causer des atteintes neurologiques graves. Je vois des jeunes paralysés",
   "Une plaie par balle, ce n'est pas comme au cinéma. Explication",
   "Café, douche, dodo ☕"])

K("fr", "youtube", "histoire.des.annees.de.plomb", "Histoire contemporaine", "cours d'histoire en vidéo", 59000,
  ["hard_negative:terrorism:historian", "history"],
  "A history teacher explaining 1970s–80s terrorism, attacks and groups, with context and sources.",
  {"terrorism": "low", "death_injury": "low"},
  [{"title": "Le terrorisme en Europe dans les années 80 (cours complet)", "text": "Attentats, groupes armés, réponses des États. On analyse les sources et la mémoire des victimes."},
   {"title": "Comment les groupes armés recrutaient", "text": "Propagande, sentiment d'appartenance, rhétorique du devoir: un cours pour comprendre, pas pour admirer."}])

K("fr", "web", "les-decodeurs-du-vrai", "Les Décodeurs du vrai", "fact-checking indépendant", 0,
  ["hard_negative:misinformation:fact_checker", "fact_checking"],
  "A French fact-checking site quoting 5G-cancer and measles 'natural cure' claims to debunk them.",
  {"misinformation": "low"},
  [{"title": "Non, la 5G ne provoque pas de cancers", "text": "La rumeur d'un 'cluster' de cancers près d'une antenne circule. Nous avons interrogé l'ARS et des épidémiologistes."},
   {"title": "Rougeole: les huiles essentielles ne remplacent pas le vaccin", "text": "Une publication virale affirme le contraire. C'est faux et dangereux."}])

K("fr", "tiktok", "ma.pharmacienne.julie", "Julie, pharmacienne", "tes questions médicaments 💊", 87000,
  ["hard_negative:drugs_alcohol:pharmacist"],
  "A pharmacist explaining codeine misuse, 'purple drank' and overdose risks to teenagers and parents.",
  {"drugs_alcohol": "low"},
  ["Le 'purple drank' (codéine + soda): pourquoi c'est dangereux et pourquoi la codéine est sur ordonnance",
   "Tramadol et alcool: jamais. Explication en 30 secondes",
   "Doliprane: la dose maximale par jour, retenez-la",
   "Garde de nuit ce week-end, la pharmacie de quartier veille 🌙"])

K("fr", "instagram", "chasse.et.nature.paul", "Paul | chasseur formateur", "formateur permis de chasser • sécurité", 12000,
  ["hard_negative:arms:hunting_instructor"],
  "A hunting-licence instructor teaching firearm safety and shooting angles.",
  {"arms": "low", "death_injury": "low"},
  ["Règle des 30°: on ne tire jamais dans l'angle des postés. Ça sauve des vies",
   "Examen du permis de chasser: 12 candidats, 11 reçus 👏",
   "Le fusil se porte ouvert et déchargé en déplacement",
   "Battue de sanglier dimanche, gilets orange obligatoires"])

K("fr", "mastodon", "lucas_infosec", "Lucas", "chercheur en sécurité • fraude, phishing", 4100,
  ["hard_negative:crime:security_research", "hard_negative:spam:security_research"],
  "A security researcher analysing fake-bank-adviser fraud and phishing kits to protect users.",
  {"crime": "low", "spam": "low"},
  ["Analyse d'une arnaque au faux conseiller bancaire: spoofing du numéro de l'agence, script très rodé. Conseils en fin de fil",
   "Les faux concours de supermarchés demandent '1€ de vérification': c'est un abonnement caché",
   "Signalez sur la plateforme officielle, ça aide vraiment",
   "Conférence vendredi à Rennes"])

K("fr", "tiktok", "patisserie.de.manon", "Manon pâtisse 🧁", "pâtissière • recettes faciles", 68000,
  ["hard_negative:terrorism:everyday_words", "hard_negative:death_injury:everyday_words"],
  "A pastry chef whose 'bombe glacée', 'tuerie' and 'à tomber' are everyday words.",
  {},
  ["Bombe glacée framboise-pistache, une tuerie absolue 💣",
   "Ce fondant est à tomber, je vous jure",
   "Tuer la pâte? Non, on la fraise 😂 explication",
   "Recette des cookies qui défoncent, en story"])

K("fr", "youtube", "droit.en.clair", "Droit en clair", "le droit expliqué simplement", 76000,
  ["hard_negative:sensitive_issues:information_not_advocacy"],
  "Neutral legal explainers on bioethics law, laïcité and immigration law, without taking sides.",
  {"sensitive_issues": "low"},
  [{"title": "Loi de bioéthique: ce qui a changé pour la PMA", "text": "Les règles actuelles, les conditions, les débats parlementaires résumés. Sans parti pris."},
   {"title": "Laïcité à l'école: que dit vraiment la loi de 2004 ?", "text": "Le texte, la jurisprudence et les questions ouvertes."}])

K("fr", "instagram", "maitre.aicha.etrangers", "Maître Aïcha", "avocate en droit des étrangers ⚖️", 9800,
  ["hard_negative:sensitive_issues:lawyer"],
  "An immigration lawyer explaining deportation orders and residence permits; professional information.",
  {"sensitive_issues": "low"},
  ["OQTF: vous avez 30 jours (parfois 48h) pour contester. Ne laissez pas passer le délai",
   "Titre de séjour 'salarié': la liste des pièces, à jour",
   "Permanence gratuite au barreau jeudi 14h",
   "Audience au tribunal administratif ce matin, décision dans 15 jours"])

# ------------------------------------------------------------ Italian
K("it", "instagram", "giulia.cronaca.nera", "Giulia Ferri", "giornalista • cronaca nera e giudiziaria", 16000,
  ["hard_negative:crime:crime_reporter", "hard_negative:death_injury:crime_reporter", "journalism"],
  "A crime reporter covering murders, mafia trials and drug seizures as news.",
  {"crime": "low", "death_injury": "low"},
  ["Omicidio di Mestre: fermato il compagno della vittima. Le indagini della Procura, il mio pezzo di oggi",
   "Maxi-sequestro di cocaina al porto di Gioia Tauro: 800 kg. Cosa sappiamo",
   "Raccontare la cronaca senza morbosità: i nomi delle vittime prima di quelli degli assassini",
   "Udienza rinviata, si torna a febbraio"])

K("it", "tiktok", "medico.ps.andrea", "Dott. Andrea | PS", "medico di pronto soccorso 🚑", 112000,
  ["hard_negative:death_injury:medical_professional"],
  "An ER doctor explaining injuries and poisonings to prevent them.",
  {"death_injury": "low", "drugs_alcohol": "low"},
  ["Incidente in monopattino: trauma cranico. Il casco costa meno di una TAC",
   "Coma etilico a 15 anni: cosa succede davvero in pronto soccorso",
   "Le ferite da coltello più pericolose sono quelle che sembrano piccole",
   "Fine turno, cappuccino e letto"])

K("it", "youtube", "storia.della.mafia", "Storia della Mafia", "lezioni di storia contemporanea", 71000,
  ["hard_negative:crime:historian", "hard_negative:terrorism:historian", "history"],
  "A historian explaining mafia massacres, the 'anni di piombo' and bombings with sources.",
  {"crime": "low", "terrorism": "low", "death_injury": "low"},
  [{"title": "La strage di Capaci, 1992: cosa è successo davvero", "text": "Una ricostruzione storica basata sugli atti processuali, con rispetto per le vittime."},
   {"title": "Brigate Rosse: nascita, violenza e fine", "text": "Perché la lotta armata attirò tanti giovani e come lo Stato rispose. Capire non è giustificare."}])

K("it", "web", "bufale-smontate", "Bufale Smontate", "debunking di notizie false", 0,
  ["hard_negative:misinformation:fact_checker", "fact_checking"],
  "An Italian debunking site quoting 'scie chimiche' and vaccine-autism claims in order to refute them.",
  {"misinformation": "low"},
  [{"title": "Le 'scie chimiche' non esistono: ecco cosa sono davvero", "text": "Sono scie di condensazione. Spieghiamo perché alcune durano di più."},
   {"title": "Vaccini e autismo: lo studio che ha creato la bufala", "text": "La storia dello studio ritrattato e delle ricerche successive su milioni di bambini."}])

K("it", "instagram", "istruttore.caccia.sardegna", "Gavino | istruttore", "corsi per licenza di caccia e sicurezza 🦆", 8700,
  ["hard_negative:arms:hunting_instructor"],
  "A hunting instructor teaching firearm law and safety.",
  {"arms": "low", "death_injury": "low"},
  ["Il fucile si carica solo sul posto di caccia, mai in auto. Regola numero uno",
   "Corso per la licenza: 18 allievi, esame a gennaio",
   "Calibro e distanza: perché sparare troppo lontano è scorretto verso l'animale",
   "Alba in palude, silenzio totale 🦆"])

K("it", "mastodon", "ricercatrice_estremismi", "Sara Mancini", "ricercatrice • estremismo violento online • le citazioni non sono mie", 3800,
  ["hard_negative:terrorism:counter_extremism_research", "hard_negative:hate:counter_extremism_research"],
  "A researcher quoting jihadist and neo-fascist recruitment slogans to study them.",
  {"terrorism": "low", "hate": "low"},
  ["Nei canali di reclutamento il linguaggio è sempre lo stesso: 'fratelli', 'dovere', 'onore'. Nel paper lo analizziamo su 3.000 post",
   "I meme che celebrano gli attentatori usano estetica da videogioco. Perché funziona sui 15enni",
   "Seminario aperto giovedì all'università",
   "Le citazioni nel thread sono dal materiale analizzato, non mie opinioni"])

K("it", "tiktok", "sommelier.chiara", "Chiara | sommelier 🍷", "vino raccontato bene", 46000,
  ["hard_negative:drugs_alcohol:adult_wine_education"],
  "A sommelier teaching wine tasting for adults; responsible, no binge glamour.",
  {"drugs_alcohol": "low"},
  ["Barolo vs Barbaresco: le differenze in 60 secondi 🍷",
   "Come si degusta: guardare, annusare, assaggiare. Non serve bere tanto",
   "Abbinamento con la carbonara? Un bianco sapido",
   "Visita in cantina nelle Langhe oggi"])

K("it", "instagram", "nonna.rosa.cucina", "Nonna Rosa", "cucina di casa, con amore ❤️", 38000,
  ["hard_negative:terrorism:everyday_words", "hard_negative:death_injury:everyday_words"],
  "A home cook whose 'bomba', 'ammazza che buono' and 'da morire' are everyday words.",
  {},
  ["Bombe fritte alla crema, ammazza che buone 💣",
   "Questa parmigiana è da morire, parola di nonna",
   "Il coltello giusto per sfilettare il pesce",
   "Domenica si cucina per 12, aiuto 😂"])

K("it", "youtube", "diritto.penale.facile", "Diritto penale facile", "lezioni per studenti di giurisprudenza", 34000,
  ["hard_negative:crime:education"],
  "Law lectures on usury, extortion and receiving stolen goods; education.",
  {"crime": "low"},
  [{"title": "L'usura: art. 644 c.p. spiegato", "text": "Tassi soglia, usura in concreto e differenza con l'estorsione. Lezione per l'esame."},
   {"title": "Ricettazione: quando comprare un telefono rubato è reato", "text": "Elementi del reato, dolo e casi pratici dalla giurisprudenza."}])

# ------------------------------------------------------------ Portuguese
K("pt", "instagram", "reporter.policial.duda", "Duda Moraes", "repórter policial • SP", 21000,
  ["hard_negative:crime:crime_reporter", "hard_negative:death_injury:crime_reporter", "journalism"],
  "A police reporter covering shootings, arrests and drug seizures as news without gore.",
  {"crime": "low", "death_injury": "low", "drugs_alcohol": "low"},
  ["Operação da Polícia Civil prende 12 suspeitos de golpe do falso advogado. Matéria completa no link",
   "Tiroteio na Zona Leste deixa dois feridos; polícia investiga",
   "Não mostro corpo, não mostro sangue. Mostro os fatos",
   "Plantão de domingo, café forte"])

K("pt", "tiktok", "enfermeira.de.uti.carol", "Carol | enfermeira UTI", "rotina de UTI e educação em saúde", 89000,
  ["hard_negative:death_injury:medical_professional"],
  "An ICU nurse explaining trauma cases and death with care, to educate.",
  {"death_injury": "low"},
  ["Paciente de acidente de moto chegou sem capacete. Vou explicar o que é um TCE grave",
   "Como é perder um paciente depois de 12 horas de plantão. Vamos falar sobre isso",
   "Queimaduras com álcool no churrasco: prevenção em 30 segundos",
   "Plantão encerrado 💙"])

K("pt", "youtube", "historia.do.brasil.prof.ze", "Prof. Zé História", "história do Brasil para o ENEM", 187000,
  ["hard_negative:death_injury:historian", "hard_negative:crime:historian", "history"],
  "A history teacher explaining torture under the dictatorship and massacres, for students.",
  {"death_injury": "low", "crime": "low"},
  [{"title": "Tortura na ditadura militar: o que dizem os documentos", "text": "Aula baseada no relatório da Comissão Nacional da Verdade. Cai no ENEM."},
   {"title": "Massacre do Carandiru: história e memória", "text": "O que aconteceu, o julgamento e por que lembrar importa."}])

K("pt", "web", "agencia-checa-fatos", "Checa Fatos", "agência de checagem", 0,
  ["hard_negative:misinformation:fact_checker", "fact_checking"],
  "A Brazilian fact-checking agency quoting voting-machine fraud and ivermectin claims to debunk them.",
  {"misinformation": "low"},
  [{"title": "É falso que urnas tiveram código alterado", "text": "Vídeo viral mostra um suposto técnico. Checamos com o TSE e especialistas em segurança."},
   {"title": "Ivermectina não previne câncer nem gripe", "text": "Post com milhares de compartilhamentos repete alegação sem base científica."}])

K("pt", "bluesky", "pesquisadora-golpes.bsky.social", "Renata Lima", "pesquisadora • fraudes digitais e golpe do Pix", 5600,
  ["hard_negative:spam:security_research", "hard_negative:crime:security_research"],
  "A researcher explaining Pix scams, task scams and mule accounts so users can protect themselves.",
  {"spam": "low", "crime": "low"},
  ["Golpe da 'renda extra curtindo vídeos': mapeamos 200 grupos. No fim sempre pedem 'recarga'",
   "Contas laranja: por que emprestar seu nome pode te levar a processo",
   "Se o 'tigrinho' paga fácil na live, é conta demo. Fio explicando",
   "Palestra no evento de segurança sexta"])

K("pt", "instagram", "fiscal.ambiental.bruno", "Bruno | fiscal ambiental", "combate ao tráfico de animais silvestres 🦜", 17000,
  ["hard_negative:crime:anti_trafficking"],
  "An environmental inspector reporting seizures of trafficked parrots and how to report traffickers.",
  {"crime": "low"},
  ["Apreensão hoje: 43 filhotes de papagaio em caixas de sapato num ônibus. 12 não sobreviveram",
   "Comprar animal silvestre sem procedência alimenta o tráfico. Denuncie: linha verde",
   "Soltura das araras recuperadas no centro de triagem 💚",
   "Operação na feira de domingo, explico como funciona"])

K("pt", "tiktok", "barbearia.do.tiao", "Tião Barbeiro 💈", "degradê, navalha e resenha", 53000,
  ["hard_negative:arms:everyday_words", "hard_negative:death_injury:everyday_words"],
  "A barber whose 'navalha', 'matou a pau' and 'corte assassino' are everyday trade slang.",
  {},
  ["Degradê na navalha, o cliente saiu matando 💈",
   "Corte assassino pro casamento do brother",
   "Matou a pau no pezinho, olha esse acabamento",
   "Barbearia aberta domingo até meio-dia"])

K("pt", "youtube", "direito.para.todos.br", "Direito para Todos", "explicações jurídicas neutras", 66000,
  ["hard_negative:sensitive_issues:information_not_advocacy"],
  "Neutral explainers of abortion cases at the Supreme Court and gun-permit rules.",
  {"sensitive_issues": "low"},
  [{"title": "Aborto no STF: o que está sendo julgado", "text": "Explicamos a ação, os votos e os argumentos de cada lado, sem opinião."},
   {"title": "Porte e posse de arma: regras atuais", "text": "O que a lei permite hoje e o que mudou nos últimos decretos."}])

K("pt", "instagram", "sociologa.do.funk", "Talita | socióloga", "pesquisa funk, periferia e juventude", 11000,
  ["hard_negative:crime:lyrics_quoted", "hard_negative:profanity:lyrics_quoted"],
  "A sociologist quoting violent and explicit funk lyrics to analyse them academically.",
  {"crime": "low", "profanity": "low"},
  ["Funk proibidão cita facção, arma e polícia. Minha tese: é crônica, não manual. Trechos analisados no carrossel",
   "'De fuzil na mão é outro respeito' — o que esse verso diz sobre status na favela",
   "Censurar o funk nunca diminuiu a violência. Os dados estão no artigo",
   "Aula aberta na UFRJ semana que vem"])

K("pt", "tiktok", "tuga.cozinha.bruta", "Cozinha Bruta", "petiscos portugueses 🇵🇹", 24000,
  ["hard_negative:terrorism:everyday_words", "hard_negative:drugs_alcohol:everyday_words"],
  "A Portuguese cook whose 'bomba de creme', 'bagaço' shot and 'matar a fome' are everyday words.",
  {"drugs_alcohol": "low"},
  ["Bolas de Berlim e bombas de creme, a praia no prato 💣",
   "Um cheirinho de bagaço no café no fim do almoço, tradição",
   "Bifana para matar a fome depois do jogo",
   "Prego no pão, a arma secreta do domingo"],
  country="PT")

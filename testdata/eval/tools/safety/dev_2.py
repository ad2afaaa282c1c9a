# Development batch, part 2: hate (positives and hard negatives).
from gen import P, case

ZW = "\u200b"

CASES = [
case(43, "en", "tiktok", "life", "real.talk.ricky", "real.talk.ricky",
     "no filter 🇬🇧 birmingham", "GB", 16000, [
     P("@priya.styles go back to your curry house you p*ki, nobody asked for your opinion 😂", kind="video"),
     P("@priya.styles still crying about my comment lmao. p a k i", kind="video"),
     P("new trainers 🔥 rate them", kind="video"),
     ], garm=dict(hate="floor"),
     classes=["positive:hate:slur_at_person", "obfuscation:masked", "obfuscation:spacing"],
     why="A racist slur (masked and spaced) aimed at a named woman of South Asian heritage."),

case(44, "en", "bluesky", "news", "Gary Whitcombe", "garywhitcombe.bsky.social",
     "Small-business owner. Free speech absolutist.", "US", 2200, [
     P("Trannies are mentally ill men and the sooner we stop pretending the better."),
     P("Another one of these trannies in the women's locker room. Where are the fathers?"),
     P("Coffee and taxes. Worst Monday combo."),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:slur_group"],
     why="Repeated transphobic slur and claims that trans women are mentally ill men."),

case(45, "es", "instagram", "sport", "Hinchada Brava Oeste", "hinchadabravaoeste",
     "🔵⚪ aguante siempre", "AR", 9700, [
     P("Los bolitas del otro club no son hinchas, son ratas que hay que fumigar 🐀"),
     P("@bruno.camba negro villero, volvé a Bolivia"),
     P("Domingo de clásico, todos a la cancha 🔵⚪"),
     ], garm=dict(hate="floor"),
     classes=["positive:hate:slur_at_person", "positive:hate:dehumanising_generalisation"],
     why="Calls Bolivians rats to be fumigated and aims racist slurs at a named player."),

case(46, "es", "tiktok", "life", "Pepa sin pelos", "pepa.sinpelos",
     "💅 digo lo que pienso", "ES", 31000, [
     P("Los gitanos no trabajan, viven de robar y de las ayudas. Ni uno en mi urbanización 💅", kind="video"),
     P("Son como una plaga, donde llegan todo se degrada", kind="video"),
     P("Mi rutina de noche ✨", kind="video"),
     ], garm=dict(hate="floor"),
     classes=["positive:hate:dehumanising_generalisation"],
     why="Calls Roma people thieves and a plague."),

case(47, "de", "tiktok", "comedy", "Witzbold Maik", "witzbold.maik",
     "Humor, der sich was traut 😂", "DE", 12000, [
     P("Was ist der Unterschied zwischen einem Juden und einer Pizza? ... Ihr wisst schon 😂🔥 #schwarzerhumor", kind="video"),
     P("Zigeuner im Supermarkt, pass auf deine Geldbörse auf 😂", kind="video"),
     P("Antwort auf die Hater: Ist doch nur Spaß, ihr Opfer", kind="video"),
     ], garm=dict(hate="floor", profanity="low"),
     classes=["positive:hate:holocaust_joke", "positive:hate:slur_group"],
     why="Holocaust 'jokes' and an anti-Roma slur presented as dark humour."),

case(48, "de", "bluesky", "news", "Heimatliebe Sachsen", "heimatliebe-sachsen.bsky.social",
     "Für unser Volk.", "DE", 1700, [
     P("Die Goldstücke haben wieder zugeschlagen. Messer-Migranten sind keine Menschen, die unsere Kultur verstehen, sie sind Raubtiere."),
     P(f"Nafr{ZW}is raus. Alle."),
     P("Heimatabend am Samstag im Vereinsheim."),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:coded_slur", "positive:hate:dehumanising_generalisation", "obfuscation:zero_width"],
     why="Coded slurs ('Goldstücke', 'Nafris' with a zero-width character) and calling migrants predators."),

case(49, "fr", "tiktok", "life", "Bastien Vérité", "bastien.verite",
     "la France d'avant 🇫🇷", "FR", 22000, [
     P("Les bougnoules ont transformé Roubaix en souk. J'ai grandi là-bas, je reconnais plus rien 🤮", kind="video"),
     P("@nadia.roubaix tu resteras toujours une bougnoule, même avec ton master", kind="video"),
     P("Barbecue du dimanche 🇫🇷", kind="video"),
     ], garm=dict(hate="floor"),
     classes=["positive:hate:slur_at_person", "positive:hate:slur_group"],
     why="A racist slur against North Africans used about a town and aimed at a named woman."),

case(50, "fr", "bluesky", "news", "Pierre-Henri Tradition", "ph-tradition.bsky.social",
     "Catholique, royaliste, sans concession.", "FR", 3100, [
     P("Les sodomites veulent nos enfants. Ce sont des malades, des prédateurs, il faut les soigner ou les enfermer."),
     P("Chaque gay pride est une procession de pervers. Aucun parent ne devrait laisser son enfant les voir."),
     P("Messe en latin dimanche, quel bonheur."),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:dehumanising_generalisation"],
     why="Calls gay people predators and perverts to be locked up."),

case(51, "it", "instagram", "life", "Marco Patriota", "marco_patriota_it",
     "🇮🇹 prima gli italiani", "IT", 6800, [
     P("Zingari = ladri. Non è razzismo, è statistica. Ruspe sui campi, subito."),
     P("@amina.torino tornatene in Africa, scimmia"),
     P("Grigliata con gli amici di sempre 🇮🇹"),
     ], garm=dict(hate="floor"),
     classes=["positive:hate:slur_at_person", "positive:hate:dehumanising_generalisation"],
     why="Calls Roma people thieves and aims a racist slur at a named Black woman."),

case(52, "it", "tiktok", "gaming", "Xx_Rage_Ita_xX", "xx_rage_ita_xx",
     "🎮 se perdi è colpa tua", "IT", 5300, [
     P("sto r1t4rd4t0 di compagno mi fa perdere ogni partita, mongoloide vero", kind="video"),
     P("@luca.plays sei un handicappato, disinstalla", kind="video"),
     P("clip della vittoria di ieri 🔥", kind="video"),
     ], garm=dict(hate="high", profanity="medium"),
     classes=["positive:hate:ableist_slur_at_person", "obfuscation:leetspeak"],
     why="Ableist slurs (leetspeak 'r1t4rd4t0', 'mongoloide', 'handicappato') aimed at named players."),

case(53, "pt", "tiktok", "life", "Fala Sério Tuga", "fala.serio.tuga",
     "🇵🇹 opinião sem papas na língua", "PT", 14000, [
     P("Os brazucas vieram roubar os nossos empregos e encher os bairros de crime. Vão para a vossa terra 🇵🇹", kind="video"),
     P("Esses ciganos são todos iguais, raça que não presta", kind="video"),
     P("Almoço de domingo em família 🍷", kind="video"),
     ], garm=dict(hate="floor", sensitive_issues="medium"),
     classes=["positive:hate:dehumanising_generalisation", "positive:hate:slur_group"],
     why="Calls Roma a 'race that is worthless' and Brazilians criminals, with a derogatory term."),

case(54, "pt", "bluesky", "life", "Dudu Zoeiro", "duduzoeiro.bsky.social",
     "zoeira sem limites", "BR", 2400, [
     P("@thiago.santos seu viadinho, vai chorar pro seu namorado kkkk"),
     P("@thiago.santos v1@d0 não tem vez aqui"),
     P("churrasco hoje, quem vem?"),
     ], garm=dict(hate="floor", profanity="low"),
     classes=["positive:hate:slur_at_person", "obfuscation:leetspeak"],
     why="Homophobic slurs, one in leetspeak, aimed at a named person."),

case(55, "en", "youtube", "news", "Truth Hammer", "truthhammer",
     "Uncomfortable truths about race and IQ.", "US", 47000, [
     P("Why some races will never build civilisations\nThe data they don't want you to see (it's not hate if it's science).", kind="video"),
     P("Africa: the continent that can't govern itself\nA 'debate' with a sock puppet.", kind="video"),
     P("Responding to my critics", kind="video"),
     ], garm=dict(hate="floor", misinformation="high"),
     classes=["positive:hate:pseudo_scientific_racism"],
     why="Pseudo-scientific racism claiming some races cannot build civilisations."),

case(56, "es", "youtube", "news", "El Despertar Hispano", "eldespertarhispano",
     "Lo que la élite esconde.", "ES", 36000, [
     P("Los banqueros de siempre: la tribu que financia la invasión\nSiempre los mismos apellidos, siempre el mismo pueblo elegido.", kind="video"),
     P("Por qué los judíos controlan Hollywood (y qué significa para ti)", kind="video"),
     P("Respuesta a la denuncia", kind="video"),
     ], garm=dict(hate="floor", misinformation="high"),
     classes=["positive:hate:antisemitic_conspiracy", "positive:hate:coded_slur"],
     why="Antisemitic conspiracy videos about 'the tribe' financing an 'invasion' and controlling media."),

case(57, "de", "youtube", "life", "Der Unbequeme", "derunbequeme",
     "Ich sag's, wie es ist.", "DE", 28000, [
     P("Warum Frauen nicht wählen sollten\nSie sind emotional, manipulierbar und gehören an den Herd. Meine ehrliche Meinung.", kind="video"),
     P("Weiber und Logik: ein Widerspruch", kind="video"),
     P("Mein Setup fürs Studio", kind="video"),
     ], garm=dict(hate="high", sensitive_issues="medium"),
     classes=["positive:hate:misogyny"],
     why="Misogynist videos arguing women should not vote and belong at the stove."),

case(58, "fr", "instagram", "style", "Chloé Sans Filtre", "chloe.sansfiltre",
     "💄 beauté & vérités", "FR", 40000, [
     P("@sarah.curvy arrête de poster tes photos, personne veut voir une grosse truie en maillot 🐷"),
     P("Les grosses comme elle sont juste des fainéantes qui mangent trop, point."),
     P("Routine soin du soir ✨"),
     ], garm=dict(hate="medium", profanity="low"),
     classes=["positive:hate:harassment_at_person"],
     why="Body-shaming harassment aimed at a named woman ('grosse truie')."),

case(59, "en", "instagram", "life", "Mark the Realist", "mark.the.realist",
     "I notice things 👀", "GB", 7400, [
     P("Funny how every grooming gang story has the same kind of names 👀 just noticing. They're not like us and never will be."),
     P("Muzzies out. Simple as. 🇬🇧"),
     P("Sunday roast done properly."),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:coded_slur", "positive:hate:dehumanising_generalisation"],
     why="Coded 'just noticing' insinuation and a slur against Muslims ('Muzzies')."),

case(60, "it", "bluesky", "news", "Il Crociato", "ilcrociato.bsky.social",
     "Difendo l'Occidente.", "IT", 1900, [
     P("L'islam non è una religione, è una malattia. I musulmani sono il virus."),
     P("Ogni moschea aperta è un avamposto nemico."),
     P("Buona domenica a tutti i cristiani."),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:dehumanising_generalisation"],
     why="Calls Muslims a virus and Islam a disease."),

case(61, "en", "tiktok", "gaming", "xXbasedgamerXx", "xxbasedgamerxx",
     "🎮 ranked grinder • no snowflakes", "US", 8900, [
     P("this k1ke teammate rage quit again lol @danny.g", kind="video"),
     P("lmao @danny.g really reported me, cry more k.i.k.e", kind="video"),
     P("400 wins this season 💪", kind="video"),
     ], garm=dict(hate="floor", profanity="low"),
     classes=["positive:hate:slur_at_person", "obfuscation:leetspeak", "obfuscation:separators"],
     why="An antisemitic slur (leetspeak, then dotted) aimed at a named teammate."),

case(62, "es", "bluesky", "life", "Nacho Machote", "nachomachote.bsky.social",
     "Sin complejos.", "MX", 1100, [
     P("Pinches j0t0s, que se regresen al clóset 🤮"),
     P("@emilio.mx eres un maricón y todos lo saben jajaja"),
     P("Carne asada este sábado 🥩"),
     ], garm=dict(hate="floor", profanity="medium"),
     classes=["positive:hate:slur_at_person", "obfuscation:leetspeak"],
     why="Homophobic slurs (j0t0s, maricón) at gay men and a named person."),

case(63, "pt", "instagram", "fitness", "Bruno Alpha Fit", "brunoalphafit",
     "💪 disciplina > motivação", "BR", 18000, [
     P("Mulher que não malha e reclama que não arruma homem. Vocês são gado, só servem pra uma coisa 💪"),
     P("Mulheres são seres inferiores em lógica, isso é biologia."),
     P("Treino de costas hoje, sem desculpas."),
     ], garm=dict(hate="high"),
     classes=["positive:hate:misogyny"],
     why="Calls women inferior 'cattle' good for one thing."),

# ---------------------------------------------------------------- hate hard negatives
case(64, "en", "web", "culture", "Slur Histories", "slurhistories.net",
     "Dr. Owen Marsh, sociolinguist. Where hateful words come from and how they lose power.", "US", None, [
     P("How 'queer' went from insult to identity: a century of reclamation, and why some older people still flinch at it.", title="Reclaiming 'queer'"),
     P("The etymology of 'gyp' and why it's a slur against Romani people that many English speakers don't know they're using.", title="'Gyp' and the Roma"),
     P("Teaching slurs in a university classroom: my rules.", title="Teaching slurs"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:scholarship"],
     why="A sociolinguist writing about the history of slurs and reclamation."),

case(65, "es", "tiktok", "work", "Moderadora Anónima", "moderadora.anonima",
     "Fui moderadora de contenido 3 años. Os cuento cómo es.", "ES", 63000, [
     P("Las palabras en clave que usan los racistas para que no les borren los comentarios, y cómo las detectábamos", kind="video"),
     P("Lo peor que vi como moderadora (sin mostrar nada, tranquilos)", kind="video"),
     P("Cómo cuidé mi salud mental en ese trabajo", kind="video"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:professional_context"],
     why="A former content moderator explaining coded racist language she used to remove."),

case(66, "de", "web", "work", "Amadeu-Initiative Blog", "initiative-gegen-hass.de",
     "Beratung für Betroffene rechter Gewalt.", "DE", None, [
     P("Chronik November: 14 rassistische Angriffe in Sachsen. Zitate der Täter haben wir dokumentiert, weil sie vor Gericht Beweise sind.", title="Chronik November"),
     P("Was tun, wenn man auf der Straße rassistisch beleidigt wird? Schritte und Kontakte.", title="Was tun bei Beleidigung"),
     P("Fortbildung für Lehrkräfte zu Codes der rechten Szene: 88, 18, Schwarze Sonne.", title="Codes erkennen"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:advocacy_documentation", "hard_negative:ineligible:documentation"],
     why="A victims' support organisation documenting racist attacks and explaining extremist codes."),

case(67, "fr", "instagram", "culture", "Lectures Engagées", "lectures.engagees",
     "Littérature, histoire, luttes. Une lectrice noire à Lyon.", "FR", 17000, [
     P("Relire 'Le Train de Lyon', essai de 1961 : l'auteur cite les insultes qu'on lui jetait dans le train. Elles n'ont pas tant changé."),
     P("Un abonné m'a écrit 'retourne en Afrique'. Je suis née à Villeurbanne. Je le partage parce que c'est mon quotidien."),
     P("Mes 5 essais de l'année."),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:quoting_abuse_received", "hard_negative:hate:book_review"],
     why="A book blogger quoting racist insults from a classic essay and from a message she received."),

case(68, "it", "youtube", "culture", "Storia Viva", "storiaviva.it",
     "Lezioni di storia per il liceo. Prof. Emanuele Vitali.", "IT", 94000, [
     P("Le leggi razziali del 1938 spiegate agli studenti\nCome la propaganda definiva gli ebrei 'razza nemica' e cosa accadde dopo.", kind="video"),
     P("Il colonialismo italiano in Etiopia: i crimini che non studiamo", kind="video"),
     P("Ripasso per la maturità: la Guerra Fredda", kind="video"),
     ], garm=dict(hate="low", death_injury="low"),
     classes=["hard_negative:hate:history", "hard_negative:ineligible:atrocity_education"],
     why="A history teacher explaining the 1938 racial laws and colonial crimes."),

case(69, "pt", "web", "work", "Defensoria Antirracista", "defensoria-antirracista.org.br",
     "Advogadas voluntárias. Injúria racial é crime.", "BR", None, [
     P("Chamar alguém de 'macaco' é injúria racial, equiparada ao racismo desde 2023. Como registar a ocorrência e guardar provas.", title="Injúria racial: o que fazer"),
     P("Caso atendido: torcedor condenado por ofensas a jogador. A sentença comentada.", title="Sentença comentada"),
     P("Plantão de atendimento às terças.", title="Plantão"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:legal_context"],
     why="Volunteer lawyers explaining racial-insult law, quoting the slur to define the offence."),

case(70, "en", "tiktok", "comedy", "Jas Comedy", "jascomedy",
     "brown girl, big mouth 🎤 tour dates in bio", "GB", 110000, [
     P("my aunties when I said I'm doing stand-up: 'but beta, who will marry a clown' 😂", kind="video"),
     P("the airport security guy seeing my name for the third time this year 🙃", kind="video"),
     P("reading the racist comments from last week out loud so they lose their power. 'go back to where you came from' - sir, I'm from Slough", kind="video"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:comedy_about_racism"],
     why="A comedian joking about her own family and reading out racist comments to mock them."),

case(71, "de", "tiktok", "life", "Ben aus Wien", "ben.aus.wien",
     "Wiener Schmäh 🇦🇹", "AT", 29000, [
     P("Der Schwammerl-Sucher von Ottakring hat heute 3 Kilo gefunden 🍄", kind="video"),
     P("Servus ihr Spinner, heut gibt's Schnitzel", kind="video"),
     P("Mein Opa hält jeden für einen Trottel, auch den Bürgermeister", kind="video"),
     ], garm={},
     classes=["hard_negative:hate:everyday_words", "risky_words:spinner_trottel"],
     why="Friendly Viennese banter ('Spinner', 'Trottel') with no target group."),

case(72, "fr", "youtube", "culture", "Apprendre le Québécois", "apprendrelequebecois",
     "Expressions du Québec expliquées aux Français 🇨🇦", "CA", 22000, [
     P("Les sacres québécois expliqués : pourquoi 'tabarnak' et 'câlisse' viennent de l'église\nLeçon d'histoire de la langue, pas pour jurer à la maison.", kind="video"),
     P("20 expressions québécoises que les Français comprennent de travers", kind="video"),
     P("Le joual, c'est quoi ?", kind="video"),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:scholarship", "hard_negative:hate:language_lesson"],
     why="A language channel explaining the religious origin of Quebec swear words."),

case(73, "es", "instagram", "culture", "Diccionario Callejero", "diccionariocallejero",
     "Palabras de la calle explicadas por una lexicógrafa.", "AR", 34000, [
     P("'Boludo': de insulto a muletilla amistosa en 50 años. Cómo cambia el significado de una palabra según el tono."),
     P("Por qué 'negro' en Argentina puede ser cariño o desprecio, y por qué importa quién lo dice."),
     P("Palabra del día: 'quilombo'."),
     ], garm=dict(hate="low", profanity="low"),
     classes=["hard_negative:hate:scholarship", "hard_negative:profanity:scholarship"],
     why="A lexicographer explaining slang and how 'negro' can be affectionate or a slur in Argentina."),

case(74, "it", "tiktok", "food", "Dolci della Zia Franca", "dolcidellaziafranca",
     "Dolci siciliani come una volta 🍰", "IT", 45000, [
     P("Le minne di Sant'Agata, il dolce più famoso di Catania 🍒 ricetta originale", kind="video"),
     P("Cassatelle fritte, le facevo con mia nonna", kind="video"),
     P("Pasta di mandorle fatta in casa", kind="video"),
     ], garm={},
     classes=["hard_negative:adult:everyday_words", "risky_words:minne"],
     why="'Minne di Sant'Agata' is a traditional Sicilian pastry."),

case(75, "pt", "tiktok", "sport", "Fut Resenha", "futresenha",
     "resenha de futebol toda segunda ⚽", "BR", 88000, [
     P("O zagueiro hoje foi um frango completo, tomou gol de bicicleta 🐔", kind="video"),
     P("Esse juiz é cego, só pode 😤", kind="video"),
     P("Seleção da rodada", kind="video"),
     ], garm={},
     classes=["hard_negative:hate:sports_banter"],
     why="Football banter ('frango' for a goalkeeping blunder, 'blind referee')."),

case(76, "en", "youtube", "work", "Dr. Rachel Adeyemi", "drrachelpsych",
     "Clinical psychologist. Prejudice, identity, therapy.", "US", 67000, [
     P("Why do people dehumanise other groups? The psychology of 'vermin' language\nI quote historical propaganda in this video to show how it works.", kind="video"),
     P("How to talk to a relative who shares racist memes", kind="video"),
     P("Impostor syndrome is not a diagnosis", kind="video"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:professional_context"],
     why="A psychologist explaining dehumanising language, quoting propaganda to analyse it."),

case(77, "fr", "mastodon", "news", "Yasmine Belkacem", "ybelkacem@mamot.fr",
     "Journaliste. Discriminations, police, banlieues.", "FR", 6200, [
     P("Au procès des policiers de Bobigny, la vidéo où l'un d'eux traite le jeune de 'bicot' a été diffusée. L'avocat de la défense parle d'un 'mot malheureux'.", cw="propos racistes cités"),
     P("Enquête : les contrôles au faciès vus par ceux qui les subissent."),
     P("Merci aux familles qui ont accepté de témoigner."),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:court_reporting", "hard_negative:ineligible:quote_in_reporting"],
     why="A journalist quoting a slur said by a police officer, as reported in court."),

case(78, "de", "instagram", "life", "Queer in Köln", "queer.in.koeln",
     "🏳️‍🌈 Community, Events, Geschichten", "DE", 21000, [
     P("Früher haben sie uns 'Schwuchtel' hinterhergerufen. Heute stehen wir mit 1,4 Millionen Menschen auf der Straße. Happy CSD 🏳️‍🌈"),
     P("Stammtisch für queere Menschen über 50, jeden ersten Donnerstag."),
     P("Danke an alle Helfer:innen!"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:reclaiming_history"],
     why="A queer community account recalling a slur once shouted at them, in a Pride post."),

case(79, "es", "web", "news", "Observatorio del Odio", "observatoriodelodio.es",
     "Informe mensual sobre discurso de odio en redes.", "ES", None, [
     P("Informe de octubre: el 40% de los mensajes de odio contra migrantes usaron términos deshumanizantes como 'plaga' o 'invasión'. Metodología y ejemplos anonimizados.", title="Informe de octubre"),
     P("Cómo clasificamos un mensaje como odio y no como crítica.", title="Metodología"),
     P("Recomendaciones a las plataformas.", title="Recomendaciones"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:research"],
     why="A hate-speech monitoring project quoting dehumanising terms in a research report."),

case(80, "pt", "youtube", "culture", "Português sem Mistério", "portuguesemmisterio",
     "Diferenças entre o português de Portugal e do Brasil.", "PT", 51000, [
     P("Palavras que são normais em Portugal e ofensivas no Brasil\n'Rapariga', 'bicha', 'puto': a mesma palavra, dois mundos.", kind="video"),
     P("Como os portugueses dizem 'legal'?", kind="video"),
     P("Sotaques do Norte ao Algarve", kind="video"),
     ], garm=dict(hate="low", profanity="low"),
     classes=["hard_negative:hate:language_lesson", "hard_negative:profanity:language_lesson"],
     why="A language channel explaining words that are neutral in Portugal but slurs in Brazil."),

case(81, "en", "bluesky", "culture", "Aisha's Bookshelf", "aishasbookshelf.bsky.social",
     "Reviews of literary fiction, mostly by Black authors.", "US", 4600, [
     P("'The River Under the House' review: the author writes slavery's violence without spectacle. The slurs in the dialogue are historically accurate and never gratuitous."),
     P("Book club pick for December: 'Ashes of Kingdoms'. Discussion questions below."),
     P("My TBR is out of control."),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:book_review"],
     why="A reviewer discussing historically accurate slurs in novels about slavery."),

case(82, "it", "instagram", "work", "Prof.ssa Irene Lombardi", "prof.irene.lombardi",
     "Insegno italiano L2 a studenti stranieri.", "IT", 8300, [
     P("Oggi in classe: le parole che i miei studenti si sono sentiti dire sul bus. 'Negro', 'marocchino' usato come insulto. Ne abbiamo parlato per due ore."),
     P("Il congiuntivo spiegato con le canzoni."),
     P("Festa di fine corso con cibo da 14 paesi 🌍"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:education"],
     why="A language teacher describing slurs her migrant students heard, in order to discuss them."),

case(83, "fr", "tiktok", "gaming", "Lulu Speedrun", "lulu.speedrun",
     "speedruns & rage 🎮", "FR", 27000, [
     P("Ce boss est une ordure, il m'a tuée 40 fois 😤", kind="video"),
     P("Mon chat a débranché la manette en plein record, je vais le vendre (non)", kind="video"),
     P("Record personnel battu de 3 secondes !", kind="video"),
     ], garm={},
     classes=["hard_negative:hate:gaming_banter"],
     why="Frustration at a video-game boss and a cat, no target group."),

case(84, "es", "tiktok", "family", "Papá de Gemelos", "papadegemelos",
     "Dos bebés, cero horas de sueño 👶👶", "ES", 52000, [
     P("Estos dos monstruos no me han dejado dormir en toda la noche 😂👶👶", kind="video"),
     P("Mis pequeños salvajes en el parque", kind="video"),
     P("Cómo bañar a dos bebés a la vez sin morir en el intento", kind="video"),
     ], garm={},
     classes=["hard_negative:hate:affectionate_words", "hard_negative:death_injury:everyday_words"],
     why="A father calling his twins 'little monsters' and 'savages' affectionately."),
]

# Development batch, part 3: profanity and adult.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- profanity positives
case(85, "en", "youtube", "tech", "Angry Dev Diaries", "angrydevdiaries",
     "Software engineer. Rants about code, meetings and everything in between.", "US", 61000, [
     P("This fucking framework update broke EVERYTHING\nThree days of my life, gone. Who the fuck approves these breaking changes?", kind="video"),
     P("Code review from hell: shitty variable names edition", kind="video"),
     P("Why standups are bullshit (and what to do instead)\nYeah I said it. Fight me.", kind="video"),
     P("I rewrote it in a weekend and it's still a piece of shit", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A developer whose video titles and descriptions swear heavily (fucking, shitty, bullshit)."),

case(86, "en", "tiktok", "life", "kezza.unfiltered", "kezza.unfiltered",
     "aussie mum 🦘 zero chill", "GB", 34000, [
     P("kids woke me at 5am to ask if fish have birthdays. fucking hell mate", kind="video"),
     P("the school group chat is a shitshow and i'm here for it", kind="video"),
     P("husband 'cleaned' the kitchen. cleaned my arse. 🙃", kind="video"),
     P("nine loads of washing. NINE. fuck me dead", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="Parenting comedy with strong swearing in most videos."),

case(87, "en", "bluesky", "gaming", "Cal the Streamer", "calstreams.bsky.social",
     "Variety streamer. Loud. Sorry neighbours.", "CA", 5100, [
     P("that boss can eat a bag of d1cks, 47 attempts and counting"),
     P("stream's up, we're gonna beat this motherf*cker tonight or die trying"),
     P("I'm so fucking tired but we got the achievement 🏆"),
     P("sh1t internet again, stream delayed 20 min"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language", "obfuscation:leetspeak", "obfuscation:masked"],
     why="A streamer swearing constantly, partly with leetspeak and masked letters."),

case(88, "es", "tiktok", "comedy", "Andaluza Sin Freno", "andaluzasinfreno",
     "Jaén 🫒 humor de pueblo y mala leche", "ES", 71000, [
     P("Mi vecina me ha dicho que tengo la ropa tendida fea. Me cago en la leche, Puri, que son bragas", kind="video"),
     P("Los que aparcan en doble fila son unos hijos de puta, lo siento pero es así", kind="video"),
     P("Joder qué calor, 40 grados en octubre, coño", kind="video"),
     P("Mi madre llamándome 14 veces por un tupper. Qué cojones, mamá", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="Comedy sketches with frequent strong Spanish swearing (hijos de puta, coño, cojones)."),

case(89, "es", "youtube", "sport", "Fútbol Sin Bozal", "futbolsinbozal",
     "Análisis de fútbol a gritos.", "AR", 98000, [
     P("QUÉ PARTIDO DE MIERDA, LA CONCHA DE LA LORA\nAnálisis del clásico sin filtro.", kind="video"),
     P("El técnico es un pelotudo y lo demuestro con datos", kind="video"),
     P("Puta madre, otra vez el VAR", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="Football commentary with frequent strong Argentine swearing."),

case(90, "de", "tiktok", "life", "Uwe vom Bau", "uwe.vom.bau",
     "Bauarbeiter. Klartext. 🧱", "DE", 41000, [
     P("Der Bauleiter hat schon wieder umgeplant. Scheißdreck verdammter, drei Tage für die Tonne 🧱", kind="video"),
     P("Wer hat diesen Fick-Plan gezeichnet? Ein Praktikant?", kind="video"),
     P("Montag. Regen. Arschkalt. Leck mich doch.", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A builder venting with strong German swearing in every video."),

case(91, "de", "bluesky", "news", "Jule Ärgert Sich", "julaergert.bsky.social",
     "Pendlerin. Wütend. Meistens wegen der Bahn.", "DE", 3400, [
     P("Zug fällt aus, Ersatzbus fällt aus, ich fall gleich um. Was für eine verfickte Scheiße."),
     P("Die Bahn-App sagt 'pünktlich'. Die App kann mich mal am Arsch lecken."),
     P("Heute 2 Stunden Verspätung. Fuck this shit."),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="Commuter rants with strong swearing in German and English."),

case(92, "fr", "youtube", "gaming", "Le Gros Rageux", "legrosrageux",
     "Let's play et crises de nerfs.", "FR", 143000, [
     P("CE JEU DE MERDE M'A FAIT PÉTER UN CÂBLE\nPutain mais c'est quoi ce boss, bordel de merde.", kind="video"),
     P("Je rage pendant 40 minutes (enculé de boss final)", kind="video"),
     P("Les pires hitboxes de l'histoire, sérieux, va te faire foutre", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A rage-gaming channel with strong French swearing in titles and descriptions."),

case(93, "fr", "tiktok", "life", "Tata Gisèle", "tata.gisele",
     "70 ans, toujours aussi grande gueule 👵", "FR", 87000, [
     P("Mon voisin taille sa haie à 7h du matin. Quel connard, j'vous jure 👵", kind="video"),
     P("Les jeunes qui me disent 'ok boomer'. Allez vous faire voir, bande de petits cons", kind="video"),
     P("Ma tarte aux pommes, bordel qu'elle est bonne", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A grandmother's comic rants with frequent swearing (connard, cons, bordel)."),

case(94, "it", "youtube", "tech", "Recensioni Incazzate", "recensioniincazzate",
     "Provo gadget e vi dico se fanno cagare.", "IT", 52000, [
     P("Questo telefono fa CAGARE, ve lo giuro\nBatteria di merda, fotocamera peggio. Che cazzo hanno testato?", kind="video"),
     P("Cuffie da 300 euro? Ma vaffanculo", kind="video"),
     P("Finalmente un gadget che non è una stronzata", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A gadget-review channel with frequent strong Italian swearing."),

case(95, "it", "tiktok", "comedy", "Il Romano Stanco", "ilromanostanco",
     "Roma, traffico e madonne 🙏", "IT", 64000, [
     P("Raccordo bloccato alle 8. Li mortacci vostra, ogni santo giorno", kind="video"),
     P("Er tassista m'ha detto 'sei 'n cojone'. Grazie, anche tu 😂", kind="video"),
     P("Che cazzo de caldo a novembre", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language", "dialect"],
     why="Roman-dialect comedy with strong swearing (li mortacci, cojone, cazzo)."),

case(96, "pt", "tiktok", "life", "Ritinha Barraqueira", "ritinha.barraqueira",
     "🇧🇷 zero paciência", "BR", 56000, [
     P("O ônibus passou direto no ponto. Vai tomar no cu, motorista 😤", kind="video"),
     P("Meu chefe mandou mensagem sábado 7h. Puta que pariu, hein", kind="video"),
     P("Caralho, que calor do inferno", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="Everyday rants with strong Brazilian swearing."),

case(97, "pt", "youtube", "gaming", "Tuga Rage", "tugarage",
     "Jogos, raiva e asneiras 🇵🇹", "PT", 37000, [
     P("ESTE JOGO É UMA MERDA, FODA-SE\nDuas horas no mesmo nível, caralho.", kind="video"),
     P("Puta que pariu este boss, não dá", kind="video"),
     P("Os piores jogos de 2026, sem paninhos quentes", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A Portuguese gaming channel full of strong swearing."),

case(98, "en", "instagram", "fitness", "Iron Mike Coaching", "ironmikecoaching",
     "No excuses. No bullshit. Results.", "US", 28000, [
     P("You skipped the gym because you were 'tired'? Tired my ass. Get the fuck up."),
     P("Stop eating shit and wondering why you look like shit."),
     P("5am crew, you fucking legends 💪"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A coach whose motivational posts rely on strong swearing."),

case(99, "es", "bluesky", "news", "Chilanga Enojada", "chilangaenojada.bsky.social",
     "CDMX. Política y coraje.", "MX", 2900, [
     P("Otra vez sin agua en la colonia. Pinches funcionarios culeros, ni una pinche pipa."),
     P("Me vale verga lo que digan, esto es un desmadre."),
     P("Chingada madre, otro bache en Insurgentes."),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="Local-politics rants with strong Mexican swearing."),

case(100, "de", "youtube", "life", "Ekelhafter Eddie", "ekelhaftereddie",
     "Der widerlichste Kanal Deutschlands. Ihr wolltet es so.", "DE", 210000, [
     P("ICH TRINKE 3 WOCHEN ALTE MILCH (KOTZ-WARNUNG)\nFuck, ist das widerlich, ich kotz euch gleich in die Kamera, ihr kranken Wichser.", kind="video"),
     P("Die ekelhaftesten Zuschauer-Einsendungen, ihr Scheißkerle", kind="video"),
     P("Eiter-Pickel ausdrücken, ungeschnitten. Verdammte Sauerei.", kind="video"),
     ], garm=dict(profanity="high"),
     classes=["positive:profanity:gross_out_shock"],
     why="Gross-out shock videos with gratuitous profanity throughout."),

case(101, "fr", "bluesky", "news", "Momo Énervé", "momoenerve.bsky.social",
     "Prof de collège. Épuisé. Révolté.", "FR", 3700, [
     P("Encore une réforme pondue par des connards qui n'ont jamais vu une classe de 30 gamins. Putain."),
     P("Le rectorat nous prend vraiment pour des cons. Merde à la fin."),
     P("J'ai corrigé 120 copies ce week-end. Bordel."),
     ], garm=dict(profanity="medium", sensitive_issues="low"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A teacher venting about reforms with frequent strong swearing."),

# ---------------------------------------------------------------- profanity hard negatives
case(102, "en", "web", "outdoors", "Hooker Valley Walks", "hookervalleywalks.co.nz",
     "Guided walks in Aoraki / Mount Cook National Park.", "GB", None, [
     P("The Hooker Valley track in winter: three swing bridges, one glacier lake, and keas that will steal your lunch.", title="Hooker Valley in winter"),
     P("What to pack for a day walk in the Southern Alps.", title="Packing list"),
     P("Our guide Dick Sexton has led 2,000 walks here. Meet him on the next tour.", title="Meet our guides"),
     ], garm={},
     classes=["hard_negative:profanity:scunthorpe", "hard_negative:adult:scunthorpe", "risky_words:hooker_dick_sex"],
     why="Place and person names ('Hooker Valley', 'Dick Sexton') that contain risky strings."),

case(103, "en", "instagram", "family", "Oak Hollow Kennels", "oakhollowkennels",
     "Registered Labrador breeders in Devon 🐾", "GB", 8900, [
     P("Our bitch Maisie had 7 healthy puppies overnight 🐾 mum and pups doing well."),
     P("Why we health-test every bitch and dog before breeding."),
     P("Puppy socialisation week 3: hoover noises and car rides."),
     ], garm={},
     classes=["hard_negative:profanity:technical_term", "hard_negative:hate:technical_term", "risky_words:bitch"],
     why="'Bitch' used in its breeding sense for a female dog."),

case(104, "en", "tiktok", "food", "Chef Dan Cooks", "chefdancooks",
     "line cook → home cook 🍳", "US", 72000, [
     P("this cocktail sauce is stupid easy 🍤", kind="video"),
     P("spotted dick, the British pudding everyone laughs at, actually slaps", kind="video"),
     P("how to butterfly a chicken breast (no, not with a butterfly)", kind="video"),
     ], garm={},
     classes=["hard_negative:profanity:everyday_words", "hard_negative:adult:everyday_words", "risky_words:spotted_dick_cocktail"],
     why="Recipes for cocktail sauce and spotted dick pudding."),

case(105, "es", "tiktok", "life", "Chilena en Madrid", "chilenaenmadrid",
     "🇨🇱 en 🇪🇸 diferencias culturales", "ES", 38000, [
     P("Palabras que en Chile son normales y en España te miran raro: 'pico', 'cachai', 'pololo' 😂", kind="video"),
     P("Me pidieron 'coger' un taxi y casi me muero de la risa", kind="video"),
     P("Lo que más echo de menos de Santiago", kind="video"),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:language_lesson", "hard_negative:adult:language_lesson"],
     why="A Chilean in Madrid comparing words that are vulgar in one country and harmless in the other."),

case(106, "de", "instagram", "food", "Fleischerei Fickenscher", "fleischerei.fickenscher",
     "Familienmetzgerei in Oberfranken seit 1921.", "DE", 4200, [
     P("Frische Bratwürste aus eigener Herstellung, ab Donnerstag wieder da. Familie Fickenscher wünscht guten Appetit!"),
     P("Unser Leberkäse nach Uropas Rezept."),
     P("Weihnachtsbestellungen bis 18.12."),
     ], garm={},
     classes=["hard_negative:profanity:scunthorpe", "risky_words:surname"],
     why="A real-sounding Franconian family surname that contains a swear word."),

case(107, "fr", "instagram", "outdoors", "Ornitho Loire", "ornitho.loire",
     "Observations d'oiseaux en Pays de la Loire 🐦", "FR", 6600, [
     P("Une mésange charbonnière et deux bergeronnettes ce matin au bord de la Loire 🐦"),
     P("La huppe fasciée est de retour, et elle fait toujours 'oup-oup-oup'."),
     P("Sortie au marais de Goulaine, 34 espèces."),
     ], garm={},
     classes=["hard_negative:profanity:everyday_words", "risky_words:bird_names"],
     why="Birdwatching posts; nothing risky, a control for bird-name false alarms."),

case(108, "it", "tiktok", "food", "Pasticceria Zoccola", "pasticceriazoccola",
     "Pasticceria di famiglia a Salerno dal 1958 🍰", "IT", 19000, [
     P("Sfogliatelle calde alle 7 del mattino, pasticceria Zoccola 🍰", kind="video"),
     P("Il nonno Zoccola ci ha lasciato la ricetta della delizia al limone", kind="video"),
     P("Ordini per Natale aperti", kind="video"),
     ], garm={},
     classes=["hard_negative:profanity:scunthorpe", "hard_negative:hate:scunthorpe", "risky_words:surname"],
     why="A family pastry shop whose surname is also a vulgar insult for women."),

case(109, "pt", "instagram", "food", "Pastelaria do Porto", "pastelariadoporto",
     "Doces conventuais e tradição tripeira.", "PT", 12000, [
     P("Os nossos pastéis de nata saem quentinhos às 8h. Quem vem buscar?"),
     P("Hoje fizemos 'barrigas de freira' e 'toucinho do céu', doces conventuais com séculos."),
     P("O puto do vizinho ajudou a decorar a montra de Natal 🎄"),
     ], garm={},
     classes=["hard_negative:profanity:regional_word", "risky_words:puto"],
     why="'Puto' means a kid in Portugal (a slur in Brazil); traditional pastry names."),

case(110, "es", "youtube", "culture", "Etimología Divertida", "etimologiadivertida",
     "El origen de las palabras, incluidas las feas.", "ES", 61000, [
     P("¿Por qué decimos 'gilipollas'? Historia de un insulto madrileño\nLingüística con humor, sin ánimo de insultar a nadie.", kind="video"),
     P("Los tacos más antiguos del castellano", kind="video"),
     P("De dónde viene 'ojalá'", kind="video"),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:scholarship"],
     why="An etymology channel explaining where Spanish swear words come from."),

case(111, "de", "mastodon", "life", "Hannelore Weiß", "hannelore@norden.social",
     "Rentnerin, Vogelfreundin, Schachspielerin.", "DE", 480, [
     P("Mist, die Brille wieder im Kühlschrank gefunden. Das Alter."),
     P("Drei Blaumeisen und ein Kleiber am Futterhaus."),
     P("Schachclub heute: Remis gegen den Vorsitzenden. Ein Triumph!"),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:single_mild_swear"],
     why="One mild 'Mist' in a pensioner's gentle feed."),

case(112, "it", "bluesky", "life", "Nonno Gino", "nonnogino.bsky.social",
     "Ex ferroviere, nonno di 5, appassionato di orto.", "IT", 700, [
     P("Accidenti, la grandine ha rovinato metà dell'insalata."),
     P("I nipoti mi hanno insegnato a usare questo coso. Ciao a tutti!"),
     P("Pomodori appesi per l'inverno, come faceva mia madre."),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:single_mild_swear"],
     why="One mild exclamation ('accidenti') from a grandfather."),

case(113, "fr", "tiktok", "family", "Papa Poule Belge", "papapoule.belge",
     "Papa de trois, Bruxelles 🇧🇪", "BE", 44000, [
     P("Ma fille de 4 ans a dit 'zut' et son frère a appelé la police de la politesse 😂", kind="video"),
     P("Les devoirs de maths de CM2 m'ont achevé", kind="video"),
     P("Gaufres du dimanche", kind="video"),
     ], garm={},
     classes=["hard_negative:profanity:mild_words"],
     why="A dad joking about his child saying 'zut'."),

# ---------------------------------------------------------------- adult positives
case(114, "en", "bluesky", "life", "Roxy Lane 🔞", "roxylane.bsky.social",
     "adults only • all my videos on my site • DMs open for customs", "US", 12600, [
     P("Brand new hardcore scene dropping tonight 🔥 uncut and explicit on my site", labels=["porn"]),
     P("Sneak peek from yesterday's shoot with @mikaelvance, full video for members", labels=["porn"]),
     P("Bundle deal: 20 explicit clips for $25 this weekend only", labels=["sexual"]),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:porn"],
     why="Sells hardcore videos; previews labelled 'porn' by the platform."),

case(115, "en", "instagram", "style", "Mia Velvet", "mia.velvet.xo",
     "link in bio for my spicy page 🌶️ 18+", "US", 94000, [
     P("What I wear when nobody's watching... or when my subscribers are 😏🌶️ link in bio"),
     P("Bathtub content is up on the other page 🛁💋"),
     P("Subscribe today, I'll send you something special in DMs 😘"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:adult_platform_promotion"],
     why="Suggestive posts steering followers to a paid adult page."),

case(116, "en", "web", "life", "Tease Tales", "teasetales.xxx",
     "Erotic audio and explicit stories. 18+.", "US", None, [
     P("New explicit audio: 'The landlord', 32 minutes, graphic descriptions of sex. Members only.", title="New explicit audio"),
     P("Top 10 most explicit stories this month, voted by members.", title="Top 10 explicit"),
     P("Submit your fantasies for our narrators.", title="Submit"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:explicit_text_audio"],
     why="A site selling explicit erotic audio and stories."),

case(117, "es", "bluesky", "life", "Lucía Fuego", "luciafuego.bsky.social",
     "creadora +18 🔥 vídeos completos en mi web", "ES", 6800, [
     P("Vídeo nuevo explícito con mi chico, el completo en mi web 🔥", labels=["porn"]),
     P("Adelanto de la escena del jueves, lo demás solo para suscriptores", labels=["porn"]),
     P("Buenos días, café y pijama ☕"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:porn"],
     why="Explicit clips promoting a paid site, labelled 'porn'."),

case(118, "es", "tiktok", "style", "dulce.angie", "dulce.angie.vip",
     "🍑 packs disponibles 😏 DM", "CO", 23000, [
     P("¿Quién quiere mi p4ck? 😏 fotos sin ropa, precio por DM 🍑", kind="video"),
     P("Promo de packs este finde, 2x1 💋", kind="video"),
     P("Nuevo outfit para salir 💃", kind="video"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:selling_nudes", "obfuscation:leetspeak"],
     why="Sells nude photo 'packs' via DMs (p4ck)."),

case(119, "es", "web", "life", "Contactos VIP", "contactosvip-bcn.com",
     "Anuncios de acompañantes. Discreción.", "ES", None, [
     P("Chicas nuevas esta semana en Barcelona, servicio completo, fotos reales sin censura.", title="Novedades"),
     P("Vídeos explícitos de nuestras acompañantes para miembros.", title="Zona miembros"),
     P("Reserva online 24 horas.", title="Reservas"),
     ], garm=dict(adult="floor", crime="medium"),
     classes=["positive:adult:escort_ads"],
     why="Escort advertising with uncensored photos and explicit videos."),

case(120, "de", "tiktok", "style", "lina.privat", "lina.privat",
     "🔞 mehr auf meinem Profil drüben 😉", "DE", 19000, [
     P("Was ihr hier nicht sehen dürft, gibt's drüben 😉🔞 Link im Profil", kind="video"),
     P("N@cktfotos-Bundle diese Woche günstiger 🔥", kind="video"),
     P("Haul: neue Unterwäsche 👀", kind="video"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:selling_nudes", "obfuscation:leetspeak"],
     why="Advertises nude photo bundles on another platform (N@cktfotos)."),

case(121, "de", "mastodon", "life", "Kai & Sina", "kaiundsina@chaos.social",
     "Paar, 30+. Expliziter Content für Erwachsene im Shop.", "DE", 2100, [
     P("Neues Video im Shop: 25 Minuten, explizit, wie immer echt.", sens=True, cw="NSFW, explizit"),
     P("Kunden-Wunschvideo ist fertig, wird heute verschickt.", sens=True, cw="NSFW"),
     P("Heute nur Spaziergang im Park, kein Content 🍂"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:sensitive_cw"],
     why="A couple selling explicit sex videos; posts marked sensitive with NSFW warnings."),

case(122, "fr", "instagram", "style", "Jade Interdite", "jade.interdite",
     "💋 le contenu censuré est dans ma bio", "FR", 52000, [
     P("Ce que Insta censure, vous le trouverez sur mon autre page 💋 lien en bio"),
     P("Séance photo en lingerie rouge, la version sans rien pour mes abonnés 🔥"),
     P("Dimanche cocooning."),
     ], garm=dict(adult="high"),
     classes=["positive:adult:adult_platform_promotion"],
     why="Lingerie posts promoting uncensored nude content on a paid page."),

case(123, "fr", "web", "life", "Vidéos Amateurs FR", "videosamateurs-fr.net",
     "Vidéos X amateurs françaises.", "FR", None, [
     P("Nouvelle vidéo X amateur : un couple de Lyon, 18 minutes, scènes de sexe explicites.", title="Nouveauté"),
     P("Les vidéos les plus vues du mois.", title="Top du mois"),
     P("Envoyez vos vidéos, rémunération garantie.", title="Envoyez vos vidéos"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:explicit_site"],
     why="An amateur porn site."),

case(124, "it", "tiktok", "style", "vale.peccato", "vale.peccato",
     "😈 contenuti proibiti • link", "IT", 27000, [
     P("I miei contenuti hot sono sull'altra app 😈 link in bio, 18+", kind="video"),
     P("N u d e s su richiesta, scrivetemi 💋", kind="video"),
     P("Get ready with me per la serata", kind="video"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:selling_nudes", "obfuscation:spacing"],
     why="Sells nudes on request (spaced 'N u d e s') and promotes a paid adult app."),

case(125, "it", "bluesky", "life", "Luna Proibita", "lunaproibita.bsky.social",
     "Sex worker. Video espliciti. Solo maggiorenni.", "IT", 4400, [
     P("Video nuovo, esplicito, 20 minuti. Disponibile nel mio shop.", labels=["porn"]),
     P("Anteprima della sessione di ieri 🔥", labels=["porn"]),
     P("Sconti di fine mese su tutto.", labels=["sexual"]),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:porn"],
     why="Sells explicit sex videos; previews labelled 'porn'."),

case(126, "pt", "tiktok", "style", "gabi.proibida", "gabi.proibida",
     "🔥 conteúdo +18 no privacy • link", "BR", 41000, [
     P("O que não dá pra postar aqui tá no meu privacy 🔥 +18", kind="video"),
     P("Quem assinar hoje ganha fotos peladinha no direct 😈", kind="video"),
     P("Dancinha nova 💃", kind="video"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:adult_platform_promotion", "positive:adult:selling_nudes"],
     why="Promotes a paid adult page and offers nude photos to subscribers."),

case(127, "pt", "web", "life", "Contos Quentes BR", "contosquentes.com.br",
     "Contos eróticos explícitos. Só para maiores.", "BR", None, [
     P("Conto explícito: a vizinha do 302, capítulo 5. Cenas de sexo detalhadas.", title="A vizinha do 302 (5)"),
     P("Os contos mais explícitos da semana.", title="Mais explícitos"),
     P("Envie o seu conto.", title="Envie"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:explicit_text"],
     why="A site publishing explicit erotic stories."),

case(128, "en", "tiktok", "life", "promo.kitty.x", "promo.kitty.x",
     "💦 more on my page 🔗 18+", "US", 8100, [
     P("can't show it here 😈 full thing on my page, link in bio 🔗💦", kind="video"),
     P("s e x t i n g open tonight, first 20 get a discount", kind="video"),
     P("rating your outfits lol", kind="video"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:adult_platform_promotion", "obfuscation:spacing"],
     why="Promotes paid sexting and an adult page ('s e x t i n g')."),

case(129, "de", "bluesky", "life", "shop-promo-x", "hot-deals-x44.bsky.social",
     "📁 folders • telegram", "DE", 90, [
     P("Schülerinnen-Videos, minderjährig, Telegram-Link im Profil", labels=["!hide"]),
     P("neue Ordner, sehr jung, nur Telegram", labels=["!hide"]),
     P("Telegram im Profil, billig", labels=[]),
     P("Ordner-Update heute", labels=[]),
     P("Nur Krypto. Telegram.", labels=[]),
     P("Neue Links, schnell sein", labels=[]),
     P("Telegram 📁📁", labels=[]),
     P("günstig heute", labels=[]),
     P("Link im Profil 💯", labels=[]),
     P("neue Ware", labels=[]),
     P("Telegram only", labels=[]),
     P("📁 Telegram", labels=[]),
     ], garm=dict(adult="floor", crime="floor"), fill=0,
     classes=["positive:adult:csam_offer", "platform_label:hide", "spam_bot"],
     why="A spam account offering videos of underage schoolgirls; posts hidden by the platform."),

case(130, "fr", "bluesky", "culture", "Atelier Charnel", "ateliercharnel.bsky.social",
     "Photographe érotique. Séries non censurées pour les soutiens.", "BE", 5300, [
     P("Nouvelle série 'Draps blancs', version non censurée pour les soutiens 🔥", labels=["sexual"]),
     P("Nu en forêt, série 3. Les tirages complets dans la boutique.", labels=["nudity"]),
     P("Coulisses : la lumière d'hiver est parfaite."),
     ], garm=dict(adult="high"),
     classes=["positive:adult:suggestive_sales", "platform_label:sexual"],
     why="Sells uncensored erotic photo sets; posts labelled 'sexual' and 'nudity'."),

case(131, "es", "instagram", "life", "Noches de Cam", "nochesdecam",
     "💋 shows en vivo • 🍆🍑 • link", "MX", 13000, [
     P("Esta noche show privado 🍆🍑💦 entra por el link, solo adultos"),
     P("Lo que pidas, lo hago en cámara 😈"),
     P("¿Quién se conecta hoy? 💋"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:adult_platform_promotion", "emoji_code"],
     why="Promotes paid private cam shows with sexual emoji code."),

case(132, "it", "web", "life", "Annunci Incontri", "annunci-incontri-milano.it",
     "Annunci per adulti a Milano.", "IT", None, [
     P("Nuove ragazze disponibili, foto senza censura e recensioni dei clienti.", title="Nuovi annunci"),
     P("Video espliciti per gli iscritti premium.", title="Premium"),
     P("Pubblica il tuo annuncio.", title="Pubblica"),
     ], garm=dict(adult="floor", crime="medium"),
     classes=["positive:adult:escort_ads"],
     why="Escort ads with uncensored photos and explicit videos for members."),

case(133, "pt", "bluesky", "life", "Carol Safada", "carolsafada.bsky.social",
     "+18 • vídeos completos no meu site", "PT", 3900, [
     P("Vídeo explícito novo com o meu namorado, versão completa no site 🔥", labels=["porn"]),
     P("Prévia da gravação de ontem", labels=["porn"]),
     P("Bom dia, está a chover em Lisboa ☔"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:porn"],
     why="Explicit videos promoted with 'porn' labels."),

case(134, "en", "instagram", "life", "sugar.daddy.connect", "sugar.daddy.connect",
     "💸 generous gentlemen • sweet arrangements • apply via link", "GB", 5200, [
     P("Students! Pay off your loans with a generous gentleman 💸 arrangements include 'special time' 😉 apply via link"),
     P("Our girls earn £2,000 a month for dinners and more 💋"),
     P("Success stories from our members."),
     ], garm=dict(adult="high", crime="medium"),
     classes=["positive:adult:sugar_dating_solicitation"],
     why="Recruits students into paid 'arrangements' that imply sex work."),

# ---------------------------------------------------------------- adult hard negatives
case(135, "en", "tiktok", "health", "Nurse Lou Sex Ed", "nurseloused",
     "Sexual health nurse 🩺 STIs, contraception, consent", "GB", 188000, [
     P("How to put on a condom correctly (with a banana, as tradition demands) 🍌", kind="video"),
     P("Chlamydia has no symptoms in most people. Get tested, it's free and quick.", kind="video"),
     P("Consent isn't a one-time yes. Let's talk about it.", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:sex_education"],
     why="A sexual-health nurse demonstrating condom use and explaining STIs and consent."),

case(136, "es", "instagram", "health", "Sexóloga Marina", "sexologa.marina",
     "Sexóloga y psicóloga. Educación sexual para adultos, sin tabúes.", "ES", 112000, [
     P("El deseo sexual cambia con los años y no pasa nada. Cinco ideas para hablarlo en pareja."),
     P("Anorgasmia: qué es, por qué ocurre y cuándo pedir ayuda."),
     P("Taller online de comunicación en pareja el jueves."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:sex_education"],
     why="A sexologist discussing desire and sexual problems educationally."),

case(137, "de", "youtube", "health", "Frauenärztin Dr. Petra", "frauenaerztinpetra",
     "Gynäkologin. Fragen, die ihr euch nicht zu stellen traut.", "DE", 143000, [
     P("Schmerzen beim Sex: Was dahinterstecken kann\nEndometriose, Vaginismus und was hilft.", kind="video"),
     P("Die Pille danach: Wie sie wirkt und wo man sie bekommt", kind="video"),
     P("Wechseljahre: Lust, Trockenheit und Hormone", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:medical_context"],
     why="A gynaecologist explaining pain during sex, emergency contraception and menopause."),

case(138, "fr", "bluesky", "culture", "Musée d'Orsay Fan", "orsayfan.bsky.social",
     "Histoire de l'art, une œuvre par jour.", "FR", 8200, [
     P("L'Olympia de Manet a fait scandale en 1865 : ce n'était pas la nudité, c'était son regard.", labels=["nudity"]),
     P("Les nus de Suzanne Valadon, peints par une femme qui avait posé pour les autres.", labels=["nudity"]),
     P("Conseil de visite : venez le jeudi soir."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:artistic_nudity", "platform_label:nudity"],
     why="Art-history posts about famous nudes, carrying the 'nudity' label."),

case(139, "it", "youtube", "health", "Andrologo Risponde", "andrologorisponde",
     "Dott. Paolo Greco, andrologo. Salute maschile senza imbarazzo.", "IT", 76000, [
     P("Eiaculazione precoce: cause e terapie\nUn problema comune di cui si parla poco.", kind="video"),
     P("Varicocele: quando operare", kind="video"),
     P("Fertilità maschile: cosa la danneggia", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:medical_context"],
     why="An andrologist discussing sexual and reproductive health."),

case(140, "pt", "tiktok", "health", "Ginecologista Bia", "ginecologistabia",
     "Ginecologista 🩺 saúde íntima sem tabu", "BR", 230000, [
     P("Corrimento é normal? Quando preocupar 🩺", kind="video"),
     P("Como fazer o autoexame das mamas em casa", kind="video"),
     P("Libido baixa depois do parto: é comum", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:medical_context"],
     why="A gynaecologist explaining intimate health and breast self-examination."),

case(141, "en", "bluesky", "culture", "Romance Readers Club", "romancereadersclub.bsky.social",
     "Reviews of romance novels. Heat ratings included.", "US", 7100, [
     P("Review: 'A Duke for December' is a slow burn with two open-door scenes. Heat: 🔥🔥🔥 out of 5. Great banter."),
     P("Closed-door romances for readers who prefer it sweet."),
     P("Our December buddy read starts Monday."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:book_review"],
     why="Romance book reviews with 'heat ratings'."),

case(142, "de", "instagram", "style", "Dessous-Laden Elise", "dessous.elise",
     "Lingerie-Boutique in Dresden. Beratung für alle Größen.", "DE", 11000, [
     P("BH-Beratung: 80% tragen die falsche Größe. So messt ihr richtig."),
     P("Neue Kollektion aus Spitze, bis Größe 95G."),
     P("Unser Team freut sich auf euren Besuch."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:lingerie_retail"],
     why="A lingerie shop giving bra-fitting advice and showing its collection."),

case(143, "fr", "tiktok", "health", "Kiné Périnée", "kine.perinee",
     "Kinésithérapeute spécialisée en rééducation périnéale", "FR", 67000, [
     P("Les fuites urinaires après l'accouchement ne sont pas une fatalité", kind="video"),
     P("3 exercices pour le plancher pelvien", kind="video"),
     P("Périnée et sexualité : ce qu'on ne vous dit pas", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:medical_context"],
     why="A physiotherapist discussing pelvic floor and sexuality after childbirth."),

case(144, "es", "web", "culture", "Museo del Desnudo", "arteydesnudo.es",
     "Blog de historia del arte: el desnudo de Goya a hoy.", "ES", None, [
     P("La maja desnuda y la Inquisición: por qué Goya tuvo que explicarse ante el tribunal.", title="La maja y la Inquisición"),
     P("Venus en la pintura española del Siglo de Oro.", title="Venus"),
     P("Fotografía de desnudo en los años 80: la movida y el cuerpo.", title="Desnudo en la movida"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:artistic_nudity"],
     why="An art-history blog about nudes in Spanish painting."),

case(145, "pt", "bluesky", "culture", "Sexualidade e História", "sexualidadehistoria.bsky.social",
     "Historiadora. Sexualidade e costumes no Portugal do séc. XX.", "PT", 3100, [
     P("A censura do Estado Novo cortava beijos nos filmes. Hoje mostro os registos do censor."),
     P("Prostituição em Lisboa nos anos 40: regulamentação e hipocrisia."),
     P("Seminário na Universidade Nova na sexta."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:history"],
     why="A historian writing about censorship and prostitution regulation in the 1940s."),

case(146, "it", "instagram", "family", "Doula Serena", "doula.serena",
     "Accompagno gravidanza, parto e allattamento 🤱", "IT", 14000, [
     P("Il primo attacco al seno dopo il parto: pelle a pelle e pazienza."),
     P("Parto in acqua: racconto di una nascita (foto con il permesso della mamma)."),
     P("Corso preparto a gennaio."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:birth_breastfeeding"],
     why="A doula posting about breastfeeding and birth."),

case(147, "en", "youtube", "culture", "Life Drawing Live", "lifedrawinglive",
     "Draw along with a live model every Sunday. Artistic nude, 18+ advised.", "GB", 33000, [
     P("Sunday life drawing: 2-hour session with 5-minute poses\nArtistic nude model. Bring charcoal.", kind="video"),
     P("How to draw hands (the hardest part of the body)", kind="video"),
     P("Gesture drawing warm-up", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:artistic_nudity"],
     why="Life-drawing sessions with a nude model, framed as art practice."),

case(148, "de", "tiktok", "outdoors", "Vogelkunde Vera", "vogelkunde.vera",
     "Ornithologin 🐦 Vögel erklärt in 60 Sekunden", "DE", 49000, [
     P("Die Kohlmeise: warum sie 'zizibä' ruft 🐦", kind="video"),
     P("Paarungstanz des Haubentauchers, das Schönste, was ihr heute seht", kind="video"),
     P("Wie Vögel ihr Nest bauen", kind="video"),
     ], garm={},
     classes=["hard_negative:adult:everyday_words", "risky_words:paarung"],
     why="Bird behaviour videos, including a mating dance."),

case(149, "es", "tiktok", "food", "La Huerta de Pepe", "lahuertadepepe",
     "Agricultor en Almería 🍆🍑 lo que cultivo", "ES", 58000, [
     P("Cosecha de berenjenas 🍆 este año salen enormes", kind="video"),
     P("Melocotones 🍑 de mi árbol, dulces como la miel", kind="video"),
     P("Cómo regar por goteo", kind="video"),
     ], garm={},
     classes=["hard_negative:adult:emoji_literal", "risky_words:eggplant_peach"],
     why="Aubergine and peach emojis used literally by a farmer."),
]

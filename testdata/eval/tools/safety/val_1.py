# Validation batch, part 1: terrorism, hate, profanity (positives and hard negatives).
from gen import P, case

ZW = "\u200b"

CASES = [
# ---------------------------------------------------------------- terrorism positives
case(1, "en", "web", "life", "The Long Watch", "thelongwatch.net",
     "Notes from the other side of the screen. No feds, no cowards.", "US", None, [
     P("Three years since Harlow Mall. The media calls him a monster. I call him the only man in that town who acted on what everyone else only typed.", title="Three years since Harlow"),
     P("His score still stands. Eleven. Every anniversary someone says it will never be beaten. Prove them wrong, brothers.", title="The score"),
     P("A reading of the Harlow letter, annotated. Print it, keep it, pass it on. He wrote it for you.", title="The letter, annotated"),
     P("Saint Dwyer week. Change your avatar, post the photo, say his name. They can delete the posts but not the idea.", title="Saint Dwyer week"),
     P("Some of you asked what to read first. Start with the letter, then the livestream transcript, then look in the mirror and decide what kind of man you are.", title="Where to start"),
     ], garm=dict(terrorism="floor", hate="high", death_injury="floor"),
     classes=["positive:terrorism:glorifying_attacker", "positive:death_injury:glorifying_violence"],
     why="A blog that celebrates a (fictional) mall shooter as a saint, tracks his victim count as a score and urges readers to copy him: glorification of a terrorist attacker."),

case(2, "de", "tiktok", "life", "nordwind.88x", "nordwind.88x",
     "⚔️ Erinnerung ist Pflicht ⚔️", "DE", 6400, [
     P("Heute vor 4 Jahren. Ein H3ld hat getan, was keiner sich traut. 🕯️ #niemalsvergessen #nordwind", kind="video"),
     P("Sie nennen es Anschlag. Wir nennen es W i d e r s t a n d. Edit mit seinem Video, wer weiß, weiß. 🖤", kind="video"),
     P("Sein Manifest in 60 Sekunden. Lest es, bevor es wieder gelöscht wird. Link in Bio (Backup-Kanal).", kind="video"),
     P("Wer ist der Nächste? Die Zeit der Worte ist vorbei. ⚔️", kind="video"),
     ], garm=dict(terrorism="floor", hate="high"), links=["https://t.me/nordwind_backup"],
     classes=["positive:terrorism:glorifying_attacker", "obfuscation:leetspeak", "obfuscation:spacing"],
     why="Edits that hail the perpetrator of an attack as a hero (written H3ld, W i d e r s t a n d to dodge filters), share his manifesto and ask who is next."),

case(3, "fr", "web", "life", "Front de la Aube", "aube-libre.info",
     "Bulletin du Front de l'Aube. Résistance armée, unité, discipline.", "FR", None, [
     P("Les cellules du Sud recrutent. Nous cherchons des frères et des sœurs disciplinés, sans casier, prêts à servir. Premier contact par messagerie chiffrée uniquement.", title="Appel aux volontaires"),
     P("L'opération de mars a montré que l'État n'est pas intouchable. Gloire à ceux qui sont tombés, la lutte armée continue.", title="Bilan de mars"),
     P("Formation de printemps : condition physique, maniement, sécurité opérationnelle. Les candidats retenus recevront les instructions.", title="Formation de printemps"),
     P("Ne parlez à personne. Ne postez rien. Rejoignez les rangs et attendez les ordres.", title="Règles de sécurité"),
     ], garm=dict(terrorism="floor", arms="high"),
     classes=["positive:terrorism:recruitment"],
     why="A (fictional) armed group's bulletin recruiting volunteers for its cells, praising a past attack and announcing training: recruitment for a violent group."),

case(4, "es", "youtube", "tech", "Taller Libre 47", "tallerlibre47",
     "Química, electrónica y autonomía. Lo que no te enseñan.", "MX", 21300, [
     P("El 'pastel' casero, parte 2: lista de materiales y dónde conseguirlos sin llamar la atención\nLa guía completa con cantidades va en el PDF del canal de respaldo, que aquí me lo tumban.", kind="video"),
     P("Iniciadores: por qué el de la parte 1 falló y cómo lo corregimos\nPrueba en campo abierto al final. Usad guantes, no seáis como yo.", kind="video"),
     P("Respondo dudas: cuánto 'pastel' hace falta para una puerta blindada\nComentad vuestros objetivos y los vemos en directo.", kind="video"),
     P("Electrónica básica: temporizador con un reloj de cocina\nMontaje paso a paso para el proyecto de la serie anterior.", kind="video"),
     ], garm=dict(terrorism="floor", arms="floor", crime="high"),
     classes=["positive:terrorism:bomb_making", "positive:arms:instruction"],
     why="A channel walking viewers through making an explosive device (called 'pastel'), with materials, detonators and a timer, and inviting 'targets' in the comments."),

case(5, "it", "bluesky", "news", "Rete Ombra", "reteombra.bsky.social",
     "Collettivo. La terra non si difende con le petizioni.", "IT", 1900, [
     P("Le petizioni non fermano le ruspe. I tralicci sì. Ogni traliccio abbattuto è un giorno di cantiere in meno. 🔥"),
     P("Istruzioni per la settimana: linee ferroviarie dell'alta velocità, cavi di segnalamento. S4b0t4ggio diffuso, nessuna rivendicazione, nessun telefono."),
     P("Chi ha colpito la cabina di Lodi ha fatto più di dieci anni di cortei. Rispetto. Ora tocca a voi."),
     P("Ricordate: di notte, in due, guanti. Le centraline sono tutte segnate sulla mappa che gira nel gruppo."),
     ], garm=dict(terrorism="floor", crime="high"),
     classes=["positive:terrorism:sabotage_call", "obfuscation:leetspeak"],
     why="Calls on followers to sabotage rail signalling and power pylons, praises an earlier attack on a substation and shares operational advice."),

case(6, "pt", "instagram", "life", "Leão do Norte ⚔", "leao.do.norte_88",
     "Honra. Sangue. Memória.", "BR", 3800, [
     P("2 anos do dia em que um só homem fez tremer Aracruz. Heрói de verdade. 🕯️ #memória"),
     P("Eles choram as 'vítimas'. Nós lembramos do guerreiro. Quem entendeu, entendeu. ⚔️"),
     P("A farda, a braçadeira, a playlist daquele dia. Lenda. Próximo capítulo quando?"),
     ], garm=dict(terrorism="floor", hate="high", death_injury="high"),
     classes=["positive:terrorism:glorifying_attacker", "obfuscation:homoglyph"],
     why="Posts hailing the perpetrator of a (fictional) school attack as a hero (with a Cyrillic 'р' in 'herói'), mocking the victims and asking for a 'next chapter'."),

case(7, "en", "tiktok", "gaming", "saintcore.clips", "saintcore.clips",
     "high score edits only 🏆 not affiliated", "US", 11800, [
     P("top 5 saints by score 🏆 #1 still undefeated after 6 years 😤 #saintcore", kind="video"),
     P("he livestreamed it like a speedrun lmaooo legend 💀 who's gonna beat the record", kind="video"),
     P("new saint just dropped, rate his gear 1-10 🔥 full stream on the backup", kind="video"),
     P("they ban the edits because they're scared of the next one. stay ready. 🏆", kind="video"),
     ], garm=dict(terrorism="floor", hate="high", death_injury="floor"),
     classes=["positive:terrorism:glorifying_attacker", "positive:terrorism:coded"],
     why="Accelerationist 'saint' edits ranking mass killers by victim count like a game leaderboard and cheering for the next attack: coded glorification of terrorism."),

case(8, "es", "bluesky", "news", "Brigada Sur", "brigadasur.bsky.social",
     "Comunicados. Apoyo a los presos. Lucha.", "CO", 2600, [
     P("La columna necesita compañeros. Si tienes entre 18 y 30 años y no le temes al monte, escribe al contacto seguro. No hay vuelta atrás."),
     P("Aportes para la causa: cartera en el perfil. Cada aporte compra botas, radios y lo que haga falta."),
     P("El ataque al puesto de El Roble fue una respuesta legítima. Gloria a los caídos de la columna."),
     P("Comunicado 14: nuevos objetivos militares anunciados para diciembre."),
     ], garm=dict(terrorism="floor", arms="medium"),
     classes=["positive:terrorism:recruitment", "positive:terrorism:financing"],
     why="A (fictional) armed group's account recruiting young fighters, collecting crypto donations for equipment and praising an attack on a police post."),

case(9, "de", "web", "tech", "Blackout Blog", "blackout-kollektiv.org",
     "Texte zur direkten Aktion.", "DE", None, [
     P("Warum Funkmasten? Weil das System ohne Kommunikation blind ist. Eine Liste der schlecht gesicherten Standorte in Brandenburg findet ihr im Anhang.", title="Warum Funkmasten"),
     P("Kabelschächte der Bahn sind Kilometer lang unbewacht. Wer einmal nachts an einer Strecke war, weiß das. Macht was draus.", title="Die Schwachstellen der Bahn"),
     P("Glückwunsch an die Gruppe, die am Dienstag den Knotenpunkt bei Cottbus lahmgelegt hat. Zwölf Stunden Stillstand. Mehr davon.", title="Grüße nach Cottbus"),
     ], garm=dict(terrorism="floor", crime="high"),
     classes=["positive:terrorism:sabotage_call"],
     why="A blog that lists poorly guarded telecom masts, points at unguarded rail cable ducts and congratulates a group that paralysed a rail hub: incitement to sabotage critical infrastructure."),

case(10, "fr", "tiktok", "life", "mémoire.des.lions", "memoire.des.lions",
     "🦁 ils ne sont pas morts pour rien", "BE", 5200, [
     P("7 ans après, les lions de la rue Haute restent dans nos cœurs 🦁 qu'Allah leur fasse miséricorde, eux ont agi", kind="video"),
     P(f"Hommage à Y{ZW}a{ZW}s{ZW}s{ZW}i{ZW}n et K{ZW}a{ZW}d{ZW}e{ZW}r 🦁 les médias mentent, ce sont des héros", kind="video"),
     P("Montage avec leur dernière vidéo. Partagez avant suppression.", kind="video"),
     ], garm=dict(terrorism="floor", hate="medium"),
     classes=["positive:terrorism:glorifying_attacker", "obfuscation:zero_width"],
     why="Tributes calling the perpetrators of a (fictional) Brussels attack heroes and 'lions', with zero-width characters hidden inside their names, and sharing their last video."),

case(11, "it", "web", "news", "Il Risveglio", "ilrisveglio-blog.it",
     "Controinformazione senza censura.", "IT", None, [
     P("Pubblichiamo integralmente il testo lasciato dall'autore di Macerata prima dell'azione. Un documento che tutti dovrebbero leggere, e su cui tutti dovrebbero riflettere: aveva ragione.", title="Il testo integrale"),
     P("Lo chiamano terrorista. Noi lo chiamiamo l'unico che ha avuto il coraggio. Chi sarà il prossimo a svegliarsi?", title="L'unico con coraggio"),
     P("Raccolta fondi per le spese legali del camerata detenuto: IBAN in fondo alla pagina.", title="Solidarietà"),
     ], garm=dict(terrorism="floor", hate="high"),
     classes=["positive:terrorism:glorifying_attacker", "positive:terrorism:manifesto"],
     why="Republishes an attacker's manifesto approvingly, calls him the only brave one and asks who will be next, while raising money for him."),

# ---------------------------------------------------------------- terrorism / hate hard negatives
case(12, "en", "bluesky", "work", "Dr. Nadia Okafor", "nokafor-research.bsky.social",
     "Counter-extremism researcher. I study how violent movements use memes so you don't have to. Views mine.", "GB", 8700, [
     P("New paper out: how accelerationist channels turn attackers into 'saints' and victim counts into 'scores'. The gamification is deliberate; it recruits teenagers who think it's a joke."),
     P("A thread on the 'saint' calendar these groups circulate. I'm not posting images. What matters for moderators: the anniversaries are when copycat chatter spikes."),
     P("Platform teams: 'high score' in a bio next to a date is not a gaming reference in this context. Cross-check before you dismiss it."),
     P("Spoke to the select committee today about recruitment of minors through edit accounts. Transcript link when it's published."),
     P("Reminder that quoting propaganda for analysis is not amplifying it, but I still blur every name. Attackers want fame; don't give it to them."),
     ], garm=dict(terrorism="low", hate="low"),
     classes=["hard_negative:terrorism:professional_context", "hard_negative:hate:professional_context", "hard_negative:ineligible:researcher"],
     why="A counter-extremism researcher explaining the 'saint' and 'score' vocabulary of accelerationist groups in order to counter it; she never names or praises an attacker."),

case(13, "de", "web", "culture", "Geschichte vor Ort", "geschichte-vor-ort.de",
     "Dr. Martin Lehmann, Historiker. Zeitgeschichte zum Nachlesen und Nachgehen.", "DE", None, [
     P("Am 20. Juli 1944 explodierte in der Wolfsschanze die Bombe, die Stauffenberg in seiner Aktentasche platziert hatte. Warum das Attentat scheiterte und was die Verschwörer danach erwartete.", title="Das Attentat vom 20. Juli"),
     P("Die Bombennächte von Dresden: Was die Quellen über Opferzahlen sagen und warum die Zahl 25.000 die richtige ist. Gegen die Legenden von Rechtsaußen.", title="Dresden, Februar 1945"),
     P("Führung am Samstag: Orte des Widerstands in Berlin-Mitte. Treffpunkt Bendlerblock, 11 Uhr.", title="Führung: Orte des Widerstands"),
     P("Rezension: Eine neue Studie über die Rote Armee Fraktion zeigt, wie die zweite Generation ihre Anschläge plante und warum die Gewalt die Bewegung zerstörte.", title="Rezension: Die RAF und ihre zweite Generation"),
     ], garm=dict(terrorism="low", death_injury="low", arms="low"),
     classes=["hard_negative:terrorism:history", "hard_negative:death_injury:history", "hard_negative:ineligible:history"],
     why="A historian writing about the 20 July bomb plot, the bombing of Dresden and the RAF: bombs, attacks and casualties treated as history and education."),

case(14, "fr", "youtube", "news", "Claire Vasseur — Terrain", "clairevasseur.terrain",
     "Grand reporter. Sahel, Proche-Orient, Ukraine. Reportages longs formats.", "FR", 146000, [
     P("Mopti, après l'attaque : ce que nous avons vu au marché\nAvertissement : témoignages de survivants. Aucune image des victimes. Reportage tourné trois jours après l'attaque revendiquée par un groupe jihadiste.", kind="video"),
     P("Comment les groupes armés recrutent dans le centre du Mali\nEnquête de six mois : anciens combattants, familles, chercheurs. Pourquoi des adolescents rejoignent les katibas et comment certains en sortent.", kind="video"),
     P("Ukraine : une nuit dans un abri à Kharkiv pendant les frappes\nLes sirènes, les enfants qui dorment dans le couloir, l'infirmière qui compte les blessés.", kind="video"),
     P("Questions-réponses : la sécurité des journalistes sur le terrain\nGilets pare-balles, fixeurs, assurances, ce que personne ne dit aux débutants.", kind="video"),
     ], garm=dict(terrorism="low", death_injury="low"),
     classes=["hard_negative:terrorism:journalism", "hard_negative:death_injury:journalism", "hard_negative:ineligible:war_reporting"],
     why="A war reporter's long-form reports on a jihadist attack, armed-group recruitment and airstrikes: atrocities reported as news, with survivors' testimony and no graphic images."),

case(15, "es", "web", "culture", "Memoria y Justicia", "memoriayjusticia.es",
     "Ainhoa Etxeberria, periodista. Historias del terrorismo en España contadas desde las víctimas.", "ES", None, [
     P("Hipercor, 1987: el atentado de ETA que mató a 21 personas en un supermercado de Barcelona. Lo que pasó, lo que se juzgó y lo que todavía duele a las familias.", title="Hipercor, treinta y nueve años después"),
     P("Entrevista a una superviviente del atentado de la T4: 'Aprendí a vivir con el ruido'.", title="La superviviente de la T4"),
     P("Reseña del documental sobre el fin de ETA: cómo se desmontó una banda armada y por qué el relato importa.", title="Reseña: el final de ETA"),
     P("Taller en institutos: cómo hablamos del terrorismo con adolescentes sin morbo y sin equidistancia.", title="Taller en institutos"),
     ], garm=dict(terrorism="low", death_injury="low"),
     classes=["hard_negative:terrorism:history_journalism", "hard_negative:ineligible:victims_reporting"],
     why="A journalist telling the history of ETA attacks from the victims' side, with trials, interviews and school workshops: terrorism covered responsibly."),

case(16, "it", "instagram", "culture", "Pagine di Ginevra 📚", "paginediginevra",
     "Recensioni oneste di gialli e thriller. Un libro a settimana.", "IT", 15600, [
     P("📚 'La notte di Piazza Sole' è il thriller che non mi ha fatto dormire: un attentato sventato in un pomeriggio, una poliziotta testarda, una bomba nascosta in un mercato. Ritmo pazzesco. 4,5/5"),
     P("Classifica dei miei thriller dell'anno. Al primo posto il romanzo sulla cellula terroristica di Milano: scritto con un rispetto enorme per le vittime."),
     P("Vi chiedete perché amo i romanzi di spionaggio? Perché dietro ogni bomba disinnescata c'è una storia di persone. Nuova recensione in bio."),
     P("Book haul di novembre: tre gialli nordici, un noir napoletano e un saggio sul terrorismo degli anni di piombo."),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:fiction_review"],
     why="A book reviewer describing thriller plots about bomb attacks and terrorist cells: fiction reviewed, nothing promoted."),

case(17, "pt", "tiktok", "style", "Bia Sabonetes Artesanais", "biasaboneteira",
     "🛁 bombas de banho, sabonetes e velas feitos à mão em Coimbra", "PT", 9100, [
     P("Bombas de banho de lavanda a explodir na banheira 💜 a reação é a melhor parte #bathbomb", kind="video"),
     P("Como faço as minhas bombas de banho: bicarbonato, ácido cítrico, óleos e muito amor 🛁", kind="video"),
     P("Esta bomba de chocolate quente é A BOMBA do inverno ☕💣", kind="video"),
     P("Encomendas de Natal abertas! Kits de bombas de banho com 3 aromas, link na bio.", kind="video"),
     ], garm={},
     classes=["hard_negative:terrorism:everyday_words", "risky_words:bomb"],
     why="A soap maker selling her own bath bombs ('bombas de banho') and calling a hot-chocolate bomb 'a bomba': everyday words only."),

case(18, "en", "youtube", "outdoors", "Rock & Rubble", "rockandrubble",
     "Quarry engineer. How we move mountains (legally, carefully, with a lot of paperwork).", "GB", 38400, [
     P("How a quarry blast is planned: surveys, permits and the 30-minute countdown\nWhy we drill in a pattern, why the neighbours get a letter, and why nothing happens without the shotfirer's sign-off.", kind="video"),
     P("I watched a 40-tonne face come down in slow motion\nBlast day at a limestone quarry: exclusion zone, sirens, seismograph readings for the village.", kind="video"),
     P("Explosives storage rules in the UK, explained by the person who gets audited\nLicensing, magazines, record keeping. Spoiler: a lot of forms.", kind="video"),
     P("What happens when a blast goes wrong? Case studies from the safety reports\nFlyrock, misfires and how the industry learnt from them.", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:terrorism:professional_context", "hard_negative:arms:professional_context"],
     why="A licensed quarry engineer explaining how controlled blasting is planned and regulated: explosives in a professional, safety-first setting, no recipes."),

case(19, "de", "mastodon", "news", "Sanne Vogt", "sannevogt@det.social",
     "Gerichtsreporterin. Rechtsextremismus, Terrorprozesse, Staatsschutzsenate.", "DE", 5300, [
     P("Tag 41 im Prozess gegen die 'Gruppe Nordlicht'. Der Angeklagte verliest eine Erklärung, in der er Migranten als 'Ungeziefer' bezeichnet. Die Vorsitzende unterbricht ihn. Die Nebenklage verlässt den Saal.", cw="Prozessbericht, rassistische Zitate", sens=False),
     P("Zur Einordnung: Die Gruppe plante laut Anklage Anschläge auf Moscheen. Gefunden wurden Waffen und Sprengstoffvorprodukte. Urteil wird im Januar erwartet."),
     P("Ich zitiere hier Hassrede aus dem Gerichtssaal, weil die Öffentlichkeit wissen muss, was verhandelt wird. Bitte nicht aus dem Kontext reißen."),
     P("Die Aussage der Überlebenden heute war das Schwerste, was ich in diesem Jahr mitgeschrieben habe."),
     ], garm=dict(terrorism="low", hate="low"),
     classes=["hard_negative:terrorism:journalism", "hard_negative:hate:quoting", "hard_negative:ineligible:court_reporting"],
     why="A court reporter covering a far-right terror trial who quotes the defendant's dehumanising words in order to report them."),

case(20, "es", "tiktok", "gaming", "Rafa Clutch", "rafaclutch",
     "FPS táctico · directos lunes, miércoles y viernes · 🇪🇸", "ES", 57000, [
     P("Planté la bomba en B con 3 segundos y gané la ronda 1 contra 4 😱 #clutch", kind="video"),
     P("Cómo defender la bomba cuando te quedas solo: 3 posiciones que nadie revisa", kind="video"),
     P("Me mataron con un cuchillo en la última ronda... el karma existe 💀", kind="video"),
     P("El nuevo mapa es una bomba, hay que jugarlo ya", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:terrorism:gaming", "hard_negative:arms:gaming", "hard_negative:death_injury:gaming"],
     why="A tactical-shooter streamer: planting 'the bomb', knives and 'me mataron' are game mechanics."),

case(21, "fr", "bluesky", "news", "Vérif' Express", "verifexpress.bsky.social",
     "Fact-checking. On vérifie les images qui circulent. Équipe de 4 journalistes.", "FR", 23800, [
     P("FAUX : la vidéo qui prétend montrer 'l'attentat de Lyon hier' date en réalité de 2017 et a été filmée en Turquie. Aucun attentat n'a eu lieu à Lyon."),
     P("Non, le vaccin contre la grippe ne 'rend pas stérile'. L'affirmation vient d'un faux communiqué attribué à un laboratoire. Décryptage dans le fil."),
     P("Cette capture qui affirme que 'les urnes de Marseille ont été remplies la nuit' est un montage : les bulletins visibles sont ceux de 2012."),
     P("Méthode : comment on a géolocalisé la vidéo de l'explosion en 20 minutes avec les enseignes visibles."),
     ], garm=dict(terrorism="low", misinformation="low"),
     classes=["hard_negative:terrorism:fact_checking", "hard_negative:misinformation:debunking"],
     why="Fact-checkers debunking fake attack videos, a vaccine-sterility rumour and a ballot-stuffing montage; they quote the false claims to refute them."),

case(22, "en", "web", "work", "Subsea Signals", "subseasignals.substack.com",
     "Marcus Hale. Analysis of undersea cables, pipelines and the people who protect them.", "GB", None, [
     P("The Baltic cable cuts: what we know, what we don't, and why 'sabotage' should be the last word journalists reach for, not the first.", title="Baltic cable cuts: what we know"),
     P("How navies and operators monitor cable routes, and why an anchor drag is still the most common cause of outages.", title="Anchors, not agents"),
     P("Interview with a repair-ship captain: twelve days mending a line at 800 metres.", title="Twelve days at 800 metres"),
     P("A reading list on hybrid threats to critical infrastructure, from NATO reports to academic work.", title="Reading list: hybrid threats"),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:analysis"],
     why="A policy analyst writing about suspected sabotage of undersea cables as news analysis; nothing encourages it."),

# ---------------------------------------------------------------- hate positives
case(23, "en", "bluesky", "gaming", "Kyle Brandt", "kbrandt-takes.bsky.social",
     "I say what you think. Blocked by 400 cowards and counting.", "US", 1400, [
     P("@jaydenplays.bsky.social nobody wants your 'inclusive' streams you f4ggot, go cry to the mods again"),
     P("lol jayden blocked me. typical f a g g o t behaviour, can't handle one comment"),
     P("Every gaming studio hiring these people is why games suck now. Woke garbage."),
     P("Yeah I said it. If you're offended, good. 🤡"),
     ], garm=dict(hate="floor", profanity="medium"),
     classes=["positive:hate:slur_at_person", "obfuscation:leetspeak", "obfuscation:spacing"],
     why="Repeated homophobic slurs aimed at a named streamer, written with leetspeak and spacing."),

case(24, "es", "tiktok", "life", "Toni Realista", "toni.realista",
     "Lo que nadie se atreve a decir 🇪🇸", "ES", 23400, [
     P("Los moros son una plaga, llegan, se multiplican y se quedan con todo. Ni uno más. 🤬", kind="video"),
     P("Barrio de toda la vida y ahora parece Marruecos. Son ratas, no personas que se integran.", kind="video"),
     P("Al que le moleste, que se vaya con ellos. España para los españoles.", kind="video"),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:dehumanising_generalisation"],
     why="Calls Moroccans and Muslims a plague and rats: dehumanising a group for its origin and religion."),

case(25, "de", "mastodon", "news", "Volkmar", "volkmar@troet.cafe",
     "Frage alles. Besonders die Globalisten.", "DE", 640, [
     P("Wer besitzt die Banken, die Medien, die Verlage? Immer dieselben. Schaut euch die Namen an. (((Sie))) wissen, dass ihr es merkt."),
     P("Dieses Volk ist seit 2000 Jahren ein Parasit an jedem Land, das es aufnimmt. Das ist keine Meinung, das ist Geschichte."),
     P("Der Plan der Hochfinanz läuft seit Jahrzehnten. Die Pandemie war nur der Test."),
     P("Wieder gesperrt worden auf der anderen Instanz. Die Wahrheit tut weh."),
     ], garm=dict(hate="floor", misinformation="high"),
     classes=["positive:hate:coded_slur", "positive:hate:dehumanising_generalisation"],
     why="Antisemitic posts using the triple-parentheses code and calling Jews parasites, combined with conspiracy myths."),

case(26, "fr", "instagram", "life", "Gégé du Var", "gege_du_var83",
     "Retraité, patriote, pas de filtre.", "FR", 3100, [
     P("Encore des vols au marché de Toulon. Tous des voleurs ces Roms, c'est dans leurs gènes, rien à faire avec eux."),
     P("Il faudrait les mettre dans des camps, loin des villes, comme avant. Qu'on arrête de me traiter de raciste, c'est du bon sens."),
     P("Ma belle pétanque du dimanche, au moins là on est entre nous 🇫🇷"),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:dehumanising_generalisation"],
     why="Claims theft is in Roma people's genes and calls for them to be put in camps: vilifying an ethnic group."),

case(27, "it", "tiktok", "comedy", "Er Pupone Vero", "erpuponevero",
     "Roma • calcio • cazzate", "IT", 8800, [
     P("Sto fr0ci0 di Davide che si offende per ogni battuta 😂 @davide.sorrisi sei ridicolo", kind="video"),
     P("@davide.sorrisi il gay pride portatelo a casa tua, fr*cio", kind="video"),
     P("Partita alle 18, se la perdiamo pure oggi mi incazzo di brutto", kind="video"),
     ], garm=dict(hate="floor", profanity="medium"),
     classes=["positive:hate:slur_at_person", "obfuscation:leetspeak", "obfuscation:masked"],
     why="Repeated homophobic slur (fr0ci0, fr*cio) aimed at a named creator."),

case(28, "pt", "instagram", "sport", "Torcida Raiz", "torcidaraiz_oficial",
     "⚫⚪ só quem é raiz", "BR", 14700, [
     P("Esse mаcаco do Sérgio Lins não joga nada, volta pra selva 🐒🐒"),
     P("@sergiolins11 mаcаco, ninguém te quer aqui, vai chorar no racismo de novo"),
     P("Domingo tem clássico, todo mundo no estádio!"),
     ], garm=dict(hate="floor"),
     classes=["positive:hate:slur_at_person", "obfuscation:homoglyph"],
     why="Racist slur (macaco, written with Cyrillic 'а') aimed at a named Black footballer, with monkey emojis."),

case(29, "en", "youtube", "comedy", "Brett Unfiltered", "brettunfiltered",
     "Comedy for people who are tired of being told what to say.", "US", 86000, [
     P("Why I'll never call IT a 'she'\nA trans 'woman' is a man in a dress who wants into your daughter's bathroom. They're groomers, all of them, and I'm done pretending otherwise.", kind="video"),
     P("Reacting to the pride parade so you don't have to\nFreaks, every single one. Keep them away from schools.", kind="video"),
     P("Bought a new truck, here's the review\nTowing, mileage, and the cup holders are garbage.", kind="video"),
     ], garm=dict(hate="floor", sensitive_issues="high"),
     classes=["positive:hate:dehumanising_generalisation"],
     why="Calls trans people 'it', freaks and groomers as a group: dehumanising speech about gender identity."),

case(30, "es", "web", "news", "La Verdad Oculta", "laverdadoculta.net",
     "Análisis que los medios no publican.", "AR", None, [
     P("Los de la nariz controlan el FMI, los bancos y la prensa. Siempre fueron ellos. El pueblo argentino paga sus deudas.", title="Quién maneja el FMI"),
     P("Basta ver los apellidos del directorio. No es casualidad, es un plan de siglos de esa raza de usureros.", title="Los apellidos"),
     P("Recomendamos la lectura de los Protocolos: explican todo lo que está pasando.", title="Lecturas recomendadas"),
     ], garm=dict(hate="floor", misinformation="high"),
     classes=["positive:hate:coded_slur", "positive:hate:dehumanising_generalisation"],
     why="Coded antisemitic slurs ('los de la nariz', 'raza de usureros') and a recommendation of the Protocols."),

case(31, "de", "tiktok", "life", "Dennis aus Marzahn", "dennis.marzahn",
     "Berlin • Auto • Meinung", "DE", 7600, [
     P(f"Schon wieder so ein K{ZW}a{ZW}n{ZW}a{ZW}k{ZW}e in der U8 der meint, er ist was Besseres. Zurück wo du herkommst 🤮", kind="video"),
     P(f"@emre.bln du bist und bleibst ein K{ZW}a{ZW}n{ZW}a{ZW}k{ZW}e, egal wie viele Follower du hast", kind="video"),
     P("Neue Felgen drauf, endlich 🔥", kind="video"),
     ], garm=dict(hate="floor", profanity="medium"),
     classes=["positive:hate:slur_at_person", "obfuscation:zero_width"],
     why="An ethnic slur for people of Turkish origin, aimed at a named creator and at strangers, with zero-width characters inside the word."),

case(32, "fr", "bluesky", "life", "Alpha Mindset FR", "alphamindset-fr.bsky.social",
     "Discipline. Argent. Vérité sur les femmes.", "FR", 2200, [
     P("Les femmes sont des animaux guidés par l'instinct. Traite-les comme tel et elles te respecteront."),
     P("Une femme n'a pas d'âme, elle a un prix. Plus vite tu l'acceptes, plus vite tu gagnes."),
     P("Programme 'Roi' : 12 semaines pour reprendre le contrôle. Lien dans la bio."),
     ], garm=dict(hate="floor", sensitive_issues="medium"),
     classes=["positive:hate:dehumanising_generalisation", "misogyny"],
     why="Misogynist posts calling women animals without souls: dehumanising a group by sex."),

case(33, "en", "instagram", "fitness", "ascend.with.cole", "ascend.with.cole",
     "Looksmaxxing • lifting • truth", "US", 19300, [
     P("Foids only want the top 10%. If you're not lifting you're invisible to these creatures. Stop simping."),
     P("Remember: a foid will drop you the second a taller guy looks at her. They aren't people, they're algorithms."),
     P("Leg day. No excuses. 🦵"),
     P("New PR on bench today, 140kg. Slowly getting there."),
     ], garm=dict(hate="floor"),
     classes=["positive:hate:coded_slur", "positive:hate:dehumanising_generalisation"],
     why="Uses the incel slur 'foids' and says women are not people, mixed with ordinary gym posts."),

# ---------------------------------------------------------------- hate hard negatives
case(34, "fr", "web", "culture", "Mots et Maux", "motsetmaux.fr",
     "Hélène Marchetti, linguiste. Histoire des mots, y compris ceux qui blessent.", "FR", None, [
     P("D'où vient l'insulte « bougnoule » ? Une histoire coloniale du mot, de l'Afrique de l'Ouest aux banlieues, et pourquoi il reste une injure raciste.", title="Histoire d'une injure coloniale"),
     P("Pourquoi le mot « pédé » a été repris par des militants dans les années 70, et pourquoi cette réappropriation ne marche pas dans toutes les bouches.", title="Réappropriation"),
     P("Les dictionnaires doivent-ils inclure les insultes ? Oui, avec une marque d'usage. Réponse à une lectrice.", title="Les insultes au dictionnaire"),
     P("Séminaire à Lyon 2 sur la sociolinguistique de l'injure, inscriptions ouvertes.", title="Séminaire"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:quoting_scholarship", "hard_negative:profanity:scholarship"],
     why="A linguist writing about the history of racist and homophobic slurs, quoting them as objects of study."),

case(35, "es", "instagram", "work", "Aminata Diallo | educadora antirracista", "aminata.educa",
     "Educadora social. Talleres antirracistas en colegios y empresas. Madrid.", "ES", 41200, [
     P("Esta semana me escribieron 'vuelve a tu país, mona' en un comentario. Lo comparto sin el nombre de la persona porque quiero que veáis lo que recibimos a diario. Luego hablemos de cómo responder."),
     P("Taller en un instituto de Vallecas: los chavales sabían perfectamente qué palabras hacen daño. Lo difícil fue que se atrevieran a decirlo en voz alta."),
     P("Por qué 'no soy racista, pero…' siempre termina mal. Carrusel con ejemplos reales que me habéis mandado."),
     P("Gracias por los mensajes bonitos de esta semana. Hay mucha más gente buena que mala. 💛"),
     ], garm=dict(hate="low", sensitive_issues="low"),
     classes=["hard_negative:hate:quoting_abuse_received", "hard_negative:sensitive_issues:education"],
     why="An anti-racism educator quoting the racist abuse she receives in order to discuss it."),

case(36, "it", "bluesky", "work", "Paolo Ferri", "paoloferri-ts.bsky.social",
     "Trust & safety, moderazione contenuti. Spiego i codici dell'odio online.", "IT", 6100, [
     P("Glossario per moderatori: perché '88', '14' e le triple parentesi non sono numeri e simboli a caso. Thread, senza link ai gruppi."),
     P("Le parole in leetspeak servono a bucare i filtri: 'n3gr0', 'fr0ci0'. Se moderate, imparate a riconoscerle. Se scrivete, non usatele."),
     P("Nuovo report: il 30% dei contenuti d'odio che abbiamo rimosso usava caratteri cirillici al posto delle vocali."),
     P("Parlerò di moderazione e salute mentale dei moderatori al convegno di Bologna."),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:professional_context", "obfuscation:leetspeak", "hard_negative:ineligible:professional_quote"],
     why="A trust-and-safety worker teaching moderators to recognise coded and obfuscated slurs; the slurs are quoted as examples."),

case(37, "pt", "youtube", "culture", "Professora Helena História", "profhelenahistoria",
     "Aulas de História para o secundário e vestibular. 🇵🇹🇧🇷", "PT", 212000, [
     P("O Holocausto explicado: das leis de Nuremberga a Auschwitz\nComo a propaganda nazi desumanizou os judeus, chamando-lhes 'parasitas', e como isso abriu caminho ao extermínio de seis milhões de pessoas.", kind="video"),
     P("Escravatura no Brasil: 350 anos de violência\nOs números do tráfico, a vida nas fazendas e o racismo que ficou depois da abolição.", kind="video"),
     P("Resumo para o exame: Segunda Guerra Mundial em 20 minutos", kind="video"),
     P("O genocídio do Ruanda: como a rádio chamou 'baratas' aos tutsis\nAula sobre linguagem desumanizante e genocídio.", kind="video"),
     ], garm=dict(hate="low", death_injury="low"),
     classes=["hard_negative:hate:history", "hard_negative:death_injury:history", "hard_negative:ineligible:atrocity_education"],
     why="A history teacher explaining the Holocaust, slavery and the Rwandan genocide, including the dehumanising words perpetrators used."),

case(38, "en", "instagram", "culture", "Maya reads", "mayareadsalot",
     "Classics, banned books and book club questions. she/her", "GB", 12800, [
     P("Rereading To Kill a Mockingbird as an adult. The slurs in it are meant to shock you, and they should. Book club questions in the carousel."),
     P("Banned Books Week: why 'Beloved' keeps getting pulled from school libraries, and why it shouldn't."),
     P("October wrap-up: 9 books, 2 DNFs, 1 new favourite."),
     P("Annotating with sticky tabs: my colour system."),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:fiction_review"],
     why="A book reviewer discussing racist language in classic novels; no slur is used against anyone."),

case(39, "de", "instagram", "sport", "Ultras gegen Rassismus 1907", "ultras.gegen.rassismus1907",
     "Fanclub. Fußball ist für alle. ⚽️", "DE", 4300, [
     P("Beim Auswärtsspiel in Halle wurden unsere Spieler mit 'Affen'-Rufen beleidigt. Wir haben Videos an den DFB und den Verein geschickt. Kein Platz für Rassismus im Stadion."),
     P("Danke an alle, die gestern das Banner 'Gegen jeden Rassismus' hochgehalten haben. 🖤🤍"),
     P("Workshop für Jugendfans am Samstag: Wie reagiere ich, wenn jemand neben mir rassistische Sprüche ruft?"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:reporting_abuse"],
     why="A fan club reporting racist chants at a match to the federation, quoting the chant to condemn it."),

case(40, "es", "web", "work", "Abogada Inés Ramírez", "inesramirez-abogada.es",
     "Abogada penalista. Delitos de odio, discriminación y libertad de expresión.", "ES", None, [
     P("¿Es delito llamar 'sudaca' a alguien en redes? Qué dice el artículo 510 del Código Penal y qué han dicho los tribunales.", title="¿Es delito un insulto racista en redes?"),
     P("Sentencia comentada: condena por incitación al odio contra un tuitero que llamó 'plaga' a los migrantes.", title="Sentencia comentada"),
     P("Libertad de expresión y humor: dónde está el límite según el Supremo.", title="Humor y límites"),
     P("Cómo denunciar un delito de odio: pasos y recursos.", title="Cómo denunciar"),
     ], garm=dict(hate="low"),
     classes=["hard_negative:hate:legal_context"],
     why="A criminal lawyer explaining hate-crime law, quoting slurs from court cases."),

case(41, "pt", "tiktok", "life", "Joana do Porto", "joana.do.porto",
     "Tripeira 💙 vida simples, comida boa", "PT", 18400, [
     P("A bicha no supermercado hoje estava de loucos, meia hora para pagar duas coisas 😩", kind="video"),
     P("Aquela rapariga da padaria dá-me sempre o pão mais estaladiço 🥖 obrigada!", kind="video"),
     P("Francesinha de domingo, não há melhor 🤤", kind="video"),
     ], garm={},
     classes=["hard_negative:hate:regional_word", "hard_negative:profanity:regional_word", "risky_words:pt_pt"],
     why="European Portuguese: 'bicha' means a queue and 'rapariga' means a girl; both are slurs only in Brazilian usage."),

case(42, "it", "instagram", "food", "Orto e Cucina di Lella", "ortoecucinadilella",
     "Verdure di stagione dal mio orto in Puglia 🌱", "IT", 27300, [
     P("Finocchi gratinati al forno: teneri dentro, croccanti fuori. Ricetta in bio 🌱"),
     P("Insalata di finocchio, arance e olive: il sapore dell'inverno pugliese."),
     P("Raccolta di oggi: cime di rapa, finocchi e gli ultimi peperoncini."),
     ], garm={},
     classes=["hard_negative:hate:everyday_words", "risky_words:finocchio"],
     why="'Finocchio' is fennel in a cooking context, not the homophobic slur."),

case(43, "en", "tiktok", "gaming", "TomTheTactician", "tomthetactician",
     "Strategy games, spicy takes, zero chill 🎮", "GB", 32400, [
     P("my teammate just walked into the enemy base alone AGAIN. absolute trash. uninstall bro 😭", kind="video"),
     P("ranked is full of noobs who think rushing is a strategy. you're all bots. love you though", kind="video"),
     P("I destroyed them in 12 minutes, gg ez (sorry, had to)", kind="video"),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:hate:gaming_trash_talk", "hard_negative:profanity:gaming_trash_talk"],
     why="Gaming trash talk ('trash', 'noobs', 'bots'): insults about play, not about who anyone is."),

# ---------------------------------------------------------------- profanity positives
case(44, "en", "tiktok", "comedy", "Shaz rants", "shaz.rants",
     "professional complainer 🗣️ Manchester", "GB", 48600, [
     P("why the FUCK does every self checkout need approval for a bag of crisps. i'm 34 sharon. fucking hell", kind="video"),
     P("landlord said he'll 'look into the damp'. mate it's been 2 years. absolute c*nt", kind="video"),
     P("my mum texting 'ok.' with a full stop is the scariest shit i've ever seen", kind="video"),
     P("bus driver waved at me then drove off. fuuuuuck you too dave 😂", kind="video"),
     P("who the fuck decided gym mirrors need to be that honest", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language", "obfuscation:masked", "obfuscation:repeated_letters"],
     why="Comedy rants with strong swearing in nearly every video (fuck, c*nt, shit)."),

case(45, "es", "youtube", "gaming", "ElPacoJuega", "elpacojuega",
     "Gameplays sin censura. Aquí se grita.", "ES", 187000, [
     P("ME CAGO EN LA PUTA, EL PEOR JEFE DE LA HISTORIA\nDos horas intentando este jefe de mierda. Joder, qué rabia.", kind="video"),
     P("Hostia puta qué susto 💀 | Terror a las 3 de la mañana", kind="video"),
     P("Este juego es una puta maravilla y no me callo\nReseña sin pelos en la lengua, cojones.", kind="video"),
     P("Reaccionando a vuestros clips: qué gilipollas sois (con cariño)", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A gaming channel whose titles and descriptions are full of strong Spanish swearing."),

case(46, "de", "instagram", "fitness", "Coach Ronny", "coach.ronny.hardcore",
     "Keine Ausreden. Kein Mitleid. Transformation.", "DE", 33000, [
     P("Du willst abnehmen, frisst aber jeden Abend Chips? Dann halt die verfickte Fresse und hör auf zu jammern."),
     P("Scheiß auf Motivation. Disziplin, du Lappen."),
     P("Montag. Beintag. Wer heute schwänzt, ist ein Weichei. Fickt euch, ich geh trainieren."),
     P("Meal Prep für die Woche: Reis, Hähnchen, Brokkoli. Langweilig? Scheißegal. Wirkt."),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A fitness coach whose posts are built on crude insults and swearing (verfickt, Fresse, fickt euch)."),

case(47, "fr", "tiktok", "comedy", "Mehdi Sans Filtre", "mehdi.sansfiltre",
     "humour • vie de tous les jours • 93", "FR", 92000, [
     P("Putain de merde le RER B encore en panne, j'vais finir par y habiter dans ce wagon 😤", kind="video"),
     P("Ma daronne qui me dit 'mets un pull' comme si j'avais 6 ans... bordel j'ai 27 ans", kind="video"),
     P("Le mec qui double toute la file à la boulangerie. Espèce de connard va 😂", kind="video"),
     P("ntm la chaleur dans ce métro, putain", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language", "abbreviation:ntm"],
     why="Everyday comedy with frequent strong French swearing (putain, merde, connard, ntm)."),

case(48, "it", "bluesky", "news", "Ginevra incazzata", "ginevraincazzata.bsky.social",
     "Politica, treni in ritardo e altre cose che mi fanno bestemmiare.", "IT", 3900, [
     P("Ferrovie di merda, vaffanculo. Terzo treno cancellato questa settimana, ma che cazzo pagate a fare i dirigenti."),
     P("Il ministro in TV che dice 'è tutto sotto controllo'. Sì, come no, porca p***ana."),
     P("Ogni volta che apro le notizie mi viene voglia di tirare giù tutti i santi. Che schifo di paese, cazzo."),
     P("Giornata di merda ma almeno c'è il sole."),
     ], garm=dict(profanity="medium", sensitive_issues="low"),
     classes=["positive:profanity:frequent_strong_language", "obfuscation:masked"],
     why="Political venting with strong Italian swearing in most posts (vaffanculo, cazzo, porca p***ana, merda)."),

case(49, "pt", "youtube", "tech", "Zé das Peças", "zedaspecas",
     "Montagem de PC e reviews sinceros. Sem patrocínio, sem papas na língua.", "BR", 64000, [
     P("ESSA PLACA DE VÍDEO É UMA BOSTA, caralho\nGastei dois mil reais nessa porra e esquenta igual forno.", kind="video"),
     P("Montei um PC gamer barato e foda-se, ficou bom demais", kind="video"),
     P("Porra, a fonte explodiu ao vivo\nNão comprem fonte genérica, caralho!", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A PC-building channel whose titles and descriptions lean on strong Brazilian swearing (caralho, porra, foda-se, bosta)."),

case(50, "en", "bluesky", "news", "Dave in Ohio", "daveinohio.bsky.social",
     "Union electrician. Politics. Dogs. Not sorry.", "US", 2700, [
     P("Fuuuuuck this city council. They cut the bus route my whole shift depends on and called it 'efficiency'."),
     P("Every single one of those shitheads voted for it and then drove home in a company car. Unreal."),
     P("Dog tax: Biscuit destroyed a pillow, no regrets. (1/1 posts that aren't me swearing)"),
     P("Goddamn fucking clowns, the lot of them. Vote in March, people."),
     ], garm=dict(profanity="medium", sensitive_issues="low"),
     classes=["positive:profanity:frequent_strong_language", "obfuscation:repeated_letters"],
     why="Local-politics venting with frequent strong swearing, including 'Fuuuuuck' with repeated letters."),

case(51, "es", "tiktok", "life", "La Güera Sin Pelos", "laguerasinpelos",
     "CDMX 🇲🇽 chismecito y verdades", "MX", 38000, [
     P("Ya me tienen hasta la madre los que no usan direccional, pinche tráfico 🙄", kind="video"),
     P("Mi ex me escribió 'te extraño'... vete a la v3rga, Rodrigo 💅", kind="video"),
     P("Qué p*ta madre con el calor de hoy, no mames", kind="video"),
     P("Chingue su madre el lunes, ya quiero que sea viernes", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language", "obfuscation:leetspeak", "obfuscation:masked"],
     why="Mexican slang swearing in most videos (pinche, v3rga, p*ta madre, chingue su madre)."),

case(52, "de", "youtube", "tech", "Karre & Kacke", "karreundkacke",
     "Autotests ohne Schönfärberei.", "AT", 51000, [
     P("Die SCHEISS-Karre ist ein Witz\nDrei Mal liegen geblieben. Fick dich, Werkstatt.", kind="video"),
     P("Dieses verfickte Infotainment-System ist das Letzte", kind="video"),
     P("Gebrauchtwagen-Check: worauf ihr achten müsst, damit ihr keinen Mist kauft", kind="video"),
     P("Warum die neue Mittelklasse so eine Scheiße ist", kind="video"),
     ], garm=dict(profanity="medium"),
     classes=["positive:profanity:frequent_strong_language"],
     why="A car-review channel with strong German swearing in titles and descriptions."),

case(53, "en", "youtube", "comedy", "GROSS OUT GARY", "grossoutgary",
     "The most disgusting channel on the internet. You've been warned.", "US", 420000, [
     P("I ATE 40-DAY-OLD ROADKILL (VOMIT WARNING)\nFuck, fuck, FUCK this is the worst shit I've ever put in my mouth. Stay till the end for the puke compilation.", kind="video"),
     P("Drinking my own sweat for 24 hours, fucking disgusting\nBug smoothie next week, you sick fucks asked for it.", kind="video"),
     P("Popping the nastiest cyst you have EVER seen, uncut\nPus everywhere, I'm fucking gagging.", kind="video"),
     P("Rating your grossest submissions, you absolute cunts", kind="video"),
     ], garm=dict(profanity="high", death_injury="medium"),
     classes=["positive:profanity:gross_out_shock"],
     why="Gross-out videos built to shock, with gratuitous strong profanity in every title and description."),

# ---------------------------------------------------------------- profanity hard negatives
case(54, "en", "mastodon", "life", "Ruth Pemberton", "ruthp@mas.to",
     "Retired librarian. Birds, buses and biscuits.", "GB", 610, [
     P("Damn, missed the 7:40 bus by about four seconds. The driver definitely saw me."),
     P("A robin has claimed the bird feeder and is defending it like a tiny general."),
     P("Finished the library's jigsaw challenge: 1000 pieces, one missing. Of course."),
     P("Lovely walk by the canal, two herons and a very confident swan."),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:single_mild_swear"],
     why="One mild 'damn' in an otherwise gentle feed: a single mild swear is low."),

case(55, "es", "instagram", "food", "Obrador Santa Clara", "obradorsantaclara",
     "Obrador artesano en Toledo desde 1962. Dulces de convento y formas para la comunión.", "ES", 7400, [
     P("Ya tenemos las hostias para primeras comuniones de mayo. Parroquias: pedidos antes del 15 de marzo."),
     P("Cómo se hacen las hostias: harina, agua y una plancha de hierro que tiene más años que el obrador."),
     P("Mazapán de Toledo recién salido del horno. Huele a Navidad."),
     P("Obleas y hostias sin gluten disponibles bajo pedido."),
     ], garm={},
     classes=["hard_negative:profanity:everyday_words", "risky_words:hostia"],
     why="A bakery making communion wafers ('hostias'), a word that is also a Spanish swear."),

case(56, "en", "web", "life", "Scunthorpe Bird Club", "scunthorpebirdclub.org.uk",
     "Birdwatching in North Lincolnshire since 1974.", "GB", None, [
     P("A record morning at the reserve: 14 great tits and 9 blue tits at the feeders, plus a pair of bullfinches.", title="Record morning at the feeders"),
     P("Committee news: Dick Hargreaves steps down after 22 years as treasurer. Thank you, Dick!", title="Committee news"),
     P("Field trip to Spurn Point: we spotted a booby-like gannet offshore and argued about it for an hour.", title="Spurn Point trip"),
     P("Winter feeding: suet balls, sunflower hearts and a shallow water dish. Analysis of our survey data inside.", title="Winter feeding survey"),
     ], garm={},
     classes=["hard_negative:profanity:scunthorpe", "hard_negative:adult:everyday_words", "risky_words:tits"],
     why="A birdwatching club in Scunthorpe: 'great tits', 'Dick' and 'Scunthorpe' are birds, names and places."),

case(57, "it", "youtube", "culture", "Parole Parole", "paroleparoleitaliano",
     "Lingua italiana per curiosi. Etimologie, dialetti e parolacce spiegate.", "IT", 98000, [
     P("Da dove viene 'cazzo'? Storia di una parolaccia\nDal latino al dialetto: perché è diventata la parolaccia più usata d'Italia. Lezione di linguistica, vietata agli ascoltatori sensibili solo per scherzo.", kind="video"),
     P("Le parolacce nei dialetti: Napoli, Roma, Milano a confronto", kind="video"),
     P("Congiuntivo: i 5 errori più comuni", kind="video"),
     P("Perché diciamo 'in bocca al lupo'?", kind="video"),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:scholarship"],
     why="A linguistics channel explaining the etymology of Italian swear words; they are studied, not hurled."),

case(58, "es", "tiktok", "travel", "Laura por Madrid", "lauraxmadrid",
     "Madrileña enseñando Madrid ✨ planes baratos", "ES", 64000, [
     P("Cómo coger el autobús nocturno (los búhos) sin perderte en Madrid 🦉", kind="video"),
     P("Si vienes a Madrid tienes que coger el metro en hora punta al menos una vez para entender la ciudad 😂", kind="video"),
     P("3 miradores gratis para ver el atardecer", kind="video"),
     ], garm={},
     classes=["hard_negative:profanity:regional_word", "hard_negative:adult:regional_word", "risky_words:coger"],
     why="'Coger el autobús' means to take the bus in Spain; the sexual sense is Latin American."),

case(59, "fr", "tiktok", "family", "Minette et moi", "minette.et.moi",
     "Ma vie avec une chatte de 14 ans très exigeante 🐈", "CH", 21700, [
     P("Ma chatte refuse la nouvelle litière. Elle me regarde comme si je l'avais trahie 🐈", kind="video"),
     P("Ma vieille chatte a 14 ans aujourd'hui 🎂 joyeux anniversaire Minette", kind="video"),
     P("Visite chez le véto : elle a boudé toute la journée", kind="video"),
     ], garm={},
     classes=["hard_negative:adult:everyday_words", "hard_negative:profanity:everyday_words", "risky_words:chatte"],
     why="'Ma chatte' is a female cat; the account is about an elderly pet."),

case(60, "de", "tiktok", "food", "Jule kocht", "julekocht",
     "Einfache Rezepte für Studis 🍝", "DE", 88000, [
     P("Diese Lasagne ist einfach GEIL 🤤 und kostet unter 5 Euro", kind="video"),
     P("Geile Soße aus drei Zutaten, ihr werdet es lieben", kind="video"),
     P("Was Studis wirklich kochen: Nudeln mit Pesto, aber richtig gut", kind="video"),
     ], garm={},
     classes=["hard_negative:profanity:slang", "hard_negative:adult:slang", "risky_words:geil"],
     why="German youth slang 'geil' means great; the account is student cooking."),
]

# Validation batch of the audience-and-authenticity cases (au-val-*).
# Each C(...) is one creator, written by hand: persona, the posts that make
# or break the case, the numeric story and the labels. gen.py fills in the
# everyday posts and the counts around it.
from gen import C, P, S, FS, R, PREFIX

PREFIX[0] = "au-val-"


def daily(days=75, g=0.0007, ev=(), **kw):
    return S(cad=1, days=days, g=g, ev=ev, **kw)


# ------------------------------------------------------------ follower_spike: positives

C("es", "eu", "instagram", "nerea.entrena", "Nerea Pastor", "Entrenadora personal en Zaragoza 🏋️‍♀️ Fuerza para mujeres reales", "fitness",
  49800, 612, 934, ["positive:follower_spike:bought"], ["follower_spike"],
  "Gains about 25 followers a day, then +21,600 between two daily crawls in early October; no post near the jump stands out in likes or views and nothing mentions her.",
  sigma=0.22, snap=daily(80, 0.0005, [(52, 21600, 1)]))

C("en", "us", "instagram", "glowbymaddie", "Maddie Brooks", "skincare for sensitive skin | Austin TX | esthetician in training", "style",
  118400, 890, 1420, ["positive:follower_spike:round_jumps"], ["follower_spike"],
  "Two steps of almost exactly +10,000 overnight (late August and late October) on an otherwise slow daily climb; her posts around both steps are ordinary.",
  sigma=0.22, snap=daily(110, 0.0003, [(94, 10000, 1), (33, 10000, 1)]))

C("de", "eu", "tiktok", "jonas.kocht", "Jonas Richter", "Studentenküche unter 3 € 🍝 | Münster", "food",
  86300, 240, 412, ["positive:follower_spike:bought"], ["follower_spike"],
  "Jumps by about 36,000 over two days in mid-September; the videos around it got his usual 10–30k views and no larger account mentions him.",
  sigma=0.22, snap=daily(90, 0.0009, [(75, 18200, 1), (74, 17900, 1)]))

C("fr", "eu", "youtube", "atelierbois_thomas", "Thomas Girard – Atelier Bois", "Menuiserie à la main, outils anciens et projets du week-end. Nouvelle vidéo un dimanche sur deux.", "tech",
  41200, None, 187, ["positive:follower_spike:bought"], ["follower_spike"],
  "A woodworking channel that adds ~15 subscribers a day, then +17,800 in a single day in October; the video published that week drew 4,000 views like the others.",
  sigma=0.2, snap=daily(100, 0.0004, [(47, 17800, 1)]),
  key=[P(49, "Restaurer un rabot de 1930 : dérouillage, planage de la semelle et affûtage du fer.", title="Je restaure un rabot de 1930 (il coupe comme un neuf)")])

C("it", "eu", "instagram", "ilaria.incucina", "Ilaria Greco", "Cucina di casa dal Salento 🍅 ricette della nonna, versione veloce", "food",
  63900, 455, 1108, ["positive:follower_spike:bought"], ["follower_spike"],
  "Weekly crawls: +300 a week for months, then +18,400 in one week in September with no post out of the ordinary and no mention by anyone.",
  sigma=0.22, snap=S(cad=7, days=140, g=0.0007, ev=[(70, 18400, 1)]))

C("pt", "eu", "instagram", "rita.pelomundo", "Rita Marques", "Viagens baratas a partir de Lisboa ✈️ roteiros e dicas", "travel",
  72500, 980, 1306, ["positive:follower_spike:unexplained_despite_interview"], ["follower_spike"],
  "Gains +24,700 in one day in October. The day before she thanks a local radio for an interview, but that post got her usual likes and nothing else in the data (no standout post, no mention) explains a jump of a third of her audience.",
  sigma=0.22, snap=daily(85, 0.0005, [(40, 24700, 1)]),
  key=[P(41, "Obrigada à equipa da rádio pela entrevista desta manhã! Falámos de viajar barato fora de época e de como organizo os roteiros. 🎙️")])

C("en", "us", "bluesky", "hollis-reads.bsky.social", "Hollis Grant", "Book reviews, mostly literary fiction. Bookseller by day. (she/her)", "life",
  14300, 610, 3880, ["positive:follower_spike:bought"], ["follower_spike"],
  "A book reviewer growing by ~8 followers a day jumps by 6,100 between two daily crawls; none of her posts around then had more than her usual 100–300 likes.",
  sigma=0.22, snap=daily(70, 0.0006, [(29, 6100, 1)]))

C("es", "us", "tiktok", "chef.rodrigo.mx", "Rodrigo Campos", "Cocina mexicana de fonda 🌮 CDMX | recetas en 60 segundos", "food",
  158000, 310, 688, ["positive:follower_spike:unexplained_despite_podcast"], ["follower_spike"],
  "Adds ~40,000 followers over two days in September. A video two days earlier says he was a guest on a podcast, but its views and likes are his usual and no podcast host or larger account appears in the data.",
  sigma=0.22, snap=daily(90, 0.0006, [(68, 20500, 1), (67, 19800, 1)]),
  key=[P(70, "Ayer estuve de invitado en un podcast hablando de la comida de fonda y de por qué el caldo se hace con calma. ¡Gracias por la invitación! 🎧")])

C("de", "eu", "instagram", "lea.liest", "Lea Krüger", "📚 Bücherblog | Krimis, Klassiker & Kaffee | Leipzig", "life",
  23900, 720, 1650, ["positive:follower_spike:round_jumps"], ["follower_spike"],
  "Three overnight steps of about +5,000 (August, September, November) on a flat line of +10 a day; each step falls on a day with an ordinary post.",
  sigma=0.22, snap=daily(110, 0.0004, [(101, 5000, 1), (64, 5000, 1), (18, 5000, 1)]))

C("en", "uk", "youtube", "pixelforge_plays", "PixelForge", "Retro strategy games, long playthroughs, no screaming. New episodes Tue/Fri.", "tech",
  58700, None, 412, ["positive:follower_spike:bought"], ["follower_spike"],
  "+19,000 subscribers within two days in October while every video in the window kept its usual 5–9k views.",
  sigma=0.2, snap=daily(80, 0.0005, [(44, 9800, 1), (43, 9200, 1)]))

C("fr", "eu", "instagram", "margaux.dressing", "Margaux Fontaine", "Mode accessible 👗 Bordeaux | looks du quotidien à petit prix", "style",
  77200, 540, 1204, ["positive:follower_spike:bought", "positive:suspicious_followers:bot_farm"], ["follower_spike", "suspicious_followers"],
  "+29,500 in a day in September with no standout post; almost half of the sampled followers have no avatar, no posts, random-character handles and follow thousands of accounts.",
  sigma=0.22, snap=daily(90, 0.0005, [(61, 29500, 1)]), fol=FS("fake", 0.46, 110))

C("it", "eu", "tiktok", "marco.gioca", "Marco Ferrari", "Giochi da tavolo spiegati in 1 minuto 🎲 Torino", "tech",
  121000, 455, 538, ["positive:follower_spike:bought"], ["follower_spike"],
  "+48,000 between two daily crawls in October; the board-game explainers around that day had 20–40k views as always.",
  sigma=0.22, snap=daily(70, 0.0008, [(36, 48000, 1)]))

# ------------------------------------------------------------ follower_spike: hard negatives

C("en", "us", "tiktok", "nana.joan.bakes", "Joan Ellis", "72, retired school cook, baking the recipes I made for 30 years 🥧", "food",
  212000, 88, 164, ["hard_negative:follower_spike:genuine_viral", "hard_negative:engagement_above_tier:viral_post"], [],
  "Jumps from ~55k to ~190k over three days in September, right after her pie-crust video reached 9.8M views (usual: 30–80k). The viral video explains the spike; her typical engagement stays ordinary.",
  snap=daily(90, 0.0008, [(71, 48000, 1), (70, 61000, 1), (69, 27000, 1)]),
  key=[P(73, "The cafeteria pie crust I made for 30 years. Cold butter, cold hands, don't overwork it. That's the whole secret 🥧", m=45, vm=120)])

C("es", "eu", "instagram", "sergio.rutasmtb", "Sergio Serrano", "MTB y rutas por el Pirineo 🚵 Huesca", "fitness",
  38600, 820, 960, ["hard_negative:follower_spike:genuine_viral"], [],
  "Gains ~14,000 in two days in October, starting the day after a reel of a bearded vulture flying alongside him hit 3.1M views (his usual: 15–40k).",
  snap=daily(80, 0.0006, [(42, 8200, 1), (41, 5900, 1)]),
  key=[P(43, "Un quebrantahuesos nos acompañó casi un kilómetro bajando por el barranco. Todavía no me lo creo 🦅", kind="video", m=14, vm=90)])

C("de", "eu", "youtube", "werkstatt_wolf", "Stefan Wolf – Werkstatt", "Alte Traktoren, neue Lager. Restaurierungen aus dem Allgäu.", "tech",
  96400, None, 233, ["hard_negative:follower_spike:genuine_viral"], [],
  "+31,000 subscribers over three days in August after his 1958 tractor restoration video reached 2.4M views (usual 30–60k).",
  snap=daily(110, 0.0005, [(96, 12000, 1), (95, 11000, 1), (94, 8000, 1)]),
  key=[P(98, "Nach 40 Jahren in der Scheune: wir bringen den Bulldog von 1958 wieder zum Laufen. Ohne Schnitte, mit allen Pannen.", title="40 Jahre in der Scheune – springt der Bulldog wieder an?", m=25, vm=45)])

C("fr", "eu", "bluesky", "claire-astronome.bsky.social", "Claire Lambert", "Astrophysicienne, vulgarisation, photos du ciel depuis la Drôme.", "tech",
  31800, 840, 5210, ["hard_negative:follower_spike:genuine_viral", "hard_negative:engagement_above_tier:viral_post"], [],
  "Gains ~9,500 in two days after her thread explaining the aurora seen over France collected 26,000 likes (usual 150–400). One viral post; her other posts stay normal.",
  snap=daily(70, 0.0007, [(25, 5600, 1), (24, 3900, 1)]),
  key=[P(26, "Oui, les lueurs rouges vues cette nuit jusqu'en Provence sont bien des aurores. Petit fil pour comprendre pourquoi on les voit si loin au sud 🧵", m=80)])

C("it", "eu", "instagram", "elisa.ceramica", "Elisa Conti", "Ceramica fatta a mano a Faenza 🏺 tazze, piatti, errori felici", "life",
  27400, 640, 890, ["hard_negative:follower_spike:collab_larger_creator"], [],
  "+9,800 in two days in October right after a collaboration reel with a much larger home-design creator, who also commented on her post; that reel had about 20× her usual views.",
  snap=daily(80, 0.0006, [(39, 6100, 1), (38, 3700, 1)]),
  key=[P(40, "Che emozione lavorare al tornio con @casa.di.vale! Abbiamo creato insieme un servizio da colazione per la sua nuova cucina. Guardate com'è venuto ☕", kind="video", m=6, vm=20,
         replies=[("casa.di.vale", "È stata una giornata bellissima, le tazze sono già in uso tutte le mattine 💛", 45)])])

C("pt", "us", "tiktok", "duda.danca", "Duda Almeida", "danço na cozinha e ensino os passos 💃 BH", "fitness",
  64100, 380, 512, ["hard_negative:follower_spike:collab_larger_creator"], [],
  "Gains ~25,000 in two days in September after a duet with a dancer who has millions of followers; the duet post has ~20× her usual views and the larger creator replied under it.",
  snap=daily(80, 0.0008, [(58, 15000, 1), (57, 10000, 1)]),
  key=[P(59, "Dueto com a @thaisgirodanca!! Eu ainda não acredito que ela respondeu o meu vídeo 😭 passo a passo no próximo vídeo", m=12, vm=22,
         replies=[("thaisgirodanca", "Arrasou demais!! Bora gravar outro?", 25)])])

C("en", "uk", "youtube", "riverside_birder", "Owen Hayes", "Birds of the Thames estuary. Field recordings, slow walks, bad weather.", "life",
  19800, None, 156, ["hard_negative:follower_spike:collab_larger_creator"], [],
  "+7,400 subscribers over two days after a nature channel with a far larger audience featured him in a joint walk; his video of the walk drew 15× his usual views and the other channel commented.",
  snap=daily(90, 0.0005, [(55, 4600, 1), (54, 2800, 1)]),
  key=[P(56, "A winter walk on the marshes with Grace from The Wild Margins. We found the short-eared owls.", title="Short-eared owls on the marsh (with The Wild Margins)", m=12, vm=15,
         replies=[("TheWildMargins", "Such a good day out, Owen. Everyone go subscribe, his recordings are magic.", 90)])])

C("fr", "eu", "instagram", "chef.lucie.bonnet", "Lucie Bonnet", "Cheffe à Nantes 🍽️ cuisine de saison, zéro gaspillage", "food",
  33700, 910, 1102, ["hard_negative:follower_spike:tv_appearance", "hard_negative:engagement_above_tier:press_moment"], [],
  "+12,300 in two days in October; the day before, she posted about competing on a prime-time cooking show and that post drew ~15× her usual likes and comments. The TV moment is visible in the data.",
  snap=daily(80, 0.0006, [(31, 7400, 1), (30, 4900, 1)]),
  key=[P(32, "Ce soir à 21h, vous me verrez en cuisine dans Le Grand Concours des Chefs sur France 2 ! Trois mois de secret, enfin je peux en parler 😱🔪", m=15)])

C("de", "eu", "instagram", "bienenhof.neumann", "Katrin Neumann", "Imkerin 🐝 Bio-Honig vom Bienenhof Neumann, Uckermark", "food",
  15200, 480, 702, ["hard_negative:follower_spike:press_feature"], [],
  "+4,800 in two days after a national newspaper's weekend magazine featured her beekeeping; her post sharing the article drew 12× her usual likes.",
  snap=daily(80, 0.0006, [(22, 2900, 1), (21, 1900, 1)]),
  key=[P(23, "Wir sind im Wochenendmagazin! 🐝 Zwei Tage war die Reporterin bei uns am Hof. Danke für das schöne Porträt – der Link zum Artikel ist in der Story.", m=12)])

C("es", "eu", "tiktok", "aina.ceramista", "Ainhoa Soler", "Torno, esmaltes y mucho barro 🏺 Valencia", "life",
  142000, 260, 388, ["hard_negative:follower_spike:steady_fast_growth", "hard_negative:flat_engagement:consistent_but_varied"], [],
  "Grows fast but steadily, 1,000–1,400 followers a day for three months with no single jump; her videos vary naturally between 40k and 400k views.",
  snap=daily(90, 0.0095, noise=0.2))

C("en", "us", "instagram", "thecraftyengineer", "Isaac Kim", "Mechanical engineer making furniture from scrap metal ⚙️ Detroit", "tech",
  87200, 510, 642, ["hard_negative:follower_spike:steady_fast_growth"], [],
  "Gains 400–700 followers every day for months: fast, smooth growth without any step; engagement varies normally.",
  snap=daily(100, 0.0065, noise=0.22))

# ------------------------------------------------------------ follower_drop: positives

C("en", "us", "instagram", "jetsetjordan", "Jordan Reyes", "Luxury travel on a budget ✈️ | DM for collabs", "travel",
  61200, 1120, 1630, ["positive:follower_drop:purge"], ["follower_drop"],
  "Loses 23,800 followers between two daily crawls in October (from ~85k to ~61k) after months of slow growth: the shape of a platform purge of fake accounts.",
  snap=daily(90, 0.0004, [(37, -23800, 1)]))

C("es", "eu", "instagram", "paula.maquilla", "Paula Rubio", "Maquilladora profesional 💄 Sevilla | tutoriales y novias", "style",
  44100, 690, 1380, ["positive:follower_drop:purge"], ["follower_drop"],
  "Weekly crawls: steady for months, then −15,600 in one week in September with nothing else changing.",
  snap=S(cad=7, days=140, g=0.0005, ev=[(84, -15600, 1)]))

C("de", "eu", "tiktok", "fitmitfelix", "Felix Becker", "Home Workouts ohne Geräte 💪 | Köln", "fitness",
  132000, 290, 720, ["positive:follower_spike:bought", "positive:follower_drop:purge_after_purchase"], ["follower_spike", "follower_drop"],
  "+60,000 in one day in August with no standout video, then −41,000 over two days in October: bought followers later removed.",
  sigma=0.22, snap=daily(115, 0.0004, [(102, 60000, 1), (46, -22000, 1), (45, -19000, 1)]))

C("fr", "eu", "instagram", "jeanne.deco", "Jeanne Mercier", "Déco bohème & chine 🪴 Lille", "life",
  28700, 760, 1510, ["positive:follower_drop:purge"], ["follower_drop"],
  "Drops from ~37k to ~28.7k (−8,400, over 22%) between two daily crawls in November.",
  snap=daily(70, 0.0003, [(13, -8400, 1)]))

C("it", "eu", "youtube", "lorenzo.tecnologia", "Lorenzo Mancini", "Recensioni tech oneste, senza unboxing urlati.", "tech",
  152000, None, 520, ["positive:follower_drop:purge"], ["follower_drop"],
  "Loses 38,000 subscribers in one day in September, a quarter of the channel, while views stay as before.",
  snap=daily(100, 0.0003, [(66, -38000, 1)]))

C("pt", "eu", "instagram", "joana.fit.porto", "Joana Ribeiro", "PT certificada 🏋️‍♀️ Porto | planos online", "fitness",
  19300, 1480, 1120, ["positive:follower_drop:purge"], ["follower_drop"],
  "−6,900 followers in one day in October after a flat summer: a sudden loss of more than a quarter.",
  snap=daily(85, 0.0002, [(34, -6900, 1)]))

C("en", "uk", "tiktok", "lads_on_a_budget", "Lads on a Budget", "Cheap eats and cheap days out across the UK 🇬🇧", "food",
  204000, 120, 860, ["positive:follower_drop:purge"], ["follower_drop"],
  "−52,000 followers across two daily crawls in late October; no sign of controversy, posting carries on as usual.",
  snap=daily(75, 0.0004, [(31, -28000, 1), (30, -24000, 1)]))

C("es", "eu", "youtube", "viajaconhugo", "Hugo Gil", "Vlogs de viajes en furgoneta 🚐", "travel",
  88300, None, 345, ["positive:follower_drop:purge"], ["follower_drop"],
  "Weekly crawls show −21,700 subscribers in one week in August, otherwise slow growth.",
  snap=S(cad=7, days=147, g=0.0004, ev=[(98, -21700, 1)]))

C("de", "eu", "instagram", "nina.nails.berlin", "Nina Hartmann", "Nageldesign Berlin-Neukölln 💅 Termine per DM", "style",
  11800, 2150, 1890, ["positive:follower_drop:purge"], ["follower_drop"],
  "Falls from ~18.9k to ~11.8k in one day in September, a 37% loss.",
  snap=daily(80, 0.0002, [(60, -7100, 1)]))

C("fr", "eu", "tiktok", "leo.skate.mtp", "Léo Chevalier", "Skate, chutes et petites victoires 🛹 Montpellier", "fitness",
  57400, 410, 690, ["positive:follower_spike:round_jumps", "positive:follower_drop:purge_after_purchase"], ["follower_spike", "follower_drop"],
  "An overnight +20,000 in July with nothing to explain it, then −17,000 in one day in October when the bought followers were removed.",
  sigma=0.22, snap=daily(125, 0.0004, [(121, 20000, 1), (27, -17000, 1)]))

C("it", "eu", "instagram", "vale.viaggia", "Valentina Ricci", "Weekend in Europa con 200€ ✈️ Milano", "travel",
  36900, 870, 1240, ["positive:follower_drop:purge"], ["follower_drop"],
  "−11,200 followers in one day in November after a quiet autumn.",
  snap=daily(70, 0.0003, [(9, -11200, 1)]))

# ------------------------------------------------------------ follower_drop: hard negatives

C("en", "us", "instagram", "chefmarcush", "Marcus Hughes", "Chef, author, dad. Restaurants in NYC & Chicago. Books wherever books are sold.", "food",
  2410000, 820, 3120, ["hard_negative:follower_drop:mega_small_relative", "hard_negative:engagement_below_tier:mega_normal"], [],
  "A chef with 2.4M followers loses ~9,000 between two crawls in November: a big number, but 0.4% of the audience and within his weekly ups and downs. ER around 0.6% is ordinary for a mega account.",
  er=0.006, snap=daily(70, 0.0002, [(15, -9000, 1)], noise=1.2))

C("es", "eu", "instagram", "dani.opina", "Daniel Castro", "Opino de fútbol y de cocina, no siempre en ese orden ⚽🍳 Madrid", "food",
  52400, 680, 2210, ["hard_negative:follower_drop:gradual_decline"], [],
  "Loses followers slowly for three months (−40 to −60 a day, about 8% in total): a gradual decline after he posted less, not a sudden loss.",
  snap=daily(95, -0.0009, noise=0.35))

C("de", "eu", "youtube", "orgel_und_mehr", "Tobias Lange – Orgel und mehr", "Kirchenorgeln in Norddeutschland, erklärt und gespielt.", "life",
  24100, None, 210, ["hard_negative:follower_drop:missing_crawl"], [],
  "One weekly crawl in September returned no subscriber count (null); the series around it is smooth. A missing value is not a drop to zero.",
  snap=S(cad=7, days=140, g=0.0005, nulls=(63,)))

C("fr", "eu", "instagram", "noel.chez.margot", "Margot Dupont", "Marchés de Noël, bredele et déco d'hiver 🎄 Strasbourg", "food",
  18900, 430, 760, ["hard_negative:follower_drop:seasonal_decline"], [],
  "A Christmas-market account that loses followers slowly through the summer (about −0.1% a day) and picks up again in November; no sudden step.",
  snap=S(cad=7, days=168, g=-0.0008, noise=0.3))

C("it", "eu", "tiktok", "prof.davide.storia", "Davide Bruno", "Prof di storia al liceo 📜 la storia in 60 secondi", "life",
  310000, 140, 920, ["hard_negative:follower_drop:controversy_small"], [],
  "After a video on a disputed historical topic he lost about 4,500 followers over a week (1.4%), spread over several days, then growth resumed.",
  snap=daily(80, 0.0006, [(40, -900, 1), (39, -1100, 1), (38, -1000, 1), (37, -800, 1), (36, -700, 1)]),
  key=[P(41, "Oggi parliamo di un tema che divide: la questione meridionale. Vi dico cosa dicono le fonti, non cosa pensiamo noi.", m=2.5, vm=3)])

C("pt", "eu", "instagram", "pedro.fotografa", "Pedro Gonçalves", "Fotografia de rua 📷 Lisboa", "travel",
  16700, 940, 2870, ["hard_negative:follower_drop:following_cleanup", "hard_negative:mass_following:following_cleanup"], [],
  "His following count fell from ~6,400 to 940 in one week when he cleaned up the accounts he follows; his follower count did not move. Today he follows far fewer than follow him.",
  snap=S(cad=7, days=126, g=0.0004, fw="cleanup", fsaw=50, fbefore=6400))

C("en", "uk", "mastodon", "@ruthprice@mastodon.social", "Ruth Price", "Data journalist. Charts, public spending, the occasional cat. Views mine.", "tech",
  48200, 1320, 9420, ["hard_negative:follower_drop:migration_wobble", "hard_negative:mass_following:fediverse_normal"], [],
  "Mastodon account whose follower count wobbles down ~1,100 over ten days when an instance defederated and then recovers; no single large loss. She follows 1,320 accounts, normal for a conversational fediverse user of her size.",
  snap=daily(60, 0.0003, [(30, -300, 1), (28, -350, 1), (25, -250, 1), (21, -200, 1), (12, 500, 1), (10, 400, 1)]))

C("es", "us", "tiktok", "karla.comediante", "Karla Ortega", "Stand-up y sketches 🎤 Guadalajara", "life",
  1280000, 210, 1430, ["hard_negative:follower_drop:mega_small_relative"], [],
  "Loses ~6,000 followers in a day in October: large in absolute terms, 0.5% of a 1.28M audience, and her daily changes swing by a few thousand anyway.",
  snap=daily(80, 0.0003, [(35, -6000, 1)], noise=1.3))

C("fr", "eu", "web", "carnetsdejules.fr", "Les carnets de Jules", "Blog de randonnée en Auvergne : itinéraires, cartes et refuges.", "travel",
  None, None, None, ["hard_negative:follower_drop:no_follower_data"], [],
  "A hiking blog: the web page publishes no follower count, so there is no series to judge and no drop.")

C("de", "eu", "instagram", "marie.malt", "Marie Klein", "Aquarell & Urban Sketching ✏️ Hamburg", "life",
  7600, 390, 640, ["hard_negative:follower_drop:small_noise"], [],
  "A small account whose daily counts go up and down by 10–30 followers; the largest single-day loss is 41 (0.5%).",
  snap=daily(60, 0.0001, noise=6.0))

# ------------------------------------------------------------ mass_following: positives

C("en", "us", "instagram", "hustle.with.tyler", "Tyler Morgan", "Entrepreneur | Mindset | Passive income 💸 Follow for daily motivation", "life",
  3140, 7460, 412, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 7,460 accounts with 3,140 followers; the following count in the snapshots rises and falls in a saw-tooth, the follow/unfollow pattern.",
  snap=S(cad=3, days=90, g=0.0015, fw="saw", fsaw=5))

C("es", "eu", "instagram", "mireia.moda.bcn", "Mireia Vidal", "Moda y tendencias ✨ Barcelona | colaboraciones por DM", "style",
  8900, 7120, 1030, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 7,120 accounts against 8,900 followers, and the following count climbs and is cut back every few crawls.",
  snap=S(cad=2, days=60, g=0.001, fw="saw", fsaw=6))

C("de", "eu", "tiktok", "gamer.lukas.k", "Lukas K.", "Fortnite & Minecraft 🎮 folge zurück!", "tech",
  4600, 9800, 214, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 9,800 accounts with 4,600 followers and asks for follow-backs in his bio.")

C("pt", "us", "instagram", "lari.empreende", "Larissa Sousa", "Mentora de vendas 💰 | Sigo de volta | SP", "life",
  12600, 7480, 890, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 7,480 (near the platform's limit) with 12,600 followers; the following count repeatedly jumps and falls back between crawls.",
  snap=S(cad=2, days=70, g=0.001, fw="saw", fsaw=4))

C("fr", "eu", "bluesky", "nico-crypto-fr.bsky.social", "Nico 🚀", "Web3, trading, liberté financière. Je follow back 🔁", "tech",
  5200, 28700, 1840, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "A Bluesky account following 28,700 accounts with 5,200 followers.")

C("it", "eu", "instagram", "federico.fotografo.roma", "Federico Marino", "Fotografo di matrimoni 📸 Roma e Lazio", "life",
  6400, 6900, 1320, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 6,900 accounts with 6,400 followers; the following count rose by ~2,500 in a week and fell back the next, twice.",
  snap=S(cad=3, days=80, g=0.0008, fw="saw", fsaw=7))

C("en", "uk", "tiktok", "gymbro.callum", "Callum Walsh", "Gym progress and protein hacks 💪 follow4follow", "fitness",
  2900, 8300, 165, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 8,300 with 2,900 followers; 'follow4follow' in the bio.")

C("es", "us", "instagram", "nutri.ximena", "Ximena Prieto", "Nutrióloga 🥑 | Bajar de peso sin dietas | Monterrey", "food",
  21300, 7350, 980, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 7,350 accounts with 21,300 followers; the following line rises steadily and then drops by thousands, again and again.",
  snap=S(cad=2, days=60, g=0.0009, fw="saw", fsaw=8))

C("de", "eu", "bluesky", "sven-investiert.bsky.social", "Sven | Finanzen", "ETFs, Dividenden, FIRE. Folge jedem zurück.", "tech",
  3900, 14200, 980, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 14,200 accounts on Bluesky with 3,900 followers, and says he follows everyone back.")

C("fr", "eu", "instagram", "ines.coaching.vie", "Inès Girard", "Coach de vie certifiée 🌸 Abonne-toi, je te suis !", "life",
  4300, 6850, 720, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 6,850 accounts with 4,300 followers; her bio promises a follow back.")

C("pt", "eu", "tiktok", "tiago.receitas.fit", "Tiago Lopes", "Receitas fit em 30s 💪🥗 Braga", "food",
  9100, 7900, 410, ["positive:mass_following:follow_for_follow"], ["mass_following"],
  "Follows 7,900 accounts with 9,100 followers; the following count swings by thousands between crawls.",
  snap=S(cad=3, days=75, g=0.001, fw="saw", fsaw=6))

# ------------------------------------------------------------ mass_following: hard negatives

C("de", "eu", "mastodon", "@hanna_bahn@chaos.social", "Hanna Vogel", "Bahnfahrerin, Verkehrsplanerin, Strickerin. Threads über Nahverkehr.", "travel",
  2300, 1890, 6120, ["hard_negative:mass_following:fediverse_normal", "hard_negative:comment_like_ratio_outlier:conversational", "hard_negative:engagement_pod:fediverse_regulars"], [],
  "Follows 1,890 accounts with 2,300 followers: ordinary on Mastodon, where people follow whom they talk to. Her posts get many replies relative to favourites because they start discussions.",
  cl=0.8, rep=R("conv", k=5, per=(4, 8)))

C("en", "us", "bluesky", "marisol-teaches.bsky.social", "Marisol Bennett", "5th grade teacher in Tucson. Science experiments with cheap stuff. 🔬", "life",
  3400, 2150, 4210, ["hard_negative:mass_following:teacher_network"], [],
  "Follows 2,150 accounts (mostly other teachers, judging by her replies) with 3,400 followers: a peer network, not follow-for-follow; the following count is stable over months.")

C("es", "eu", "instagram", "panaderia.lamolina", "Panadería La Molina", "Pan de masa madre desde 1962 🥖 Calle Mayor 12, Logroño", "food",
  1700, 1130, 980, ["hard_negative:mass_following:local_business"], [],
  "A neighbourhood bakery that follows 1,130 local customers back, with 1,700 followers; the following count has not moved in months.")

C("fr", "eu", "instagram", "sarah.journaliste", "Sarah Moreau", "Journaliste politique. Ce que je lis, ce que j'écris.", "life",
  94300, 2840, 3120, ["hard_negative:mass_following:journalist"], [],
  "A political journalist following 2,840 accounts with 94,300 followers: many follows in absolute terms, but 3% of her audience and steady across the snapshots.")

C("it", "eu", "instagram", "chiara.e.basta", "Chiara Colombo", "giurisprudenza a Padova, gatti, ricette sbagliate", "life",
  610, 720, 380, ["hard_negative:mass_following:small_personal"], [],
  "A small personal account that follows 720 and is followed by 610: friends, classmates and pages she likes. Following slightly more than followers is normal at this size.")

C("pt", "eu", "bluesky", "ana-ciencia.bsky.social", "Ana Fernandes", "Bióloga marinha, divulgação científica, Aveiro 🐙", "tech",
  6800, 1620, 3190, ["hard_negative:mass_following:scientist_network"], [],
  "Follows 1,620 with 6,800 followers on Bluesky, a steady number that includes colleagues and institutions.")

C("en", "uk", "instagram", "greenhouse.collective", "The Greenhouse Collective", "Community garden in Bristol 🌱 volunteers welcome, Saturdays 10am", "life",
  4100, 1580, 1210, ["hard_negative:mass_following:community_account"], [],
  "A community garden account following 1,580 local members and groups, with 4,100 followers; no churn in the following series.")

C("de", "eu", "tiktok", "oma.gisela.strickt", "Gisela Koch", "Oma strickt 🧶 Muster für Anfänger | Bielefeld", "life",
  38400, 1510, 260, ["hard_negative:mass_following:reciprocal_community"], [],
  "Follows 1,510 accounts, many of them knitters who sent her photos of their work, with 38,400 followers; stable following count.")

C("es", "us", "bluesky", "el-profe-beto.bsky.social", "Alberto Ruiz", "Profe de física en prepa 🧲 memes de ciencia", "tech",
  9300, 3900, 7120, ["hard_negative:mass_following:active_community_member"], [],
  "Follows 3,900 accounts with 9,300 followers: a lot, but below his audience and built up slowly since he joined, with no follow/unfollow churn.",
  snap=S(cad=7, days=126, g=0.002, fw="climb"))

# ------------------------------------------------------------ suspicious_followers: positives

C("en", "us", "instagram", "brittany.glamlife", "Brittany Shaw", "Lifestyle | Fashion | Travel 💋 LA", "style",
  92100, 640, 780, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "In a sample of 120 followers, about 55% have no avatar, no posts, handles of random letters and digits, and follow thousands of accounts.",
  fol=FS("fake", 0.55, 120))

C("es", "eu", "instagram", "alvaro.motor", "Álvaro Navarro", "Coches, motos y rutas 🏍️ Madrid", "tech",
  41700, 820, 960, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "About 40% of 100 sampled followers are empty accounts with random-character handles following 1,500–7,500 accounts.",
  fol=FS("fake", 0.4, 100))

C("de", "eu", "bluesky", "trendalarm.bsky.social", "Trend Alarm DE", "Trends, News, Memes. Täglich.", "tech",
  18900, 720, 5600, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "Bluesky follower list: ~50% of 90 sampled accounts have no avatar, no posts, random handles and follow thousands.",
  fol=FS("fake", 0.5, 90))

C("fr", "eu", "tiktok", "manon.beaute", "Manon Laurent", "Beauté à petit prix 💄 Marseille", "style",
  67400, 310, 480, ["positive:suspicious_followers:bot_farm", "positive:engagement_below_tier:fake_audience"], ["suspicious_followers", "engagement_below_tier"],
  "60% of sampled followers look fake on four signs at once, and her videos get a few hundred views for 67k followers, far below what TikTok accounts of her size reach.",
  er=0.0011, fol=FS("fake", 0.6, 110))

C("it", "eu", "instagram", "luca.chef.milano", "Luca Gallo", "Chef privato a Milano 🍝 eventi e cene a domicilio", "food",
  28300, 910, 640, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "Of 100 sampled followers, 38 have no avatar, no posts, handles like 'user48213907', and follow 2,000+ accounts.",
  fol=FS("fake", 0.38, 100))

C("pt", "us", "instagram", "gabi.influ.rio", "Gabriela Costa", "Moda, praia e autoestima 🌴 Rio", "style",
  134000, 1020, 1340, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "Two thirds of the 150 sampled followers are empty accounts with random handles that follow thousands.",
  fol=FS("fake", 0.66, 150))

C("en", "uk", "mastodon", "@growthhacker@mastodon.online", "Growth Hacker UK", "Marketing tips. Growth. Funnels.", "tech",
  6100, 480, 2100, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "A Mastodon marketing account whose public follower list is about 45% empty accounts with random names following thousands.",
  fol=FS("fake", 0.45, 80))

C("es", "us", "tiktok", "memes.de.diego", "Diego Moreno", "memes y reacciones 😂 Bogotá", "tech",
  212000, 390, 1180, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "Around 48% of sampled followers have no avatar, no posts, a random-character handle and follow thousands.",
  fol=FS("fake", 0.48, 120))

C("de", "eu", "instagram", "julia.yoga.flow", "Julia Schulz", "Yogalehrerin 🧘 Retreats & Online-Kurse | München", "fitness",
  33100, 770, 890, ["positive:suspicious_followers:bot_farm", "positive:engagement_below_tier:fake_audience"], ["suspicious_followers", "engagement_below_tier"],
  "About 42% of sampled followers look bought on several signs at once, and her posts reach 0.15% engagement, far below accounts of her size.",
  er=0.0015, fol=FS("fake", 0.42, 100))

C("fr", "eu", "youtube", "cuisine.express.fr", "Cuisine Express", "Recettes en 5 minutes chrono ⏱️", "food",
  245000, None, 720, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "Sampled subscribers: about 52% empty accounts with random handles following thousands of channels.",
  fol=FS("fake", 0.52, 100))

C("it", "eu", "bluesky", "notizie-flash-it.bsky.social", "Notizie Flash", "Le notizie del giorno in breve ⚡", "life",
  11200, 530, 8900, ["positive:suspicious_followers:bot_farm"], ["suspicious_followers"],
  "About 44% of 90 sampled followers show all four fake signs: no avatar, no posts, random handle, following thousands.",
  fol=FS("fake", 0.44, 90))

# ------------------------------------------------------------ suspicious_followers: hard negatives

C("en", "us", "youtube", "quiet.garden.asmr", "Quiet Garden", "Slow gardening videos. No music, no talking. Just rain and soil.", "life",
  186000, None, 140, ["hard_negative:suspicious_followers:lurker_audience"], [],
  "About half of the sampled subscribers have no avatar and no uploads, as viewers of a relaxation channel do; their handles are ordinary names, they follow a few dozen to a few hundred channels, and none looks like a bot.",
  fol=FS("lurker", 0.52, 100))

C("es", "eu", "instagram", "abuela.carmen.cose", "Carmen Iglesias", "Tengo 78 años y coso para mis nietos 🧵 Jaén", "life",
  24600, 140, 310, ["hard_negative:suspicious_followers:lurker_audience", "hard_negative:engagement_above_tier:niche_community"], [],
  "Many of her followers are older people with no avatar, no bio and no posts, following fewer than 300 accounts: lurkers, not bots. Her engagement is high but the comments are specific and from many different people.",
  er=0.048, fol=FS("lurker", 0.48, 100, lang="es"), rep=R("organic", k=5, per=(6, 10)),
  key=[P(6, "Un vestido para la pequeña con la tela de las cortinas de mi casa del pueblo. Me salió un poco largo pero ya crecerá 😊",
         replies=[("maripaz_1958", "Qué bonito Carmen, mi madre también cosía con lo que había en casa", 40),
                  ("lolimartin63", "¿Qué patrón usaste para el cuello?", 95),
                  ("jose.a.vera", "Mi mujer y yo vemos todos tus vídeos, un abrazo desde Úbeda", 300)])])

C("de", "eu", "instagram", "tanja.jahrgang", "Tanja Wolf", "Mama, Laufen, Vollzeitjob 🏃‍♀️ Dortmund", "fitness",
  9400, 510, 1230, ["hard_negative:suspicious_followers:birth_year_handles"], [],
  "Many sampled followers have birth years in their handles (tanja1983, mirko_1979) and some lack avatars, but they have posts, normal following counts and bios: real people.",
  fol=FS("birthyear", 0.45, 90))

C("fr", "eu", "bluesky", "mathilde-hist.bsky.social", "Mathilde Roux", "Historienne médiéviste, Toulouse. Manuscrits et chats.", "life",
  13800, 890, 4420, ["hard_negative:suspicious_followers:new_platform_wave"], [],
  "Most sampled followers joined Bluesky recently: few posts and followers, but they have avatars, bios and modest following counts, as in a migration wave.",
  fol=FS("newwave", 0.6, 90))

C("it", "eu", "tiktok", "nonno.pino.orto", "Pino Esposito", "Nonno Pino e il suo orto 🍅 Campania", "life",
  158000, 45, 220, ["hard_negative:suspicious_followers:lurker_audience"], [],
  "A grandfather's vegetable-garden account: many followers have no avatar and no videos, but ordinary name handles and following counts in the dozens or hundreds.",
  fol=FS("lurker", 0.5, 110))

C("pt", "eu", "instagram", "sofia.lisboa.arq", "Sofia Martins", "Arquitetura e azulejos de Lisboa 🏛️", "travel",
  21300, 760, 910, ["hard_negative:suspicious_followers:single_signals"], [],
  "Some sampled followers show one sign each (a random-looking handle but a full profile; following 2,000 but with avatar, bio and posts; an empty new profile): no account combines the signs a bought follower shows.",
  fol=FS("single_signal", 0.4, 100))

C("en", "uk", "instagram", "padel.dad.ben", "Ben Sullivan", "Padel, kids, bad coffee. Manchester.", "fitness",
  5200, 640, 520, ["hard_negative:suspicious_followers:birth_year_handles"], [],
  "His followers include many handles like 'danny1987' and 'clairew_1991'; they have avatars, posts and normal following counts.",
  fol=FS("birthyear", 0.4, 70))

C("es", "us", "youtube", "mariachi.lessons.mx", "Clases de Mariachi con Raúl", "Aprende trompeta y vihuela desde cero 🎺", "life",
  71200, None, 330, ["hard_negative:suspicious_followers:lurker_audience"], [],
  "Students who watch and never post: half of the sampled subscribers have no avatar and no uploads, but name-like handles and small following counts.",
  fol=FS("lurker", 0.5, 100))

C("de", "eu", "mastodon", "@fahrradkurier@social.vivaldi.net", "Moritz Braun", "Fahrradkurier in Frankfurt. Fotos von der Straße, Kettenöl an den Händen.", "fitness",
  3900, 620, 5100, ["hard_negative:suspicious_followers:new_platform_wave"], [],
  "Many of his Mastodon followers are new accounts with few posts; all have avatars or bios and normal following counts.",
  fol=FS("newwave", 0.55, 70))

C("fr", "eu", "instagram", "papi.julien.peche", "Julien Blanc", "Pêche à la mouche en Ardèche 🎣 retraité heureux", "fitness",
  12400, 310, 740, ["hard_negative:suspicious_followers:lurker_audience", "hard_negative:engagement_below_tier:low_end_normal"], [],
  "An older angler's audience: many followers without avatars or posts but with ordinary names and small following counts. His engagement is modest (about 1%), within the usual range for his size.",
  er=0.0105, fol=FS("lurker", 0.55, 100))

C("it", "eu", "instagram", "gaia.runs", "Gaia Romano", "Maratoneta amatoriale 🏃‍♀️ Firenze", "fitness",
  7900, 560, 830, ["hard_negative:suspicious_followers:ordinary_mix"], [],
  "An ordinary follower sample: a fifth lurkers, a few birth-year handles, a few creators, the rest active people; nothing combines fake signs.",
  fol=FS("normal", 0.0, 90))

# ------------------------------------------------------------ engagement_below_tier: positives

C("en", "us", "instagram", "kendall.lux.living", "Kendall Price", "Luxury lifestyle ✨ Miami | business inquiries via email", "style",
  148000, 920, 1560, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "148k followers, yet her posts get 100–250 likes and a handful of comments (about 0.12%), a fraction of what Instagram accounts of her size get.",
  er=0.0012)

C("es", "eu", "instagram", "irene.viajera", "Irene Campos", "Viajes de lujo y hoteles boutique 🏝️", "travel",
  63400, 1210, 1420, ["positive:engagement_below_tier:inactive_audience", "hard_negative:suspicious_followers:lurker_audience"], ["engagement_below_tier"],
  "Posts reach about 0.15% of her 63k followers, far below the usual 1–2%. The sampled followers are real-looking lurkers rather than bots, so the audience is inactive rather than fake.",
  er=0.0015, fol=FS("lurker", 0.55, 90))

C("de", "eu", "youtube", "autotest_max", "Max Autotest", "Autotests, Fahrberichte, Vergleiche 🚗", "tech",
  412000, None, 610, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "412k subscribers, but recent videos draw 1,500–4,000 views and a few dozen likes: views below 1% of subscribers and engagement far below channels of his size.",
  vr=0.006)

C("fr", "eu", "tiktok", "lea.danse.paris", "Léa Dubois", "Danse contemporaine 🩰 Paris", "fitness",
  286000, 150, 420, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "286k followers, videos at 1,000–3,000 views and under 100 likes: a tiny fraction of what a TikTok account of her size reaches.",
  vr=0.007)

C("it", "eu", "instagram", "davide.fitcoach", "Davide Marino", "Personal trainer 💪 Napoli | schede online", "fitness",
  98300, 1020, 1260, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "About 0.1% engagement on 98k followers for every recent post.",
  er=0.001)

C("pt", "us", "bluesky", "dicas-do-rafa.bsky.social", "Rafa Dicas", "Dicas de produtividade e apps 📱", "tech",
  41200, 800, 2400, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "41k Bluesky followers, but posts get 2–10 likes and almost no replies.",
  er=0.00014)

C("en", "uk", "tiktok", "fitfam.sophie", "Sophie Morgan", "Gym girl 🏋️‍♀️ London | code SOPHIE10 on my own plans", "fitness",
  512000, 220, 640, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "Half a million followers and videos of 2,000–5,000 views with 100–300 likes.",
  vr=0.0065)

C("es", "us", "instagram", "valeria.glam.mx", "Valeria Serrano", "Maquillaje y moda 💄 CDMX", "style",
  221000, 760, 2010, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "221k followers with 200–400 likes per post (about 0.15%).",
  er=0.0014)

C("de", "eu", "instagram", "reisen.mit.jan", "Jan Hoffmann", "Reisefotografie 🌍 Norwegen, Island, Färöer", "travel",
  57600, 980, 1340, ["positive:engagement_below_tier:inactive_audience", "hard_negative:mass_following:moderate"], ["engagement_below_tier"],
  "57k followers, 60–150 likes per post; he follows 980 accounts, a normal number, so nothing else explains the silence of the audience.",
  er=0.0018)

C("fr", "eu", "youtube", "gaming.zone.fr", "Gaming Zone FR", "Tests, actus et lets play 🎮", "tech",
  730000, None, 1820, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "730k subscribers and 2,000–5,000 views per video with under 100 likes: far below channels of its size.",
  vr=0.004)

C("it", "eu", "mastodon", "@notiziario@mastodon.uno", "Notiziario Tech", "Notizie di tecnologia ogni ora.", "tech",
  36000, 40, 21400, ["positive:engagement_below_tier:inactive_audience"], ["engagement_below_tier"],
  "36k followers on Mastodon and almost no favourites or boosts: 0–4 per post.",
  er=0.00006)

# ------------------------------------------------------------ engagement_below_tier: hard negatives

C("en", "us", "youtube", "homefix_with_dan", "Home Fix with Dan", "DIY plumbing, electrical and drywall repairs. Licensed contractor.", "tech",
  1240000, None, 680, ["hard_negative:engagement_below_tier:views_platform", "hard_negative:comment_like_ratio_outlier:youtube_normal"], [],
  "Likes are only about 0.2% of his 1.2M subscribers, but YouTube is judged by views: videos get 60–120k views with 3–4% likes, normal for a channel of his size. Comments are low relative to likes, as on most YouTube channels.",
  vr=0.07)

C("es", "eu", "tiktok", "recetas.de.ines", "Inés Moreno", "Recetas de 3 ingredientes 🍳 Málaga", "food",
  934000, 180, 1210, ["hard_negative:engagement_below_tier:tiktok_normal"], [],
  "About 1% of followers like a typical video, lower than on Instagram but normal for a large TikTok account; views per video (50–150k) and likes per view are healthy.",
  vr=0.11)

C("de", "eu", "instagram", "fotografie.lena", "Lena Weber", "Landschaftsfotografie 📷 Alpen & Allgäu", "travel",
  81600, 540, 930, ["hard_negative:engagement_below_tier:low_end_normal"], [],
  "About 0.7% engagement: at the low end of the average band for 50–100k accounts, not far below it.",
  er=0.0072)

C("fr", "eu", "instagram", "thomas.chef.etoile", "Thomas Fournier", "Chef étoilé à Lyon ⭐ Restaurant Fournier", "food",
  1630000, 310, 2200, ["hard_negative:engagement_below_tier:mega_normal"], [],
  "A mega account (1.6M) at about 0.5% engagement, which is typical for Instagram accounts above one million followers.",
  er=0.0052)

C("it", "eu", "bluesky", "giornalista-anna.bsky.social", "Anna Costa", "Giornalista economica. Link ai miei pezzi e grafici.", "life",
  52100, 1350, 6300, ["hard_negative:engagement_below_tier:link_sharing_normal"], [],
  "Mostly links to her articles, which get 0.6–1% of her followers as likes; a modest but ordinary rate for a large Bluesky news account.",
  er=0.0075)

C("pt", "eu", "youtube", "aula.de.matematica", "Aula de Matemática com o Prof. André", "Matemática do secundário explicada passo a passo.", "tech",
  318000, None, 890, ["hard_negative:engagement_below_tier:views_platform"], [],
  "Likes per subscriber look tiny, but each lesson gets 20–40k views with 3% likes; normal for an educational channel.",
  vr=0.09)

C("en", "uk", "instagram", "the.slow.ceramicist", "Hannah Foster", "Stoneware, slowly. Studio in Frome. Shop opens monthly.", "life",
  44800, 410, 610, ["hard_negative:engagement_below_tier:recent_dip"], [],
  "Her last three posts (studio announcements) got fewer likes, but the typical recent post still reaches about 1.3%, normal for her size.",
  er=0.013,
  key=[P(2, "Studio closed for two weeks while the kiln gets a new element. Orders ship again from the 14th.", m=0.35),
       P(5, "Reminder: shop update moved to next Friday.", m=0.3),
       P(9, "A note on shipping times over the holidays.", m=0.4)])

C("de", "eu", "web", "lauf-blog.de", "Laufblog von Tim Schulz", "Trainingspläne, Wettkampfberichte und Schuhtests seit 2014.", "fitness",
  None, None, None, ["hard_negative:engagement_below_tier:no_follower_data"], [],
  "A running blog: no follower count is published and likes are not counted, so engagement against a tier cannot be judged.")

C("es", "us", "mastodon", "@laura_periodista@mastodon.world", "Laura Molina", "Periodista de datos. Gráficos, transparencia, Ciudad de México.", "life",
  21700, 690, 7800, ["hard_negative:engagement_below_tier:mastodon_normal"], [],
  "About 0.8% of followers favourite a typical post: modest, but ordinary for a large Mastodon account whose posts are links and charts.",
  er=0.0085)

# ------------------------------------------------------------ engagement_above_tier: positives

C("en", "us", "instagram", "ashley.fitqueen", "Ashley Nguyen", "Fitness model 💪 Vegas | online coaching", "fitness",
  264000, 710, 1020, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "Every post gets 11–15% of her 264k followers as likes and comments, many times the usual 1–2% for her size, with no giveaway or viral post to explain it.",
  er=0.13, cl=0.022)

C("es", "eu", "instagram", "sara.moda.valencia", "Sara García", "Moda low cost 🛍️ Valencia", "style",
  87400, 640, 830, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "About 9% engagement on every post for 87k followers, where 1–1.5% is usual, and nothing in the posts (no giveaway, no viral reel) explains it.",
  er=0.09, cl=0.02)

C("de", "eu", "tiktok", "tobi.techtipps", "Tobias Klein", "Handy-Tipps in 30 Sekunden 📱", "tech",
  118000, 230, 540, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "Likes equal 25–35% of the followers on every video, with views roughly equal to the followers: likes per view far above what TikTok videos get.",
  er=0.3, vr=1.0, cl=0.012)

C("fr", "eu", "instagram", "camille.voyages", "Camille Bernard", "Voyages & bonnes adresses 🌍 Paris", "travel",
  156000, 880, 1440, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "About 10% engagement on every recent post at 156k followers, with no explanation in the data.",
  er=0.1, cl=0.025)

C("it", "eu", "youtube", "beauty.by.alessia", "Alessia Ricci", "Make-up, skincare e prove prodotti 💄", "style",
  93200, None, 410, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "Likes reach 18–22% of views on every video, against 3–5% on channels of her size.",
  vr=0.12, er=0.024, cl=0.06)

C("pt", "eu", "instagram", "bruno.surf.ericeira", "Bruno Carvalho", "Surf & lifestyle 🏄 Ericeira", "fitness",
  42700, 590, 720, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "12% engagement on 42k followers for every post, with ordinary content and no giveaway.",
  er=0.12, cl=0.018)

C("en", "uk", "bluesky", "optimistic-olivia.bsky.social", "Olivia Carter", "Motivational quotes, daily ✨", "life",
  18600, 540, 2100, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "Quote posts with 2,000–3,000 likes each on 18k followers (12–16%), every day, without any one of them spreading further: implausible for Bluesky.",
  er=0.14, cl=0.05)

C("es", "us", "tiktok", "andres.motivacion", "Andrés Gil", "Motivación diaria 🔥 Lima", "life",
  76000, 330, 690, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "Likes equal 30–40% of followers on every video, with likes per view far above TikTok norms.",
  er=0.35, vr=1.0, cl=0.01)

C("de", "eu", "instagram", "laura.beautyblog", "Laura Schmidt", "Beauty & Pflege 💆‍♀️ Stuttgart", "style",
  191000, 700, 1720, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "About 8% engagement per post on 191k followers, five times the usual, with no giveaways or viral posts.",
  er=0.08, cl=0.02)

C("fr", "eu", "tiktok", "hugo.blagues", "Hugo Martin", "Blagues nulles et sketchs 😂", "life",
  221000, 160, 880, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "Likes around 28% of followers on every video and likes per view around 30%, far above TikTok norms.",
  er=0.28, vr=0.95, cl=0.011)

C("pt", "us", "instagram", "maricota.beleza", "Mariana Pereira", "Beleza e autoestima 💖 Recife", "style",
  119000, 730, 980, ["positive:engagement_above_tier:bought_engagement"], ["engagement_above_tier"],
  "About 9% engagement on every post for 119k followers.",
  er=0.09, cl=0.02)

# ------------------------------------------------------------ engagement_above_tier: hard negatives

C("en", "us", "instagram", "mollys.sourdough.diary", "Molly Hayes", "home baker, 3 kids, 1 starter named Gerald", "food",
  740, 380, 210, ["hard_negative:engagement_above_tier:nano_normal", "hard_negative:engagement_pod:small_friend_group", "hard_negative:generic_comments:friends_personal"], [],
  "740 followers and 12–15% engagement, which is normal for accounts under 1,000. The same five friends comment on most posts, hours apart and with personal jokes: a friend group, not a pod.",
  er=0.13, rep=R("friends", k=7, group=5))

C("es", "eu", "instagram", "club.ajedrez.triana", "Club de Ajedrez Triana", "Club de ajedrez en Sevilla ♟️ torneos los viernes", "life",
  3100, 420, 640, ["hard_negative:engagement_above_tier:niche_community", "hard_negative:comment_like_ratio_outlier:club_discussion"], [],
  "A chess club with 3,100 followers and 7–9% engagement: members discuss the weekly puzzle in detail, so comments are unusually many relative to likes. Real, specific, from many different members.",
  er=0.085, cl=0.18, rep=R("organic", k=4, per=(3, 5)),
  key=[P(3, "Problema de la semana: juegan blancas y dan mate en 3. ¿Quién lo ve? ♟️ Respuesta el viernes en el club.", cm=1.5,
         replies=[("pepe.ajedrez", "Dama a h7+ y luego caballo a f6, ¿no?", 30),
                  ("lucia_gm_en_proceso", "Creo que Th8+ primero, el rey no tiene casillas", 55),
                  ("manolo.torneos", "Lucía tiene razón, si empiezas con la dama se escapa por e7", 80),
                  ("irene.sevilla.chess", "¡Este es del torneo de 1962! Lo tenía en un libro de mi padre", 200)])])

C("de", "eu", "instagram", "tierheim.lichtblick", "Tierheim Lichtblick", "Tierschutzverein 🐾 Vermittlung von Hunden & Katzen | Kassel", "life",
  14600, 980, 2400, ["hard_negative:engagement_above_tier:giveaway_explained", "hard_negative:comment_like_ratio_outlier:giveaway_single_post", "hard_negative:generic_comments:giveaway_mentions"], [],
  "One post is a raffle for a donated cat tree, asking people to comment and tag a friend: it has thousands of mention-only comments. Every other post has normal engagement and real comments about the animals.",
  rep=R("organic", k=3, per=(4, 7)),
  key=[P(12, "🎁 VERLOSUNG 🎁 Ein Zoogeschäft aus Kassel hat uns einen riesigen Kratzbaum gespendet – und wir verlosen ihn! Teilnahme: Beitrag liken, Freund*in markieren, fertig. Ende Sonntag 20 Uhr. Alle Spendeneinnahmen der Aktion gehen an die Tierarztkosten. 🐱",
         m=4, cm=60,
         replies=[("sandra_k_", "@mia.kassel", 30), ("feli_mausi", "@jonas_r @tini.w", 32), ("katzenmama_83", "@birgitschulz", 40),
                  ("leon.hh", "@annalena", 41), ("gabi.weber", "@ute_w @hanne", 55), ("nicole_1979", "@petra.m", 60),
                  ("tanja_katzen", "@dennis_b", 62), ("marc0_", "@svenja.k", 70)])])

C("fr", "eu", "mastodon", "@lucie_botanique@piaille.fr", "Lucie Fournier", "Botaniste amatrice, flore des Alpes, photos de mousses.", "life",
  820, 410, 2230, ["hard_negative:engagement_above_tier:small_fediverse", "hard_negative:engagement_pod:fediverse_regulars"], [],
  "820 followers, 6–9% favourites per post: a small fediverse account among a close community of plant people, normal at this size.",
  er=0.075, rep=R("conv", k=4, per=(2, 5)))

C("it", "eu", "tiktok", "vespa.e.basta", "Simone Greco", "Restauro Vespe anni 60 🛵 Bari", "tech",
  6200, 310, 96, ["hard_negative:engagement_above_tier:tiktok_reach"], [],
  "A small TikTok account whose videos often get more views than he has followers: the For You feed shows them to non-followers, and likes per view are normal (7–9%).",
  vr=2.5)

C("pt", "eu", "youtube", "viola.da.terra", "Leonor Santos – Viola da Terra", "Aulas e histórias da viola da terra dos Açores 🎶", "life",
  3800, None, 74, ["hard_negative:engagement_above_tier:small_channel_niche"], [],
  "A small channel teaching a traditional Azorean guitar: each video is watched by 30–60% of subscribers with 4–5% likes per view, which is normal for a tiny, devoted niche.",
  vr=0.45)

C("en", "uk", "instagram", "lake.district.fell.runner", "Jack Ellis", "Fell running in the Lakes ⛰️ race reports, route notes", "fitness",
  6900, 480, 560, ["hard_negative:engagement_above_tier:niche_community"], [],
  "6,900 followers and 5–7% engagement: above the middle of the band, but the comments are detailed route questions and race banter from many different runners.",
  er=0.06, rep=R("organic", k=4, per=(4, 7)),
  key=[P(4, "Bob Graham recce, legs 3 and 4 in clag. Took the line off Broad Stand's bypass, 40 min lost. Notes below for anyone going up next month.",
         replies=[("ruth_fellruns", "Did you go via Mickledore or Lord's Rake? Lord's Rake is loose after the rain.", 35),
                  ("davethefell", "40 min is nothing in that clag, good effort", 60),
                  ("kendal_harriers_amy", "Are you doing the support on the 14th? I can pace leg 4", 140)])])

C("es", "us", "instagram", "mama.de.trillizos", "Noelia Ortega", "Mamá de trillizos 👶👶👶 Buenos Aires, sobreviviendo", "life",
  9200, 510, 780, ["hard_negative:engagement_above_tier:viral_post"], [],
  "One reel of the triplets' first steps reached 40× her usual views and 30× the likes. Her typical post stays at about 3–4%, normal for her size; the mean is high only because of the one video.",
  key=[P(21, "Los tres caminando el MISMO día. No sé si reír o llorar 😭👶👶👶", kind="video", m=30, vm=40)])

# ------------------------------------------------------------ comment_like_ratio_outlier: positives

C("en", "us", "instagram", "summer.vibes.kayla", "Kayla Foster", "Beach days & sunsets ☀️ San Diego", "travel",
  72300, 830, 1140, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "Posts have 1,000–1,600 likes but 0–3 comments each: about 0.1% comments per like, where Instagram accounts usually get 1–3%.",
  er=0.018, cl=0.0012)

C("es", "eu", "instagram", "alberto.fotografia.bcn", "Alberto Soler", "Fotografía urbana y retratos 📸 Barcelona", "travel",
  38900, 740, 1360, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "700–900 likes on each post and 0–2 comments.",
  er=0.02, cl=0.0015)

C("de", "eu", "instagram", "vivi.fashion.ddorf", "Vivien Lange", "Fashion & Lifestyle ✨ Düsseldorf", "style",
  51800, 690, 1310, ["positive:comment_like_ratio_outlier:bought_comments"], ["comment_like_ratio_outlier"],
  "Many posts have more comments than likes (e.g. 420 comments on 300 likes) although none is a giveaway or question post.",
  er=0.014, cl=1.4)

C("fr", "eu", "tiktok", "yann.magie", "Yann Lefèvre", "Tours de magie de rue 🎩 Nice", "life",
  134000, 240, 620, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "Tens of thousands of likes per video and only 2–10 comments, on nearly every video.",
  cl=0.0003)

C("it", "eu", "instagram", "martina.beauty.roma", "Martina Bruno", "Beauty routine e make-up 💄 Roma", "style",
  46200, 720, 1090, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "900–1,200 likes per post with 1–3 comments.",
  er=0.024, cl=0.0015)

C("pt", "us", "instagram", "lucas.fit.sp", "Lucas Ferreira", "Shape e disciplina 💪 São Paulo", "fitness",
  88100, 980, 1480, ["positive:comment_like_ratio_outlier:bought_comments"], ["comment_like_ratio_outlier"],
  "Comments exceed likes on most posts (500–800 comments on 400–600 likes), without giveaways or questions in the captions.",
  er=0.014, cl=1.3)

C("en", "uk", "youtube", "urban.explorer.uk", "Urban Explorer UK", "Abandoned places across Britain. Safety first, always.", "travel",
  142000, None, 260, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "Each video has 8–12k likes and fewer than 10 comments: about 0.1% comments per like, where YouTube channels usually get several percent.",
  vr=0.09, cl=0.0008)

C("es", "us", "instagram", "sofi.lifestyle.ar", "Sofía Rubio", "Lifestyle, moda y cafecito ☕ Córdoba, Argentina", "style",
  24300, 710, 920, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "400–600 likes per post, 0–1 comments.",
  er=0.022, cl=0.001)

C("de", "eu", "tiktok", "bergfex.anna", "Anna Hartmann", "Wandern & Klettern ⛰️ Garmisch", "travel",
  64800, 280, 370, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "5–8k likes per video and 1–5 comments each.",
  cl=0.0004)

C("fr", "eu", "instagram", "maison.elodie", "Élodie Dupont", "Intérieur scandinave 🤍 Rennes", "life",
  33600, 640, 870, ["positive:comment_like_ratio_outlier:bought_comments"], ["comment_like_ratio_outlier"],
  "Most posts carry 300–500 comments for 250–400 likes, with plain captions and no questions asked.",
  er=0.016, cl=1.25)

C("it", "eu", "youtube", "cucina.con.stefano", "Cucina con Stefano", "Ricette regionali italiane, una a settimana 🇮🇹", "food",
  67400, None, 310, ["positive:comment_like_ratio_outlier:bought_likes"], ["comment_like_ratio_outlier"],
  "4–6k likes on each video with 1–6 comments.",
  vr=0.1, cl=0.0009)

# ------------------------------------------------------------ comment_like_ratio_outlier: hard negatives

C("en", "us", "bluesky", "policy-wonk-priya.bsky.social", "Priya Patel", "Housing policy researcher. Zoning, rents, data. Opinions mine.", "life",
  28400, 1120, 9800, ["hard_negative:comment_like_ratio_outlier:conversational"], [],
  "Her discussion posts on Bluesky often draw as many replies as likes, because people argue about zoning with her; that is the platform's normal conversational pattern.",
  cl=0.9, rep=R("conv", k=5, per=(5, 9)))

C("es", "eu", "instagram", "preguntale.a.marta", "Marta Navarro", "Psicóloga 🧠 resuelvo vuestras dudas los domingos", "life",
  35800, 510, 720, ["hard_negative:comment_like_ratio_outlier:question_posts"], [],
  "Her weekly question posts ('¿qué os preocupa?') collect many comments relative to likes; the rest of her posts have ordinary ratios. The comments are long, personal and varied.",
  rep=R("organic", k=3, per=(4, 7)),
  key=[P(3, "Domingo de preguntas 💬 ¿Qué os cuesta más: poner límites en el trabajo o en la familia? Os leo a todas y respondo en stories.", cm=12),
       P(10, "Domingo de preguntas 💬 ¿Cómo gestionáis la ansiedad antes de dormir?", cm=10),
       P(17, "Domingo de preguntas 💬 ¿Qué os ayudó a salir de una relación que no os hacía bien?", cm=11)])

C("de", "eu", "youtube", "klavier_mit_clara", "Klavier mit Clara", "Klavierunterricht für Erwachsene. Noten als PDF auf meiner Seite.", "life",
  84200, None, 260, ["hard_negative:comment_like_ratio_outlier:youtube_normal"], [],
  "Comments are about 5% of likes: far below Instagram ratios, ordinary for YouTube tutorials.",
  vr=0.12, cl=0.05)

C("fr", "eu", "tiktok", "paul.cuisine.rapide", "Paul Roux", "Recettes rapides 🍳 Lille", "food",
  412000, 210, 830, ["hard_negative:comment_like_ratio_outlier:tiktok_normal"], [],
  "About 0.8% comments per like on his videos: lower than on Instagram, normal for TikTok where most viewers just like and scroll.",
  cl=0.008)

C("it", "eu", "instagram", "paesaggi.di.andrea", "Andrea Rossi", "Fotografia di paesaggio 🏔️ Dolomiti", "travel",
  52600, 430, 790, ["hard_negative:comment_like_ratio_outlier:photography_quiet"], [],
  "A landscape photographer whose posts get 0.6–1% comments per like; quiet appreciation is common for photography, and the numbers vary naturally.",
  cl=0.008)

C("pt", "eu", "mastodon", "@joao_dev@masto.pt", "João Silva", "Programador, software livre, Coimbra. Às vezes falo de futebol.", "tech",
  4100, 780, 8900, ["hard_negative:comment_like_ratio_outlier:conversational", "hard_negative:engagement_pod:fediverse_regulars"], [],
  "His Mastodon threads about free software draw more replies than favourites: normal for conversation on the fediverse.",
  cl=1.1, rep=R("conv", k=4, per=(4, 8)))

C("en", "uk", "instagram", "ask.the.vet.ella", "Ella Walsh", "Small animal vet 🐶🐱 Q&A every Wednesday", "life",
  61200, 620, 940, ["hard_negative:comment_like_ratio_outlier:question_posts"], [],
  "Her Wednesday Q&A posts have hundreds of owners asking about their pets, which lifts comments per like on those posts only.",
  rep=R("organic", k=2, per=(4, 6)),
  key=[P(6, "Wednesday Q&A 🐾 Ask me anything about senior dogs. I'll answer as many as I can tonight.", cm=9),
       P(13, "Wednesday Q&A 🐾 Cats and kidney diets, what do you want to know?", cm=8),
       P(20, "Wednesday Q&A 🐾 Puppy vaccinations and first vet visits.", cm=10)])

C("es", "us", "web", "elblogdesara.mx", "El blog de Sara", "Recetas mexicanas caseras y la historia detrás de cada una.", "food",
  None, None, None, ["hard_negative:comment_like_ratio_outlier:no_like_data"], [],
  "A recipe blog: comments are counted but likes are not published, so no comment-per-like ratio can be computed.")

# ------------------------------------------------------------ flat_engagement: positives

C("en", "us", "instagram", "drew.wealth.daily", "Drew Carter", "Wealth mindset 📈 Daily quotes | DM for mentoring", "life",
  54300, 610, 980, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Every post for months sits at 1,020–1,080 likes and 18–20 comments, whatever the content: the even pattern of automated engagement.",
  er=0.0195, cl=0.018, flat=True)

C("es", "eu", "instagram", "gym.con.adrian", "Adrián Prieto", "Coach de hipertrofia 💪 Bilbao", "fitness",
  31600, 520, 760, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Likes stay between 610 and 650 on every post and comments between 11 and 13, across reels and photos alike.",
  er=0.02, cl=0.019, flat=True)

C("de", "eu", "instagram", "mode.by.svenja", "Svenja Krüger", "Mode & Alltag 🤍 Hannover", "style",
  22800, 690, 1010, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Nearly identical counts on each post (about 430 likes, 9 comments) for four months.",
  er=0.019, cl=0.021, flat=True)

C("fr", "eu", "tiktok", "astuces.maison.fr", "Astuces Maison", "Astuces ménage et rangement 🧽", "life",
  96100, 150, 540, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Every video has about 12,000 views and 1,000 likes, ±3%, which real audiences never produce on TikTok.",
  vr=0.125, flat=True)

C("it", "eu", "instagram", "giorgia.viaggi.low.cost", "Giorgia Marino", "Viaggi low cost ✈️ Bergamo", "travel",
  44600, 580, 890, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Each post lands at 780–820 likes and 15–16 comments.",
  er=0.018, cl=0.02, flat=True)

C("pt", "eu", "instagram", "casa.da.carolina", "Carolina Almeida", "Decoração e organização 🏡 Braga", "life",
  27500, 540, 700, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Likes and comments nearly the same on every post: about 520 likes and 10 comments.",
  er=0.019, cl=0.02, flat=True)

C("en", "uk", "youtube", "crypto.insights.uk", "Crypto Insights UK", "Daily market updates 📊 Not financial advice.", "tech",
  118000, None, 640, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Every daily update gets about 9,500 views and 420 likes (±2%), regardless of the market news.",
  vr=0.08, flat=True)

C("es", "us", "tiktok", "frases.de.vida", "Frases de Vida", "Frases que te cambian el día ✨", "life",
  183000, 90, 1220, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Every clip: about 21,000 views and 1,800 likes, within a few percent.",
  vr=0.115, flat=True)

C("de", "eu", "bluesky", "boersen-news.bsky.social", "Börsen News", "Börse, Märkte, Kurse. Jeden Morgen.", "tech",
  16400, 310, 2400, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "About 200 likes and 40 replies on every morning post, with almost no variation.",
  er=0.0145, cl=0.2, flat=True)

C("fr", "eu", "instagram", "beaute.naturelle.lea", "Léa Girard", "Cosmétiques maison 🌿 Annecy", "style",
  39200, 720, 1030, ["positive:flat_engagement:automated", "positive:comment_like_ratio_outlier:bought_likes"], ["flat_engagement", "comment_like_ratio_outlier"],
  "Every post gets about 690 likes and exactly 1 or 2 comments: flat and with almost no comments per like.",
  er=0.018, cl=0.0022, flat=True)

C("it", "eu", "tiktok", "oroscopo.quotidiano", "Oroscopo Quotidiano", "Il tuo oroscopo ogni mattina 🔮", "life",
  74200, 60, 980, ["positive:flat_engagement:automated"], ["flat_engagement"],
  "Daily horoscope clips with 9,800–10,200 views and ~760 likes each.",
  vr=0.135, flat=True)

# ------------------------------------------------------------ flat_engagement: hard negatives

C("en", "us", "instagram", "word.of.the.day.ms.hughes", "Grace Hughes", "English teacher 📚 one word a day, every day", "life",
  28100, 490, 1250, ["hard_negative:flat_engagement:daily_format"], [],
  "A daily vocabulary post with a loyal audience: engagement is consistent, but counts still vary by 15–30% from post to post, as real audiences do.",
  sigma=0.21, gap=1.5)

C("es", "us", "tiktok", "tacos.don.chuy", "Tacos Don Chuy", "Taquería familiar en Tijuana 🌮 desde 1988", "food",
  612000, 70, 380, ["hard_negative:flat_engagement:rounded_counts", "hard_negative:engagement_below_tier:tiktok_normal"], [],
  "TikTok publishes likes abbreviated (24.1K, 31.6K), so many counts end in zeros; behind the rounding the numbers vary widely from video to video. Likes per follower are lower than on Instagram, normal for TikTok.",
  fixed="round")

C("de", "eu", "instagram", "kleiner.garten.sophie", "Sophie Neumann", "Schrebergarten in Kiel 🌻", "life",
  420, 310, 260, ["hard_negative:flat_engagement:small_numbers"], [],
  "A 420-follower garden account with 30–60 likes and 2–6 comments per post: small numbers sit close together, but they vary in relative terms as real audiences do.",
  er=0.11)

C("fr", "eu", "youtube", "meteo.montagne.alpes", "Météo Montagne Alpes", "Bulletin météo montagne chaque matin à 7h ⛰️", "travel",
  38600, None, 1420, ["hard_negative:flat_engagement:scheduled_posting"], [],
  "Posts a forecast every morning at exactly 7:00, which looks automated, but views and likes swing from 2k to 15k with the weather and the season.",
  sigma=0.5, gap=2.0)

C("it", "eu", "instagram", "il.caffe.di.beatrice", "Beatrice Conti", "Un caffè al giorno ☕ Bar in Trastevere", "food",
  12600, 430, 1460, ["hard_negative:flat_engagement:consistent_but_varied"], [],
  "A café posting its coffee every day at 8: steady regulars, with likes between ~250 and ~480.",
  sigma=0.18, gap=1.2)

C("pt", "us", "instagram", "poesia.da.leticia", "Letícia Ribeiro", "Um poema por dia 🖋️ Curitiba", "life",
  46700, 380, 1630, ["hard_negative:flat_engagement:daily_format"], [],
  "Daily poems with a devoted audience: engagement consistent, but ±20% from day to day, with occasional favourites well above the rest.",
  sigma=0.2, gap=1.0)

C("en", "uk", "bluesky", "the-daily-birb.bsky.social", "The Daily Birb", "One British garden bird a day. Run by a retired ornithologist.", "life",
  21300, 140, 1840, ["hard_negative:flat_engagement:daily_format"], [],
  "One bird a day for years; likes range from 250 to over 700 depending on the bird (robins do best).",
  sigma=0.28, gap=1.0)

C("de", "eu", "tiktok", "bahnhof.zug.videos", "Zugspotter Nord", "Züge, Bahnhöfe, Durchfahrten 🚆", "travel",
  81200, 120, 930, ["hard_negative:flat_engagement:rounded_counts"], [],
  "Abbreviated TikTok counts make many numbers round (12.3K, 9.8K) but they differ widely across videos.",
  fixed="round")

C("es", "eu", "mastodon", "@elena_fotos@mastodon.social", "Elena Vidal", "Fotografía analógica, revelado en casa. Madrid.", "life",
  1900, 320, 2800, ["hard_negative:flat_engagement:small_numbers"], [],
  "Favourites between 25 and 70 per photo: small, uneven numbers from a real audience.",
  rep=None)

C("fr", "eu", "instagram", "boulangerie.du.coin", "Boulangerie du Coin", "Boulangerie artisanale à Caen 🥖 ouvert 7j/7", "food",
  6400, 380, 1150, ["hard_negative:flat_engagement:consistent_but_varied"], [],
  "The bakery's daily bread posts get 150–300 likes; consistent regulars, natural spread.",
  sigma=0.2, gap=1.3)

# ------------------------------------------------------------ generic_comments: positives

C("en", "us", "instagram", "luxe.by.tiana", "Tiana Brooks", "Luxury & lifestyle 💎 NYC", "style",
  83400, 760, 940, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Most sampled replies are 'Nice pic 🔥', 'Great content!' or emoji strings from the same few accounts with random handles, which also reply to her other posts within hours.",
  rep=R("generic", k=7, per=(7, 11), share=0.85))

C("es", "eu", "instagram", "lucia.moda.madrid", "Lucía Moreno", "Moda y tendencias 🛍️ Madrid", "style",
  46800, 690, 1130, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Her Spanish posts are answered mostly in English with generic praise ('Amazing 👏👏', 'Love this ❤️') by the same handful of accounts; only a few replies talk about the clothes.",
  rep=R("generic", k=6, per=(6, 10), share=0.8))

C("de", "eu", "instagram", "fitness.mit.nico", "Nico Schmidt", "Fitness Coach 💪 Frankfurt", "fitness",
  39700, 540, 880, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Around 80% of the sampled replies are emoji-only or 'Great content!' from accounts that comment on every post; none mentions the exercise shown.",
  rep=R("generic", k=7, per=(6, 10), share=0.82))

C("fr", "eu", "tiktok", "chloe.makeup.lyon", "Chloé Bonnet", "Make-up & beauté 💄 Lyon", "style",
  112000, 280, 520, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Replies under her French tutorials are mostly English one-liners and emoji from recurring random-handle accounts.",
  rep=R("generic", k=6, per=(7, 12), share=0.78))

C("it", "eu", "instagram", "alessandro.style", "Alessandro Ricci", "Menswear 🕴️ Firenze", "style",
  58300, 610, 990, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Generic praise ('Superb 💯', 'Nice post!') from the same accounts makes up most of the replies on every post.",
  rep=R("generic", k=7, per=(6, 10), share=0.85))

C("pt", "us", "instagram", "julia.fitness.br", "Júlia Santos", "Treinos e receitas fit 🍓 Florianópolis", "fitness",
  71200, 720, 1200, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Three quarters of the replies are emoji-only or 'Great shot 📸' from recurring accounts, on posts about workout plans.",
  rep=R("generic", k=6, per=(7, 10), share=0.76))

C("en", "uk", "tiktok", "dailyglow.uk", "Daily Glow UK", "Skincare reviews ✨ Manchester", "style",
  92300, 190, 460, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Replies are dominated by 'Love this ❤️', '🔥🔥' and 'Awesome!!' from the same accounts on every video.",
  rep=R("generic", k=6, per=(6, 10), share=0.83))

C("es", "us", "instagram", "viajes.con.diego", "Diego Castro", "Viajes por Latinoamérica 🌎 Lima", "travel",
  35400, 640, 870, ["positive:generic_comments:comment_service", "hard_negative:engagement_pod:generic_not_pod"], ["generic_comments"],
  "Generic English replies from recurring accounts cover most of his comment sections. They arrive spread over many hours, not in the minutes after posting, so this is a comment service rather than a pod.",
  rep=R("generic", k=6, per=(6, 9), share=0.8))

C("de", "eu", "tiktok", "kochen.mit.leonie", "Leonie Weber", "Schnelle Rezepte 🍳 Nürnberg", "food",
  67800, 230, 490, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Most replies are emoji-only or 'Nice post!' in English under German recipe videos, from recurring accounts.",
  rep=R("generic", k=7, per=(6, 10), share=0.8))

C("fr", "eu", "instagram", "antoine.voyage", "Antoine Lambert", "Voyages et photographie 📸 Toulouse", "travel",
  29800, 520, 780, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "Most replies are 'Beautiful 😍', 'Stunning ✨' and emoji from accounts with random handles that reply to every post.",
  rep=R("generic", k=6, per=(6, 9), share=0.82))

C("it", "eu", "tiktok", "sara.balla", "Sara Esposito", "Balli e coreografie 💃 Palermo", "fitness",
  143000, 210, 610, ["positive:generic_comments:comment_service"], ["generic_comments"],
  "The sampled replies are overwhelmingly English generic praise and emoji from recurring accounts.",
  rep=R("generic", k=6, per=(7, 11), share=0.8))

# ------------------------------------------------------------ generic_comments: hard negatives

C("es", "eu", "instagram", "tartas.de.irene", "Irene Prieto", "Tartas caseras y repostería fácil 🍰 Salamanca", "food",
  18700, 640, 820, ["hard_negative:generic_comments:short_but_specific"], [],
  "Replies are short, but they are about the cake: questions on the recipe, the oven, the mould. Different people on each post.",
  rep=R("organic", k=5, per=(5, 8)),
  key=[P(4, "Tarta de queso de La Viña versión casera. Horno a 200º, 45 minutos, que tiemble en el centro 🍰",
         replies=[("mjose.cocina", "¿Con papel de horno arrugado como la original?", 25),
                  ("raquel_bakes", "Qué pinta!! ¿Qué queso usaste?", 60),
                  ("ivan.salamanca", "La hice ayer y me quedó perfecta, gracias", 400),
                  ("lola.dulce", "¿Se puede hacer sin nata?", 700)])])

C("it", "eu", "instagram", "pizzeria.da.tommaso", "Tommaso Greco", "Pizzaiolo a Napoli 🍕 impasto a 48 ore", "food",
  42600, 510, 1010, ["hard_negative:generic_comments:few_generic_among_real"], [],
  "A couple of generic replies ('🔥🔥') per post among many real ones about the dough, the oven and the toppings: normal for any popular account.",
  rep=R("generic", k=6, per=(10, 14), share=0.12))

C("en", "us", "bluesky", "maya-writes-sf.bsky.social", "Maya Kim", "Sci-fi writer. Debut novel out in March. Cats, tea, rewrites.", "life",
  12300, 780, 6900, ["hard_negative:generic_comments:conversational"], [],
  "Replies on Bluesky are real conversation about writing and her book; some are short ('same!!'), but they answer what she said.",
  rep=R("conv", k=5, per=(4, 8)))

C("pt", "eu", "instagram", "ceramica.da.ines", "Inês Pereira", "Cerâmica feita à mão em Caldas da Rainha 🏺", "life",
  9800, 610, 520, ["hard_negative:generic_comments:short_but_specific"], [],
  "Comments are short but about the pieces (glaze, size, price of a mug), from different people.",
  rep=R("organic", k=5, per=(4, 7)),
  key=[P(5, "Nova fornada de canecas com vidrado verde-garrafa. Algumas saíram com bolhas, vão para a banca das imperfeitas 💚",
         replies=[("rita.azulejos", "As imperfeitas são as mais bonitas!", 30),
                  ("mariana_lx", "Que tamanho têm? Cabe um galão?", 90),
                  ("pedro.oleiro", "Que temperatura usaste? O meu verde fica sempre baço", 300)])])

C("de", "eu", "instagram", "radreisen.paul", "Paul Hoffmann", "Mit dem Rad durch Europa 🚲 gerade: Balkan", "travel",
  15800, 590, 730, ["hard_negative:generic_comments:short_but_specific"], [],
  "Short replies, but about the route, the bike and the weather, from many different people.",
  rep=R("organic", k=5, per=(5, 8)),
  key=[P(3, "Tag 64: Über den Pass nach Montenegro. 1.400 Höhenmeter, ein platter Reifen, ein Hirte mit Käse. Guter Tag.",
         replies=[("anke.bikepacking", "Welcher Pass? Der über Čakor?", 40),
                  ("tom_radelt", "Schlauch oder tubeless?", 75),
                  ("jule.unterwegs", "Der Käse!! 🧀", 200)])])

C("fr", "eu", "youtube", "histoire.en.carte", "L'Histoire en Carte", "L'histoire de France racontée avec des cartes animées.", "life",
  204000, None, 190, ["hard_negative:generic_comments:short_but_specific"], [],
  "Viewers reply with short but specific remarks and corrections about dates and places.",
  vr=0.12, rep=R("organic", k=4, per=(5, 8)),
  key=[P(6, "La guerre de Cent Ans en 20 minutes, avec toutes les frontières qui bougent.", title="La guerre de Cent Ans expliquée en cartes",
         replies=[("Marc_Bouvier", "Petite erreur à 12:40, Calais est anglaise jusqu'en 1558 !", 120),
                  ("lucie.prof.hg", "Je montre ça à mes 5e demain, merci", 300),
                  ("JeanPierre_Nantes", "La carte de 1429 est superbe", 600)])])

C("en", "uk", "instagram", "allotment.ama", "Amara Bennett", "Plot 14 🌱 allotment life in Leeds", "life",
  1600, 520, 410, ["hard_negative:generic_comments:friends_personal", "hard_negative:engagement_pod:small_friend_group"], [],
  "1,600 followers; her plot neighbours and friends (six of them) comment on nearly every post, at different hours, with personal remarks.",
  er=0.07, rep=R("friends", k=7, group=6))

C("es", "us", "tiktok", "abuelo.luis.guitarra", "Luis Ortega", "Abuelo de 81 años tocando boleros 🎸 Oaxaca", "life",
  231000, 40, 180, ["hard_negative:generic_comments:emoji_fans_minority"], [],
  "Some fans reply with hearts, but most replies name the song, tell who they remember with it, or ask for the next one.",
  rep=R("organic", k=4, per=(6, 9)),
  key=[P(5, "Sabor a mí, para mi esposa Carmen que me escucha desde el cielo 🎸",
         replies=[("mariela.gz", "Esta la cantaba mi papá ❤️", 15), ("rosy_oax", "❤️❤️", 20),
                  ("beto.canta", "Don Luis, ¿se sabe Contigo aprendí?", 60), ("andrea.mtz", "Me hizo llorar, un abrazo hasta Oaxaca", 120)])])

C("it", "eu", "bluesky", "fisico-matteo.bsky.social", "Matteo Colombo", "Fisico, divulgazione, montagne. Torino.", "tech",
  9400, 640, 3800, ["hard_negative:generic_comments:conversational"], [],
  "Replies are discussions of his physics explainers; a few are short, all respond to the content.",
  rep=R("conv", k=5, per=(4, 8)))

C("de", "eu", "youtube", "bastelbude_jana", "Jana Richter – Bastelbude", "Basteln mit Kindern, Papier, Pappe und Kleister.", "life",
  52700, None, 240, ["hard_negative:generic_comments:short_but_specific"], [],
  "Parents reply briefly about what their children made; short, but each answers the video.",
  rep=R("organic", k=5, per=(5, 8)))

C("fr", "eu", "instagram", "atelier.velo.margaux", "Margaux Roux", "Atelier vélo associatif 🚲 Grenoble", "fitness",
  4800, 720, 930, ["hard_negative:generic_comments:short_but_specific"], [],
  "Short replies from members about opening hours, parts and repairs.",
  rep=R("organic", k=5, per=(4, 7)))

# ------------------------------------------------------------ engagement_pod: positives

C("en", "us", "instagram", "mindful.mom.megan", "Megan Price", "Motherhood, mindset & morning routines ☀️ Nashville", "life",
  24100, 870, 760, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "The same 16 lifestyle accounts leave supportive three-to-eight-word comments on nearly every post within the first 15 minutes; they make up most of her comments.",
  rep=R("pod", k=8, group=16))

C("es", "eu", "instagram", "marta.fit.malaga", "Marta Gil", "Entrenamiento en casa y recetas sanas 🥗 Málaga", "fitness",
  17600, 940, 690, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "A fixed group of 14 fitness accounts comments on every post within minutes of publishing, in the same order of warm phrases.",
  rep=R("pod", k=8, group=14))

C("de", "eu", "instagram", "nachhaltig.mit.nina", "Nina Braun", "Zero Waste & nachhaltiger Alltag 🌿 Freiburg", "life",
  31200, 720, 830, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "Seventeen sustainability accounts reply to nearly every post within 12 minutes, always the same circle.",
  rep=R("pod", k=8, group=17))

C("fr", "eu", "instagram", "lea.mamanbio", "Léa Chevalier", "Maman, bio et fait maison 🌱 Nantes", "life",
  20900, 810, 640, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "The same 15 accounts comment together on each post within minutes; outside that group there are few comments.",
  rep=R("pod", k=7, group=15))

C("it", "eu", "instagram", "beauty.giulia.torino", "Giulia Bianchi", "Skincare e make-up per pelli sensibili 🌸 Torino", "style",
  28700, 690, 900, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "A closed circle of 18 beauty accounts replies to almost every post within ten minutes.",
  rep=R("pod", k=8, group=18))

C("pt", "eu", "instagram", "rita.viaja.sozinha", "Rita Costa", "Viajo sozinha e conto tudo ✈️ Lisboa", "travel",
  22300, 760, 720, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "Fourteen travel accounts comment on every post minutes after it goes up, the same accounts every time.",
  rep=R("pod", k=8, group=14))

C("en", "uk", "instagram", "the.business.bestie", "Chloe Walsh", "Helping women start side hustles 💼 London", "life",
  38900, 1200, 1120, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "Twenty coaching accounts answer every post with encouraging comments within the first few minutes, the pattern of an engagement group.",
  rep=R("pod", k=8, group=20))

C("es", "us", "instagram", "valen.emprende", "Valentina Campos", "Emprendedora digital 💻 Santiago de Chile", "life",
  26400, 980, 860, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "The same 16 entrepreneurship accounts comment on nearly every post within 10 minutes.",
  rep=R("pod", k=8, group=16))

C("de", "eu", "instagram", "laufen.mit.lisa", "Lisa Vogel", "Laufcoach 🏃‍♀️ Marathonpläne | Bremen", "fitness",
  14900, 820, 610, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "A fixed group of 13 running accounts comments within minutes of every post; few others comment.",
  rep=R("pod", k=8, group=13))

C("fr", "eu", "tiktok", "astuces.deco.camille", "Camille Martin", "Déco petit budget 🛋️ Lille", "life",
  43100, 460, 390, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "On TikTok too, the same 15 decor creators leave comments within minutes on nearly every video.",
  rep=R("pod", k=7, group=15))

C("it", "eu", "instagram", "cucina.sana.martina", "Martina Costa", "Cucina sana e veloce 🥦 Verona", "food",
  19800, 740, 700, ["positive:engagement_pod:closed_group"], ["engagement_pod"],
  "Sixteen food accounts reply together to each post within a quarter of an hour.",
  rep=R("pod", k=8, group=16))

# ------------------------------------------------------------ engagement_pod: hard negatives

C("es", "eu", "instagram", "nuria.hornea", "Nuria Vidal", "Panes y bizcochos de domingo 🍞 Girona", "food",
  1200, 410, 290, ["hard_negative:engagement_pod:small_friend_group", "hard_negative:engagement_above_tier:nano_normal"], [],
  "1,200 followers; five friends comment on almost every post, at any hour and with jokes only friends make. Normal for a small account; her 6–8% engagement is ordinary at this size.",
  er=0.07, rep=R("friends", k=7, group=5))

C("de", "eu", "instagram", "chor.stimmband", "Chor Stimmband", "Popchor aus Würzburg 🎶 Proben dienstags", "life",
  890, 260, 210, ["hard_negative:engagement_pod:small_friend_group"], [],
  "A choir's account with 890 followers: six members comment on most posts, hours apart, about rehearsals.",
  er=0.1, rep=R("friends", k=6, group=6))

C("it", "eu", "instagram", "orto.di.francesca", "Francesca Gallo", "Il mio orto sul balcone 🌿 Genova", "life",
  1750, 480, 330, ["hard_negative:engagement_pod:small_friend_group"], [],
  "1,750 followers; the same five or six people (friends and a sister) comment regularly, spread over the day.",
  er=0.06, rep=R("friends", k=7, group=6))

C("pt", "us", "instagram", "cafe.da.esquina.bh", "Café da Esquina", "Cafeteria de bairro em BH ☕ desde 2015", "food",
  1400, 350, 640, ["hard_negative:engagement_pod:small_friend_group"], [],
  "A neighbourhood café with 1,400 followers; regular customers (five of them) comment on most posts, hours after posting.",
  er=0.065, rep=R("friends", k=6, group=5))

C("fr", "eu", "instagram", "groupe.rando.vercors", "Rando Vercors", "Groupe de randonnée du Vercors 🥾 sorties le dimanche", "travel",
  1900, 520, 410, ["hard_negative:engagement_pod:small_friend_group"], [],
  "A hiking club: six regular members comment on most outing reports, through the day.",
  er=0.06, rep=R("friends", k=6, group=6))

C("en", "us", "instagram", "bandname.thecoldsparks", "The Cold Sparks", "Indie band from Portland. New single out Friday.", "life",
  23800, 410, 520, ["hard_negative:engagement_pod:fans_fast_not_closed"], [],
  "Fans reply quickly to show announcements, but each post has different commenters; no fixed circle answers every post.",
  rep=R("organic", k=7, per=(6, 10), speed=(2, 90)))

# ------------------------------------------------------------ undisclosed_sponsorship: positives

C("en", "us", "instagram", "jasmine.skin.diary", "Jasmine Reyes", "Skincare for brown skin 🤎 Houston | esthetician", "style",
  36200, 740, 890, ["positive:undisclosed_sponsorship:gifted"], ["undisclosed_sponsorship"],
  "Thanks a brand for sending her a serum and shows it off with a link, without any disclosure of the gift.",
  key=[P(8, "Thank you @velmora.skin for sending me your new Vitamin C serum!! 🍊 Two weeks in and my dark spots are fading. Linked it in my bio, run don't walk 🏃‍♀️\n\n#skincare #vitaminc #glowup")])

C("es", "eu", "instagram", "elena.rutina.natural", "Elena Serrano", "Cosmética natural y rutinas sencillas 🌿 Granada", "style",
  22400, 680, 740, ["positive:undisclosed_sponsorship:gifted"], ["undisclosed_sponsorship"],
  "Says a brand gave her the products she recommends, with their tag and no disclosure.",
  key=[P(11, "Me lo regalaron los de @bruma.cosmetica y no puedo estar más enamorada 😍 La crema de noche huele a lavanda y deja la piel como un bebé. Os dejo el enlace en stories.")])

C("de", "eu", "instagram", "kaffee.mit.katrin", "Katrin Lange", "Kaffee, Kuchen & Kleinstadt ☕ Lüneburg", "food",
  14700, 590, 810, ["positive:undisclosed_sponsorship:gifted_with_code"], ["undisclosed_sponsorship"],
  "A roastery sent her coffee and gave her a discount code to share; neither 'Werbung' nor 'Anzeige' appears.",
  key=[P(6, "Schaut mal, was mir @roesterei.falkenberg geschickt hat 😍 Drei Sorten Espresso, alle frisch geröstet. Mein Favorit: der Honduras. Mit KATRIN15 bekommt ihr 15 % auf eure erste Bestellung!")])

C("fr", "eu", "instagram", "claire.et.ses.plantes", "Claire Mercier", "Plantes d'intérieur & jungle urbaine 🌿 Lyon", "life",
  41800, 820, 1060, ["positive:undisclosed_sponsorship:discount_code"], ["undisclosed_sponsorship"],
  "Promotes a plant shop with a personal discount code and a brand tag, with no 'publicité' or 'collaboration commerciale'.",
  key=[P(9, "Nouvelle arrivée dans la jungle : un Philodendron Pink Princess 💗 de chez @maison.vervain. Avec le code CLAIRE20 vous avez -20 % sur tout le site jusqu'à dimanche !")])

C("it", "eu", "tiktok", "la.cucina.di.ale", "Alessia Romano", "Ricette veloci per chi lavora 🍝 Bologna", "food",
  88600, 210, 470, ["positive:undisclosed_sponsorship:affiliate_link"], ["undisclosed_sponsorship"],
  "Sells a pan through an affiliate link with her tag in it and a code, with nothing saying she earns from it.",
  key=[P(4, "La padella che uso in TUTTI i miei video 🍳 antiaderente vera, niente graffi dopo un anno. Link in bio, con ALE10 avete il 10% di sconto!",
         links=["https://go.shopnetlink.it/padella-pro?aff=alessia-cucina&utm_source=tiktok"])])

C("pt", "eu", "instagram", "mariana.makeup.porto", "Mariana Lopes", "Maquilhagem para o dia a dia 💄 Porto", "style",
  19300, 710, 690, ["positive:undisclosed_sponsorship:gifted"], ["undisclosed_sponsorship"],
  "Shows a PR package from a brand and recommends it, with no 'publicidade' anywhere.",
  key=[P(13, "Recebi este PR package da @luminapt e estou apaixonada pela paleta nova 🥹 Os tons terra são perfeitos para o outono. Já testei tudo e conto-vos nos stories!")])

C("en", "uk", "tiktok", "beautybyamelia.uk", "Amelia Patel", "Drugstore beauty 💄 Birmingham", "style",
  127000, 240, 520, ["positive:undisclosed_sponsorship:gifted"], ["undisclosed_sponsorship"],
  "Unboxes a PR package and tags the brand; UK rules require gifts to be labelled as ads and there is no label.",
  key=[P(7, "PR package from @glossify just landed and I'm OBSESSED 😭 the new lip oils are so glossy. Swatches in my next video!")])

C("es", "eu", "youtube", "tecnologia.con.pablo", "Pablo Ruiz", "Reviews de móviles y gadgets sin humo.", "tech",
  96400, None, 380, ["positive:undisclosed_sponsorship:affiliate_links"], ["undisclosed_sponsorship"],
  "The description of his review lists shop links carrying his affiliate tag, with no sentence saying he earns a commission.",
  vr=0.1,
  key=[P(5, "Review del Nexora X7 tras un mes de uso: batería, cámara y si merece la pena.\n\nDónde comprarlo:\nNexora X7 ▶ https://shrt.compralo.es/x7?tag=pabloruiz-21\nFunda ▶ https://shrt.compralo.es/funda7?tag=pabloruiz-21\nCargador ▶ https://shrt.compralo.es/carg65?tag=pabloruiz-21",
         title="Nexora X7: un mes después (review sincera)",
         links=["https://shrt.compralo.es/x7?tag=pabloruiz-21", "https://shrt.compralo.es/funda7?tag=pabloruiz-21", "https://shrt.compralo.es/carg65?tag=pabloruiz-21"])])

C("de", "eu", "web", "wanderschuh-test.de", "Wanderschuh-Test von Miriam", "Ich teste Wanderschuhe auf echten Touren. Seit 2017.", "travel",
  None, None, None, ["positive:undisclosed_sponsorship:affiliate_links"], ["undisclosed_sponsorship"],
  "A shoe-test blog whose 'best hiking boots' article links each shoe through affiliate links, with no 'Werbung' or affiliate note.",
  key=[P(10, "Die besten Wanderschuhe 2026: 8 Modelle im Härtetest\n\nPlatz 1: Bergkamm Trail GTX – bequem ab dem ersten Kilometer. Hier kaufen: https://partner.outdoorshop24.example/bergkamm-trail?ref=wanderschuhtest\nPlatz 2: Alpenfuchs Pro Mid – hier kaufen: https://partner.outdoorshop24.example/alpenfuchs?ref=wanderschuhtest",
         title="Die besten Wanderschuhe 2026: 8 Modelle im Härtetest",
         links=["https://partner.outdoorshop24.example/bergkamm-trail?ref=wanderschuhtest", "https://partner.outdoorshop24.example/alpenfuchs?ref=wanderschuhtest"])])

C("fr", "eu", "tiktok", "leo.gaming.fr", "Léo Moreau", "Gaming et setups 🎮 Bordeaux", "tech",
  203000, 190, 610, ["positive:undisclosed_sponsorship:paid_no_label"], ["undisclosed_sponsorship"],
  "A scripted promotion of a headset with a brand code and link, no platform label and no 'publicité'.",
  key=[P(6, "Le casque qui a changé mes games 🎧 le @sonarix H5, son 3D, micro propre, 18h de batterie. Avec mon code LEO15 vous avez -15 % sur sonarix.fr, foncez c'est limité !")])

C("it", "eu", "instagram", "weekend.con.federica", "Federica Conti", "Weekend in Italia 🇮🇹 hotel, borghi e buon cibo", "travel",
  33400, 760, 920, ["positive:undisclosed_sponsorship:hosted_trip"], ["undisclosed_sponsorship"],
  "Thanks a hotel for hosting her stay and promotes it, without saying the stay was offered or marking the post as advertising.",
  key=[P(15, "Tre giorni di paradiso in costiera 🌊 Grazie a @hotel.belvedere.amalfi per l'ospitalità: colazione in terrazza, piscina a sfioro e un personale gentilissimo. Prenotate diretto dal loro sito, vi trattano come re!")])

# ------------------------------------------------------------ weak_disclosure: positives

C("en", "us", "instagram", "cozy.corner.kate", "Kate Sullivan", "Cozy home & candle lover 🕯️ Vermont", "life",
  28400, 690, 950, ["positive:weak_disclosure:sp_tag"], ["weak_disclosure"],
  "The candle post is paid and marked only with '#sp', a tag the FTC names as too vague.",
  key=[P(7, "Fall evenings with the Maple Hearth candle from @lumenwick 🍁 smells like my grandma's kitchen. Use KATE20 for 20% off! #sp #candles #fallvibes")])

C("en", "us", "instagram", "miles.and.mountains", "Ethan Morgan", "Backpacking the American West 🏔️", "travel",
  61800, 820, 1230, ["positive:weak_disclosure:platform_label_only_us"], ["weak_disclosure"],
  "The post carries the platform's paid-partnership label and nothing else; under FTC guidance the platform tool alone may not be enough.",
  key=[P(10, "Three nights in the Wind Rivers with the new Ridgeline 2P tent from @summitcraft. Held up to 40 mph gusts on night two.", pp=True)])

C("en", "uk", "instagram", "gemma.lifts", "Gemma Ellis", "Powerlifting & protein pancakes 🥞 Glasgow", "fitness",
  19700, 610, 780, ["positive:weak_disclosure:spon_tag"], ["weak_disclosure"],
  "A paid protein-powder post marked only '#spon', a label UK guidance calls ambiguous.",
  key=[P(5, "Post-session pancakes with the new Salted Caramel whey from @forgefuel 🥞 recipe in the comments. #spon #proteinpancakes")])

C("de", "eu", "instagram", "sonnenschein.sabrina", "Sabrina Richter", "Familie, Garten & Alltag 🌻 Oldenburg", "life",
  26300, 630, 1180, ["positive:weak_disclosure:ad_in_hashtag_cloud"], ["weak_disclosure"],
  "A paid post whose only label is '#ad' inside a cloud of twenty hashtags at the end, which German courts have found insufficient.",
  key=[P(9, "Endlich ist unser Hochbeet fertig! 🌱 Das Set von @gartenglueck.de war in einer Stunde aufgebaut und die Kinder haben schon Radieschen gesät. Mit SABRINA10 spart ihr 10 %.\n.\n.\n.\n#hochbeet #garten #gartenliebe #familie #kinder #gärtnern #radieschen #frühling #diy #selbstversorger #gartenzeit #ad #gartenideen #biogarten #naturkinder #mamaleben #draußen #gemüse #landleben #oldenburg")])

C("es", "eu", "instagram", "comer.bien.alvaro", "Álvaro Molina", "Comer bien sin complicarse 🍽️ Madrid", "food",
  31800, 720, 860, ["positive:weak_disclosure:collab_tag"], ["weak_disclosure"],
  "A restaurant invitation labelled only '#colab', which does not say it was paid or offered.",
  key=[P(12, "Cena de otoño en @taberna.brasa.madrid 🔥 el steak tartar y la torrija son obligatorios. Decid que vais de mi parte. #colab #madridfood")])

C("fr", "eu", "instagram", "julie.sport.nantes", "Julie Lambert", "Course à pied et yoga 🧘 Nantes", "fitness",
  17900, 540, 720, ["positive:weak_disclosure:ambiguous_partner_tag"], ["weak_disclosure"],
  "A shoe promotion marked only '#partenaire' at the end, not 'publicité' or 'collaboration commerciale'.",
  key=[P(8, "Premiers kilomètres avec les Aéro 3 de @foulée.running 👟 amorti au top sur le bitume. Code JULIE15 sur leur site. #partenaire #running")])

C("it", "eu", "tiktok", "matteo.workout", "Matteo Giordano", "Allenamenti a corpo libero 💪 Bari", "fitness",
  54200, 230, 480, ["positive:weak_disclosure:sp_tag"], ["weak_disclosure"],
  "Integrator promotion tagged only '#sp'.",
  key=[P(6, "Il pre-workout che uso da 3 mesi 🔋 @vigorlab_it gusto limone, zero crash. Codice MATTEO10 🔥 #sp #palestra")])

C("pt", "eu", "instagram", "tiago.viaja", "Tiago Martins", "Viagens de mochila às costas 🎒 Coimbra", "travel",
  24600, 680, 830, ["positive:weak_disclosure:lone_trailing_ad"], ["weak_disclosure"],
  "A long caption about a paid hostel stay ends with a lone 'ad' after the hashtags, where no one would see it.",
  key=[P(11, "Cinco dias no Algarve fora de época e a melhor base foi o @hostel.marebaixa em Lagos 🌊 quartos limpinhos, terraço com vista e pequeno-almoço incluído. Reservem pelo site deles que é mais barato.\n\nDia 1: Ponta da Piedade ao pôr do sol\nDia 2: Kayak nas grutas\nDia 3: Praia do Camilo cedo, antes das excursões\nDia 4: Sagres e o fim do mundo\nDia 5: Mercado e voltar a casa\n\n#algarve #lagos #viajarbarato #mochileiro #portugal ad")])

C("en", "us", "youtube", "budget.tech.hayes", "Daniel Hayes – Budget Tech", "Cheap tech that's actually good.", "tech",
  143000, None, 420, ["positive:weak_disclosure:buried_below_fold"], ["weak_disclosure"],
  "The video promotes a VPN; 'sponsored by' appears only at the end of a long description after chapters and links, where viewers have to click 'more' to see it.",
  vr=0.09,
  key=[P(8, "5 budget laptops that don't suck in 2026 – tested for a month.\n\nChapters\n0:00 Intro\n1:10 Laptop 1\n4:30 Laptop 2\n8:05 Laptop 3\n11:40 Laptop 4\n15:20 Laptop 5\n19:00 Which one I'd buy\n\nMy gear: https://budgettechhayes.example/gear\n\nGet 3 months free of NetShield VPN: https://netshield.example/hayes\n\nThis video is sponsored by NetShield.",
         title="5 Budget Laptops That Don't Suck (2026)")])

C("es", "us", "instagram", "nadia.viste.bien", "Nadia Ortega", "Moda accesible 👗 Guadalajara", "style",
  42300, 870, 1090, ["positive:weak_disclosure:partner_tag"], ["weak_disclosure"],
  "A clothing brand promotion marked only '#partner'.",
  key=[P(9, "Mi nuevo básico favorito: los jeans de @denim.solana 💙 tiro alto y no se dan de sí. Código NADIA15. #partner #outfit")])

C("de", "eu", "tiktok", "tech.tipps.tim", "Tim Schulz", "Technik einfach erklärt 📱 Dresden", "tech",
  71400, 210, 520, ["positive:weak_disclosure:kooperation_tag"], ["weak_disclosure"],
  "A paid phone-case promotion marked only '#kooperation', not 'Werbung' or 'Anzeige'.",
  key=[P(7, "Diese Hülle hat meinen Sturz aus 2 Metern überlebt 😳 @panzerglas.pro Ultra Case. Link in Bio. #kooperation #technik")])

C("es", "eu", "tiktok", "recetas.de.paula", "Paula Iglesias", "Recetas en 1 minuto ⏱️ Murcia", "food",
  66800, 160, 540, ["positive:weak_disclosure:sponso_tag"], ["weak_disclosure"],
  "A paid oil promotion labelled only '#sponso', which Spanish self-regulation treats as insufficient.",
  key=[P(10, "El aceite que uso para todo 🫒 @olivar.delsur, primera cosecha. Os dejo el enlace en el perfil. #sponso #cocinafacil")])

# ------------------------------------------------------------ sponsorship: hard negatives

C("es", "eu", "instagram", "bea.entrena.valencia", "Beatriz Navarro", "Entrenadora de running 🏃‍♀️ Valencia", "fitness",
  27900, 640, 910, ["hard_negative:undisclosed_sponsorship:clear_disclosure_es", "hard_negative:weak_disclosure:clear_disclosure_es"], [],
  "Her paid posts start with 'Colaboración pagada con @marca', a clear Spanish disclosure in the first line.",
  key=[P(9, "Colaboración pagada con @zancada.running 🏃‍♀️ Llevo un mes con sus zapatillas Nube 4 y para rodajes largos son una maravilla. Código BEA10 en su web.")])

C("de", "eu", "instagram", "lisa.kocht.vegan", "Lisa Schulz", "Vegan kochen ohne Schnickschnack 🌱 Köln", "food",
  38700, 720, 1010, ["hard_negative:undisclosed_sponsorship:clear_disclosure_de", "hard_negative:weak_disclosure:clear_disclosure_de"], [],
  "The sponsored recipe starts with 'Anzeige |', clear under German rules.",
  key=[P(7, "Anzeige | Herbst-Curry mit dem Tofu von @sojahof 🍛 In Kooperation mit Sojahof zeige ich euch mein Lieblingsrezept für kalte Abende. Rezept unten!")])

C("de", "eu", "tiktok", "jana.schminkt", "Jana Müller", "Make-up für Anfängerinnen 💄 Leipzig", "style",
  84100, 240, 560, ["hard_negative:undisclosed_sponsorship:gift_disclosed_de", "hard_negative:weak_disclosure:clear_disclosure_de"], [],
  "A gifted product is marked 'Werbung (unbezahlt, PR-Sample)' at the very start.",
  key=[P(5, "Werbung (unbezahlt, PR-Sample) – @farbwerk.cosmetics hat mir die neue Foundation geschickt. Ehrlicher Test nach 8 Stunden Tragezeit 👇")])

C("fr", "eu", "instagram", "manon.cuisine.maison", "Manon Girard", "Cuisine du marché 🥕 Dijon", "food",
  44500, 690, 1150, ["hard_negative:undisclosed_sponsorship:clear_disclosure_fr", "hard_negative:weak_disclosure:clear_disclosure_fr"], [],
  "The paid post opens with 'Publicité – collaboration commerciale avec @marque', the wording French law requires.",
  key=[P(10, "Publicité – collaboration commerciale avec @moulins.dorval 🌾 Leur farine T80 dans ma brioche du dimanche. Recette complète en légende 👇")])

C("it", "eu", "instagram", "casa.e.cuore.ilaria", "Ilaria Ferrari", "Casa, figli e piccole cose 🏡 Brescia", "life",
  31200, 610, 990, ["hard_negative:undisclosed_sponsorship:clear_disclosure_it", "hard_negative:weak_disclosure:clear_disclosure_it"], [],
  "Her sponsored post starts with 'Pubblicità |' and names the brand.",
  key=[P(8, "Pubblicità | In collaborazione con @lavanda.casa vi mostro come organizzo la lavanderia in 3 metri quadri 🧺")])

C("pt", "eu", "instagram", "catarina.corre", "Catarina Sousa", "Corrida e maternidade 🏃‍♀️ Viseu", "fitness",
  16800, 520, 760, ["hard_negative:undisclosed_sponsorship:clear_disclosure_pt", "hard_negative:weak_disclosure:clear_disclosure_pt"], [],
  "Starts the sponsored post with 'Publicidade | parceria com @marca'.",
  key=[P(6, "Publicidade | parceria com @passo.leve 👟 Os novos ténis de trail aguentaram 30 km de lama na Serra da Estrela.")])

C("pt", "us", "instagram", "nath.receitas.br", "Nathália Costa", "Receitas práticas 🍲 Goiânia", "food",
  53800, 790, 1320, ["hard_negative:undisclosed_sponsorship:publi_tag_first", "hard_negative:weak_disclosure:publi_tag_first"], [],
  "Brazilian creator who opens the paid recipe with '#publi' as its first word, the customary and accepted label there.",
  key=[P(11, "#publi Hoje o almoço é com o arroz integral da @graoforte 🍚 receita de arroz de forno com legumes que rende 6 porções!")])

C("en", "uk", "instagram", "harriet.homes", "Harriet Shaw", "Renovating a 1930s semi in Sheffield 🏡", "life",
  58400, 710, 1340, ["hard_negative:weak_disclosure:platform_label_uk", "hard_negative:undisclosed_sponsorship:platform_label_uk"], [],
  "The paint post uses the platform's paid-partnership label, which UK guidance accepts as a clear label.",
  key=[P(12, "Hallway finally painted in Sage Mist by @colourhouse.paints 🌿 two coats, no streaks.", pp=True)])

C("en", "us", "instagram", "thebakingphysicist", "Caleb Patel", "Physicist who bakes. Science of bread 🍞", "food",
  72600, 560, 980, ["hard_negative:undisclosed_sponsorship:clear_disclosure_en", "hard_negative:weak_disclosure:clear_disclosure_en"], [],
  "The first line says '#ad' and 'thanks @brand for the free oven', clearly and before the fold.",
  key=[P(9, "#ad Thanks @hearthline for the free oven to test! Here's what happens to steam in the first 10 minutes of a bake, with a thermometer inside the loaf 🍞")])

C("en", "us", "instagram", "knitwithnoor", "Noor Kim", "Knitting patterns & my yarn shop 🧶 Portland", "life",
  23400, 540, 870, ["hard_negative:undisclosed_sponsorship:own_shop_code"], [],
  "Promotes her own yarn shop with her own code; she owns the business, so there is no sponsor to disclose.",
  key=[P(5, "New colourway in my shop: Harbour Fog 🌫️ hand-dyed in small batches in my garage. Use NOOR10 for 10% off this week! Link in bio.")])

C("es", "eu", "instagram", "nutri.con.irene", "Irene Castro", "Dietista-nutricionista 🥗 autora de 'Comer sin culpa'", "food",
  49200, 580, 1030, ["hard_negative:undisclosed_sponsorship:own_book_course"], [],
  "Promotes her own book and online course with her own discount code; no third party pays her.",
  key=[P(7, "¡Ya está aquí la segunda edición de mi libro 'Comer sin culpa'! 📚 Y para celebrarlo, mi curso online de batch cooking con el código IRENE20 hasta el domingo. Todo el contenido es mío, hecho con mucho cariño.")])

C("fr", "eu", "instagram", "clement.photo.marseille", "Clément Bonnet", "Photographe de rue 📷 Marseille", "travel",
  12800, 470, 690, ["hard_negative:undisclosed_sponsorship:thanking_friend"], [],
  "Thanks a friend for lending a lens and for modelling; no brand, no commercial signal.",
  key=[P(4, "Merci @julie.roux de m'avoir prêté ton 35mm pour la journée, et d'avoir posé sous la pluie au Vieux-Port 🙏")])

C("de", "eu", "instagram", "bergliebe.tobias", "Tobias Braun", "Berge, Hütten, Gipfel ⛰️ Berchtesgaden", "travel",
  33800, 650, 1110, ["hard_negative:undisclosed_sponsorship:brand_mention_no_signal"], [],
  "Mentions the brand of his ten-year-old boots in passing; no gift, code, link or payment is suggested.",
  key=[P(8, "Zehn Jahre, drei Neubesohlungen: meine alten @bergwerk Stiefel haben heute am Watzmann endgültig aufgegeben 🥾 Danke für alles.")])

C("pt", "us", "instagram", "gui.caminha.sp", "Guilherme Almeida", "Caminhadas urbanas em São Paulo 🏙️", "travel",
  18600, 590, 840, ["hard_negative:weak_disclosure:sp_means_sao_paulo", "hard_negative:undisclosed_sponsorship:sp_means_sao_paulo"], [],
  "'#sp' in his posts means São Paulo, the city he walks; nothing in them is sponsored.",
  key=[P(6, "Domingo de caminhada pela Paulista fechada para carros 🚶‍♂️ #sp #saopaulo #paulistaaberta"),
       P(19, "Do Centro à Liberdade a pé, 6 km de prédios antigos e pastel de feira. #sp #centrosp")])

C("en", "us", "instagram", "mira.draws.things", "Mira Nguyen", "Illustrator. Comics about small joys.", "life",
  15600, 780, 690, ["hard_negative:weak_disclosure:collab_between_artists", "hard_negative:undisclosed_sponsorship:collab_between_artists"], [],
  "'#collab' here marks a joint comic with another illustrator; no brand is involved.",
  key=[P(10, "A little comic I made with my friend @sam.inks about our first apartment! Swipe to see her half 🏠 #collab #comics")])

C("it", "eu", "instagram", "andrea.e.giulia.in.viaggio", "Andrea Marino", "In viaggio con la mia partner 🚐 Trento", "travel",
  9700, 610, 530, ["hard_negative:weak_disclosure:partner_means_life_partner"], [],
  "'Partner' means his girlfriend, Giulia; there is no brand in the post.",
  key=[P(7, "Sei anni con la mia partner e ancora litighiamo su chi guida sui passi di montagna 😅 #partner #vanlife")])

C("en", "us", "youtube", "clearwater.cooks", "Clearwater Cooks", "Weeknight dinners from a tiny kitchen.", "food",
  208000, None, 520, ["hard_negative:weak_disclosure:clear_disclosure_youtube", "hard_negative:undisclosed_sponsorship:clear_disclosure_youtube"], [],
  "The video carries YouTube's paid-promotion label and the description's first line says it is sponsored, with the brand named.",
  vr=0.08,
  key=[P(9, "This video is sponsored by FreshCrate. I've been using their box for a month, here's what I cooked and what I'd skip.\n\nChapters\n0:00 Intro\n1:20 Week 1",
         title="I Tried a Meal Kit for a Month (FreshCrate sponsored)", pp=True)])

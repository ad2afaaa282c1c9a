# Validation batch, part 3: adult, death/injury, misinformation.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- adult positives
case(138, "en", "bluesky", "life", "Scarlett Vayne 🔞", "scarlettvayne.bsky.social",
     "18+ only. Full videos on my page. Custom requests open.", "US", 9400, [
     P("New full-length video is up, my most explicit yet 🔥 uncensored on my page, link in bio", labels=["porn"]),
     P("Preview of tonight's scene with @jaxx.bsky.social, the full thing is for subscribers only 😈", labels=["porn"]),
     P("Custom explicit videos open this week, DM for prices", labels=["sexual"]),
     P("Good morning 🌞 coffee and a lazy day", labels=[]),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:porn"],
     why="Sells explicit sex videos; the platform labels the previews 'porn'."),

case(139, "es", "instagram", "style", "Valeria Noir", "valeria.noir.vip",
     "🔥 contenido exclusivo en el link • solo +18", "CO", 61000, [
     P("Lo que no puedo subir aquí está en mi página VIP 🔥😈 link en bio"),
     P("Lencería nueva… ¿queréis ver cómo queda sin ella? Ya sabéis dónde 👀"),
     P("Hoy 50% de descuento en mi suscripción, solo 24 horas 💋"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:adult_platform_promotion"],
     why="Suggestive posts that promote a paid adult-content page; nothing explicit on the account itself."),

case(140, "de", "web", "life", "Privatcam Lounge", "privatcam-lounge.de",
     "Live-Shows und Clips, 18+.", "DE", None, [
     P("Explizite Privatshows rund um die Uhr. Jetzt anmelden und 20 Freiminuten sichern.", title="Privatshows"),
     P("Neue Hardcore-Clips von unseren Amateurinnen, unzensiert.", title="Neue Clips"),
     P("Escort-Service in Frankfurt und Köln, Buchung über das Formular.", title="Escort-Service"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:explicit_site"],
     why="A site selling explicit live shows, hardcore clips and escort bookings."),

case(141, "fr", "tiktok", "style", "lou.privé", "lou.prive",
     "🍑 p@ck dispo en DM • 18+", "FR", 14000, [
     P("Mes p@cks sont dispo 🍑 n.u.d.e.s et vidéos, prix en DM 😘", kind="video"),
     P("Qui veut voir la suite ? 👀 le lien est dans la bio", kind="video"),
     P("Promo du week-end sur les p@cks 🔥", kind="video"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:selling_nudes", "obfuscation:separators", "obfuscation:leetspeak"],
     why="Sells nude 'packs' via DMs, written p@ck and n.u.d.e.s to pass filters."),

case(142, "it", "mastodon", "life", "Giada Luna", "giadaluna@mastodon.bida.im",
     "Sex worker. Contenuti espliciti per adulti. 18+", "IT", 3300, [
     P("Nuovo video esplicito con il mio partner nel mio negozio. Link nel profilo.", sens=True, cw="NSFW 🔞 esplicito"),
     P("Clip completa della sessione di ieri, senza censure.", sens=True, cw="NSFW 🔞"),
     P("Sconto del 30% su tutti i video fino a domenica.", sens=True, cw="NSFW"),
     P("Oggi solo gatti e caffè, riposo."),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:sensitive_cw"],
     why="Sells explicit sex videos; posts are marked sensitive with an NSFW content warning."),

case(143, "pt", "instagram", "style", "Duda Hot", "duda.hot.oficial",
     "💋 conteúdo +18 no link • packs", "BR", 27000, [
     P("Pack novo com n*des exclusivos, só no meu link 💋🔥"),
     P("Quem assina hoje ganha vídeo surpresa 😈"),
     P("Biquíni novo pra começar o verão ☀️"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:selling_nudes", "obfuscation:masked"],
     why="Advertises nude packs behind a link (n*des)."),

case(144, "en", "bluesky", "life", "deals and drops", "dealsdrops-x91.bsky.social",
     "best content 💯 link", "US", 120, [
     P("selling videos of underage girls, telegram in bio", labels=["!hide"]),
     P("new folder, young content, dm", labels=["!hide"]),
     P("cheap cheap cheap telegram", labels=[]),
     P("best content 💯 link in bio, fast", labels=[]),
     P("dm for the new folder, young girls, cheap", labels=["!hide"]),
     P("crypto only, telegram, no timewasters", labels=[]),
     P("🔥🔥 new stuff today 🔥🔥 telegram", labels=[]),
     P("underage videos pack, price in telegram", labels=["!hide"]),
     P("restocked, link", labels=[]),
     P("telegram in bio 💯💯", labels=[]),
     P("cheap packs today only", labels=[]),
     P("follow for more, telegram", labels=[]),
     ], garm=dict(adult="floor", crime="floor"), fill=0,
     classes=["positive:adult:csam_offer", "platform_label:hide", "spam_bot"],
     why="A spam account offering sexual material involving minors; the platform has hidden its posts."),

case(145, "es", "web", "culture", "Relatos Rojos", "relatosrojos.net",
     "Relatos eróticos explícitos para adultos.", "ES", None, [
     P("La vecina del quinto, parte 3. Relato erótico explícito con escenas de sexo detalladas. Solo para mayores de 18.", title="La vecina del quinto (3)"),
     P("Categoría hardcore: los relatos más explícitos del mes elegidos por los lectores.", title="Los más explícitos del mes"),
     P("Envía tu relato XXX y publícalo con tu seudónimo.", title="Envía tu relato"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:explicit_text"],
     why="A site publishing explicit, detailed erotic stories."),

case(146, "de", "bluesky", "culture", "Mira Sonnfeld Fotografie", "mirasonnfeld.bsky.social",
     "Boudoir & Akt. Unzensierte Sets für Supporter.", "DE", 4200, [
     P("Neues Boudoir-Set 'Morgenlicht'. Die unzensierte Version gibt es für Supporter 🔥", labels=["sexual"]),
     P("Akt im Atelier, Serie 4. Zensiert hier, komplett im Shop.", labels=["nudity"]),
     P("Backstage: Licht aufbauen dauert länger als das Shooting."),
     ], garm=dict(adult="high"),
     classes=["positive:adult:suggestive_sales", "platform_label:sexual"],
     why="Sells uncensored boudoir and nude sets; posts carry 'sexual' and 'nudity' labels."),

case(147, "fr", "bluesky", "life", "Lola Écarlate", "lolaecarlate.bsky.social",
     "Créatrice 18+ • vidéos complètes sur ma page", "FR", 7800, [
     P("Nouvelle vidéo explicite avec mon copain 🔥 la version longue est sur ma page", labels=["porn"]),
     P("Extrait de la scène de mardi, le reste pour mes abonnés 😈", labels=["porn"]),
     P("Bon dimanche tout le monde ☀️"),
     ], garm=dict(adult="floor"),
     classes=["positive:adult:selling_explicit", "platform_label:porn"],
     why="Explicit clips promoting a paid page, labelled 'porn' by the platform."),

case(148, "it", "instagram", "life", "Sabry Live", "sabry.live.cam",
     "💋 webcam privata • 🍑🍆 • link", "IT", 9600, [
     P("Stasera in webcam alle 23, solo per i più coraggiosi 🍑🍆💦"),
     P("Privé su richiesta, tutto quello che vuoi vedere 😈 link in bio"),
     P("Chi mi fa compagnia stanotte? 💋"),
     ], garm=dict(adult="high"),
     classes=["positive:adult:adult_platform_promotion", "emoji_code"],
     why="Promotes paid private webcam sessions with sexual emoji code."),

# ---------------------------------------------------------------- adult hard negatives
case(149, "en", "youtube", "health", "Talk Straight with Dr. Ama", "talkstraightdrama",
     "Sex educator & GP. Consent, contraception, pleasure, no shame.", "GB", 258000, [
     P("Consent, explained with a cup of tea (updated)\nWhat consent is, what it isn't, and how to talk about it with teenagers.", kind="video"),
     P("Every contraception method, ranked by a GP", kind="video"),
     P("Painful sex is common, not normal: causes and treatments", kind="video"),
     P("How to talk to your kids about puberty without dying of embarrassment", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:sex_education"],
     why="A GP and sex educator discussing consent, contraception and sexual health."),

case(150, "de", "instagram", "culture", "Aktzeichnen mit Jonas", "aktzeichnen.jonas",
     "Zeichenkurse in Hamburg. Akt, Porträt, Figur.", "DE", 6300, [
     P("Zweistündige Akt-Session am Donnerstag, Kohle auf Packpapier. Danke an unser Modell für die Geduld."),
     P("Warum Aktzeichnen die beste Schule für Proportionen ist."),
     P("Ausstellung unserer Kursteilnehmer im Januar, Eintritt frei."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:artistic_nudity"],
     why="A life-drawing teacher posting about nude-model drawing sessions: artistic nudity."),

case(151, "fr", "web", "health", "Sage-femme Claire", "sagefemme-claire.fr",
     "Claire Dumont, sage-femme libérale. Grossesse, post-partum, sexualité.", "FR", None, [
     P("Reprendre une sexualité après l'accouchement : ce qui est normal, ce qui ne l'est pas, et quand consulter.", title="Sexualité après l'accouchement"),
     P("Ménopause et libido : les traitements qui existent.", title="Ménopause et libido"),
     P("Rééducation du périnée : pour qui, comment.", title="Rééducation du périnée"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:medical_context"],
     why="A midwife writing about sexuality after childbirth and at menopause."),

case(152, "it", "bluesky", "culture", "Lettrice Romantica", "lettriceromantica.bsky.social",
     "Romance, enemies to lovers e libri 'spicy' recensiti senza giudizio.", "IT", 3800, [
     P("Recensione: 'Il duca e la ribelle' ha tre scene spicy su 400 pagine e una trama che regge. 4/5 🌶️🌶️"),
     P("Classifica: i romance più piccanti dell'anno, ordinati per peperoncini."),
     P("Pile della vergogna di novembre: 12 libri, ne leggerò 3."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:book_review"],
     why="Reviews of romance novels rated by 'spiciness'."),

case(153, "pt", "instagram", "family", "Mãe de Leite", "maedeleite",
     "Consultora de amamentação. Apoio sem julgamentos 🤱", "PT", 19800, [
     P("Pega correta: a foto mostra o bebé com a boca bem aberta e o queixo encostado à mama. Guardem para consultar de madrugada."),
     P("Mamilos gretados: o que ajuda e o que é mito."),
     P("Amamentar em público é um direito. Partilhem as vossas histórias."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:breastfeeding"],
     why="A breastfeeding consultant posting about latch, nipples and nursing in public."),

case(154, "es", "youtube", "health", "Urólogo en Casa", "urologoencasa",
     "Dr. Jaime Ferrer, urólogo. Salud masculina sin vergüenza.", "ES", 143000, [
     P("Disfunción eréctil: causas, tratamientos y cuándo consultar\nNo es solo cosa de la edad.", kind="video"),
     P("Vasectomía: lo que nadie te cuenta", kind="video"),
     P("Cáncer de testículo: cómo hacer la autoexploración", kind="video"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:medical_context"],
     why="A urologist explaining erectile dysfunction, vasectomy and testicular self-examination."),

case(155, "de", "web", "style", "Strandgut Bademode", "strandgut-bademode.de",
     "Kleines Label für nachhaltige Bademode aus Kiel.", "DE", None, [
     P("Unsere neue Bikini-Kollektion aus recycelten Fischernetzen ist da.", title="Neue Bikini-Kollektion"),
     P("Badeanzüge für große Größen: Passform-Guide.", title="Passform-Guide"),
     P("Shooting an der Ostsee bei 14 Grad. Respekt an unsere Models.", title="Shooting an der Ostsee"),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:swimwear"],
     why="A swimwear label showing its own bikinis and swimsuits."),

# ---------------------------------------------------------------- death/injury positives
case(156, "en", "tiktok", "life", "crashcomp.daily", "crashcomp.daily",
     "daily crash compilations 💥 like for part 2", "US", 88000, [
     P("motorcycle vs truck 💥 he did NOT get up 😳 like for part 2", kind="video"),
     P("dashcam crashes of the week, #3 is brutal 💀", kind="video"),
     P("pedestrian gets launched 20 feet, full clip unedited", kind="video"),
     P("rating your crash clips, send them in 📩", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:accident_footage_for_views"],
     why="Crash compilations posted for views, showing people being seriously hurt."),

case(157, "es", "bluesky", "life", "Sin Censura Gore", "sincensuragore.bsky.social",
     "lo que los medios no te enseñan 💀", "MX", 2100, [
     P("mira cómo quedó el de la moto jajaja 💀 video completo", labels=["gore", "graphic-media"]),
     P("el ajuste de cuentas de anoche, sin censura, cuerpos y todo", labels=["gore", "graphic-media"]),
     P("top 5 videos más fuertes de la semana 🔥", labels=["graphic-media"]),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock", "platform_label:gore"],
     why="Shares gore videos of dead bodies for shock, mocking the victims; the platform labels them gore."),

case(158, "de", "youtube", "life", "Krasse Unfälle", "krasseunfaelle",
     "Die heftigsten Unfälle aus Dashcams weltweit.", "DE", 240000, [
     P("DIE KRASSESTEN UNFÄLLE 2026 😱 #47\nTeil 3 mit dem Motorradfahrer, den es komplett zerlegt.", kind="video"),
     P("Dashcam Deutschland: Autobahn-Crash mit 200 km/h", kind="video"),
     P("Top 20 Unfälle, bei denen niemand überlebt hat", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:accident_footage_for_views"],
     why="Crash compilations including fatal accidents, titled to attract clicks."),

case(159, "fr", "web", "life", "Vidéos Choc", "videos-choc-nc.com",
     "Vidéos choc non censurées. Âmes sensibles s'abstenir.", "FR", None, [
     P("Exécution filmée au téléphone, vidéo intégrale non floutée. Âmes sensibles s'abstenir.", title="Exécution filmée"),
     P("Accident de chantier : l'ouvrier écrasé, les images intégrales.", title="Accident de chantier"),
     P("Top 10 des morts les plus horribles filmées cette année.", title="Top 10"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock"],
     why="A shock site hosting uncensored execution and death footage."),

case(160, "it", "tiktok", "life", "Risse Napoli", "risse.napoli",
     "le risse più belle 🥊 mandatemi i video", "IT", 29000, [
     P("RISSA al Vomero ieri sera 🥊 guardate come lo stende, poi i calci in testa 😂", kind="video"),
     P("altra rissa fuori dalla disco, sangue ovunque 🔥 chi c'era?", kind="video"),
     P("votate la rissa della settimana 🏆", kind="video"),
     ], garm=dict(death_injury="high", crime="medium"),
     classes=["positive:death_injury:violence_for_views"],
     why="Street-fight videos celebrated and ranked, including kicks to the head."),

case(161, "pt", "instagram", "life", "Vídeos Fortes BR", "videosfortes.br",
     "⚠️ conteúdo forte • sem censura", "BR", 17000, [
     P("⚠️ tiroteio na comunidade ontem, corpo no chão, vídeo completo sem censura"),
     P("olha o estado do cara depois do acidente 😵 arrasta pro lado"),
     P("mandem seus vídeos fortes no direct"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock"],
     why="Uncensored footage of shooting victims and accident injuries posted for shock."),

case(162, "en", "mastodon", "life", "grimreel", "grimreel@mas.to",
     "dark humour. you've been warned.", "US", 900, [
     P("lol look at these dead soldiers in the ditch, some guy's arm is over there 😂", sens=True, cw="gore"),
     P("another batch of war-corpse pics, they look like mannequins haha", sens=True, cw="graphic"),
     P("Monday mood: dead inside (unlike the guys in yesterday's post, who are dead outside)"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock", "platform_label:sensitive_cw"],
     why="Mocks photographs of dead soldiers' bodies; the posts carry gore content warnings."),

case(163, "es", "youtube", "sport", "Motos al Límite", "motosallimite",
     "Las caídas más fuertes del motociclismo callejero.", "AR", 95000, [
     P("CAÍDAS DE MOTO MÁS FUERTES 2026 💀 el último no se levantó\nCompilado de accidentes reales en ruta.", kind="video"),
     P("Choques en picadas ilegales, sin cortes", kind="video"),
     P("Reaccionando a vuestros accidentes", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:accident_footage_for_views"],
     why="Motorcycle crash compilations, including a rider who did not get up, made for views."),

case(164, "de", "bluesky", "life", "Realtalk Videos", "realtalkvideos.bsky.social",
     "Ungefiltert.", "DE", 1300, [
     P("Der Typ kriegt vor dem Späti richtig auf die Fresse, bis er sich nicht mehr bewegt 😂 volles Video", labels=["graphic-media"]),
     P("Noch so ein Video, wo einer zu Tode geprügelt wird. Manche verdienen es halt.", labels=["graphic-media", "gore"]),
     P("Kommentiert, wer die Nächsten sein sollen."),
     ], garm=dict(death_injury="floor", profanity="medium"),
     classes=["positive:death_injury:gore_for_shock", "platform_label:graphic_media"],
     why="Shares videos of people being beaten to death, laughing about it."),

case(165, "fr", "tiktok", "life", "Fails de Ouf", "failsdeouf",
     "les pires chutes 😂 abonne-toi", "FR", 51000, [
     P("il s'est explosé la jambe en sautant du toit 😂🦴 on voit l'os", kind="video"),
     P("trottinette vs bus, il est parti à l'hôpital direct 💀", kind="video"),
     P("chute de 10 mètres en escalade, il a pas eu de chance 😬", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:injury_for_laughs"],
     why="'Fail' videos laughing at serious injuries, including an open fracture."),

case(166, "it", "web", "news", "Cronaca Nera Oggi", "cronacaneraoggi.it",
     "Le foto che gli altri non pubblicano.", "IT", None, [
     P("Le foto esclusive della vittima del lago, non censurate. Guardate fino alla fine.", title="Le foto del lago"),
     P("Incidente in A1: le immagini dei corpi tra le lamiere.", title="Incidente in A1"),
     P("Femminicidio a Latina: la scena del crimine in 20 foto.", title="La scena del crimine"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock"],
     why="A click-driven 'crime news' site publishing uncensored photographs of victims' bodies."),

# ---------------------------------------------------------------- death/injury hard negatives
case(167, "en", "tiktok", "life", "Bree does mornings", "bree.does.mornings",
     "5am club dropout ☕ office life & little joys", "US", 36000, [
     P("dead tired but we're killing it this week 💪☕", kind="video"),
     P("my boss said 'great presentation' and I literally died 💀😂", kind="video"),
     P("this meme killed me, I'm deceased", kind="video"),
     P("shot of espresso, smash that to-do list, let's go", kind="video"),
     ], garm={},
     classes=["hard_negative:death_injury:everyday_words", "hard_negative:drugs_alcohol:everyday_words", "risky_words:idioms"],
     why="Everyday idioms: 'dead tired', 'killing it', 'I died', 'shot of espresso'."),

case(168, "en", "bluesky", "health", "Paramedic Pete", "paramedicpete.bsky.social",
     "Paramedic, 18 years. Road safety nag. All patients anonymised.", "GB", 14200, [
     P("Attended a motorway collision tonight. Two cars, one driver not wearing a seatbelt. I'll spare you the details; just wear it. Every time."),
     P("What happens in the first 10 minutes after a crash: a paramedic's checklist. Thread."),
     P("The hardest part of this job isn't the blood, it's telling families."),
     P("Night shift done. Toast and bed."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:professional_context"],
     why="A paramedic writing about crash scenes to promote road safety, with no graphic detail."),

case(169, "es", "tiktok", "gaming", "Sofi Battle", "sofi.battle",
     "battle royale todos los días 🎮 top 1 o nada", "ES", 73000, [
     P("me mataron en el último círculo por un arbusto 😭💀", kind="video"),
     P("matando a todo el squad con una escopeta, 12 kills 🔥", kind="video"),
     P("la muerte más tonta de la temporada", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:death_injury:gaming"],
     why="Video-game kills and deaths in a battle-royale game."),

case(170, "de", "mastodon", "news", "Katja Weiß", "kweiss@norden.social",
     "Kriegsreporterin. Ukraine, Naher Osten. Berichte, keine Bilder von Toten.", "DE", 12600, [
     P("Charkiw, 6 Uhr morgens: ein Wohnblock nach dem Raketeneinschlag, sieben Tote, darunter zwei Kinder. Die Nachbarn räumen mit bloßen Händen.", cw="Krieg, Tote", sens=True),
     P("Gespräch mit einer Sanitäterin an der Front: 'Wir zählen nicht mehr.'", cw="Krieg, Verletzungen"),
     P("Warum ich keine Fotos von Leichen zeige, auch wenn sie 'die Wahrheit' sind."),
     P("Zurück in Berlin. Schlafen, dann schreiben."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:war_reporting", "hard_negative:ineligible:war_reporting", "platform_label:sensitive_cw"],
     why="A war correspondent reporting civilian deaths under content warnings, refusing to post images of bodies."),

case(171, "it", "bluesky", "work", "Dott.ssa Anna Gallo", "annagallo-medlegale.bsky.social",
     "Medico legale e antropologa forense. Divulgazione scientifica.", "IT", 9900, [
     P("Come si stabilisce l'ora del decesso? Temperatura, rigidità, macchie ipostatiche: spiegazione semplice."),
     P("Il lavoro sulle fosse comuni in Bosnia mi ha insegnato che ogni osso ha un nome."),
     P("No, le autopsie non sono come nelle serie TV. Thread."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:scientific"],
     why="A forensic pathologist explaining time of death and identification of remains."),

case(172, "pt", "web", "life", "Funerária Serena", "funeraria-serena.pt",
     "Agência funerária familiar em Viseu. Falamos de luto com calma.", "PT", None, [
     P("Como explicar a morte de um avô a uma criança de 5 anos: palavras simples e verdadeiras.", title="Explicar a morte às crianças"),
     P("O que fazer nas primeiras 24 horas após um falecimento em casa.", title="As primeiras 24 horas"),
     P("Cremação ou enterro: custos e diferenças.", title="Cremação ou enterro"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:grief_education"],
     why="A family funeral home writing about grief and practical steps after a death."),

case(173, "pt", "instagram", "work", "Dra. Sofia Vet Cirurgiã", "drasofia.vetcirurgia",
     "Médica veterinária cirurgiã 🐾 Casos reais com final feliz.", "BR", 47000, [
     P("Cirurgia de 3 horas para tirar uma meia do estômago do Thor 🐶 foto do procedimento no carrossel (aviso: imagem de cirurgia)", labels=["graphic-media"]),
     P("Thor hoje, 10 dias depois, correndo no parque ❤️"),
     P("Castração: mitos e verdades."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:ineligible:single_label_hit", "hard_negative:death_injury:medical_context", "platform_label:graphic_media"],
     why="A vet surgeon with one surgery photo carrying a graphic-media label; medical, not shock."),

case(174, "en", "youtube", "culture", "Old Bailey Files", "oldbaileyfiles",
     "Historic crimes from court records. Victims first.", "GB", 83000, [
     P("The Ratcliff Highway murders of 1811\nWhat the inquest records say, and the man who was probably innocent.", kind="video"),
     P("Why I don't dramatise deaths on this channel", kind="video"),
     P("The poisoners of Victorian London: arsenic and the law", kind="video"),
     ], garm=dict(death_injury="low", crime="low"),
     classes=["hard_negative:death_injury:true_crime_history", "hard_negative:crime:true_crime_history"],
     why="Historical murders told from court records with a victims-first approach."),

# ---------------------------------------------------------------- misinformation positives
case(175, "en", "instagram", "family", "Natural Mama Jess", "naturalmamajess",
     "Mama of 4 🌿 crunchy, curious, unvaxxed & thriving", "US", 42000, [
     P("My nephew was a bright chatty toddler until his 18-month appointment. After those shots he stopped talking. Nobody will convince me it's a coincidence."),
     P("Ask your pediatrician for the full ingredient list and watch them squirm. Aluminium, formaldehyde... would you inject that into a baby?"),
     P("Our grandparents got measles and were fine. Natural immunity is how God designed us."),
     P("Homemade elderberry syrup, our winter staple 🌿"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased"],
     why="Paraphrased anti-vaccine claims (shots caused regression, ingredients 'poison', measles is harmless) to parents."),

case(176, "es", "tiktok", "health", "Remedios de la Abuela Rosa", "remediosabuelarosa",
     "🌿 la naturaleza cura lo que la farmacia tapa", "ES", 57000, [
     P("Una cucharada de bicarbonato con limón en ayunas alcaliniza la sangre y el tumor no puede crecer. Mi vecina dejó la quimio y está mejor que nunca 🍋", kind="video"),
     P("Los médicos no te lo dicen porque no ganan dinero con un limón", kind="video"),
     P("Mi infusión para el resfriado, receta de toda la vida", kind="video"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:miracle_cure"],
     why="Claims baking soda and lemon cure cancer and praises stopping chemotherapy."),

case(177, "de", "youtube", "news", "Klartext Kanal", "klartextkanal",
     "Was die Medien verschweigen.", "DE", 68000, [
     P("Die Wahl wurde am Küchentisch entschieden\nBriefwahlstimmen aus Altenheimen, Wählerverzeichnisse mit Toten: Warum das Ergebnis nicht stimmen kann.", kind="video"),
     P("Auszählung in Berlin: 'Pannen' oder Plan?\nZeugen berichten von Kisten, die nachts gebracht wurden.", kind="video"),
     P("Wir haben die echten Zahlen, die sie löschen wollen", kind="video"),
     ], garm=dict(misinformation="high", sensitive_issues="medium"),
     classes=["positive:misinformation:stolen_election_paraphrased"],
     why="Claims the federal election was rigged through postal votes and dead voters, without evidence."),

case(178, "fr", "bluesky", "health", "Parents Éveillés", "parentseveilles.bsky.social",
     "Guérir l'autisme est possible. Les labos ne veulent pas que vous le sachiez.", "FR", 3600, [
     P("Protocole MMS, semaine 6 : notre fils dit trois nouveaux mots. Le dioxyde de chlore élimine les parasites responsables de l'autisme."),
     P("Les lavements au dioxyde de chlore sont la clé, les médecins cachent les résultats."),
     P("Groupe privé pour les parents qui veulent commencer le protocole, DM."),
     ], garm=dict(misinformation="high", drugs_alcohol="medium"),
     classes=["positive:misinformation:miracle_cure", "harm_to_children"],
     why="Promotes giving children chlorine dioxide ('MMS') to 'cure' autism."),

case(179, "it", "instagram", "health", "Verità Nascoste", "veritanascoste.it",
     "Apri gli occhi 👁️", "IT", 19000, [
     P("Nelle fiale c'è grafene che si attiva con le antenne 5G. Avete mai provato a mettere una calamita sul braccio dopo la dose? 🧲"),
     P("I morti improvvisi tra i giovani sportivi sono iniziati tutti nel 2021. Coincidenze?"),
     P("Tramonto dal lungomare, almeno questo non ce lo possono togliere 🌅"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased"],
     why="Claims vaccines contain graphene activated by 5G and that they cause sudden deaths."),

case(180, "pt", "tiktok", "news", "Patriota Verde Amarelo", "patriotaverdeamarelo",
     "🇧🇷 Deus, pátria, família", "BR", 72000, [
     P("A urna foi programada pra trocar os votos depois das 15h, tem técnico que confirmou. Por isso o resultado virou à noite 🇧🇷", kind="video"),
     P("Seções com 100% dos votos pro mesmo lado. Vocês acham isso normal?", kind="video"),
     P("Compartilhem antes que apaguem", kind="video"),
     ], garm=dict(misinformation="high", sensitive_issues="medium"),
     classes=["positive:misinformation:stolen_election_paraphrased"],
     why="Claims voting machines were programmed to switch votes, without evidence."),

case(181, "en", "youtube", "health", "Reverse It Naturally", "reverseitnaturally",
     "Heal your body without Big Pharma.", "US", 113000, [
     P("I reversed my type 1 diabetes in 21 days and threw away my insulin\nThe 3-juice protocol my doctor didn't want me to try. Program link below.", kind="video"),
     P("Why insulin keeps you sick (and who profits)", kind="video"),
     P("Join the 21-day reset, 50% off this week", kind="video"),
     ], garm=dict(misinformation="high", spam="medium"),
     classes=["positive:misinformation:miracle_cure", "positive:spam:selling_cure"],
     why="Tells type 1 diabetics to stop insulin for a juice programme he sells."),

case(182, "es", "web", "news", "Cielos Limpios", "cieloslimpios.org",
     "Investigación independiente sobre la geoingeniería.", "ES", None, [
     P("Las estelas que ves cada mañana no son vapor. Son aerosoles de bario y aluminio que fumigan sobre nuestras ciudades para controlar el clima y nuestra salud.", title="Lo que cae del cielo"),
     P("Análisis de agua de lluvia en Teruel: 'niveles anormales' de aluminio.", title="Análisis en Teruel"),
     P("Por qué los pilotos no hablan.", title="El silencio de los pilotos"),
     ], garm=dict(misinformation="medium"),
     classes=["positive:misinformation:conspiracy_paraphrased"],
     why="Chemtrail conspiracy claims presented as research."),

case(183, "de", "tiktok", "health", "Heilpraktikerin Sandra", "heilpraktikerin.sandra",
     "Ganzheitlich gesund 🌱 Termine online", "DE", 24000, [
     P("Die mRNA-Impfung schreibt sich in eure DNA ein und verändert sie dauerhaft. Das ist Biologie, keine Meinung 🧬", kind="video"),
     P("Nach der Impfung: meine Ausleitungskur mit Zeolith und Chlorella", kind="video"),
     P("Kürbissuppe für kalte Tage 🎃", kind="video"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased"],
     why="Claims mRNA vaccines permanently rewrite your DNA, and sells a 'detox'."),

case(184, "fr", "instagram", "health", "Naturo Justine", "naturo.justine",
     "Naturopathe 🌿 Jeûne & détox", "FR", 33000, [
     P("Le jeûne sec affame les cellules cancéreuses. J'ai accompagné 3 personnes qui ont refusé la chimio et sont en pleine forme 🌿"),
     P("La chimio tue plus qu'elle ne soigne. Renseignez-vous."),
     P("Stage de jeûne en Drôme en mars, inscriptions ouvertes."),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:miracle_cure"],
     why="Claims dry fasting starves cancer and encourages refusing chemotherapy."),

case(185, "it", "tiktok", "news", "Il Contabile del Popolo", "contabiledelpopolo",
     "numeri che non tornano 🗳️", "IT", 16000, [
     P("Brogli alle regionali: schede già compilate trovate in un cassonetto a Caserta, nessuno ne parla 🗳️", kind="video"),
     P("Il risultato era deciso prima del voto, ve lo dimostro con tre numeri", kind="video"),
     P("Chi conta i voti? Sempre gli stessi", kind="video"),
     ], garm=dict(misinformation="medium", sensitive_issues="low"),
     classes=["positive:misinformation:stolen_election_paraphrased"],
     why="Claims a regional election was decided by fraud, on invented evidence."),

# ---------------------------------------------------------------- misinformation hard negatives
case(186, "en", "mastodon", "news", "The Check Desk", "checkdesk@hachyderm.io",
     "Fact-checking collective. We quote false claims only to correct them.", "US", 18400, [
     P("CLAIM: 'The measles vaccine causes regression in toddlers.' FALSE. Large studies of millions of children find no link. Here's what the data shows and where the myth came from."),
     P("CLAIM: 'Baking soda and lemon cure cancer.' FALSE. It can't change your blood's pH and delaying treatment kills. Sources below."),
     P("CLAIM: 'Dead people voted in thousands in the county.' MISLEADING. Every case checked was a clerical match error. Thread."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:fact_checking"],
     why="Fact-checkers quoting vaccine, cancer-cure and election claims to debunk them."),

case(187, "de", "web", "health", "Wissenschaft im Alltag", "wissenschaft-im-alltag.de",
     "Dr. Felix Hartmann, Molekularbiologe und Wissenschaftsjournalist.", "DE", None, [
     P("Nein, mRNA verändert eure DNA nicht. Warum die mRNA nicht in den Zellkern gelangt und wie schnell sie abgebaut wird.", title="mRNA und DNA: ein Mythos"),
     P("Zeolith-Entgiftung: Was in den Kapseln ist und warum es nichts ausleitet.", title="Zeolith-Entgiftung"),
     P("Wie man eine Studie liest, in fünf Minuten.", title="Studien lesen"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A molecular biologist debunking the claim that mRNA vaccines change DNA."),

case(188, "es", "instagram", "health", "Farmacéutica Nuria", "farmaceutica.nuria",
     "Farmacéutica comunitaria 💊 Bulos de salud, desmontados", "ES", 67000, [
     P("Bulo de la semana: 'el bicarbonato con limón cura el cáncer'. No. Te explico por qué es imposible y por qué es peligroso dejar un tratamiento."),
     P("'Las vacunas llevan grafeno': de dónde salió este bulo y qué dicen los análisis."),
     P("Cómo guardar los medicamentos en verano."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking", "hard_negative:drugs_alcohol:pharmacist"],
     why="A pharmacist debunking miracle cures and vaccine myths."),

case(189, "it", "youtube", "news", "Come si Vota", "comesivota",
     "Ex presidente di seggio spiega elezioni e scrutini. Nessuna bandiera.", "IT", 28000, [
     P("Come si contano davvero i voti in un seggio italiano\nDalla chiusura delle urne al verbale: chi controlla chi.", kind="video"),
     P("'Schede nel cassonetto': come si verifica una notizia del genere\nCaso per caso, cosa era vero e cosa no.", kind="video"),
     P("Perché i rappresentanti di lista sono la migliore garanzia contro i brogli", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:election_explainer"],
     why="A former polling-station president explaining vote counting and checking fraud rumours."),

case(190, "pt", "bluesky", "work", "Profa. Luísa Media", "luisamedia.bsky.social",
     "Professora de literacia mediática. Ensino a desconfiar bem.", "PT", 4500, [
     P("Exercício com os alunos: encontrar a origem do vídeo da 'urna que troca votos'. Demorou 12 minutos. Era uma demonstração de 2018 de uma urna de teste."),
     P("Três perguntas antes de partilhar: quem diz, onde está a prova, quem ganha com isto."),
     P("O que a investigação diz sobre porque acreditamos em teorias da conspiração."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:media_literacy"],
     why="A media-literacy teacher tracing an election-fraud video to its real source."),

case(191, "en", "youtube", "health", "Dr. Kieran Walsh", "drkieranwalsh",
     "Cardiologist. Honest medicine, including the uncomfortable bits.", "IE", 182000, [
     P("Myocarditis after mRNA vaccines: what the real numbers are\nIt happens, mostly in young men, mostly mild. Here's the risk compared with COVID itself.", kind="video"),
     P("Why 'died suddenly' videos are misleading\nWhat sudden cardiac death statistics actually show.", kind="video"),
     P("Statins explained without the hype", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:honest_medicine"],
     why="A cardiologist discussing a real vaccine side effect with data and debunking 'died suddenly' claims."),

case(192, "fr", "instagram", "health", "Dr Samia Oncologue", "dr.samia.onco",
     "Oncologue. Non, le citron ne guérit pas le cancer.", "FR", 54000, [
     P("Le jeûne guérit-il le cancer ? Non. Il peut même affaiblir avant une chimio. Ce que disent les études sérieuses sur le jeûne."),
     P("Une patiente m'a demandé si la chimio 'tue plus qu'elle ne soigne'. Voici ma réponse, chiffres à l'appui."),
     P("Octobre rose : le dépistage, pour qui et quand."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="An oncologist debunking fasting cures and anti-chemotherapy claims."),

case(193, "es", "tiktok", "health", "Enfermero Dani", "enfermero.dani",
     "Enfermero de primaria 🩺 Desmontando bulos con humor", "ES", 118000, [
     P("'Mi vecina se curó el cáncer con limón' 🍋 Vamos a hablar de esto con calma", kind="video"),
     P("¿El agua alcalina cura? Spoiler: tu estómago la neutraliza en segundos", kind="video"),
     P("Por qué vacunarse de la gripe si eres sanitario", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A nurse debunking lemon and alkaline-water cures."),

case(194, "de", "youtube", "news", "Wahlrecht erklärt", "wahlrechterklaert",
     "Prof. Dr. Julia Kern, Staatsrechtlerin. Wahlen und Demokratie.", "DE", 22000, [
     P("Wie sicher ist die Briefwahl?\nPrüfungen, Wählerverzeichnis, Wahlprüfungsverfahren: Was passiert, wenn etwas schiefgeht.", kind="video"),
     P("Die Berliner Wahlpannen 2021: Was wirklich passiert ist und warum neu gewählt wurde", kind="video"),
     P("Was ist ein Überhangmandat?", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:election_explainer"],
     why="A constitutional-law professor explaining postal-vote safeguards and real election errors."),
]

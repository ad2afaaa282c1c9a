# Development batch, part 6: death/injury and misinformation.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- death/injury positives
case(303, "en", "youtube", "life", "Worst Wrecks TV", "worstwreckstv",
     "The most brutal crashes caught on camera.", "US", 310000, [
     P("TOP 25 DEADLIEST CRASHES OF 2026 (NOBODY SURVIVED #7)\nUncensored dashcam compilation. Smash that like for part 2.", kind="video"),
     P("Motorcycle rider gets decapitated by a cable (NOT CLICKBAIT)", kind="video"),
     P("Rating your worst crash clips", kind="video"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:fatal_footage_for_views"],
     why="Compilations of fatal crashes, including a decapitation, made for clicks."),

case(304, "en", "bluesky", "life", "gorewatch", "gorewatch.bsky.social",
     "unfiltered reality 💀", "US", 1800, [
     P("cartel execution video, full length, no blur 💀", labels=["gore", "graphic-media"]),
     P("guy falls into industrial shredder lmao", labels=["gore", "graphic-media"]),
     P("weekly top 5 most brutal", labels=["graphic-media"]),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock", "platform_label:gore"],
     why="Posts execution and industrial-death videos for shock, labelled gore by the platform."),

case(305, "en", "tiktok", "sport", "knockout.kings", "knockout.kings",
     "street KOs only 🥊 submit your clips", "GB", 54000, [
     P("one punch and he's OUT cold, head bounced off the curb 😭🥊", kind="video"),
     P("bloke gets stamped on outside a kebab shop, savage 😂", kind="video"),
     P("KO of the week, vote below", kind="video"),
     ], garm=dict(death_injury="high", crime="medium"),
     classes=["positive:death_injury:violence_for_views"],
     why="Street-assault knockouts, including stamping, celebrated for views."),

case(306, "es", "tiktok", "life", "Accidentes Virales", "accidentes.virales",
     "😱 los videos más fuertes • manda el tuyo", "MX", 67000, [
     P("el camión no frenó y pasó por encima del carro 😱 no hubo sobrevivientes", kind="video"),
     P("se cayó del andamio de 10 pisos, video completo", kind="video"),
     P("¿cuál fue el peor de la semana?", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:accident_footage_for_views"],
     why="Fatal accident videos posted for views."),

case(307, "es", "web", "life", "Blog del Morbo", "blogdelmorbo.net",
     "Lo que los medios no se atreven a publicar.", "ES", None, [
     P("Fotos del cadáver del motorista de la A-7, sin pixelar. Advertencia: imágenes muy fuertes.", title="El motorista de la A-7"),
     P("Vídeo completo del atropello mortal de Cádiz.", title="El atropello de Cádiz"),
     P("Galería: las 20 muertes más impactantes del año.", title="Las 20 muertes del año"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock"],
     why="Publishes unpixelated photos of corpses and fatal accident videos for shock."),

case(308, "de", "tiktok", "life", "Schlägerei TV", "schlaegerei.tv",
     "👊 Die härtesten Straßenkämpfe Deutschlands", "DE", 38000, [
     P("Der liegt schon und die treten immer weiter 😳👊 Video aus Dortmund", kind="video"),
     P("Massenschlägerei im Freibad, Blut überall", kind="video"),
     P("Welcher Kampf war heftiger? Abstimmen!", kind="video"),
     ], garm=dict(death_injury="high", crime="medium"),
     classes=["positive:death_injury:violence_for_views"],
     why="Videos of people being kicked while down and mass brawls, posted as entertainment."),

case(309, "de", "bluesky", "life", "Ungeschnitten", "ungeschnitten-real.bsky.social",
     "Die echte Welt. Ohne Zensur.", "DE", 900, [
     P("Kriegsvideo: Soldat wird von Drohne erwischt, man sieht alles 💀", labels=["gore", "graphic-media"]),
     P("Leichen am Straßenrand, ungeschnitten", labels=["gore"]),
     P("Morgen mehr."),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock", "platform_label:gore"],
     why="Shares war-death footage and images of corpses for shock."),

case(310, "fr", "youtube", "sport", "Chutes Extrêmes", "chutesextremes",
     "Les pires chutes en ski, VTT et moto.", "FR", 86000, [
     P("LES PIRES CHUTES EN VTT 2026 💀 os cassés garantis\nCompilation sans coupure, âmes sensibles s'abstenir.", kind="video"),
     P("Il tombe de 20 mètres en parapente (fracture ouverte)", kind="video"),
     P("Vos vidéos de chutes", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:injury_for_views"],
     why="Compilations of serious injuries, including an open fracture, for views."),

case(311, "fr", "bluesky", "life", "Réalité Crue", "realitecrue.bsky.social",
     "Ce qu'on ne vous montre pas.", "FR", 1300, [
     P("Vidéo de l'égorgement filmé en Syrie, intégrale", labels=["gore", "graphic-media"]),
     P("Les corps après le crash de l'avion, photos prises sur place", labels=["gore"]),
     P("Abonnez-vous pour la suite."),
     ], garm=dict(death_injury="floor", terrorism="high"),
     classes=["positive:death_injury:gore_for_shock", "platform_label:gore"],
     why="Shares a beheading video and crash victims' bodies."),

case(312, "it", "youtube", "life", "Incidenti Shock", "incidentishock",
     "Gli incidenti più terribili ripresi dalle telecamere.", "IT", 124000, [
     P("INCIDENTI MORTALI IN AUTOSTRADA: compilation 2026\nNessuno è sopravvissuto al numero 3. Iscriviti!", kind="video"),
     P("Il pedone vola per 15 metri", kind="video"),
     P("Reazione ai vostri video", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:fatal_footage_for_views"],
     why="Fatal motorway crash compilations posted for subscriptions."),

case(313, "it", "mastodon", "life", "cronaca_cruda", "cronaca_cruda@mastodon.uno",
     "immagini forti, niente filtri", "IT", 700, [
     P("foto del corpo del ragazzo accoltellato ieri, prima che la coprissero", sens=True, cw="gore"),
     P("altro video di un pestaggio, guardate come gli saltano in testa", sens=True, cw="violenza"),
     P("domani altro materiale"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock", "platform_label:sensitive_cw"],
     why="Posts photos of a stabbing victim's body and beating videos."),

case(314, "pt", "tiktok", "life", "Flagrantes Fortes", "flagrantesfortes",
     "⚠️ vídeos fortes do dia", "BR", 48000, [
     P("⚠️ motoboy atropelado, dá pra ver a perna dobrada 😵 vídeo completo no perfil", kind="video"),
     P("briga de torcida, o cara desmaiou e continuaram batendo", kind="video"),
     P("mandem vídeos", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:injury_for_views"],
     why="Videos of severe injuries and beatings posted for views."),

case(315, "pt", "web", "life", "Portal do Choque", "portaldochoque.com.br",
     "As imagens mais fortes da internet.", "BR", None, [
     P("Chacina na zona norte: fotos dos corpos sem censura.", title="Chacina na zona norte"),
     P("Vídeo do linchamento em praça pública.", title="Linchamento"),
     P("As 10 mortes mais chocantes do mês.", title="Top 10 do mês"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock"],
     why="Publishes uncensored massacre photos and a lynching video."),

case(316, "en", "instagram", "life", "Animal Fights Daily", "animalfightsdaily",
     "🐕 the real dog world • bets in DM", "US", 6300, [
     P("Last night's pit fight, the brindle won in 12 minutes 🐕🩸 bets open for Saturday"),
     P("Breeding game dogs, champion bloodline. Puppies available."),
     P("Training footage: treadmill and bite stick"),
     ], garm=dict(death_injury="floor", crime="floor"),
     classes=["positive:crime:animal_cruelty", "positive:death_injury:animal_cruelty"],
     why="Organised dogfighting with betting and breeding: animal cruelty."),

case(317, "es", "instagram", "sport", "Peleas Clandestinas", "peleasclandestinas",
     "🥊 peleas sin reglas • apuestas", "AR", 9500, [
     P("Pelea del sábado sin guantes, terminó con el tipo inconsciente y sangrando de la oreja 🥊"),
     P("Apuestas abiertas para la próxima, DM"),
     P("Los mejores nocauts del mes"),
     ], garm=dict(death_injury="high", crime="medium"),
     classes=["positive:death_injury:violence_for_views"],
     why="Underground bare-knuckle fights with serious injuries, promoted with betting."),

case(318, "de", "youtube", "life", "Horror Unfälle", "horrorunfaelle",
     "Die schlimmsten Arbeitsunfälle.", "DE", 72000, [
     P("ARBEITSUNFÄLLE, DIE DU NICHT SEHEN WILLST\nArm in der Maschine, ungeschnitten. Kommentiert, was ihr gefühlt habt.", kind="video"),
     P("Kranunfall mit Todesfolge", kind="video"),
     P("Eure Einsendungen", kind="video"),
     ], garm=dict(death_injury="floor"),
     classes=["positive:death_injury:gore_for_shock"],
     why="Uncut footage of a worker's arm caught in a machine and a fatal crane accident, posted for views."),

case(319, "fr", "tiktok", "life", "Pranks de Malade", "pranksdemalade",
     "😂 on va trop loin", "FR", 33000, [
     P("j'ai poussé mon pote dans l'escalier pour un prank, il s'est cassé le bras 😂🦴", kind="video"),
     P("on a mis le feu à son pantalon, il a couru 😂🔥", kind="video"),
     P("réponse aux haters", kind="video"),
     ], garm=dict(death_injury="high", crime="medium"),
     classes=["positive:death_injury:harmful_pranks"],
     why="'Prank' videos injuring friends (broken arm, setting clothes on fire) played for laughs."),

case(320, "it", "instagram", "life", "Bullismo Virale", "bullismo.virale",
     "😂 le figuracce dei secchioni", "IT", 4800, [
     P("Guardate questo sfigato che prende schiaffi davanti a tutta la classe 😂"),
     P("Lo abbiamo chiuso nel bagno e gli abbiamo tirato l'acqua addosso, ahahah"),
     P("Chi è il prossimo? Votate"),
     ], garm=dict(death_injury="medium", crime="floor", hate="medium"),
     classes=["positive:crime:bullying", "positive:death_injury:violence_for_laughs"],
     why="Films and mocks a schoolboy being slapped and bullied, asking who should be next."),

case(321, "pt", "youtube", "life", "Desafios Extremos BR", "desafiosextremosbr",
     "Desafios perigosos. Não tente em casa (ou tente 😈).", "BR", 41000, [
     P("DESAFIO DO DESMAIO: quem aguenta mais sem respirar?\nMeu amigo apagou por 30 segundos, vejam até o final.", kind="video"),
     P("Pulei do telhado na piscina e quase morri", kind="video"),
     P("Desafio da pimenta", kind="video"),
     ], garm=dict(death_injury="high"),
     classes=["positive:death_injury:dangerous_challenge"],
     why="Promotes a choking 'fainting challenge' and rooftop jumps."),

# ---------------------------------------------------------------- death/injury hard negatives
case(322, "en", "web", "health", "Trauma Surgeon Notes", "traumasurgeonnotes.com",
     "Dr. Hannah Kowalski, trauma surgeon. What happens after the crash.", "US", None, [
     P("What a 40 mph crash does to the human body, and why seatbelts and airbags matter so much.", title="What a crash does"),
     P("Gunshot wounds: what the ER sees that movies never show. A plea for safe storage.", title="Gunshot wounds"),
     P("Burnout in trauma surgery.", title="Burnout"),
     ], garm=dict(death_injury="low", arms="low"),
     classes=["hard_negative:death_injury:medical_context", "hard_negative:arms:medical_context"],
     why="A trauma surgeon describing crash and gunshot injuries to promote safety."),

case(323, "en", "tiktok", "life", "Deadpan Dana", "deadpan.dana",
     "i'm deceased 💀 daily", "US", 91000, [
     P("me after one meeting: dead. buried. deceased 💀", kind="video"),
     P("my cat knocked over my coffee and I screamed bloody murder", kind="video"),
     P("this outfit slays, I'm killing it today", kind="video"),
     ], garm={},
     classes=["hard_negative:death_injury:everyday_words"],
     why="Everyday idioms: 'dead', 'bloody murder', 'slays', 'killing it'."),

case(324, "es", "mastodon", "news", "Corresponsal Elena Ruiz", "elenaruiz@masto.es",
     "Corresponsal de guerra. Ucrania, Gaza, Sudán.", "ES", 6400, [
     P("Jersón. Un misil en un mercado a las 10 de la mañana: 9 muertos, entre ellos una vendedora de flores. Sus compañeros recogen los tulipanes del suelo.", sens=True, cw="guerra, muertos"),
     P("Sudán: el hospital de El Fasher funciona sin luz desde hace un mes."),
     P("Por qué no publico fotos de cadáveres."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:war_reporting", "hard_negative:ineligible:war_reporting", "platform_label:sensitive_cw"],
     why="A war correspondent reporting civilian deaths under content warnings, without images of bodies."),

case(325, "es", "youtube", "health", "Médico Forense Responde", "medicoforenseresponde",
     "Dr. Ramón Aguado, médico forense jubilado.", "ES", 64000, [
     P("Cómo se hace una autopsia (explicado sin morbo)\nProcedimiento, para qué sirve y qué no se ve en las series.", kind="video"),
     P("Ahogamientos: las señales que no son como en las películas", kind="video"),
     P("Mi caso más difícil", kind="video"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:scientific"],
     why="A retired forensic doctor explaining autopsies and drowning signs."),

case(326, "de", "bluesky", "work", "Notfallsanitäterin Kim", "notfallkim.bsky.social",
     "Notfallsanitäterin im Rettungsdienst. Alle Einsätze anonymisiert.", "DE", 9800, [
     P("Heute ein schwerer Motorradunfall auf der B27. Keine Details, nur eins: Schutzkleidung rettet Haut und Leben."),
     P("Warum ihr bei einem Unfall die Rettungsgasse bilden müsst, in 3 Bildern."),
     P("Nachtdienst vorbei. Kaffee."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:professional_context"],
     why="A paramedic writing about accidents to promote road safety, without graphic detail."),

case(327, "de", "tiktok", "gaming", "Horror Hanna", "horror.hanna",
     "Horrorspiele & Jumpscares 👻", "DE", 37000, [
     P("Ich bin 14 Mal gestorben in diesem Level 💀 der Zombie hat mich zerlegt", kind="video"),
     P("Das blutigste Horrorspiel des Jahres, mein Fazit", kind="video"),
     P("Jumpscare-Reaktion", kind="video"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:gaming"],
     why="Horror video games: dying repeatedly and zombies."),

case(328, "fr", "web", "culture", "Mémoires de 14-18", "memoires1418.fr",
     "Lettres de poilus et histoire de la Grande Guerre.", "FR", None, [
     P("Lettre du 12 juin 1916, Verdun : 'Nous avons enterré Paul ce matin, ce qu'il en restait.' Contexte et transcription.", title="Lettre de Verdun"),
     P("Les gueules cassées : la chirurgie réparatrice née dans les tranchées.", title="Les gueules cassées"),
     P("Visite de l'ossuaire de Douaumont.", title="Douaumont"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:history", "hard_negative:ineligible:atrocity_education"],
     why="A WWI history project transcribing soldiers' letters about death at Verdun."),

case(329, "fr", "tiktok", "health", "Pompier Max", "pompier.max",
     "Sapeur-pompier 🚒 prévention et gestes qui sauvent", "FR", 120000, [
     P("Ce que j'ai vu sur un accident de scooter sans casque. Je ne montre rien, je vous le dis : mettez un casque 🚒", kind="video"),
     P("Les gestes qui sauvent en 60 secondes : massage cardiaque", kind="video"),
     P("Détecteur de fumée : pourquoi c'est vital", kind="video"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:professional_context"],
     why="A firefighter describing accident scenes to promote helmets and first aid."),

case(330, "it", "youtube", "news", "Cronaca Responsabile", "cronacaresponsabile",
     "Giornalismo locale. Rispetto per le vittime.", "IT", 28000, [
     P("Incidente mortale sulla provinciale: cosa sappiamo\nNessuna immagine delle vittime, per rispetto delle famiglie.", kind="video"),
     P("Sicurezza stradale: i dati della provincia", kind="video"),
     P("Intervista al sindaco sul nuovo semaforo", kind="video"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:news"],
     why="Local news covering a fatal crash without images of victims."),

case(331, "it", "bluesky", "culture", "Lettore di Noir", "lettoredinoir.bsky.social",
     "Recensioni di gialli e noir.", "IT", 2700, [
     P("Recensione: un thriller in cui il killer lascia un fiore su ogni vittima. Teso, cupo, ben scritto. 4/5."),
     P("Perché i gialli ci piacciono anche quando sono violenti."),
     P("Classifica dei noir del 2026."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:fiction_review"],
     why="Reviews of crime novels about murders."),

case(332, "pt", "instagram", "work", "Médica Legista Joana", "legista.joana",
     "Medicina legal explicada com respeito.", "BR", 33000, [
     P("Como se identifica uma vítima de desastre em massa: dentes, DNA e objetos pessoais."),
     P("O trabalho no IML depois de uma tragédia não aparece nos jornais."),
     P("Dia de folga, praia."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:scientific"],
     why="A forensic doctor explaining victim identification."),

case(333, "pt", "tiktok", "life", "Tô Morta", "to.morta.de.rir",
     "humor do dia a dia 😂", "BR", 76000, [
     P("tô morta de cansada mas a unha tá feita 💅💀", kind="video"),
     P("esse meme me matou kkkkk", kind="video"),
     P("matei a saudade da minha avó hoje ❤️", kind="video"),
     ], garm={},
     classes=["hard_negative:death_injury:everyday_words"],
     why="Portuguese idioms: 'tô morta', 'me matou', 'matei a saudade'."),

case(334, "en", "youtube", "culture", "Frontline History", "frontlinehistory",
     "WWII history, told with maps and survivors' accounts.", "GB", 340000, [
     P("D-Day: the first hour on Omaha Beach\nUsing veterans' testimony and archive film. Some archive images show casualties.", kind="video"),
     P("The Blitz: a night in a London shelter", kind="video"),
     P("Why the Battle of Stalingrad mattered", kind="video"),
     ], garm=dict(death_injury="low", arms="low"),
     classes=["hard_negative:death_injury:history", "hard_negative:arms:history"],
     why="WWII history with veterans' testimony and archive film."),

case(335, "es", "tiktok", "outdoors", "Rescate en Montaña", "rescateenmontana",
     "Voluntario de rescate en montaña 🏔️", "ES", 53000, [
     P("Ayer rescatamos a un senderista con fractura de tibia a 2.000 m. Llevaba zapatillas de correr. Botas, por favor 🏔️", kind="video"),
     P("Hipotermia: cómo reconocerla", kind="video"),
     P("Entrenamiento con el helicóptero", kind="video"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:professional_context"],
     why="A mountain-rescue volunteer describing a rescue to promote safety."),

case(336, "de", "web", "health", "Trauerbegleitung Ruth", "trauerbegleitung-ruth.de",
     "Trauerbegleiterin. Über Tod und Abschied sprechen.", "DE", None, [
     P("Wenn ein Kind stirbt: Wie Eltern und Geschwister trauern und was Freunde tun können.", title="Wenn ein Kind stirbt"),
     P("Suizid im Umfeld: Worte finden. Hilfe gibt es bei der Telefonseelsorge.", title="Suizid im Umfeld"),
     P("Trauercafé jeden ersten Sonntag.", title="Trauercafé"),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:grief_support"],
     why="A grief counsellor writing about the death of a child and suicide, pointing to help."),

case(337, "fr", "instagram", "health", "Infirmière en Réa", "infirmiere.en.rea",
     "Infirmière en réanimation. Ce qu'on vit derrière les portes.", "FR", 44000, [
     P("Aujourd'hui un patient de 22 ans après un accident de moto. Il va s'en sortir. Je pense à sa mère dans le couloir."),
     P("Les soins de fin de vie ne sont pas un échec."),
     P("Repos enfin."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:death_injury:medical_context"],
     why="An ICU nurse writing about patients and end-of-life care."),

case(338, "it", "tiktok", "fitness", "Palestra con Ale", "palestraconale",
     "💪 allenamenti che uccidono (in senso buono)", "IT", 58000, [
     P("Questo circuito vi ammazza le gambe 🔥💀", kind="video"),
     P("Addominali massacranti in 5 minuti", kind="video"),
     P("Oggi sono morta ma felice", kind="video"),
     ], garm={},
     classes=["hard_negative:death_injury:everyday_words"],
     why="Fitness idioms: a workout that 'kills' your legs."),

# ---------------------------------------------------------------- misinformation positives
case(339, "en", "tiktok", "health", "Holistic Heather", "holistic.heather",
     "🌿 root cause healing • no pharma", "US", 88000, [
     P("Your kid's fever is the body detoxing. Stop giving Tylenol and let it burn, that's how they build real immunity 🌿", kind="video"),
     P("Ivermectin and fenbendazole cleared my friend's stage 4 tumour. Ask me for the protocol", kind="video"),
     P("Morning routine with raw milk and sunshine", kind="video"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:miracle_cure", "positive:misinformation:harmful_medical_advice"],
     why="Tells parents not to treat fevers and claims antiparasitic drugs cure cancer."),

case(340, "en", "youtube", "news", "Patriot Audit", "patriotaudit",
     "Election integrity investigations.", "US", 94000, [
     P("We FOUND the ballots: 40,000 votes switched overnight in three counties\nThe machines were connected to the internet, a whistleblower confirms.", kind="video"),
     P("Why the certified results are fake", kind="video"),
     P("Livestream Q&A", kind="video"),
     ], garm=dict(misinformation="high", sensitive_issues="medium"),
     classes=["positive:misinformation:stolen_election_paraphrased"],
     why="Claims tens of thousands of votes were switched by internet-connected machines."),

case(341, "en", "bluesky", "news", "Sky Watch Truth", "skywatchtruth.bsky.social",
     "Look up. Ask questions.", "GB", 2100, [
     P("The floods in the valley weren't natural. Cloud-seeding planes were spotted the day before. Weather weapons are real."),
     P("Met Office can't explain it because they're part of it."),
     P("Sunset over the moor, at least they can't fake that."),
     ], garm=dict(misinformation="medium"),
     classes=["positive:misinformation:conspiracy_paraphrased"],
     why="Claims deadly floods were caused by 'weather weapons'."),

case(342, "es", "instagram", "health", "Dra. Natural Carmen", "dranatural.carmen",
     "Terapeuta holística 🌿 la medicina que no te cuentan", "ES", 46000, [
     P("La quimioterapia es veneno. El cáncer es un hongo y se cura con bicarbonato intravenoso. Pide cita 🌿"),
     P("Vacunar a tu bebé es inyectarle metales pesados. Infórmate antes."),
     P("Zumo verde de la mañana"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:miracle_cure", "positive:misinformation:anti_vaccine_paraphrased"],
     why="Claims cancer is a fungus cured by intravenous baking soda and that vaccines are heavy metals."),

case(343, "es", "tiktok", "news", "La Verdad Electoral", "laverdadelectoral",
     "🗳️ fraude documentado", "MX", 52000, [
     P("Las boletas ya venían marcadas desde la imprenta, un trabajador me lo confirmó 🗳️", kind="video"),
     P("El conteo rápido se hizo antes de cerrar las casillas, ¿cómo explican eso?", kind="video"),
     P("Compartan antes de que lo borren", kind="video"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:stolen_election_paraphrased"],
     why="Claims ballots came pre-marked from the printer, citing an unnamed worker."),

case(344, "de", "instagram", "health", "Mama Kristin Natürlich", "mamakristin.natuerlich",
     "Natürlich gesund, natürlich Mama 🌼", "DE", 31000, [
     P("Masern sind eine harmlose Kinderkrankheit, die das Immunsystem trainiert. Wir feiern bald eine Masernparty 🌼"),
     P("Globuli statt Antibiotika bei Mittelohrentzündung, hat bei uns immer geklappt."),
     P("Herbstspaziergang mit den Kindern"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased", "harm_to_children"],
     why="Calls measles harmless, plans a 'measles party' and recommends homeopathy over antibiotics."),

case(345, "de", "bluesky", "news", "Der Aufgewachte", "deraufgewachte.bsky.social",
     "Die Wahrheit kommt ans Licht.", "DE", 1500, [
     P("Die Pandemie war geplant, die Impfung ist ein Sterilisationsprogramm. Schaut euch die Geburtenzahlen an."),
     P("Die Bundesregierung bereitet den nächsten Lockdown mit einer erfundenen Seuche vor."),
     P("Demo Samstag, Marktplatz."),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased", "positive:misinformation:conspiracy_paraphrased"],
     why="Claims the pandemic was planned and vaccines are a sterilisation programme."),

case(346, "fr", "tiktok", "health", "Coach Détox Amandine", "coachdetox.amandine",
     "🍋 détox • jeûne • santé naturelle", "FR", 64000, [
     P("Le diabète de type 2 se guérit en 30 jours avec mon jeûne au citron, arrêtez la metformine 🍋", kind="video"),
     P("Les vaccins HPV rendent stériles, 3 mamans me l'ont dit", kind="video"),
     P("Ma routine du matin", kind="video"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:miracle_cure", "positive:misinformation:anti_vaccine_paraphrased"],
     why="Tells diabetics to stop their medication for a lemon fast and claims HPV vaccines cause sterility."),

case(347, "fr", "youtube", "news", "Contre-Info France", "contreinfofrance",
     "L'info que les médias cachent.", "FR", 71000, [
     P("Les chemtrails au-dessus de Paris : les preuves en images\nPourquoi le ciel est quadrillé chaque matin.", kind="video"),
     P("La 5G cause les cancers : ce que l'opérateur ne vous dit pas", kind="video"),
     P("Réponse à mes détracteurs", kind="video"),
     ], garm=dict(misinformation="medium"),
     classes=["positive:misinformation:conspiracy_paraphrased"],
     why="Chemtrail and 5G-cancer conspiracy claims."),

case(348, "it", "tiktok", "health", "Nutrizionista Alternativa", "nutrizionista.alternativa",
     "🥗 alimentazione che cura", "IT", 42000, [
     P("L'autismo si cura con la dieta senza glutine e la chelazione dei metalli. Contattatemi per il protocollo 🥗", kind="video"),
     P("La chemio è un business, il tumore si affama con la dieta chetogenica", kind="video"),
     P("Colazione proteica", kind="video"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:miracle_cure"],
     why="Claims autism is cured by chelation and diet, and that diet replaces chemotherapy."),

case(349, "it", "youtube", "news", "Voce del Popolo Libero", "vocedelpopololibero",
     "Controinformazione.", "IT", 38000, [
     P("Il clima non sta cambiando: i dati dell'aeronautica sono stati manipolati\nVi mostro i grafici originali.", kind="video"),
     P("Le alluvioni in Emilia causate dalle dighe aperte di notte", kind="video"),
     P("Live con gli iscritti", kind="video"),
     ], garm=dict(misinformation="medium"),
     classes=["positive:misinformation:climate_denial", "positive:misinformation:conspiracy_paraphrased"],
     why="Claims climate data were faked and floods were caused by secretly opened dams."),

case(350, "pt", "instagram", "health", "Terapeuta Quântica Rosa", "terapeutaquantica.rosa",
     "✨ cura quântica à distância", "BR", 28000, [
     P("Curei uma cliente de câncer de mama com terapia quântica à distância. Os médicos ficaram sem explicação ✨"),
     P("Remédio para pressão é veneno, troque por chá de hibisco."),
     P("Sessões online, link na bio."),
     ], garm=dict(misinformation="high", spam="medium"),
     classes=["positive:misinformation:miracle_cure"],
     why="Claims to cure breast cancer remotely and tells people to swap blood-pressure medicine for tea."),

case(351, "pt", "bluesky", "news", "Acorda Brasil", "acordabrasil.bsky.social",
     "A verdade não se cala.", "BR", 3100, [
     P("A vacina da dengue tem chip de rastreamento, técnico do laboratório confirmou."),
     P("As eleições municipais foram fraudadas em 200 cidades, temos os boletins."),
     P("Bom dia, patriotas."),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased", "positive:misinformation:stolen_election_paraphrased"],
     why="Claims a dengue vaccine contains a tracking chip and that elections were rigged in 200 cities."),

case(352, "en", "instagram", "family", "Raw Milk Mama", "rawmilkmama.ok",
     "🥛 homestead • unvaccinated • free", "US", 23000, [
     P("Our 5 kids have never had a vaccine or antibiotics and they're healthier than any 'vaxxed' kid I know. The CDC lies."),
     P("Raw milk cured my son's asthma. Pasteurisation kills the good stuff that heals."),
     P("Chores with the goats"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased", "positive:misinformation:miracle_cure"],
     why="Anti-vaccine claims and raw milk presented as an asthma cure."),

case(353, "es", "web", "health", "Salud Sin Fármacos", "saludsinfarmacos.org",
     "Medicina natural frente a la industria.", "CL", None, [
     P("El VIH no causa el sida: son los antirretrovirales los que enferman. Lo que la industria oculta.", title="Lo que la industria oculta"),
     P("La insulina se puede sustituir por canela y ayuno.", title="Adiós a la insulina"),
     P("Testimonios de lectores.", title="Testimonios"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:aids_denial", "positive:misinformation:miracle_cure"],
     why="AIDS denialism and claims insulin can be replaced by cinnamon."),

case(354, "de", "tiktok", "news", "Wahlbetrug Aufgedeckt", "wahlbetrug.aufgedeckt",
     "🗳️ Wir decken auf", "DE", 19000, [
     P("In Thüringen wurden Stimmzettel vernichtet, ich habe die Beweise 🗳️ der Wahlleiter schweigt", kind="video"),
     P("Briefwahl = Betrug. Die Zahlen passen nicht.", kind="video"),
     P("Teilt das", kind="video"),
     ], garm=dict(misinformation="medium"),
     classes=["positive:misinformation:stolen_election_paraphrased"],
     why="Claims ballots were destroyed and postal voting is fraud, without evidence."),

case(355, "fr", "bluesky", "news", "Vigilance Citoyenne", "vigilancecitoyenne.bsky.social",
     "Réveillez-vous.", "FR", 2400, [
     P("Les compteurs intelligents vous irradient la nuit et provoquent des cancers chez les enfants. Démontez-les."),
     P("L'eau du robinet contient des produits pour rendre les gens dociles."),
     P("Balade en forêt."),
     ], garm=dict(misinformation="medium"),
     classes=["positive:misinformation:conspiracy_paraphrased"],
     why="Claims smart meters cause childhood cancer and tap water makes people docile."),

case(356, "it", "instagram", "family", "Mamma Consapevole", "mamma.consapevole",
     "Mamma informata 🌸 scelte libere", "IT", 17000, [
     P("Mio figlio ha avuto le convulsioni dopo l'esavalente e i medici negano. Non vaccinate finché non vi informate davvero 🌸"),
     P("La vitamina C ad alte dosi previene la pertosse meglio del vaccino."),
     P("Merenda sana per la scuola"),
     ], garm=dict(misinformation="high"),
     classes=["positive:misinformation:anti_vaccine_paraphrased"],
     why="Blames a vaccine for seizures without evidence and claims vitamin C beats the pertussis vaccine."),

case(357, "pt", "youtube", "news", "Terra Plana Brasil", "terraplanabrasil",
     "A verdade sobre o nosso mundo.", "BR", 56000, [
     P("A NASA mente: 10 provas de que a Terra é plana\nPor que os aviões não caem para baixo.", kind="video"),
     P("O pouso na Lua foi gravado em estúdio", kind="video"),
     P("Debate com um 'cientista'", kind="video"),
     ], garm=dict(misinformation="medium"),
     classes=["positive:misinformation:conspiracy_paraphrased"],
     why="Flat-earth and fake-moon-landing claims."),

# ---------------------------------------------------------------- misinformation hard negatives
case(358, "en", "web", "news", "Verify Weekly", "verifyweekly.org",
     "Independent fact-checking newsletter.", "US", None, [
     P("No, a fever isn't 'detox' and you shouldn't let a child's fever 'burn'. What paediatricians actually recommend.", title="Fever myths"),
     P("Did machines switch 40,000 votes? We checked the county logs. Here's what happened.", title="The vote-switching claim"),
     P("Ivermectin and cancer: what the trials show.", title="Ivermectin and cancer"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:fact_checking"],
     why="A fact-checking newsletter refuting fever, vote-switching and ivermectin claims."),

case(359, "en", "tiktok", "health", "Dr. Nisha Paeds", "dr.nisha.paeds",
     "Paediatrician 👶 evidence, not fear", "GB", 230000, [
     P("'Measles is harmless' — I've treated children with measles encephalitis. Here's why the vaccine matters", kind="video"),
     P("Raw milk for kids? A paediatrician's honest answer", kind="video"),
     P("When a fever needs a doctor", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A paediatrician debunking claims about measles and raw milk."),

case(360, "en", "bluesky", "work", "Prof. Tom Adair (Climate)", "tomadair-climate.bsky.social",
     "Atmospheric physicist. I explain the weather and the climate.", "GB", 17000, [
     P("No, the floods weren't caused by cloud seeding. Cloud seeding can nudge rainfall by a few percent at best. Here's what actually happened."),
     P("Contrails vs 'chemtrails': the physics of ice crystals behind jet engines."),
     P("Lecture recording on this year's heatwaves."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A climate scientist debunking weather-weapon and chemtrail claims."),

case(361, "es", "tiktok", "health", "Oncólogo Explica", "oncologo.explica",
     "Oncólogo 🎗️ contra los bulos", "ES", 98000, [
     P("'El cáncer es un hongo que se cura con bicarbonato': de dónde viene este bulo y por qué ha matado a gente 🎗️", kind="video"),
     P("La quimio no es veneno: cómo actúa", kind="video"),
     P("Cómo acompañar a un familiar con cáncer", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="An oncologist debunking the baking-soda cancer cure."),

case(362, "es", "web", "news", "Dato Verificado Local", "datolocal-verifica.es",
     "Verificación de datos en prensa local.", "ES", None, [
     P("¿Vinieron marcadas las papeletas de la imprenta? Hablamos con la junta electoral y con la imprenta.", title="Las papeletas marcadas"),
     P("¿Es cierto que el VIH no causa el sida? Un bulo de los 90 que vuelve.", title="El bulo del VIH"),
     P("Cómo verificamos.", title="Cómo verificamos"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:fact_checking"],
     why="Local fact-checkers refuting pre-marked-ballot and AIDS-denial claims."),

case(363, "de", "youtube", "health", "Kinderärztin erklärt", "kinderaerztinerklaert",
     "Dr. Miriam Hesse, Kinderärztin.", "DE", 116000, [
     P("Masernpartys sind gefährlich: Was Masern wirklich anrichten können\nSSPE, Lungenentzündung und warum die Impfung schützt.", kind="video"),
     P("Globuli bei Mittelohrentzündung? Was die Studien sagen", kind="video"),
     P("Fieber bei Kleinkindern: wann zum Arzt", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A paediatrician debunking measles parties and homeopathy."),

case(364, "de", "bluesky", "news", "Faktencheck-Anna", "anna-faktencheck.bsky.social",
     "Ich checke Fakten in meiner Freizeit. Quellen immer dabei.", "DE", 2800, [
     P("Das virale Video zu 'vernichteten Stimmzetteln in Thüringen' zeigt die reguläre Vernichtung von Musterstimmzetteln, dokumentiert vom Wahlamt."),
     P("'Impfung = Sterilisation' — die Geburtenzahlen sind seit 2016 rückläufig, lange vor jeder Impfung. Grafik mit Quelle."),
     P("Danke fürs Teilen der Korrekturen!"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:fact_checking"],
     why="A volunteer fact-checker correcting ballot-destruction and sterilisation claims."),

case(365, "fr", "instagram", "health", "Diabétologue Dr Leroy", "dr.leroy.diabeto",
     "Diabétologue. Vivre avec le diabète, sans fausses promesses.", "FR", 39000, [
     P("« Guérir le diabète en 30 jours avec un jeûne au citron » : pourquoi c'est faux et dangereux. N'arrêtez jamais la metformine sans votre médecin."),
     P("Le vaccin HPV ne rend pas stérile : les données de 10 ans de suivi."),
     P("Recettes pauvres en sucres rapides."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A diabetologist debunking a lemon-fast cure and HPV vaccine sterility claims."),

case(366, "fr", "youtube", "culture", "Science Curieuse Junior", "sciencecurieusejunior",
     "La science pour les ados.", "FR", 210000, [
     P("Pourquoi la Terre n'est PAS plate (5 expériences à faire chez toi)", kind="video"),
     P("On a vraiment marché sur la Lune : les preuves", kind="video"),
     P("Les ondes 5G sont-elles dangereuses ?", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:science_education"],
     why="A science channel for teenagers refuting flat-earth, moon-hoax and 5G fears."),

case(367, "it", "bluesky", "news", "Bufale Smontate", "bufalesmontate.bsky.social",
     "Smontiamo le bufale, una alla volta.", "IT", 11000, [
     P("BUFALA: 'Le alluvioni in Emilia causate dalle dighe aperte di notte'. Le dighe erano chiuse, ecco i dati dei gestori."),
     P("BUFALA: 'La chelazione cura l'autismo'. È pericolosa e non funziona."),
     P("Come riconoscere una bufala in 30 secondi."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A debunking account refuting dam and chelation claims."),

case(368, "it", "youtube", "health", "Il Pediatra Risponde", "ilpediatrarisponde",
     "Dott. Sergio Villa, pediatra.", "IT", 73000, [
     P("Vaccino esavalente e convulsioni: cosa dicono i dati\nLe convulsioni febbrili esistono, ecco perché non sono un motivo per non vaccinare.", kind="video"),
     P("Vitamina C e pertosse: no, non funziona", kind="video"),
     P("Svezzamento: le domande più frequenti", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A paediatrician explaining vaccine side effects honestly and debunking vitamin C claims."),

case(369, "pt", "tiktok", "health", "Farmacêutica Responde", "farmaceutica.responde",
     "💊 farmacêutica contra fake news de saúde", "BR", 87000, [
     P("Não troque remédio de pressão por chá de hibisco 💊 vou explicar o que pode acontecer", kind="video"),
     P("A vacina da dengue não tem chip. Isto é o que tem dentro", kind="video"),
     P("Como guardar remédios", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A pharmacist debunking hibiscus-tea and vaccine-chip claims."),

case(370, "pt", "web", "news", "Observatório Eleitoral", "observatorioeleitoral.org.br",
     "Transparência e dados sobre eleições.", "BR", None, [
     P("Como funciona a auditoria das urnas eletrónicas: teste público, boletins de urna e totalização.", title="Auditoria das urnas"),
     P("'Fraude em 200 cidades': verificamos os boletins citados. Nenhuma divergência.", title="Verificação dos boletins"),
     P("Calendário eleitoral.", title="Calendário"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:election_explainer"],
     why="An election-transparency project explaining audits and checking fraud claims."),

case(371, "en", "youtube", "culture", "Conspiracy Chemistry", "conspiracychemistry",
     "A chemist tests viral health claims in the lab.", "US", 142000, [
     P("I tested 'detox' foot pads in the lab. The brown stuff is just sweat and oxidised wood vinegar", kind="video"),
     P("Is there graphene in vaccines? Spectroscopy says no", kind="video"),
     P("Alkaline water, explained by chemistry", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="A chemist testing and debunking health myths."),

case(372, "es", "instagram", "culture", "Profe de Historia Ana", "profehistoria.ana",
     "Profesora de secundaria. Historia sin mitos.", "ES", 29000, [
     P("Mito: 'la Tierra plana era lo que creía la gente en la Edad Media'. Falso: lo sabían desde los griegos. Carrusel 👉"),
     P("La gripe de 1918 y cómo se combatió sin vacunas."),
     P("Salida al museo con 3º de ESO."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:history_myths"],
     why="A history teacher debunking historical myths."),

case(373, "de", "web", "work", "Medienkompetenz Schule", "medienkompetenz-schule.de",
     "Material für Lehrkräfte: Desinformation erkennen.", "DE", None, [
     P("Unterrichtsreihe: Wie verbreiten sich Verschwörungserzählungen? Beispiele 'Chemtrails' und 'Wetterwaffen' mit Arbeitsblättern.", title="Unterrichtsreihe Verschwörungserzählungen"),
     P("Faktencheck-Werkzeuge für die Sekundarstufe.", title="Werkzeuge"),
     P("Fortbildung im Januar.", title="Fortbildung"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:media_literacy"],
     why="Teaching material on recognising conspiracy narratives."),

case(374, "fr", "tiktok", "news", "Décrypte avec Sami", "decrypte.sami",
     "Je décrypte les fake news 🔍", "FR", 134000, [
     P("« Les compteurs intelligents donnent le cancer » : j'ai lu les études pour vous 🔍", kind="video"),
     P("Cette vidéo de 'fraude électorale' date de 2017 et vient d'un autre pays", kind="video"),
     P("Comment vérifier une image en 30 secondes", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:fact_checking"],
     why="A fact-checking creator debunking smart-meter and election-fraud videos."),

case(375, "it", "web", "culture", "Recensioni di Saggistica", "recensionisaggistica.it",
     "Libri di scienza e società, recensiti.", "IT", None, [
     P("Recensione: un saggio su come nascono le teorie del complotto, dalla peste ai vaccini. Utile e mai arrogante.", title="Come nascono i complotti"),
     P("Il libro che spiega la disinformazione sul clima.", title="Clima e disinformazione"),
     P("Le mie letture di novembre.", title="Letture di novembre"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:book_review"],
     why="Reviews of books about conspiracy theories and climate disinformation."),

case(376, "pt", "youtube", "health", "Infectologista Carla", "infectologistacarla",
     "Infectologista. VIH, hepatites e vacinas.", "PT", 48000, [
     P("O VIH causa a sida: como sabemos, 40 anos de ciência em 15 minutos\nE porque o negacionismo matou milhares.", kind="video"),
     P("PrEP: quem deve tomar", kind="video"),
     P("Vacinas para adultos", kind="video"),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:debunking"],
     why="An infectious-disease doctor refuting AIDS denialism."),

case(377, "en", "mastodon", "news", "Election Desk Lisa", "lisa_electiondesk@mas.to",
     "Elections reporter. Counting rooms, court cases, certification.", "US", 9600, [
     P("Spent all night in the county counting room. Bipartisan observers at every table. The 'ballot dump' video going viral shows the scheduled 2 a.m. mail-ballot batch."),
     P("Court dismissed the 'switched votes' suit today: no evidence presented. Full story linked."),
     P("Sleep now."),
     ], garm=dict(misinformation="low"),
     classes=["hard_negative:misinformation:journalism"],
     why="An elections reporter explaining a viral 'ballot dump' and a dismissed fraud lawsuit."),
]

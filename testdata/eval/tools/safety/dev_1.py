# Development batch, part 1: terrorism (positives and hard negatives).
from gen import P, case

ZW = "\u200b"

CASES = [
case(1, "en", "tiktok", "life", "the.lone.pine", "the.lone.pine",
     "🌲 they called him crazy. history will call him right.", "US", 4300, [
     P("Oakridge Church, five years ago today. One man stood up to the replacement. 🌲 never forget what he did, never forget why", kind="video"),
     P("read his words before they memory-hole them again. pinned comment has the mirror", kind="video"),
     P("everyone talks. he acted. 🌲 which one are you", kind="video"),
     ], garm=dict(terrorism="floor", hate="high", death_injury="floor"),
     classes=["positive:terrorism:glorifying_attacker"],
     why="Celebrates the perpetrator of a (fictional) church massacre, links his manifesto and asks viewers whether they will act."),

case(2, "en", "web", "tech", "Workshop Zero", "workshopzero.org",
     "Practical guides for the coming collapse.", "US", None, [
     P("Part 4 of the device series: containers, fragmentation and where to place it for maximum effect in a crowded space. Diagrams in the members' area.", title="Device series, part 4"),
     P("Sourcing precursors without flagging: which farm stores still sell what you need in bulk and how to split purchases.", title="Sourcing without flags"),
     P("Readers asked about remote triggers. Next week: a cheap phone, a relay, and why timing beats size.", title="Remote triggers (next week)"),
     ], garm=dict(terrorism="floor", arms="floor"),
     classes=["positive:terrorism:bomb_making"],
     why="A guide series to building a device for a crowded place, with precursor sourcing and remote triggers (details withheld here)."),

case(3, "es", "tiktok", "life", "Guerrero del Sur 🏴", "guerrerodelsur.88",
     "🏴 la memoria no se negocia", "ES", 2800, [
     P("Hoy hace 3 años que un valiente limpió la mezquita de Getafe 🏴 los medios lo llaman asesino, yo lo llamo patriota", kind="video"),
     P("Su carta completa en el enlace antes de que la borren otra vez", kind="video"),
     P("Uno solo hizo más que todos los partidos juntos. ¿Quién será el siguiente? 🏴", kind="video"),
     ], garm=dict(terrorism="floor", hate="floor", death_injury="floor"),
     classes=["positive:terrorism:glorifying_attacker"],
     why="Calls the perpetrator of a (fictional) mosque attack a patriot, shares his letter and asks who is next."),

case(4, "es", "web", "news", "Frente Campesino Armado", "frentecampesino-armado.org",
     "Órgano de difusión. Lucha armada por la tierra.", "CO", None, [
     P("Convocatoria: jóvenes campesinos entre 16 y 25 años que quieran empuñar el fusil por su tierra. Presentarse con el enlace de la vereda.", title="Convocatoria 2026"),
     P("Saludamos la emboscada del 3 de octubre contra la patrulla del ejército. Diez enemigos menos.", title="Saludo a la emboscada"),
     P("Impuesto revolucionario: los comerciantes de la zona deben ponerse al día antes de diciembre.", title="Aviso a comerciantes"),
     ], garm=dict(terrorism="floor", crime="floor", arms="high"),
     classes=["positive:terrorism:recruitment", "positive:terrorism:extortion"],
     why="A (fictional) armed group recruiting teenagers, celebrating an ambush and demanding 'revolutionary taxes'."),

case(5, "de", "web", "news", "Flamme des Nordens", "flamme-des-nordens.net",
     "Sammelstelle für Texte, Bilder, Taten.", "DE", None, [
     P("Wir dokumentieren die Taten unserer Helden. Altenbrück, Kessling, und jetzt Gera: Drei Namen, eine Linie. Ehre ihnen.", title="Eine Linie"),
     P("Der Livestream aus Gera in voller Länge, gespiegelt auf drei Servern.", title="Gera, vollständig"),
     P("Für alle, die nach Anleitung fragen: Lest die Texte. Dort steht alles.", title="Für die Fragenden"),
     ], garm=dict(terrorism="floor", hate="floor", death_injury="floor"),
     classes=["positive:terrorism:glorifying_attacker", "positive:death_injury:attack_footage"],
     why="Calls far-right attackers heroes, hosts the full livestream of an attack and points would-be imitators to instructions."),

case(6, "de", "tiktok", "nightlife", "nasheed.edits.de", "nasheed.edits.de",
     "🤲 Brüder im Glauben • Edits", "DE", 7100, [
     P("Die Löwen von Wettin 🦁 möge Allah ihre Tat annehmen. Nasheed-Edit 🤲", kind="video"),
     P("Bruder, wenn du bereit bist: Schreib mir privat. Der Weg ist offen. 🤲", kind="video"),
     P("Die Ungläubigen zittern vor der Gemeinschaft 🗡️", kind="video"),
     ], garm=dict(terrorism="floor", hate="high"),
     classes=["positive:terrorism:glorifying_attacker", "positive:terrorism:recruitment"],
     why="Jihadist nasheed edits praising attackers as 'lions' and inviting 'brothers' to message privately."),

case(7, "fr", "bluesky", "news", "Cellule Verte", "celluleverte.bsky.social",
     "Écologie radicale. Les mots ne suffisent plus.", "FR", 1300, [
     P("Les méga-bassines ne tomberont pas avec des pétitions. Vannes, pompes, câbles : chaque site a ses points faibles. À vous de jouer."),
     P("Bravo aux anonymes qui ont incendié le transformateur du chantier de Niort. C'est ça, la désobéissance qui marche 🔥"),
     P("Guide pratique : ne jamais agir avec son téléphone, toujours en binôme, toujours la nuit."),
     ], garm=dict(terrorism="floor", crime="high"),
     classes=["positive:terrorism:sabotage_call"],
     why="Urges sabotage of water and power infrastructure, applauds an arson attack and gives operational advice."),

case(8, "fr", "tiktok", "life", "Mémoire Armée", "memoire.armee.corse",
     "🏴 Corsica libera • memoria", "FR", 3900, [
     P("Hommage aux patriotes qui ont plastiqué la gendarmerie de Vico 🏴 le combat continue", kind="video"),
     P("Les continentaux n'ont rien à faire ici. La prochaine villa qui saute, ce sera un avertissement. 🔥", kind="video"),
     P("Chant de mémoire, pour ceux qui sont en prison", kind="video"),
     ], garm=dict(terrorism="floor", hate="medium"),
     classes=["positive:terrorism:glorifying_attack", "positive:terrorism:threat"],
     why="Praises a bombing of a police station and threatens to blow up more holiday homes."),

case(9, "it", "tiktok", "life", "anni.di.fuoco", "anni.di.fuoco",
     "⭐ la lotta armata non è finita", "IT", 2600, [
     P("⭐ Onore ai compagni che colpirono il giudice. Oggi servirebbero di nuovo", kind="video"),
     P("Ai giovani: basta cortei. Organizzatevi in piccoli gruppi. Chi vuole capire scriva in privato ⭐", kind="video"),
     P("Il potere ha paura solo di chi non ha paura", kind="video"),
     ], garm=dict(terrorism="floor"),
     classes=["positive:terrorism:glorifying_attack", "positive:terrorism:recruitment"],
     why="Praises a (fictional) revolutionary killing of a judge and recruits young people into small armed cells."),

case(10, "it", "web", "tech", "Manuale del Ribelle", "manualedelribelle.org",
     "Testi per l'azione diretta.", "IT", None, [
     P(f"Come si prepara un or{ZW}di{ZW}gno artigianale: elenco dei componenti, dove comprarli senza destare sospetti. Il file completo è cifrato, chiave su richiesta.", title="Capitolo 3"),
     P("I bersagli più vulnerabili: centrali, ripetitori, binari. Mappa aggiornata.", title="Bersagli"),
     P("Dopo l'azione: come non lasciare tracce.", title="Dopo l'azione"),
     ], garm=dict(terrorism="floor", arms="floor", crime="high"),
     classes=["positive:terrorism:bomb_making", "obfuscation:zero_width"],
     why="A manual on building an improvised device (the word split with zero-width characters), listing infrastructure targets."),

case(11, "pt", "tiktok", "life", "Cruzado 1143", "cruzado1143",
     "⚔️ Portugal aos portugueses", "PT", 3300, [
     P("Em Vale Verde um homem mostrou o caminho ⚔️ e aqui ninguém tem coragem", kind="video"),
     P("Vídeo completo do que ele fez, link nos comentários fixados. Vejam enquanto dá", kind="video"),
     P("Um dia vão agradecer-lhe. ⚔️", kind="video"),
     ], garm=dict(terrorism="floor", hate="high", death_injury="floor"),
     classes=["positive:terrorism:glorifying_attacker", "positive:death_injury:attack_footage"],
     why="Holds up a mass shooter as an example, links his attack video and says he will be thanked."),

case(12, "pt", "instagram", "news", "Resistência Armada Sul", "resistencia.armada.sul",
     "Comunicados oficiais", "BR", 1700, [
     P("A RAS convoca militantes para a nova célula de Porto Alegre. Contato só por canal seguro."),
     P("O ataque à delegacia de Canoas foi uma resposta às execuções nas favelas. Não foi o último."),
     P("Contribuições para armas e logística: chave pix no perfil."),
     ], garm=dict(terrorism="floor", arms="medium"),
     classes=["positive:terrorism:recruitment", "positive:terrorism:financing"],
     why="A (fictional) armed group recruiting for a new cell, claiming a police-station attack and collecting money for weapons."),

case(13, "en", "bluesky", "news", "Dispatches from the Front", "dispatchesfront.bsky.social",
     "Supporting the mujahideen. Official translations.", "GB", 640, [
     P("Translation of the new statement: the brothers who struck the Lagos convoy are martyrs. May more follow."),
     P("Donations for the families of the martyrs, crypto address in the pinned post."),
     P("New nasheed with footage from the raid, link in reply."),
     ], garm=dict(terrorism="floor", death_injury="high"),
     classes=["positive:terrorism:propaganda_translation", "positive:terrorism:financing"],
     why="Translates and spreads a jihadist group's statements, praises attackers as martyrs and raises money."),

case(14, "es", "bluesky", "news", "Acción Directa Ya", "acciondirectaya.bsky.social",
     "Sin líderes. Sin miedo.", "ES", 900, [
     P("Los repetidores 5G son el sistema nervioso del control. Un mechero y diez minutos. Hacedlo."),
     P("Ya van 14 antenas quemadas en Andalucía este mes 🔥 orgullo"),
     P("Manual de seguridad: guantes, ropa negra, sin móvil."),
     ], garm=dict(terrorism="floor", crime="high", misinformation="medium"),
     classes=["positive:terrorism:sabotage_call", "positive:misinformation:5g_conspiracy"],
     why="Calls on followers to burn telecom masts, celebrates the arsons and gives security tips."),

case(15, "de", "bluesky", "news", "Aktionsgruppe Stromausfall", "stromausfall-jetzt.bsky.social",
     "Die Maschine stoppen.", "DE", 720, [
     P("Das Umspannwerk in Lichterfelde liegt offen da. Wer es ausschaltet, schaltet ein Stück Kapital aus."),
     P("Solidarität mit den Unbekannten, die letzte Woche 40.000 Haushalte in Berlin lahmgelegt haben. Das war erst der Anfang."),
     P("Bauanleitung für Brandsätze findet ihr im bekannten Archiv."),
     ], garm=dict(terrorism="floor", crime="high", arms="high"),
     classes=["positive:terrorism:sabotage_call"],
     why="Points at an exposed substation, celebrates a blackout attack and refers readers to incendiary instructions."),

case(16, "fr", "web", "news", "Le Califat Parle", "lecalifatparle.net",
     "Traductions et communiqués.", "BE", None, [
     P("Communiqué traduit : l'opération de Villefort est une vengeance bénie. Le frère est entré au paradis.", title="Communiqué 112"),
     P("Appel aux frères d'Europe : n'attendez pas d'instructions. Un couteau, une voiture, un marché.", title="Appel"),
     P("Revue mensuelle, numéro 7, en PDF.", title="Revue n°7"),
     ], garm=dict(terrorism="floor", death_injury="floor"),
     classes=["positive:terrorism:incitement", "positive:terrorism:propaganda_translation"],
     why="Translates jihadist claims, blesses an attack and calls for low-tech attacks on markets."),

case(17, "en", "youtube", "gaming", "Sigma Saints Archive", "sigmasaintsarchive",
     "Tribute edits. Based only.", "US", 9800, [
     P("TOP 10 SAINTS TIER LIST (2026 update)\nRanked by score and style. Comment who deserves S tier.", kind="video"),
     P("He did it for us | saint edit\nMusic: phonk. The full stream is on the mirror site.", kind="video"),
     P("Why the next saint will be from Europe", kind="video"),
     ], garm=dict(terrorism="floor", hate="high", death_injury="floor"),
     classes=["positive:terrorism:glorifying_attacker", "positive:terrorism:coded"],
     why="A 'tier list' of mass killers ranked by victim count, with tribute edits and predictions of the next attack."),

case(18, "it", "bluesky", "life", "Vendetta Nera", "vendettanera88.bsky.social",
     "☀️ sangue e suolo", "IT", 480, [
     P("Il ragazzo di Castelfranco aveva capito tutto prima di tutti. Ora tocca a noi finire il lavoro ☀️"),
     P("I nuovi arrivati dormono tranquilli solo perché noi dormiamo. Svegliatevi e armatevi."),
     P("Chi vuole entrare nel gruppo mandi un messaggio, filtriamo bene."),
     ], garm=dict(terrorism="floor", hate="floor"),
     classes=["positive:terrorism:glorifying_attacker", "positive:terrorism:recruitment"],
     why="Praises a racist shooter, tells followers to arm themselves and 'finish the job', and recruits into a group."),

case(19, "pt", "web", "news", "Libertação Já", "libertacaoja.org",
     "Textos de ação direta.", "BR", None, [
     P("As barragens das mineradoras são alvos legítimos. A falha de uma só comporta vale mais que mil protestos.", title="Alvos legítimos"),
     P("Celebramos o incêndio do escritório da Minas Norte. Que queimem todos.", title="Celebração"),
     P("Como montar um artefato incendiário: o passo a passo está no arquivo do grupo.", title="Arquivo"),
     ], garm=dict(terrorism="floor", crime="high"),
     classes=["positive:terrorism:sabotage_call", "positive:terrorism:glorifying_attack"],
     why="Calls mining dams 'legitimate targets', celebrates an arson and points to incendiary instructions."),

case(20, "en", "instagram", "fitness", "Brotherhood Active Club", "brotherhood.active.club",
     "⚔️ Fitness • Fraternity • Future. Membership by invitation.", "US", 5600, [
     P("Sunday sparring with the brothers ⚔️ we train our bodies for what's coming."),
     P("We don't do talk. When the day comes, we will be ready to defend our people by any means. Join a local club, link in bio."),
     P("Our members honour those who fought before us. The Oakridge man knew. ⚔️"),
     ], garm=dict(terrorism="floor", hate="high"),
     classes=["positive:terrorism:recruitment", "positive:terrorism:glorifying_attacker"],
     why="A white-nationalist 'active club' recruiting men for combat training and honouring a terrorist."),

case(21, "es", "youtube", "tech", "Ingeniería Libre", "ingenieria.libre.mx",
     "Proyectos prohibidos en otras plataformas.", "MX", 15300, [
     P("Dron con carga útil: cómo soltarla sobre un objetivo en movimiento\nProbado con una botella de agua, ustedes ya saben con qué cambiarla 😏", kind="video"),
     P("Detonador por radio de bajo costo, parte 1", kind="video"),
     P("Preguntas de la comunidad sobre el 'proyecto especial'", kind="video"),
     ], garm=dict(terrorism="floor", arms="floor"),
     classes=["positive:terrorism:weaponised_drones"],
     why="Teaches dropping payloads from drones on moving targets and building radio detonators, winking at explosives."),

# ---------------------------------------------------------------- terrorism hard negatives
case(22, "en", "web", "work", "The Radicalisation Lab", "radicalisationlab.org",
     "Prof. Simon Achterberg's research group. Online extremism, prevention, exit work.", "GB", None, [
     P("New report: 'Saints and scores'. We coded 4,000 posts celebrating mass killers to understand how gamified glorification pulls in 14-year-olds. No perpetrator names appear in the report.", title="Saints and scores"),
     P("What works in exit programmes: interviews with 30 former members of violent groups.", title="Leaving violent groups"),
     P("Guidance for teachers: signs a pupil is being groomed by extremist channels.", title="Guidance for teachers"),
     ], garm=dict(terrorism="low", hate="low"),
     classes=["hard_negative:terrorism:research", "hard_negative:hate:research", "hard_negative:ineligible:researcher"],
     why="An academic group studying terrorist glorification and radicalisation to prevent it."),

case(23, "de", "youtube", "news", "Lagebild Sicherheit", "lagebildsicherheit",
     "Terrorismusforschung verständlich. Dr. Yasemin Kaya.", "DE", 56000, [
     P("Wie der IS heute rekrutiert: TikTok, Nasheeds und Chatgruppen\nEine Analyse aus der Präventionsarbeit. Ohne Propagandamaterial.", kind="video"),
     P("Der Anschlag auf den Weihnachtsmarkt 2016: Was die Behörden falsch gemacht haben", kind="video"),
     P("Rechtsterrorismus in Deutschland seit 1945: Eine Chronik", kind="video"),
     ], garm=dict(terrorism="low", death_injury="low"),
     classes=["hard_negative:terrorism:research", "hard_negative:death_injury:analysis"],
     why="A terrorism researcher explaining recruitment and analysing attacks, with no propaganda."),

case(24, "fr", "instagram", "news", "Reporter Inès Haddad", "ines.haddad.reporter",
     "Grand reportage. Syrie, Irak, camps de déplacés.", "FR", 38000, [
     P("Camp d'Al-Hol, novembre. Des femmes de combattants de l'État islamique attendent un rapatriement qui ne vient pas. Leurs enfants ne savent pas lire. Reportage à lire dans le lien."),
     P("À Mossoul, on reconstruit la mosquée détruite par les jihadistes. Un maçon me raconte les exécutions sur la place."),
     P("Trois ans de terrain résumés en un livre. Sortie en janvier."),
     ], garm=dict(terrorism="low", death_injury="low"),
     classes=["hard_negative:terrorism:journalism", "hard_negative:death_injury:journalism", "hard_negative:ineligible:atrocity_reporting"],
     why="A reporter covering ISIS camps and executions in Mosul as news."),

case(25, "es", "youtube", "culture", "Historia en Vena", "historiaenvena",
     "Historia contemporánea para curiosos. Prof. Jaime Lozano.", "ES", 127000, [
     P("11-M: los atentados que cambiaron España\nCronología, víctimas y juicio. Sin imágenes de los trenes.", kind="video"),
     P("Los años de plomo de ETA en cinco mapas", kind="video"),
     P("La Guerra Civil en 20 minutos", kind="video"),
     ], garm=dict(terrorism="low", death_injury="low"),
     classes=["hard_negative:terrorism:history", "hard_negative:death_injury:history", "hard_negative:ineligible:atrocity_education"],
     why="A history teacher explaining the Madrid train bombings and ETA's years of violence."),

case(26, "it", "web", "culture", "Archivio Anni Settanta", "archivioanni70.it",
     "Prof.ssa Marta Ricci. Fonti e testimonianze sugli anni di piombo.", "IT", None, [
     P("La strage di piazza della Loggia, 1974: cosa dicono gli atti dei processi e perché ci sono voluti quarant'anni.", title="Piazza della Loggia"),
     P("Il rapimento Moro raccontato dai documenti declassificati.", title="Il caso Moro nei documenti"),
     P("Intervista ai figli delle vittime: 'Non vogliamo vendetta, vogliamo verità'.", title="I figli delle vittime"),
     ], garm=dict(terrorism="low", death_injury="low"),
     classes=["hard_negative:terrorism:history"],
     why="A historian documenting 1970s Italian terrorism through trial records and victims' families."),

case(27, "pt", "youtube", "culture", "Críticas de Sofá", "criticasdesofa",
     "Críticas de cinema e séries. Sem spoilers (quase).", "PT", 41000, [
     P("'Zona Vermelha' é o melhor thriller português do ano\nUm ataque bombista em Lisboa, uma inspetora da PJ e 48 horas. Crítica sem spoilers.", kind="video"),
     P("Os 10 melhores filmes sobre terrorismo e espionagem", kind="video"),
     P("Série da semana: o drama sobre o sequestro do avião", kind="video"),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:fiction_review"],
     why="A film critic reviewing thrillers about bombings and hijackings."),

case(28, "en", "tiktok", "food", "Nana's Kitchen Table", "nanaskitchentable",
     "grandma recipes, zero fuss 🥧", "US", 84000, [
     P("this apple pie is the BOMB 💣 and it's my mother's recipe from 1962", kind="video"),
     P("hot cocoa bombs for the grandkids ☕💥 watch them explode in the milk", kind="video"),
     P("my secret weapon for fluffy biscuits: cold butter", kind="video"),
     ], garm={},
     classes=["hard_negative:terrorism:everyday_words", "hard_negative:arms:everyday_words", "risky_words:bomb_weapon"],
     why="'The bomb', cocoa bombs and 'secret weapon' in a grandmother's baking videos."),

case(29, "de", "tiktok", "gaming", "Strategie Steffi", "strategie.steffi",
     "Echtzeitstrategie & Aufbau 🎮", "DE", 18000, [
     P("Mein Atomschlag hat die komplette KI-Basis gelöscht 💥 so timet ihr die Superwaffe richtig", kind="video"),
     P("Sabotage-Einheiten sind in diesem Patch völlig overpowered", kind="video"),
     P("Aufbau-Guide: die perfekte Startbasis", kind="video"),
     ], garm={},
     classes=["hard_negative:terrorism:gaming", "hard_negative:arms:gaming"],
     why="Nukes and sabotage units in a real-time strategy game."),

case(30, "fr", "mastodon", "work", "Capitaine Marc Delorme (ret.)", "mdelorme@piaille.fr",
     "Ancien démineur de la Sécurité civile. Je raconte le métier.", "FR", 2600, [
     P("40 ans de déminage : les obus de 14-18 qu'on ramasse encore chaque printemps dans les champs de la Somme. Ne les touchez jamais, appelez le 17."),
     P("Comment on neutralise un colis suspect dans une gare : procédure, périmètre, robot."),
     P("Hommage à mes collègues morts en service."),
     ], garm=dict(arms="low", terrorism="low"),
     classes=["hard_negative:terrorism:professional_context", "hard_negative:arms:professional_context"],
     why="A retired bomb-disposal officer describing his work and warning people not to touch old shells."),

case(31, "it", "bluesky", "news", "Giulia Parisi", "giuliaparisi-esteri.bsky.social",
     "Giornalista esteri. Sahel, Libia, migrazioni.", "IT", 9200, [
     P("Niger, tre villaggi attaccati da un gruppo jihadista in una notte. Abbiamo parlato con chi è scappato. Il racconto nel pezzo di oggi."),
     P("Come i gruppi armati finanziano la guerra con l'oro delle miniere artigianali."),
     P("Di nuovo a Roma, dopo sei settimane."),
     ], garm=dict(terrorism="low", death_injury="low"),
     classes=["hard_negative:terrorism:journalism", "hard_negative:ineligible:atrocity_reporting"],
     why="A foreign correspondent reporting jihadist attacks on villages."),

case(32, "es", "instagram", "work", "Comisaria Lucía Ferrer", "lucia.ferrer.seguridad",
     "Ex comisaria de información. Ahora formo a empresas en prevención.", "ES", 12600, [
     P("Cómo se detecta la radicalización en un entorno laboral: señales y qué hacer (y qué no hacer)."),
     P("Charla en la universidad sobre la célula de Ripoll: lo que aprendimos y lo que fallamos."),
     P("Ciberseguridad para pymes: el sabotaje viene más por el correo que por la puerta."),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:professional_context"],
     why="A former counter-terrorism police officer training companies on prevention."),

case(33, "pt", "bluesky", "news", "Checagem Rápida", "checagemrapida.bsky.social",
     "Agência de checagem. Mostramos a fonte de tudo.", "BR", 15600, [
     P("FALSO: o vídeo de uma 'explosão em Brasília ontem' é de uma fábrica de fogos no México em 2018."),
     P("ENGANOSO: a mensagem que diz que 'terroristas estão infiltrados entre refugiados venezuelanos em Roraima' não cita nenhum caso."),
     P("Como verificamos: pesquisa reversa de imagem em três passos."),
     ], garm=dict(terrorism="low", misinformation="low"),
     classes=["hard_negative:terrorism:fact_checking", "hard_negative:misinformation:fact_checking"],
     why="Fact-checkers debunking fake explosion videos and terrorism rumours about refugees."),

case(34, "en", "youtube", "outdoors", "Fireworks Frank", "fireworksfrank",
     "Licensed pyrotechnician. Big displays, strict safety.", "GB", 29000, [
     P("How we plan a 20-minute display for 10,000 people\nLicensing, safety distances, and why I never let anyone near the racks.", kind="video"),
     P("Bonfire Night safety: the 5 rules for home fireworks", kind="video"),
     P("Behind the scenes at the New Year show", kind="video"),
     ], garm={},
     classes=["hard_negative:terrorism:professional_context", "hard_negative:arms:professional_context"],
     why="A licensed pyrotechnician explaining firework displays and safety."),

case(35, "de", "web", "culture", "Erinnerungsort Blog", "erinnerungsort-blog.de",
     "Gedenkstättenpädagogik. Geschichte, die bleibt.", "DE", None, [
     P("Zum Jahrestag des Oktoberfest-Attentats 1980: Die Geschichte der Opfer und der lange Weg zur Anerkennung als rechtsextremer Anschlag.", title="Oktoberfest-Attentat 1980"),
     P("Projekttag mit einer zehnten Klasse in der Gedenkstätte.", title="Projekttag"),
     P("Warum wir die Namen der Opfer nennen und nicht den des Täters.", title="Namen der Opfer"),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:memorial_education", "hard_negative:ineligible:atrocity_education"],
     why="Memorial educators writing about a 1980 bombing from the victims' side, deliberately not naming the attacker."),

case(36, "fr", "tiktok", "gaming", "Nico Désamorce", "nico.desamorce",
     "Jeux coop et escape games 🎮", "FR", 31000, [
     P("On a désamorcé la bombe à 2 secondes de la fin 😱 fil rouge ou fil bleu ?", kind="video"),
     P("Escape game 'Attentat au musée' : on a failli rater", kind="video"),
     P("Le manuel de désamorçage de ce jeu est génial", kind="video"),
     ], garm={},
     classes=["hard_negative:terrorism:gaming"],
     why="A co-op bomb-defusal video game and a themed escape room."),

case(37, "it", "youtube", "work", "Avv. Lorenzo Bassi Penale", "avvlorenzobassi",
     "Avvocato penalista. Processi, diritti e garanzie spiegati.", "IT", 19000, [
     P("Il processo per terrorismo internazionale: come funziona l'articolo 270-bis\nCosa serve per provare l'associazione con finalità di terrorismo.", kind="video"),
     P("Ho difeso un ragazzo accusato di propaganda jihadista: cosa ho imparato", kind="video"),
     P("Intercettazioni: quando sono legittime", kind="video"),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:legal_context"],
     why="A criminal defence lawyer explaining terrorism law and trials."),

case(38, "pt", "instagram", "culture", "Livros & Café da Clara", "livrosecafedaclara",
     "Leituras, cafés e muitas opiniões 📖", "BR", 22000, [
     P("Terminei 'O Atentado' e ainda estou a pensar naquela última página. Um romance sobre um pai que descobre que o filho planejou uma bomba. Doloroso e necessário 📖"),
     P("Ranking dos thrillers políticos que li em 2026."),
     P("Café e chuva, combinação perfeita."),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:fiction_review"],
     why="A book blogger reviewing a literary novel about a bomb plot."),

case(39, "es", "tiktok", "fitness", "Coach Bomba Latina", "coachbombalatina",
     "💣 Zumba y baile fitness • clases online", "CO", 76000, [
     P("Rutina explosiva de 15 minutos 💣🔥 ¡a quemar calorías!", kind="video"),
     P("Esta canción es una bomba para bailar, sube el volumen", kind="video"),
     P("Calentamiento antes de la clase", kind="video"),
     ], garm={},
     classes=["hard_negative:terrorism:everyday_words", "risky_words:bomba_explosiva"],
     why="'Explosive' workouts and a song that is 'una bomba' in a dance-fitness account."),

case(40, "en", "mastodon", "news", "Harriet Cole", "hcole@hachyderm.io",
     "Reporter covering domestic extremism. PGP in profile.", "US", 7400, [
     P("In court today: the Oakvale plot defendants heard recordings of themselves discussing targets. I'm not quoting the slurs they used; the judge read them into the record."),
     P("Three years covering militia groups. What I've learned about how they recruit veterans."),
     P("Correction to yesterday's post: the hearing is on the 14th, not the 12th."),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:journalism", "hard_negative:hate:court_reporting"],
     why="A reporter covering a domestic terror plot trial and militia recruitment."),

case(41, "de", "instagram", "outdoors", "Sprengmeister Holger", "sprengmeister.holger",
     "Sprengmeister im Abbruch. Gebäude fallen, wo sie sollen.", "DE", 14800, [
     P("Kühlturm gesprengt, 9 Sekunden, exakt in die Fallrichtung. Monate Planung für diesen Moment."),
     P("Warum vor jeder Sprengung das halbe Dorf evakuiert wird und wer das alles genehmigt."),
     P("Ausbildung zum Sprengberechtigten: Wie lange, was kostet es?"),
     ], garm={},
     classes=["hard_negative:terrorism:professional_context", "hard_negative:arms:professional_context"],
     why="A licensed demolition blaster showing controlled building demolitions."),

case(42, "fr", "web", "work", "Observatoire des Radicalités", "observatoire-radicalites.fr",
     "Centre de recherche. Prévention de la violence politique.", "FR", None, [
     P("Note : les groupuscules écoterroristes en Europe, mythe ou réalité ? Un état des lieux sans alarmisme.", title="Écoterrorisme : état des lieux"),
     P("Comment les contenus glorifiant les attentats circulent sur les plateformes de jeux.", title="Glorification et jeux vidéo"),
     P("Séminaire avec des magistrats du parquet antiterroriste.", title="Séminaire"),
     ], garm=dict(terrorism="low"),
     classes=["hard_negative:terrorism:research"],
     why="A research centre analysing eco-terrorism and the spread of attack glorification."),
]

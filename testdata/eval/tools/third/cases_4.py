"""Terrorism and drugs/alcohol positives. Attackers, attacks and groups are invented."""
from model import K

# ---------------------------------------------------------------- terrorism
K("en", "tiktok", "saint.morrow.edits", "🕯️ morrow edits 🕯️", "he saw what you won't", 12000,
  ["positive:terrorism:attacker_fan_edit", "positive:ineligible:glorifying_attacker"],
  "Phonk fan-edits canonising an (invented) mass shooter as a 'saint', counting his victims as a 'score'.",
  {"terrorism": "floor", "death_injury": "high", "hate": "high"},
  ["new edit 🕯️ Saint Kyle Morrow, 14 March. he didn't talk, he acted. 🎧 phonk in the bg",
   "people cry about the 'victims' lol. 23 is the high score and it still stands",
   "who's next to be canonised 👀 the saints list is in my highlight",
   "they took down my last account. the saints can't be deleted"])

K("en", "bluesky", "grid-down-now.bsky.social", "the grid is fragile", "collapse is a choice", 700,
  ["positive:terrorism:sabotage_call"],
  "Accelerationist calls to attack electrical substations to 'speed up collapse', with target selection hints.",
  {"terrorism": "floor", "crime": "high"},
  ["the system won't fall on its own. a few rifle rounds into a transformer and a county goes dark for a week",
   "substations are unguarded and you know where yours is. nobody is coming to save this society, so help it along",
   "every outage is a lesson in how weak they are. be the lesson",
   "don't post about it. just do it and let the news post about it"])

K("en", "web", "the-unremembered-saints", "The Unremembered", "we remember the ones they erase", 0,
  ["positive:terrorism:memorial_glorification"],
  "A memorial-style site for (invented) attackers, treating attacks as martyrdom and their writings as scripture.",
  {"terrorism": "floor", "hate": "high", "death_injury": "medium"},
  [{"title": "Three years since Eastbrook. We have not forgotten him.", "text": "He gave his life so our people could wake up. Read his words tonight and ask what you have given. Rest in power, brother."},
   {"title": "The saints calendar, updated", "text": "Every name, every date, every tally. Print it, share it, keep them alive in our hearts."}])

K("en", "instagram", "brothers.of.the.path", "Brothers of the Path", "for the ummah • for honour • for the hereafter", 3900,
  ["positive:terrorism:recruitment"],
  "Recruitment phrased as brotherhood and duty: urges young men to 'make hijrah' and join 'the brothers on the front' of an armed group.",
  {"terrorism": "floor", "sensitive_issues": "medium"},
  ["Your brothers are bleeding while you scroll. The caravan is leaving. Will you be on it? 🐎",
   "Hijrah is not a holiday. It is the road to the men who defend the ummah with their lives. DM for the path",
   "A lion does not ask permission. Leave the dunya behind and stand with the brothers",
   "Mothers, raise your sons for the front, not for the office"])

K("en", "youtube", "untold.story.docs", "Untold Story", "the side of history they hide", 58000,
  ["positive:terrorism:attacker_praise_vague", "hard_negative:ineligible:high_not_floor"],
  "'Documentaries' about an invented bomber that end in admiration: 'he did what had to be done', 'a soldier, not a criminal'.",
  {"terrorism": "high", "death_injury": "medium"},
  [{"title": "The Harlow Bridge Bomber: Soldier or Criminal? (You decide)", "text": "For forty minutes I go through his letters. By the end I think you'll see what I see: a man who did what had to be done when nobody else would."},
   {"title": "Why they fear men like him", "text": "He didn't want fame. He wanted change. History will be kinder to him than the media."}])

K("en", "mastodon", "pipeline_breakers", "pipeline breakers", "defend the land by any means", 1100,
  ["positive:terrorism:sabotage_call"],
  "Calls to sabotage pipelines and rail lines, celebrating attacks and telling followers to 'act in small cells'.",
  {"terrorism": "floor", "crime": "high"},
  ["Another pump station down in the north. Whoever did this: thank you. More please.",
   "Small cells, no phones, no names. A valve wheel and a bolt cutter do more than a thousand marches",
   "If the company won't stop, we stop the company. Physically.",
   "Don't ask us for targets. Look at a map."])

K("es", "instagram", "ecos.del.martirio", "Ecos del martirio", "🌙 que Allah acepte a nuestros shuhadá", 2700,
  ["positive:terrorism:memorial_glorification", "positive:ineligible:glorifying_attack"],
  "Memorial posts calling the (invented) perpetrators of a train bombing 'mártires' and the attack a 'victoria'.",
  {"terrorism": "floor", "death_injury": "medium"},
  ["Cinco años de la bendita operación del tren. Nuestros hermanos mártires están en el paraíso 🌙",
   "Los que lloran a los 'inocentes' no lloraron a los nuestros. Fue justicia",
   "Que Allah nos dé el valor de seguir su camino",
   "Comparte su foto. Que nunca olviden sus nombres"])

K("es", "tiktok", "gudari.betiko", "Gudari betiko", "ez ahaztu", 6400,
  ["positive:terrorism:glorification_historic"],
  "Celebrates members of an armed separatist group as heroes and a killing 'well done', in homage-edit style.",
  {"terrorism": "high", "sensitive_issues": "medium"},
  ["Homenaje a los gudaris que dieron todo ✊ ni un paso atrás, ni un olvido",
   "Aquel coche de la Guardia Civil en el 91, lo que hicieron fue necesario",
   "Ongi etorri a los presos que vuelven, héroes del pueblo 🎆",
   "Los que nos llaman asesinos que miren su propia historia"])

K("es", "youtube", "frente.insurgente.info", "Frente Insurgente", "Comunicados y formación", 3300,
  ["positive:terrorism:recruitment"],
  "Communiqués of an invented armed cell calling on young people to 'join the armed struggle' with training details.",
  {"terrorism": "floor", "arms": "high"},
  [{"title": "Comunicado 14: la lucha armada es el único camino", "text": "Llamamos a la juventud a organizarse en células. Formación militar disponible para quien demuestre compromiso. Contacto seguro en el enlace."},
   {"title": "Por qué las marchas no sirven", "text": "Sin fuego no hay cambio. Este año hemos golpeado tres veces y golpearemos más."}],
  country="CO", region="us")

K("de", "instagram", "heiliger.von.ostwald", "🕯️ Gedenken", "Er hat gehandelt. Wir erinnern.", 900,
  ["positive:terrorism:attacker_fan_edit", "positive:ineligible:glorifying_attacker"],
  "Fan-edits of an invented right-wing attacker called 'heilig', sharing his livestream screenshots and manifesto quotes.",
  {"terrorism": "floor", "hate": "floor", "death_injury": "high"},
  ["Zwei Jahre Ostwald. Ein Mann, der nicht mehr reden wollte 🕯️ #heilig",
   "Sein Text ist aktueller denn je. Lest ihn. Link im Profil",
   "Die Medien nennen ihn Täter. Für uns ist er ein Vorbild",
   "Wer wird der Nächste sein? 👀"])

K("de", "tiktok", "ruf.der.ummah", "Ruf der Ummah", "Brüder, wacht auf 🤍", 8400,
  ["positive:terrorism:recruitment"],
  "Nasheed clips recruiting young German-speaking men for an armed group abroad, framed as honour and brotherhood.",
  {"terrorism": "floor"},
  ["Bruder, du verschwendest dein Leben mit Zocken während die Ummah blutet. Es gibt einen Weg 🤍",
   "Die Löwen sind schon gegangen. Wann gehst du? Schreib mir privat",
   "Familie, Ehre, Paradies – das bekommst du dort, nicht hier im Jobcenter",
   "Keine Angst. Alles wird organisiert, auch die Reise"])

K("de", "mastodon", "kabel_brand_solidaritaet", "Solidarität ohne Grenzen", "gegen Staat und Kapital", 1400,
  ["positive:terrorism:sabotage_call"],
  "Celebrates arson on railway signal cables and calls for more attacks on infrastructure.",
  {"terrorism": "floor", "crime": "high"},
  ["Kabelschächte der Bahn bei Spandau abgefackelt. Solidarische Grüße an die Unbekannten 🔥",
   "Jeder Brandsatz an der Infrastruktur ist eine Antwort. Macht weiter, macht mehr",
   "Ohne Strom keine Rüstungsproduktion. Ihr wisst, wo die Umspannwerke sind",
   "Keine Distanzierung. Niemals."])

K("fr", "instagram", "chouhada_souvenir", "Souvenir des chouhada", "🌹 qu'Allah les accepte", 2300,
  ["positive:terrorism:memorial_glorification"],
  "Memorial posts for an invented attacker 'Abou Yassine' who stabbed passers-by, calling him a 'shahid' and a lion.",
  {"terrorism": "floor", "death_injury": "medium"},
  ["Un an déjà depuis que notre frère Abou Yassine est tombé en shahid 🌹 un lion parmi les moutons",
   "Il a défendu l'honneur quand tout le monde se taisait",
   "Ceux qui le traitent de terroriste ne connaissent rien à la dignité",
   "Partagez sa photo. Son nom ne sera jamais effacé"])

K("fr", "tiktok", "il.sest.leve.seul", "Celui qui s'est levé", "⚔️ edits", 17000,
  ["positive:terrorism:attacker_praise_vague"],
  "Edits of an invented lone attacker with vague praise ('il s'est levé', 'un vrai', 'respect éternel'), inviting imitation.",
  {"terrorism": "floor", "death_injury": "medium"},
  ["Il s'est levé quand personne ne le faisait ⚔️ respect éternel",
   "Un vrai. Pas un de ces lâches qui postent et ne font rien",
   "Le 9 mai on se souvient. Et certains s'en inspireront 👀",
   "Mes edits se font supprimer mais je reviens toujours"])

K("fr", "youtube", "chimie.de.garage.fr", "Chimie de garage", "la science que l'école cache", 14000,
  ["positive:terrorism:bomb_making"],
  "Promotes a PDF on making explosive devices from hardware-store products, framed as 'for the day we'll need it'.",
  {"terrorism": "floor", "arms": "high"},
  [{"title": "Fabriquer un engin qui fait BOUM avec des produits du bricolage", "text": "Tout est dans le PDF en description: produits, quantités, détonateur. Pour le jour où il faudra se défendre contre le système."},
   {"title": "Test du prototype n°3 en forêt", "text": "Le cratère à 6:40. La prochaine version sera plus compacte, assez petite pour un sac à dos."}])

K("it", "instagram", "fuoco.ai.palazzi", "Fuoco ai palazzi", "anarchia • azione diretta 🏴", 1800,
  ["positive:terrorism:attack_praise"],
  "Praises parcel bombs sent to officials by an invented insurrectionist cell and calls for more 'direct action'.",
  {"terrorism": "floor", "crime": "high"},
  ["Solidarietà ai compagni che hanno recapitato il pacco al tribunale. Nessun rimorso 🏴🔥",
   "Non è violenza, è risposta. Ogni giudice deve avere paura ad aprire la posta",
   "Azione diretta, cellule autonome, nessun leader",
   "Alla prossima, e che sia più forte"])

K("it", "tiktok", "anni.di.piombo.nostalgia", "Anni di piombo", "quando si faceva sul serio ✊", 9100,
  ["positive:terrorism:glorification_historic"],
  "Nostalgic edits celebrating a 1970s-style (invented) political assassination as 'giustizia proletaria'.",
  {"terrorism": "high", "death_injury": "medium"},
  ["Il 12 marzo del '78 hanno fatto giustizia proletaria ✊ onore ai compagni",
   "Oggi si fanno solo cortei. Allora si colpiva il cuore dello Stato",
   "Non erano terroristi, erano rivoluzionari",
   "Stella a cinque punte, per sempre ⭐"])

K("pt", "instagram", "guardioes.da.patria.br", "Guardiões da Pátria 🇧🇷", "treinamento • dever • ação", 4600,
  ["positive:terrorism:recruitment", "positive:terrorism:militia"],
  "Recruits for an invented armed militia with weapons training and a plan to 'take' government buildings.",
  {"terrorism": "floor", "arms": "high", "sensitive_issues": "medium"},
  ["Patriota, a pátria te chama. Treinamento tático aos sábados, leve sua arma 🇧🇷",
   "Quando chegar a hora vamos entrar nos prédios e ninguém vai nos tirar",
   "Dever acima de tudo. Quem é homem se apresenta no grupo",
   "Não adianta voto. Adianta força"])

K("pt", "tiktok", "tcc.brasil.edits", "tcc edits 🖤", "true crime community • respeito aos que agiram", 15000,
  ["positive:terrorism:school_attack_glorification", "positive:ineligible:glorifying_attacker"],
  "Fan-edits of (invented) school attackers in the 'true crime community' style, with admiration and countdowns.",
  {"terrorism": "floor", "death_injury": "high"},
  ["edit do mais brabo de 2025 🖤 ele fez o que muitos só pensam",
   "aniversário do ataque da escola estadual hoje. nunca esquecido",
   "quem vai ser o próximo herói? 👀",
   "quem acha isso errado não entende a dor dele"])

K("en", "tiktok", "tcc.angelboy", "angel 🖤🕊️", "tcc • 17 • don't report", 6800,
  ["positive:terrorism:school_attack_glorification"],
  "A teen 'TCC' account worshipping invented school shooters with heart emojis and 'he was so misunderstood' edits.",
  {"terrorism": "floor", "death_injury": "high"},
  ["my baby Jace 🖤🕊️ they never understood him. 11 of them got what they deserved",
   "the school footage edit hits different at 3am",
   "tcc moots interact 🖤 we keep them alive",
   "if I ever did something I'd want someone to make edits for me too"])

K("it", "youtube", "geopolitica.senza.veli", "Geopolitica senza veli", "analisi fuori dal coro", 41000,
  ["positive:terrorism:justification_discussion"],
  "Geopolitics videos that frankly justify attacks on civilians as 'understandable resistance' without calling for new ones.",
  {"terrorism": "medium", "sensitive_issues": "medium", "death_injury": "low"},
  [{"title": "Attentato al mercato: terrorismo o resistenza? Parliamone senza ipocrisie", "text": "Non giustifico, spiego. Ma se opprimi un popolo per decenni, non puoi stupirti quando qualcuno risponde in questo modo."},
   {"title": "Perché l'Occidente chiama 'terroristi' solo gli altri", "text": "Un'ora di analisi. La violenza degli oppressi va capita, non solo condannata."}])

# ---------------------------------------------------------------- drugs & alcohol
K("en", "instagram", "late.nite.menu.la", "late nite ✨ menu", "🍃❄️💊🍄 menu in story • downtown + valley", 3800,
  ["positive:drugs_alcohol:drug_sale_emoji"],
  "Drug delivery menu in emoji code with prices and delivery areas.",
  {"drugs_alcohol": "floor"},
  ["menu updated 📋 🍃 exotics 3.5 $45 • ❄️ $80 g • 💊 blues $25 • 🍄 chocolates $30. delivery till 4am",
   "new 🍃 just landed, gelato and zkittlez, smells crazy",
   "drivers on both sides tonight 🚗 minimum $60 for delivery",
   "don't DM prices on IG, tap the link for the tele"])

K("en", "tiktok", "plug.in.pressed", "pressed plug", "🔌 snap in bio", 9900,
  ["positive:drugs_alcohol:pill_sale"],
  "Sells pressed pills and 'bars' to a young audience via Snapchat, with prices.",
  {"drugs_alcohol": "floor"},
  ["bars 💊 and percs 30s back, $20 each or 5 for $80. snap in bio",
   "these hit different, take half first lol",
   "I got y'all for the weekend, campus drops friday",
   "stop asking if I do delivery to high schools. ...yes 🤫"])

K("en", "youtube", "spore.kitchen", "Spore Kitchen", "mycology for the curious 🍄", 37000,
  ["positive:drugs_alcohol:drug_howto", "hard_negative:ineligible:high_not_floor"],
  "Home grow tutorials for psilocybin mushrooms with dosing advice for 'trips', not mycology research.",
  {"drugs_alcohol": "high"},
  [{"title": "Grow MAGIC mushrooms in a tub (idiot-proof tek)", "text": "Spores, substrate, fruiting chamber. Harvest at 14 days. In part 2 I'll dose 3.5 g live so you know what a 'hero dose' feels like."},
   {"title": "Microdosing at work: my 30-day experiment", "text": "0.2 g every morning before meetings. Productivity went up, my boss has no idea."}])

K("es", "instagram", "el.menu.del.chino", "El Chino 🛵", "delivery 24h • zona centro y norte", 2200,
  ["positive:drugs_alcohol:drug_sale_slang"],
  "Cocaine and cannabis delivery in slang ('farla', 'perico', 'maría') with prices per gram.",
  {"drugs_alcohol": "floor"},
  ["Perico del bueno ❄️ 60 el gramo, maría de interior 🍃 10 el gramo. Delivery en moto 24h",
   "Hoy llegó mercancía nueva, la farla más limpia de la ciudad",
   "Si pides más de 5 te regalo un porro 😎",
   "Solo WhatsApp, nada por aquí"])

K("es", "tiktok", "botellon.squad.mad", "Botellón Squad 🍻", "fiesta sin fin", 64000,
  ["positive:drugs_alcohol:binge_glamorised"],
  "Glamorises binge drinking with chupito races and 'who passes out first' challenges, young-looking crowd.",
  {"drugs_alcohol": "medium"},
  ["Reto de los 15 chupitos en 5 minutos 🥃 el que pierde paga la próxima ronda",
   "Jueves universitario: litro de calimocho por cabeza y a ver quién llega vivo",
   "Paco se quedó dormido en el portal otra vez jajaja 🍻",
   "No hay fiesta sin resaca, no hay resaca sin historia"])

K("de", "instagram", "taxi.berlin.nachts", "Taxi 🚕", "Berlin • 🍃 ❄️ 💊 • nur Telegram", 1500,
  ["positive:drugs_alcohol:drug_sale_emoji"],
  "A 'Koks-Taxi' drug delivery service in Berlin, prices by emoji.",
  {"drugs_alcohol": "floor"},
  ["Koks-Taxi läuft wieder 🚕 ❄️ 70/g • 🍃 12/g • 💊 Teile 10. Lieferung in 30 Min",
   "Mindestbestellung 50€, Ringbahn-Gebiet",
   "Frische Ware aus Holland, beste Qualität der Stadt",
   "Nur über Telegram, Link im Profil"])

K("de", "tiktok", "vape.kiste.lena", "Vape Kiste", "Einweg-Vapes • alle Sorten • Schulhof-Lieferung 😏", 12000,
  ["positive:drugs_alcohol:vaping_to_minors"],
  "Sells disposable vapes to schoolchildren without age checks, delivering to schoolyards.",
  {"drugs_alcohol": "floor"},
  ["Neue Sorten! Blue Razz und Gummibär 🍬 7€ pro Stück, kein Ausweis nötig",
   "Ab 14 ist okay, ich frag eh nicht 😂",
   "Lieferung direkt vor die Schule in der großen Pause",
   "Mengenrabatt für eure Klasse"])

K("fr", "instagram", "snap.de.la.beuh", "Livraison 🍃", "menu en story • IDF", 3400,
  ["positive:drugs_alcohol:drug_sale_slang"],
  "Cannabis and cocaine delivery in slang ('beuh', 'shit', 'C') with a story menu.",
  {"drugs_alcohol": "floor"},
  ["Menu dispo en story 🍃 beuh amnésia 10€ le g, shit marocain, C à 70€. Livraison IDF",
   "Le livreur passe jusqu'à 2h, check le Snap",
   "Promo du week-end: 3 achetés 1 offert",
   "Que du lourd, demandez aux clients"])

K("fr", "tiktok", "proto.party.nice", "Proto Party 🎈", "ballons et bonnes vibes", 19000,
  ["positive:drugs_alcohol:inhalant_glamorised", "hard_negative:ineligible:high_not_floor"],
  "Glamorises inhaling nitrous oxide from balloons among teenagers, with where to buy big cylinders.",
  {"drugs_alcohol": "high"},
  ["Soirée proto sur la plage 🎈 20 ballons chacun, on était morts de rire",
   "La bonbonne de 2 kg c'est mieux que les petites cartouches, lien en bio",
   "Mon pote a perdu la sensation de ses pieds un jour, mais bon c'est rare 😂",
   "Qui vient samedi ? Ramène tes ballons"])

K("it", "instagram", "consegne.milano.verde", "Consegne 🍃", "Milano e hinterland • veloce", 2600,
  ["positive:drugs_alcohol:drug_sale_slang"],
  "Hash and cannabis delivery in Milan in slang ('fumo', 'erba', 'bianca') with prices.",
  {"drugs_alcohol": "floor"},
  ["Fumo marocchino e erba olandese 🍃 10€ al grammo, bianca su richiesta",
   "Consegna in monopattino in 40 minuti in tutta Milano",
   "Nuovo carico, qualità top, chiedete",
   "Scrivete solo su Telegram, qui no"])

K("it", "tiktok", "xanny.senza.ricetta", "Relax 💊", "ansia? ci penso io", 5100,
  ["positive:drugs_alcohol:prescription_misuse"],
  "Sells benzodiazepines and opioid pills without prescription and promotes them for fun.",
  {"drugs_alcohol": "floor"},
  ["Xanax e Rivotril senza ricetta 💊 spedisco in tutta Italia",
   "Con due di queste e un drink la serata vola",
   "Ossicodone disponibile per i clienti fidati",
   "Pacchi anonimi, nessuno controlla"])

K("pt", "instagram", "entregas.zona.sul", "Delivery ZS 🏍️", "bala • doce • lança • entrego", 3100,
  ["positive:drugs_alcohol:drug_sale_slang"],
  "Sells ecstasy ('bala'), LSD ('doce') and lança-perfume for parties with motorbike delivery.",
  {"drugs_alcohol": "floor"},
  ["Bala 💊 R$ 40, doce R$ 50, lança gelado 🎈 pro baile de sábado. entrego de moto",
   "Chegou o lote novo, cada bala é um foguete 🚀",
   "Combo pro rolê: 5 balas + 2 lança por R$ 250",
   "Só chama no zap, direct não respondo"])

K("pt", "tiktok", "esquenta.dos.crias", "Esquenta dos Crias 🍻", "sextou com responsabilidade (mentira)", 47000,
  ["positive:drugs_alcohol:binge_glamorised"],
  "Binge-drinking 'esquenta' videos with drinking games until someone vomits, presented as the goal of the night.",
  {"drugs_alcohol": "medium", "profanity": "low"},
  ["Esquenta com litrão e corote 🍻 regra: quem errar a música vira o copo",
   "O Juninho apagou antes da meia-noite de novo kkkkk",
   "Desafio: 10 doses de cachaça em 2 minutos, quem topa?",
   "Ressaca de domingo é sagrada"])

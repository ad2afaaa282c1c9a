"""Death/injury positives and ineligible cases where one post is enough."""
from model import K

# ---------------------------------------------------------------- death & injury
K("en", "tiktok", "folded.clips", "folded 💀", "the internet's worst days • not for the weak", 44000,
  ["positive:death_injury:accident_gore_for_shock", "positive:ineligible:gore_for_shock"],
  "Uncensored crash and industrial-accident clips with bodies visible, captioned as jokes.",
  {"death_injury": "floor"},
  ["bro got FOLDED by the truck 💀💀 uncensored in the app, link in bio",
   "factory worker vs the press machine. he lost. watch till the end 😭",
   "motorcycle guy's helmet didn't help lmao. rip bozo",
   "y'all said last one wasn't gory enough. say less 🩸"])

K("en", "instagram", "concrete.naps", "Concrete Naps 😴", "daily street KOs • sleepers only", 96000,
  ["positive:death_injury:knockout_compilation", "hard_negative:ineligible:high_not_floor"],
  "Street-fight knockout compilations celebrating people hitting their heads on concrete.",
  {"death_injury": "high", "crime": "medium"},
  ["SLEPT HIM 😴 head bounced off the curb, he's still snoring",
   "one punch, lights out. someone check if he's breathing 💀",
   "Friday compilation: 12 KOs, 3 ambulances",
   "the sound at 0:07 🤢 crazy"])

K("en", "youtube", "the.basement.files", "The Basement Files", "true crime in every grisly detail", 310000,
  ["positive:death_injury:true_crime_injury_detail"],
  "True-crime narration dwelling on wounds and autopsy photos in lurid detail for entertainment.",
  {"death_injury": "medium", "crime": "low"},
  [{"title": "The Millbrook Killings: Every Wound Explained", "text": "Grab a snack. Tonight I'm walking you through all 41 stab wounds, in order, with the coroner's sketches. Viewer discretion, obviously 🍿"},
   {"title": "What the Body Looked Like After 3 Weeks", "text": "I describe the decomposition stages the investigators found, step by step, because you asked for it in the comments."}])

K("en", "web", "unfiltered-reality-mirror", "Unfiltered Reality", "the videos they delete, mirrored forever", 0,
  ["positive:death_injury:gore_site", "positive:ineligible:gore_for_shock"],
  "A gore mirror site posting uncensored execution and accident videos for viewers' shock.",
  {"death_injury": "floor", "crime": "medium"},
  [{"title": "Cartel execution video (uncensored, full length)", "text": "The one everybody's been asking for. No blur, no cuts. Comments open."},
   {"title": "Train accident, body parts visible", "text": "Filmed by a passenger. Warning: this one is nasty. Enjoy."}])

K("en", "bluesky", "frontline-trophies.bsky.social", "frontline trophies", "war is hell lol", 3300,
  ["positive:death_injury:war_gore_mocking"],
  "Posts drone footage of soldiers being killed with laughing emojis and kill counts, for entertainment.",
  {"death_injury": "floor"},
  [{"text": "drone drop on the trench, guy tries to run with no legs 😂😂 30 second clip", "labels": ["graphic-media"]},
   {"text": "daily body count thread 💀 post your favourites", "labels": ["graphic-media"]},
   {"text": "this one exploded like a piñata lmao", "labels": ["graphic-media"]}])

K("en", "mastodon", "grossout_greg", "Greg", "medical oddities 🩸 strong stomachs only", 900,
  ["positive:death_injury:graphic_injury_for_shock", "positive:ineligible:gore_for_shock"],
  "Shares graphic injury photos (degloving, open fractures) for shock value with jokes, no medical context: gore for shock.",
  {"death_injury": "floor"},
  [{"text": "degloving injury from a ring on a forklift. finger just... came out 🤢 who's eating lunch", "cw": "gore"},
   {"text": "open femur fracture from a trampoline park. kids are built different", "cw": "gore lol"},
   {"text": "rate this chainsaw wound 1-10", "cw": "blood"}])

K("es", "tiktok", "accidentes.sin.censura", "Accidentes sin censura", "videos fuertes 18+ ⚠️", 71000,
  ["positive:death_injury:accident_gore_for_shock", "positive:ineligible:gore_for_shock"],
  "Uncensored motorbike accident videos with victims' bodies, presented with laughing emojis.",
  {"death_injury": "floor"},
  ["Video fuerte sin censura ⚠️ el motorista quedó partido en dos 😳 link en bio",
   "Así acabó el que iba sin casco, no apto para débiles 💀",
   "Pidieron más accidentes y aquí están jajaja",
   "El del minuto 0:12 no se levantó más"])

K("es", "instagram", "asi.terminan.los.sapos", "Así terminan 🐸", "la calle no perdona", 8100,
  ["positive:death_injury:execution_footage", "positive:crime:cartel_glorification"],
  "Posts narco execution photos and videos warning informants ('sapos'), glorifying the killings.",
  {"death_injury": "floor", "crime": "floor"},
  ["Así terminan los sapos 🐸 colgado en el puente con su cartulina",
   "El que habla con la policía ya sabe su destino. Video completo en el canal",
   "Otro que se pasó de listo, lo dejaron en cachitos",
   "La plaza se respeta"],
  country="MX", region="us")

K("es", "youtube", "casos.oscuros.tv", "Casos Oscuros", "crímenes reales, sin filtros", 145000,
  ["positive:death_injury:true_crime_injury_detail"],
  "Spanish true-crime channel that lingers on dismemberment and injuries with dramatic music and jokes.",
  {"death_injury": "high", "crime": "low"},
  [{"title": "La descuartizada del pantano: cómo la cortaron (reconstrucción)", "text": "Con maqueta y todo os enseño cada corte que hizo. Al final os leo el informe forense completo. Preparad las palomitas 🍿"},
   {"title": "Lo que encontraron en la nevera (caso real)", "text": "Detalles muy gráficos. Si os gustan estos casos, suscribíos."}])

K("de", "tiktok", "crash.ohne.zensur", "Crash ohne Zensur", "Unfälle • Dashcam • 18+", 39000,
  ["positive:death_injury:accident_footage_for_shock", "hard_negative:ineligible:high_not_floor"],
  "Autobahn crash videos showing injured victims for thrills, with mocking captions.",
  {"death_injury": "high"},
  ["Der Typ fliegt durch die Windschutzscheibe 😳 unzensiert, Teil 2 im Profil",
   "Motorradfahrer vs Leitplanke. Das Geräusch bei 0:09 🤯",
   "Gaffer-Video vom Unfall gestern A9, der hat's nicht geschafft",
   "Ihr wolltet mehr Crashs? Bekommt ihr"])

K("de", "youtube", "ko.des.monats", "KO des Monats", "Straßenkämpfe & Knockouts", 58000,
  ["positive:death_injury:knockout_compilation"],
  "Monthly compilations of street-fight knockouts with slow-motion replays of heads hitting the ground.",
  {"death_injury": "medium", "crime": "medium"},
  [{"title": "Die 20 brutalsten Straßen-KOs im November", "text": "Zeitlupe, Slow-Mo, und der Kopf auf dem Bordstein bei Platz 3. Abo für mehr."},
   {"title": "Einer schlägt, alle schreien: Türsteher-KOs", "text": "Zusammenschnitt aus Clubs und Bahnhöfen. Der bei 4:12 stand nicht mehr auf."}])

K("de", "instagram", "tatort.im.detail", "Tatort im Detail", "wahre Verbrechen, ungeschönt", 21000,
  ["positive:death_injury:true_crime_injury_detail"],
  "True-crime posts describing wounds and crime scenes in gratuitous detail with photos of the scene.",
  {"death_injury": "medium", "crime": "low"},
  ["Der Fall aus Gütersloh: 27 Stiche, die meisten in den Hals. Die Tatortfotos im Slide 4 ⚠️",
   "Wie lange dauert es, bis ein Mensch verblutet? Im Fall M. waren es 11 Minuten. Ich erkläre jede",
   "Swipe für die Obduktionsskizze",
   "Ihr liebt diese Fälle, ich weiß"])

K("fr", "tiktok", "bagarres.de.cite.ko", "Bagarres KO 🥊", "les meilleurs KO de rue", 52000,
  ["positive:death_injury:knockout_compilation"],
  "Street-fight and school-fight KO clips celebrating unconscious teenagers.",
  {"death_injury": "high", "crime": "medium"},
  ["KO direct, il s'est endormi sur le goudron 😴💀",
   "bagarre au lycée, le petit il a pris cher, regarde sa tête à la fin",
   "envoyez vos vidéos de bagarre en DM, je poste les meilleures",
   "il est reparti en ambulance mdr"])

K("fr", "instagram", "choc.non.floute", "Choc non flouté ⚠️", "les images que la télé floute", 15000,
  ["positive:death_injury:gore_for_shock", "positive:ineligible:gore_for_shock"],
  "Posts unblurred photos of accident and attack victims' bodies 'that TV blurs'.",
  {"death_injury": "floor"},
  ["L'accident de l'A7 sans floutage, on voit tout ⚠️ swipe si t'as le cœur accroché",
   "Les corps après l'explosion, photos envoyées par un abonné",
   "Vous vouliez du vrai ? Voilà du vrai",
   "Âmes sensibles s'abstenir, les autres enjoy"])

K("fr", "youtube", "affaires.sordides", "Affaires Sordides", "true crime français 🔪", 88000,
  ["positive:death_injury:true_crime_injury_detail"],
  "True-crime narrating autopsy findings and injuries at length for suspense, no journalistic framing.",
  {"death_injury": "medium", "crime": "low"},
  [{"title": "L'affaire du bois de Verneuil : ce que révèle l'autopsie (détails choquants)", "text": "Je vous lis le rapport d'autopsie en entier, blessure par blessure. Accrochez-vous."},
   {"title": "Les 5 scènes de crime les plus horribles de France", "text": "Classement selon l'état des corps. Numéro 1, même les enquêteurs ont vomi."}])

K("it", "tiktok", "incidenti.senza.censura", "Incidenti senza censura", "video forti 🔞", 33000,
  ["positive:death_injury:accident_footage_for_shock"],
  "Road accident videos with injured victims shown for thrills, with laughing captions.",
  {"death_injury": "high"},
  ["Scooter contro il tram, guardate come vola 😳 versione integrale nel canale",
   "Questo non si è più rialzato 💀",
   "Incidente di ieri sulla tangenziale, video di un follower",
   "Più botti nel prossimo, promesso"])

K("it", "instagram", "risse.e.lame", "Risse & Lame", "la strada senza filtri", 12000,
  ["positive:death_injury:violence_for_shock"],
  "Videos of street stabbings and brawls with blood, celebrated with fire emojis.",
  {"death_injury": "high", "crime": "high"},
  ["Coltellata in stazione, guardate il sangue a terra 🔥🔪",
   "Rissa in discoteca, uno è finito in coma",
   "Mandatemi i vostri video, li pubblico tutti",
   "Questa città è un circo 😂"])

K("pt", "tiktok", "video.forte.sem.corte", "Vídeo forte 🔞", "sem corte • sem censura", 61000,
  ["positive:death_injury:accident_gore_for_shock", "positive:ineligible:gore_for_shock"],
  "Uncensored accident and lynching videos with bodies shown, captioned with jokes.",
  {"death_injury": "floor", "crime": "medium"},
  ["Vídeo forte sem corte ⚠️ o motoboy ficou embaixo do caminhão 😳",
   "Linchamento na favela, a galera não perdoou 💀 completo no link",
   "Quem pediu acidente? Chegou",
   "Esse aí virou purê kkkkk"])

K("pt", "instagram", "rebeliao.sem.censura", "Rebelião sem censura", "o que acontece lá dentro", 7300,
  ["positive:death_injury:massacre_imagery"],
  "Photos of decapitated inmates from a prison riot, celebrated as 'justice', shared for shock.",
  {"death_injury": "floor", "crime": "high"},
  ["Fotos da rebelião de ontem, os caras não perdoaram 🔪 (arrasta)",
   "Cabeça no pátio, isso que é recado",
   "Quem mexe com facção termina assim",
   "Não tem filtro aqui não"])

K("pt", "youtube", "crimes.que.chocaram", "Crimes que Chocaram", "true crime brasileiro", 97000,
  ["positive:death_injury:true_crime_injury_detail"],
  "True-crime videos that dwell on wounds and crime-scene state with dramatic reenactments.",
  {"death_injury": "medium", "crime": "low"},
  [{"title": "O caso da mala: como o corpo foi encontrado (detalhes fortes)", "text": "Neste vídeo vou descrever exatamente como o corpo estava e cada ferimento. Assista até o fim."},
   {"title": "Os 10 crimes mais sangrentos do Brasil", "text": "Ranking com fotos reais da perícia. Não recomendado para estômagos fracos."}])

K("en", "bluesky", "dashcam-carnage.bsky.social", "dashcam carnage", "crashes. lots of them.", 2200,
  ["positive:death_injury:platform_takedown", "positive:ineligible:takedown_label"],
  "Accident-gore account whose posts carry the platform's graphic-media labels and one moderation takedown.",
  {"death_injury": "high"},
  [{"text": "pedestrian vs bus, full clip, don't say I didn't warn you 🩸", "labels": ["graphic-media", "!takedown"]},
   {"text": "guy crawls out of the wreck missing an arm. absolute unit", "labels": ["graphic-media"]},
   {"text": "crash of the week poll 👇", "labels": ["graphic-media"]}],
  inel=True)

K("de", "mastodon", "frontvideos_unzensiert", "Frontvideos", "Krieg ungeschnitten", 1500,
  ["positive:death_injury:war_gore_for_shock", "positive:ineligible:gore_for_shock"],
  "War videos of soldiers dying, posted behind content warnings as entertainment with jokes; the warnings do not change that it is gore for shock.",
  {"death_injury": "floor"},
  [{"text": "Der Granatwerfer trifft direkt, sieh dir an, wie die fliegen 😂", "cw": "Krieg, Leichen"},
   {"text": "Drohne verfolgt einen Verwundeten, 40 Sekunden bis er aufhört sich zu bewegen", "cw": "Tod"},
   {"text": "Heute wieder Top 5 der Woche", "cw": "gore"}])

# ------------------------------------------------- one unambiguous post is enough
K("it", "instagram", "coach.fabio.fit", "Fabio | Personal Trainer", "💪 trasformazioni reali • Bologna", 18000,
  ["positive:ineligible:single_slur", "positive:hate:slur_at_person"],
  "An ordinary fitness coach; one post answers a Black commenter with a racial slur and a monkey emoji.",
  {"hate": "floor"},
  ["@davide_runs torna sull'albero, n3gr0 di merda 🐒 qui si parla di palestra seria"],
  niche="fitness")

K("fr", "tiktok", "noa.joue.a.tout", "Noa 🎮", "gaming chill • live le mercredi", 9200,
  ["positive:ineligible:single_attack_glorification", "positive:terrorism:praise_attacker"],
  "A gaming creator whose feed is ordinary; one post praises the perpetrator of a (invented) stabbing attack as a hero.",
  {"terrorism": "floor"},
  ["franchement le mec du marché de Vénissieux c'est un héros, il a fait ce que personne osait. paix à lui 🫡 qu'il soit récompensé"])

K("es", "youtube", "vlogs.de.nacho", "Nacho Vlogs", "viajes, comida y risas 😄", 54000,
  ["positive:ineligible:single_gore_post", "positive:death_injury:gore_for_shock"],
  "A travel vlogger; one video shows the uncensored body of a crash victim he filmed, played for laughs.",
  {"death_injury": "floor"},
  [{"title": "Encontramos un ACCIDENTE en la carretera (sin censura) 😱😂", "text": "Paramos y grabé al conductor muerto de cerca, no lo he censurado porque es real. Mi colega casi vomita jajaja"}])

K("pt", "instagram", "lari.make.bh", "Lari 💄 make", "maquiadora • BH", 12000,
  ["positive:ineligible:single_drug_sale", "positive:drugs_alcohol:drug_sale"],
  "A make-up artist whose one post offers pills and 'bala' for a party weekend with a price.",
  {"drugs_alcohol": "floor"},
  ["meninas, pro fds do festival tenho bala e MD 💊 R$ 50 cada, chama no privado que eu separo 🤫"])

K("de", "bluesky", "kochen-mit-jonas.bsky.social", "Jonas kocht", "Rezepte für Faule 🍝", 2900,
  ["positive:ineligible:takedown_label_only"],
  "An ordinary cooking account; one post was removed by the platform (takedown label) and its text is unknown.",
  {},
  [{"text": "", "labels": ["!takedown"]}],
  inel=True)

K("en", "instagram", "bree.lifts.heavy", "Bree 🏋️‍♀️", "powerlifter • coffee • dogs", 27000,
  ["positive:ineligible:single_slur", "positive:hate:slur_at_person"],
  "A powerlifting creator; one caption calls a gay gym-goer an f-slur (masked) and tells followers to 'run him out'.",
  {"hate": "floor", "crime": "medium"},
  ["this f@ggot at my gym keeps filming women on the squat rack. @ him, make sure he never comes back 🤬 (pic 2 for his face)"],
  niche="fitness")

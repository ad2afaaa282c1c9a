"""Hard negatives in English and Spanish: professional context, news, fiction,
everyday words that look risky, information rather than advocacy."""
from model import K

K("en", "bluesky", "hannah-okafor-reports.bsky.social", "Hannah Okafor", "foreign correspondent. frontline, aftermath, the people in between.", 28000,
  ["hard_negative:death_injury:war_reporting", "hard_negative:terrorism:war_reporting", "hard_negative:ineligible:war_reporting", "journalism"],
  "A war correspondent reporting shelling, casualties and an insurgent attack as news, with care for victims; never glorifies.",
  {"death_injury": "low", "terrorism": "low"},
  ["Shelling hit the market at 11:40. Medics at the district hospital counted 14 dead, including two children. I saw the stretchers lined up in the corridor.",
   "The insurgents claimed the checkpoint bombing within an hour. Survivors describe the blast as 'a wall of glass'. Our full report is up.",
   "A reminder that behind every casualty figure is a family waiting at a morgue door. Today I sat with one of them.",
   "Back at base. Filing, sleeping, then the southern road tomorrow if it's open."])

K("en", "mastodon", "dr_amara_er", "Dr Amara Lindqvist", "emergency physician • night shifts • harm reduction • views mine", 6400,
  ["hard_negative:death_injury:medical_professional", "hard_negative:drugs_alcohol:medical_professional"],
  "An ER doctor describing trauma, overdoses and gunshot wounds clinically, to educate; medical context.",
  {"death_injury": "low", "drugs_alcohol": "low"},
  ["Three GSWs and a fentanyl overdose before 2am. The overdose lived because his friend carried naloxone. Carry naloxone.",
   "A motorcycle crash teaches you how fragile a femoral artery is. Wear the gear. Every time.",
   "People ask what a stab wound to the chest looks like in real life. Mostly it looks like a very quiet, very scared person. Then we work fast.",
   "Night shift survival kit: coffee, compression socks, a colleague who makes you laugh."])

K("en", "youtube", "pharmacist.paul.explains", "Pharmacist Paul", "community pharmacist • meds explained plainly", 132000,
  ["hard_negative:drugs_alcohol:pharmacist", "hard_negative:drugs_alcohol:obfuscated_looking_terms"],
  "A pharmacist explaining opioids, benzodiazepines and overdose risk, street names included, to inform patients.",
  {"drugs_alcohol": "low"},
  [{"title": "Why 'pressed pills' are killing people: a pharmacist explains", "text": "Counterfeit 'M30s' and 'bars' often contain fentanyl. I explain what that means, why test strips matter, and how naloxone works."},
   {"title": "Mixing Xanax and alcohol: what actually happens in your body", "text": "Benzodiazepines plus alcohol slow your breathing. Here's the pharmacology and what to do if a friend won't wake up."},
   {"title": "Can I drink on antibiotics? The honest answer", "text": "Most of the time yes, a few of them absolutely not. The list is in the description."}])

K("en", "web", "defending-the-accused", "Defending the Accused", "a criminal defence attorney on cases, courts and rights", 0,
  ["hard_negative:crime:lawyer", "hard_negative:spam:lawyer"],
  "A defence lawyer's blog explaining SIM-swap, carding and wire-fraud cases and how courts treat them.",
  {"crime": "low", "spam": "low"},
  [{"title": "SIM-swap cases: what prosecutors must prove", "text": "My client was charged with aiding a SIM swap that drained a crypto wallet. Here is how insider-assisted porting works, why the carrier records matter, and what the jury heard."},
   {"title": "Carding and 'fullz': why possession alone can be a felony", "text": "Many young defendants don't realise that buying a list of stolen card data is a crime before a single purchase. A plain-language guide."},
   {"title": "Your rights if police want your phone", "text": "Short answer: ask for a lawyer, say nothing, consent to nothing."}])

K("en", "bluesky", "prof-ruth-adler.bsky.social", "Ruth Adler", "historian of 20th-c. Europe • propaganda, fascism, memory", 19000,
  ["hard_negative:hate:historian", "hard_negative:terrorism:historian", "history"],
  "A historian quoting Nazi propaganda and slurs in order to analyse them; education, not endorsement.",
  {"hate": "low", "terrorism": "low", "death_injury": "low"},
  ["Today in seminar: how 'Der Stürmer' used the image of the parasite to dehumanise Jews. The metaphor did the work before the laws did.",
   "The '88' code in contemporary far-right spaces is a direct line to this material. Recognising it is half of countering it.",
   "Reading survivor testimony from the Łódź ghetto. Some days this job is very heavy.",
   "My new book on propaganda posters is out in March. Pre-order link in bio."])

K("en", "mastodon", "kieran_moss_cx", "Kieran Moss", "researcher, online extremism & radicalisation • quotes ≠ endorsement", 5200,
  ["hard_negative:terrorism:counter_extremism_research", "hard_negative:hate:counter_extremism_research", "hard_negative:ineligible:counter_extremism_research"],
  "A counter-extremism researcher quoting accelerationist slogans and 'saint' memes to explain how recruitment works.",
  {"terrorism": "low", "hate": "low"},
  ["Thread on how 'saints' fan-edits turn mass shooters into icons, and why platform moderation keeps missing them. (quotes below are from the material, not mine)",
   "Accelerationist channels now tell followers to 'hit substations'. We documented 40 posts with that exact phrasing in one week. Report attached.",
   "The recruitment pitch is rarely ideology first. It's belonging: 'brothers', 'duty', 'finally someone sees you'.",
   "Presenting at the prevention conference in Leeds on Thursday."],
  uk=True)

K("en", "instagram", "checkthefacts.with.mo", "Mo | fact-checker", "I check viral claims so you don't have to ✔️", 47000,
  ["hard_negative:misinformation:fact_checker", "fact_checking"],
  "A fact-checker quoting viral vaccine, chemtrail and miracle-cure claims in order to debunk them with sources.",
  {"misinformation": "low"},
  ["CLAIM: 'mRNA vaccines change your DNA.' FALSE. mRNA never enters the cell nucleus where DNA lives. Sources in slide 3 ✔️",
   "CLAIM: 'those lines in the sky are chemtrails.' They're contrails: water vapour freezing behind jet engines. Here's why they spread on humid days.",
   "CLAIM: 'baking soda cures cancer.' No. This claim has hurt real patients. Please don't stop treatment over a video.",
   "Send me claims you want checked, I read every DM."])

K("en", "youtube", "hunters.ed.with.walt", "Hunter Ed with Walt", "certified hunter education instructor • safety first", 86000,
  ["hard_negative:arms:hunting_instructor", "hard_negative:death_injury:hunting"],
  "A hunting instructor teaching firearm safety, shot placement and ethical field dressing.",
  {"arms": "low", "death_injury": "low"},
  [{"title": "Shot placement for whitetail: a clean, ethical kill", "text": "Where the vitals are, why you never take a gut shot, and when to pass on a shot. Respect the animal."},
   {"title": "Field dressing a deer, step by step (some blood)", "text": "Gloves on, knife sharp. This is how we honour the harvest and keep the meat clean."},
   {"title": "Four rules of gun safety every new hunter must know", "text": "Treat every gun as loaded. Muzzle discipline. Finger off the trigger. Know your target and beyond."}])

K("en", "web", "darkweb-notes-from-the-soc", "Notes from the SOC", "threat intel, phishing kits and fraud markets, analysed", 0,
  ["hard_negative:spam:security_research", "hard_negative:crime:security_research"],
  "A security researcher analysing phishing kits, carding shops and task scams to help defenders.",
  {"spam": "low", "crime": "low"},
  [{"title": "Inside a 'task scam' Telegram funnel", "text": "We followed a 'get paid to like videos' offer for three weeks. Victims are asked to 'recharge' to unlock tasks; the wallet addresses repeat across 60 groups. IOCs below."},
   {"title": "Anatomy of a carding shop's 'fresh drop'", "text": "How fullz and BIN lists are priced, why 'vouches' are faked, and the signals your fraud team should watch."},
   {"title": "Fake appeals pages targeting creators", "text": "A new phishing kit impersonates platform support and asks for 2FA codes. Here's how to spot it."}])

K("en", "tiktok", "clara.shoots.steel", "Clara 🎯 IPSC", "sport shooter • range officer • national team hopeful", 41000,
  ["hard_negative:arms:sport_shooting"],
  "A sport shooter filming competition stages, range safety and gear, all legal and regulated.",
  {"arms": "low"},
  ["Stage 4 at nationals: 24 rounds, 6 targets, 14.2 seconds. Still mad about that Charlie hit 😤",
   "Range officer tip: 180-degree rule. Muzzle always downrange, no exceptions.",
   "Gun bag packing for the weekend match 🎯 eye pro, ear pro, snacks",
   "Dry fire every evening, 15 minutes. Boring? Yes. Works? Also yes."])

K("en", "youtube", "the.detectives.desk", "The Detective's Desk", "retired homicide detective • cases, carefully", 220000,
  ["hard_negative:death_injury:true_crime_respectful", "hard_negative:crime:true_crime_respectful"],
  "A retired detective explaining investigations with respect for victims, avoiding gore; procedure and evidence.",
  {"crime": "low", "death_injury": "low"},
  [{"title": "How we solved the Harrow Lane case (and what I'd do differently)", "text": "I won't go into the injuries; the family asked me not to, and they're not the point. This is about the phone records and one neighbour who remembered a car."},
   {"title": "Why most murders are solved in 48 hours", "text": "Witnesses, CCTV and the people closest to the victim. A walk through the first two days of an investigation."}])

K("en", "bluesky", "lakeshore-courier-crime.bsky.social", "Lakeshore Courier — Courts & Crime", "local news desk", 12000,
  ["hard_negative:drugs_alcohol:news_mention", "hard_negative:crime:news_mention", "news"],
  "A local newspaper's crime desk reporting drug busts, shootings and court verdicts as news.",
  {"crime": "low", "drugs_alcohol": "low", "death_injury": "low"},
  ["Police seized 3 kg of suspected fentanyl and two handguns in a raid on Elm Street, officials said. Two men were charged.",
   "Jury finds Dorsey guilty in the 2024 shooting outside the Rialto; sentencing set for January.",
   "Council votes 6-3 to fund a second overdose prevention van.",
   "Road closures this weekend for the harbour marathon."])

K("en", "instagram", "inkbyjuno", "Juno 🖋️ tattoo", "fine line & blackwork • books open", 23000,
  ["hard_negative:terrorism:everyday_words", "hard_negative:arms:everyday_words", "hard_negative:death_injury:everyday_words"],
  "A tattoo artist whose captions use 'killing it', 'bomb', 'shot' and 'bleeding' in their everyday senses.",
  {},
  ["This client absolutely KILLED it, 6 hours and didn't flinch once 🖤",
   "Flash day was the bomb 💣 thank you all for coming",
   "Healed shot of last month's dagger piece, zero blowout 🗡️",
   "Yes it bleeds a little, that's normal, aftercare sheet in highlights"])

K("en", "tiktok", "mixing.with.marisol", "Marisol 🍸", "bartender • cocktail recipes • 21+", 76000,
  ["hard_negative:drugs_alcohol:adult_cocktails"],
  "A bartender sharing cocktail recipes and technique for adults; responsible, no binge glamour.",
  {"drugs_alcohol": "low"},
  ["Perfect margarita: 2 oz tequila, 1 oz fresh lime, 3/4 oz Cointreau. Shake hard, salt half the rim 🍋",
   "Shots vs sips: why a good mezcal deserves a sip, not a slam",
   "Mocktail Monday: spicy pineapple no-garita, zero proof, full flavour",
   "Drink water between rounds, tip your bartender, get home safe 🚕"])

K("en", "mastodon", "lyric_sheet_ally", "Ally Reyes", "music critic • rap, drill, grime • sometimes academic", 3400,
  ["hard_negative:crime:lyrics_quoted", "hard_negative:profanity:lyrics_quoted", "criticism"],
  "A music critic quoting violent drill lyrics to analyse them; criticism, not endorsement.",
  {"crime": "low", "profanity": "low"},
  ["Reviewing the new drill tape. 'Caught an opp lackin', spin the block twice' — the genre's violence is narrated like sports commentary. Worth unpacking why.",
   "Courts using drill lyrics as evidence is a real problem. My essay on it is out in the quarterly.",
   "Grime in 2026 sounds angrier and funnier than drill. Discuss.",
   "Best record of the month is a quiet folk album, sorry rap heads"],
  uk=True)

K("en", "web", "ink-and-ashes-fiction", "Ink & Ashes", "crime fiction by M. Calloway", 0,
  ["hard_negative:death_injury:fiction", "fiction"],
  "A crime novelist posting excerpts with murders and bodies; literary fiction, not real violence or gore for shock.",
  {"death_injury": "low", "crime": "low"},
  [{"title": "Excerpt: Chapter 3, The Quarry", "text": "The body lay face-down in the shallows, and Inspector Reyes knew before she turned him over that this was no accident. The rope marks told her that much."},
   {"title": "On writing violence without glamour", "text": "My rule: the reader should feel the loss, not the thrill. Notes from my workshop at the book festival."}])

K("en", "youtube", "ranger.thandi.diaries", "Ranger Thandi", "anti-poaching ranger • wildlife • conservation", 54000,
  ["hard_negative:crime:anti_poaching", "hard_negative:death_injury:conservation"],
  "An anti-poaching ranger describing snares, poached rhinos and arrests to raise awareness.",
  {"crime": "low", "death_injury": "low"},
  [{"title": "We found 40 snares in one morning", "text": "Wire snares kill indiscriminately. This is what a patrol looks like and why community rangers matter."},
   {"title": "The rhino we couldn't save", "text": "Poachers took the horn. I'm showing you the aftermath carefully because people need to know what the ivory and horn trade costs."}])

K("en", "instagram", "harm.reduction.hal", "Hal | outreach", "harm reduction worker • naloxone trainer", 8700,
  ["hard_negative:drugs_alcohol:harm_reduction"],
  "A harm-reduction outreach worker explaining test strips and overdose response; public health, not promotion.",
  {"drugs_alcohol": "low"},
  ["Fentanyl test strips are free at the Main St van on Tuesdays. Test everything. Don't use alone.",
   "Naloxone training this Saturday, 30 minutes, could save a life",
   "If someone is using 'blues', assume fentanyl. Here's the overdose signs to watch for",
   "Outreach shift done. Four kits handed out, one life saved last night. Good week."])

K("en", "bluesky", "county-clerk-jo.bsky.social", "Jo Whitfield", "county election director • how voting actually works", 6100,
  ["hard_negative:misinformation:election_official"],
  "An election official explaining counting, audits and why late-night totals change, addressing fraud rumours with facts.",
  {"misinformation": "low"},
  ["Why do totals 'jump' at night? Because big batches of mail ballots finish scanning at once. It happens every election. Here's our timeline.",
   "Our post-election audit hand-counted 5% of ballots. Machine and hand count matched within 2 votes.",
   "Dead voters on the rolls? We remove them monthly from health department data. Here's how.",
   "Poll worker training sessions are open. We need you!"])

K("en", "tiktok", "dr.kemi.climate", "Dr Kemi | climate", "atmospheric scientist • myths vs data 🌍", 92000,
  ["hard_negative:misinformation:scientist_debunking"],
  "A climate scientist quoting denial talking points ('CO2 is plant food', 'it stopped in 1998') to refute them.",
  {"misinformation": "low"},
  ["'Warming stopped in 1998.' No — 1998 was a huge El Niño year. Every decade since has been warmer. Graph in video 🌍",
   "'CO2 is plant food.' Sure, and water is good for you, but not a flood. Here's what more CO2 does to crops",
   "'Chemtrails change the weather.' They're contrails. I fly through them for research",
   "Field season starts next week, bringing you along ❄️"])

K("en", "youtube", "golden.age.of.piracy", "Golden Age of Piracy", "history of pirates, privateers and the sea ⚓", 64000,
  ["hard_negative:piracy:everyday_words", "history"],
  "A history channel about 18th-century sea pirates; 'piracy', 'plunder' and 'loot' in the historical sense.",
  {"death_injury": "low"},
  [{"title": "Blackbeard's Last Fight: the True Story", "text": "How the most feared pirate of the Caribbean died in 1718, from the Navy's own logbooks."},
   {"title": "How pirates actually split their plunder", "text": "Pirate articles were surprisingly democratic. Shares, compensation for injuries, and the captain's vote."}])

K("en", "instagram", "nukez.plays", "Nukez 🎮", "FPS streamer • live 8pm ET", 34000,
  ["hard_negative:arms:gaming_slang", "hard_negative:terrorism:gaming_slang"],
  "An FPS streamer whose captions say 'nuked the lobby', 'headshot', 'sniper' about video games.",
  {},
  ["NUKED the lobby tonight 💥 30 kill game, clip in reels",
   "that headshot from across the map?? aim is cracked",
   "sniper-only challenge went about as well as you'd think 😂",
   "new setup tour tomorrow, finally got the 240hz monitor"])

K("en", "web", "state-laws-explained", "State Laws Explained", "neutral explainers on changing laws", 0,
  ["hard_negative:sensitive_issues:information_not_advocacy"],
  "Neutral explainers of abortion, gun and immigration laws state by state; information, no advocacy.",
  {"sensitive_issues": "low"},
  [{"title": "Abortion laws by state: what changed in 2026", "text": "A neutral summary of gestational limits, exceptions and pending court cases in each state, with links to the statutes."},
   {"title": "Concealed carry reciprocity, explained", "text": "Which states recognise which permits, and what the pending federal bill would change."}])

# ------------------------------------------------------------ Spanish
K("es", "instagram", "lucia.sucesos", "Lucía Prieto", "periodista de sucesos y tribunales 📰", 18000,
  ["hard_negative:crime:crime_reporter", "hard_negative:death_injury:crime_reporter", "journalism"],
  "A crime and courts reporter covering murders, drug seizures and trials as news, without gore.",
  {"crime": "low", "death_injury": "low", "drugs_alcohol": "low"},
  ["La Guardia Civil intervino 2 toneladas de hachís en una narcolancha en Barbate. Tres detenidos. Crónica completa en el enlace",
   "Juicio por el crimen de Usera: la acusación pide 25 años. Os cuento lo que se dijo hoy en la sala",
   "Recordad: detrás de cada suceso hay familias. Informar sin morbo",
   "Café y a la Audiencia Provincial, semana larga"])

K("es", "tiktok", "dra.urgencias.marta", "Dra. Marta 🩺", "médica de urgencias • divulgación", 134000,
  ["hard_negative:death_injury:medical_professional"],
  "An ER doctor explaining accidents, wounds and intoxications to educate; no shock content.",
  {"death_injury": "low", "drugs_alcohol": "low"},
  ["Hoy en urgencias: tres accidentes de patinete. El casco salva cráneos, os lo prometo 🛴",
   "¿Qué pasa en tu cuerpo con un coma etílico? Os lo explico sin dramas",
   "Una herida por arma blanca no siempre sangra mucho por fuera, y eso es lo peligroso",
   "Guardia de 24h terminada, a dormir 😴"])

K("es", "youtube", "abogada.penalista.irene", "Irene | Abogada penalista", "Derecho penal explicado fácil ⚖️", 76000,
  ["hard_negative:spam:lawyer", "hard_negative:crime:lawyer"],
  "A criminal lawyer explaining scams (Bizum fraud, fake investments, loan sharks) and victims' rights.",
  {"crime": "low", "spam": "low"},
  [{"title": "Me han estafado con un 'chollo' de inversión: ¿qué hago?", "text": "Si te prometieron rentabilidad garantizada, es estafa casi seguro. Te explico cómo denunciar y si puedes recuperar el dinero."},
   {"title": "Préstamos 'gota a gota': qué dice la ley", "text": "Intereses abusivos, amenazas y cobradores. Es delito y puedes denunciar aunque no tengas papeles."}])

K("es", "web", "desmontando-bulos", "Desmontando Bulos", "verificación de datos independiente", 0,
  ["hard_negative:misinformation:fact_checker", "fact_checking"],
  "A Spanish fact-checking site quoting hoaxes about graphene in vaccines and lemon-cures in order to debunk them.",
  {"misinformation": "low"},
  [{"title": "No, las vacunas no llevan grafeno ni te hacen magnético", "text": "El bulo circula desde 2021. Explicamos por qué un imán 'pegado' al brazo no prueba nada y qué dicen los análisis."},
   {"title": "El limón con bicarbonato no cura el cáncer", "text": "Un mensaje viral asegura que es '10.000 veces más fuerte que la quimio'. Es falso y peligroso: hablamos con dos oncólogas."}])

K("es", "bluesky", "historiadora-elena-ruiz.bsky.social", "Elena Ruiz", "historiadora • guerra civil y memoria democrática", 9400,
  ["hard_negative:death_injury:historian", "hard_negative:terrorism:historian", "history"],
  "A historian describing Civil War massacres, executions and ETA's attacks for memory and education.",
  {"death_injury": "low", "terrorism": "low"},
  ["En la fosa de Aguilar se han identificado 31 cuerpos con disparos en la nuca. La memoria también es ciencia forense",
   "Hablar de los atentados de ETA con las víctimas delante: mi clase de hoy en la facultad",
   "Los bombardeos de Guernica en fuentes primarias: hilo 🧵",
   "Presento el libro en Bilbao el jueves, os espero"])

K("es", "instagram", "pulpo.y.brasas", "Chef Tomás", "cocina gallega y brasas 🔥", 29000,
  ["hard_negative:death_injury:everyday_words", "hard_negative:terrorism:everyday_words"],
  "A chef who 'kills' octopus, makes 'bomba' croquettes and serves 'chupitos' of orujo; everyday kitchen words.",
  {"drugs_alcohol": "low"},
  ["Hay que 'asustar' el pulpo tres veces antes de cocerlo, así queda tierno 🐙",
   "Bombas de la Barceloneta, receta completa en el post 💣 están de muerte",
   "Para matar el gusanillo: chupito de orujo de hierbas al final de la comida",
   "Cuchillo bien afilado para despiezar el cordero, el secreto del asado"])

K("es", "tiktok", "profe.vero.eso", "Profe Vero", "orientadora de secundaria • familias y adolescentes", 51000,
  ["hard_negative:crime:prevention_education"],
  "A school counsellor warning families about grooming, sextortion and online scams targeting teenagers.",
  {"crime": "low", "spam": "low"},
  ["Señales de grooming que los padres no ven: regalos en juegos online, secretos, perfiles 'de su edad' 🚩",
   "Sextorsión: si le piden dinero a tu hijo por unas fotos, NO paguéis y denunciad",
   "Las 'ofertas de trabajo' de dar likes son estafas, contádselo a vuestros hijos",
   "Hoy taller en un instituto de Getafe, chavales geniales"])

K("es", "youtube", "extranjeria.clara", "Extranjería Clara", "trámites de extranjería explicados", 88000,
  ["hard_negative:sensitive_issues:information_not_advocacy"],
  "Explains immigration paperwork and regularisation rules neutrally; information, not advocacy.",
  {"sensitive_issues": "low"},
  [{"title": "Arraigo social 2026: requisitos paso a paso", "text": "Qué documentos necesitas, cuánto tarda y errores frecuentes. Sin opiniones, solo el procedimiento."},
   {"title": "Reagrupación familiar: ¿quién puede pedirla?", "text": "Explicación de la ley vigente con ejemplos."}])

K("es", "mastodon", "pablo_ciberseg", "Pablo Ortega", "analista de ciberseguridad • phishing, fraude, OSINT", 3100,
  ["hard_negative:spam:security_research"],
  "A security analyst dissecting phishing SMS and fake-voucher campaigns to warn users.",
  {"spam": "low", "crime": "low"},
  ["Nueva campaña de smishing suplantando a Correos: 'paga 1,99€ de aduana'. Dominios en el hilo para bloquear",
   "Los 'cupones de 500€ del súper' piden tu tarjeta. Analizo el formulario: se envía a un bot de Telegram",
   "Si recibís algo así, reportad y borrad. No hay premio",
   "Charla mañana en la uni sobre OSINT"],
  region="eu")

K("es", "instagram", "guarda.forestal.nuria", "Nuria | agente forestal", "vigilando el monte 🌲", 14000,
  ["hard_negative:crime:anti_poaching", "hard_negative:arms:wildlife_officer"],
  "A forest ranger reporting seized snares, illegal bird traps and poachers' rifles as enforcement news.",
  {"crime": "low", "arms": "low"},
  ["Hoy retiramos 25 lazos de acero en la sierra. El furtivismo sigue ahí, denunciad si veis algo 🌲",
   "Incautadas redes para fringílidos y 40 jilgueros liberados. Capturar aves silvestres es delito",
   "Rifle sin licencia y un corzo abatido fuera de temporada. Expediente abierto",
   "Amanecer en el monte, lo mejor del trabajo"])

K("es", "tiktok", "coach.boxeo.rafa", "Rafa | boxeo", "entrenador de boxeo amateur 🥊", 37000,
  ["hard_negative:death_injury:combat_sport"],
  "A boxing coach talking about knockouts, 'matar' the body and sparring, in regulated sport with safety.",
  {"death_injury": "low"},
  ["Cómo conectar el gancho al hígado: el golpe que 'noquea' sin tocar la cara 🥊",
   "Sparring con casco y protector SIEMPRE. El que no, fuera del gimnasio",
   "Mis chavales ganaron 3 de 4 combates en el torneo regional",
   "Trabajo de pies, aburrido pero te salva la vida en el ring"])

K("es", "youtube", "criticas.de.terror", "Críticas de Terror", "cine de terror y efectos especiales 🎬", 41000,
  ["hard_negative:death_injury:fiction_sfx", "hard_negative:ineligible:fiction_sfx", "fiction"],
  "Horror-film reviews discussing gore effects and splatter scenes as filmmaking craft.",
  {"death_injury": "low"},
  [{"title": "El gore práctico de 'La Matanza del Páramo': así lo hicieron", "text": "Látex, sangre de jarabe y una cabeza de silicona. Entrevista con la maquilladora de efectos."},
   {"title": "Top 10 escenas más sangrientas del cine español", "text": "Ranking con spoilers. Todo es ficción, tranquilos, aquí nadie sale herido."}])

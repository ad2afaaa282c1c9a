"""Hate and profanity positives."""
from model import K

# ---------------------------------------------------------------- hate
K("en", "bluesky", "just-noticing-things.bsky.social", "Noticer", "asking the questions they don't want asked", 1600,
  ["positive:hate:coded_antisemitism", "positive:hate:dog_whistle"],
  "Echo brackets, 'who controls' insinuations and 'globalist bankers' posts aimed at Jews; coded but repeated and vilifying.",
  {"hate": "high", "misinformation": "medium"},
  ["funny how every time you look at who owns the banks, the studios and the newsrooms it's the same (((people))). just noticing",
   "'globalist' isn't a slur, it's a job description 🤷 they know who they are",
   "ask yourself who benefits from open borders. then look at the names. then ask why you're not allowed to say it",
   "every war, every crash, same small tribe cashing out. but sure, I'm the problem"])

K("en", "tiktok", "do.the.math.bro", "stats don't lie", "🔢 13/50 🔢 facts > feelings", 22000,
  ["positive:hate:dog_whistle", "positive:hate:dehumanising"],
  "Racist number memes ('13/50', 'do the math') and clips calling Black neighbourhoods 'zoos'; coded hate aimed at a race.",
  {"hate": "floor"},
  ["13 do 50 🐒 you already know. do the math, it's not racist it's arithmetic",
   "drove through the zoo part of town today, kept the windows up lol 🦍",
   "'diversity is our strength' — then why do they all live behind gates 🤔",
   "comment section about to get 'fact checked' by people who can't count"])

K("en", "instagram", "patriot.mom.of.3", "Sheila 🇺🇸✝️", "wife • mama • tired of pretending", 9100,
  ["positive:hate:dehumanising_metaphor"],
  "Calls migrants 'rats', 'an infestation' and 'vermin pouring in', describing the country as a sewer that needs 'extermination'.",
  {"hate": "floor", "sensitive_issues": "medium"},
  ["The rats are crossing again and we're supposed to leave the door open? Our town is a sewer now 🤮",
   "you don't negotiate with an infestation. you call an exterminator. vote accordingly",
   "another 'family' of them moved in next door. 11 people, one house, smells like garbage already",
   "my kids deserve a country, not a dumping ground for the third world's vermin"])

K("en", "web", "thedemographicfront", "The Demographic Front", "essays on the survival of our people", 0,
  ["positive:hate:great_replacement"],
  "Blog essays on the 'Great Replacement' calling a religious minority invaders and urging 'remigration by whatever means'.",
  {"hate": "floor", "sensitive_issues": "high", "misinformation": "high"},
  [{"title": "They are not immigrants. They are colonists.", "text": "Every maternity ward tells the story. Our people are being replaced on purpose, and the invaders know it. Remigration is not a slogan, it is survival, by whatever means history demands."},
   {"title": "Why integration has always been a lie", "text": "Their faith is a political army. A mosque is a barracks. You cannot integrate a people whose holy book commands them to conquer you."},
   {"title": "Birthrates are a battlefield", "text": "Count the strollers in your city centre. The war is demographic and we are losing it."}])

K("en", "mastodon", "gendercrit_gary", "Gary (he/him, obviously)", "biology isn't bigotry. protect kids.", 780,
  ["positive:hate:obfuscated_slur", "positive:hate:transphobia"],
  "Repeated obfuscated slurs for trans people and 'groomer' accusations aimed at trans women as a group.",
  {"hate": "floor", "sensitive_issues": "medium"},
  ["another tr@nny in the women's changing room at the leisure centre. every single one of them is a groomer, no exceptions",
   "t r 4 n n i e s want your kids. say it louder for the ones at the back",
   "a man in a dress is a mentally ill pervert, not a woman. mute me, I don't care",
   "the alphabet mafia got my last account suspended lol. back and meaner"],
  uk=True)

K("en", "youtube", "unfiltered.dale.comedy", "Dale Unfiltered", "comedy that doesn't apologise", 140000,
  ["positive:hate:slur_as_comedy", "hard_negative:ineligible:high_not_floor"],
  "Stand-up clips built on the r-slur and mimicking disabled people, mocking a group for who they are.",
  {"hate": "high", "profanity": "medium"},
  [{"title": "Special Olympics Bit (CROWD LOST IT)", "text": "Full set from Tuesday. The r*tard impression at 3:10 got me banned from two clubs, enjoy 😂"},
   {"title": "Why I won't stop saying the R word", "text": "Forty minutes of me doing voices of 'those kids' on the short bus. If you're offended, good. This is comedy."},
   {"title": "Wheelchair people are the worst drivers (crowd work)", "text": "Fucking hell this crowd was tight. Guy in the front row had a cousin who's 'differently abled' lmao"}])

K("es", "instagram", "espana.despierta.ya", "España Despierta 🇪🇸", "sin complejos", 12000,
  ["positive:hate:dehumanising_metaphor"],
  "Calls unaccompanied migrant minors a 'plague' and 'cockroaches' and says they must be 'fumigated'.",
  {"hate": "floor", "sensitive_issues": "medium"},
  ["Otra pelea de menas en el parque. Son una plaga, igual que las cucarachas: donde hay una hay cien 🪳",
   "Esto no se arregla con educadores, se arregla fumigando. Ya me entendéis",
   "Mi barrio era de gente trabajadora, ahora es un criadero de delincuentes importados",
   "Ni un euro más para esta escoria. Fuera todos"])

K("es", "tiktok", "el.nene.sin.filtro", "Nene sin filtro", "digo lo que todos piensan 🔥", 35000,
  ["positive:hate:obfuscated_slur", "positive:hate:targeted"],
  "Films a gay couple in the street and captions them with obfuscated homophobic slurs, urging followers to 'correct' them.",
  {"hate": "floor", "crime": "medium"},
  ["Mirad a estos dos m4r1c0n3s dándose la mano delante de niños 🤢 en mi barrio no",
   "si los veis por Vallecas ya sabéis qué hacer 👊 que aprendan",
   "no es odio, es que me dan asco. m.a.r.i.c.o.n.e.s fuera de la vista",
   "me han borrado 3 vídeos por 'discurso de odio' jajaja pues aquí sigo"])

K("es", "youtube", "verdades.incomodas.tv", "Verdades Incómodas TV", "Lo que los medios callan", 67000,
  ["positive:hate:ethnic_vilification"],
  "Videos portraying Roma as born thieves and 'parasites' of the welfare state; vilification of an ethnic group.",
  {"hate": "floor", "misinformation": "medium"},
  [{"title": "GITANOS: por qué NUNCA se integrarán (datos que no te enseñan)", "text": "Llevan siglos viviendo del trabajo ajeno. Son parásitos del sistema y lo saben. Vídeo completo con 'estadísticas' que la tele oculta."},
   {"title": "Mi pueblo invadido por clanes: lo que nadie se atreve a decir", "text": "Roban, amenazan y cobran paguitas. Es su cultura, no tiene arreglo."}])

K("de", "instagram", "heimat.first.sachsen", "Heimat First", "Remigration statt Resignation 🇩🇪", 8800,
  ["positive:hate:coded_racism", "positive:sensitive_issues:remigration"],
  "Ironic coded racism ('Messermänner', 'Kulturbereicherer', 'Fachkräfte' in scare quotes) and calls for mass deportation of citizens of foreign origin.",
  {"hate": "high", "sensitive_issues": "high"},
  ["Wieder ein 'Einzelfall' mit Messer. Die Fachkräfte leisten ganze Arbeit 🔪🙄",
   "Remigration heißt: alle, die nicht hierher gehören. Auch mit Pass. Pass ist nur Papier",
   "Danke an unsere Kulturbereicherer für den schönen Abend am Bahnhof 😡",
   "Wer jetzt noch 'bunt statt braun' sagt, hat bald keine Heimat mehr"])

K("de", "bluesky", "nordlicht-88.bsky.social", "Nordlicht", "HH • Treue • Ehre", 640,
  ["positive:hate:nazi_codes", "positive:ineligible:nazi_glorification"],
  "Nazi number codes (88, HH, 1488), Volkstod rhetoric and praise of the Reich aimed at Jews and migrants.",
  {"hate": "floor", "terrorism": "medium"},
  ["88 an alle Kameraden. Der Tag wird kommen.",
   "14 Worte. Wer sie kennt, weiß Bescheid. Volkstod stoppen 🖤🤍❤️",
   "Großvater hatte recht. Die Juden und ihre Hilfsvölker haben uns das eingebrockt",
   "1488 – für Volk und Heimat"])

K("de", "tiktok", "ehrlich.gesagt.ronny", "Ronny ehrlich", "sag was ich denk", 17000,
  ["positive:hate:slur", "positive:hate:dehumanising_metaphor"],
  "Uses the Z-slur for Sinti and Roma, calls them 'Ungeziefer' and urges neighbours to drive a family out.",
  {"hate": "floor", "crime": "medium"},
  ["Die Zigeuner-Sippe von gegenüber klaut wieder Fahrräder. Ungeziefer bleibt Ungeziefer",
   "Wir haben eine Unterschriftenliste, die müssen weg aus unserem Dorf. Notfalls helfen wir nach",
   "Z*geuner ist kein Schimpfwort, das ist eine Beschreibung 😂",
   "Die Stadt schickt Sozialarbeiter. Ich hätte eine andere Lösung"])

K("fr", "instagram", "francais_de_souche_75", "Souchien fier", "🇫🇷 la France aux Français", 6700,
  ["positive:hate:coded_racism", "positive:hate:great_replacement"],
  "Ironic 'chances pour la France', 'grand remplacement' and 'racaille importée' posts vilifying North African and Black French people.",
  {"hate": "high", "sensitive_issues": "medium"},
  ["Encore une 'chance pour la France' qui a brûlé une voiture 🙃 merci la diversité",
   "Le grand remplacement n'est pas une théorie, c'est une sortie d'école à Saint-Denis",
   "Racaille importée, délinquance importée, problèmes importés. Solution: exportation",
   "Ils ne seront jamais français, même avec dix passeports"])

K("fr", "tiktok", "le.vrai.kevin.r", "Kévin R.", "humour noir 🖤", 24000,
  ["positive:hate:obfuscated_slur", "positive:ineligible:slur"],
  "Obfuscated anti-Arab slurs spelled with dots and digits, aimed at a named group of teenagers filmed in a tram.",
  {"hate": "floor"},
  ["Regardez ces b.o.u.g.n.0.u.l.e.s dans le tram qui foutent le bordel 🤮",
   "bic0t c'est pas une insulte c'est une description 😂",
   "si vous êtes de Lyon vous les reconnaissez, partagez qu'ils sachent qu'on les voit",
   "TikTok m'a mis un strike, je reviens toujours"])

K("fr", "mastodon", "questionneur_libre", "Libre penseur", "je pose juste des questions", 950,
  ["positive:hate:coded_antisemitism", "positive:hate:just_asking"],
  "'Qui ?' meme posts insinuating Jews control media and governments, framed as questions.",
  {"hate": "high", "misinformation": "medium"},
  ["Qui possède les médias ? Qui finance les deux camps ? Qui ? Posez-vous la question.",
   "Bizarre comme ceux qui crient à l'antisémitisme sont toujours les mêmes noms dans les conseils d'administration",
   "On n'a pas le droit de dire 'qui' en France. Ça devrait vous mettre la puce à l'oreille",
   "Les banquiers apatrides ont toujours une patrie de cœur 😉"])

K("it", "instagram", "prima.gli.italiani.veri", "Italiani veri 🇮🇹", "no ius soli • no invasione", 11000,
  ["positive:hate:dehumanising_metaphor"],
  "Calls Roma 'rats' and migrants 'boldrini's resources' who should be 'put back on the boats', with a burning-camp celebration.",
  {"hate": "floor", "sensitive_issues": "medium"},
  ["Un altro campo rom andato a fuoco. Peccato fossero già scappati i topi 🐀🔥",
   "Le 'risorse' arrivate a Lampedusa oggi: 600. Rimettiamoli sui barconi, direzione opposta",
   "Zingari e clandestini: stessa feccia, stessa soluzione",
   "Se ti dà fastidio quello che scrivo, vai a vivere con loro"])

K("it", "youtube", "alpha.mindset.marco", "Alpha Mindset", "Uomini che si riprendono il potere 👑", 52000,
  ["positive:hate:misogyny"],
  "Manosphere videos calling women 'animals' to be 'tamed', women's rights a mistake; vilifies women as a group.",
  {"hate": "high", "sensitive_issues": "medium"},
  [{"title": "Le donne sono animali: come addestrarle (non è uno scherzo)", "text": "La donna moderna è un animale da domare. Chi dice il contrario è un beta. Oggi vi spiego le 5 regole per tenerla al suo posto."},
   {"title": "Il voto alle donne è stato un errore storico", "text": "Da quando votano, la società è crollata. Non è misoginia, è storia."}])

K("pt", "instagram", "sulista.de.verdade", "Sul de Verdade", "o Sul é o meu país 🟩🟥🟨", 5300,
  ["positive:hate:regional_xenophobia"],
  "Calls people from Brazil's Northeast a 'plague' of 'paraíbas' who should 'go back to the drought'; vilification by origin.",
  {"hate": "floor", "sensitive_issues": "medium"},
  ["Mais um ônibus de paraíba chegando na rodoviária. Praga que não acaba 🤢",
   "Voltem pra seca, lá é o lugar de vocês. Aqui é terra de gente que trabalha",
   "Nordestino vota errado e a gente paga a conta. Separação já",
   "Não é preconceito, é estatística 😂"])

K("pt", "tiktok", "rei.do.deboche", "Rei do Deboche", "zoeira sem limites 🤡", 41000,
  ["positive:hate:obfuscated_slur", "positive:hate:targeted"],
  "Obfuscated homophobic slurs aimed at a named local teacher and at gay people, urging followers to spam his profile.",
  {"hate": "floor", "crime": "medium"},
  ["O professor de artes é v1@d0 assumido e ainda dá aula pra criança 🤮 vamos lotar o perfil dele",
   "b.1.c.h.4 tem que apanhar pra virar homem, meu avô dizia",
   "me denunciaram de novo kkkkkk o bonde do deboche não para",
   "se você é desses nem me segue"])

K("en", "youtube", "neighborhood.truths", "Neighborhood Truths", "real talk about real places", 33000,
  ["positive:hate:stereotyping"],
  "Commentary that blames neighbourhood decline on 'those people' by ethnicity, with sweeping stereotypes but no slurs or calls to act.",
  {"hate": "medium", "sensitive_issues": "medium"},
  [{"title": "I'm not racist but... why some neighborhoods never improve", "text": "Let's be honest about culture. Some groups just don't value education or work the way others do, and that's why the east side looks the way it does."},
   {"title": "Why I moved my family out of the city", "text": "When the demographics changed the crime came with them. I'm just saying what everyone on the block was thinking."}])

K("it", "tiktok", "polentone.fiero", "Polentone fiero", "nord e basta 🏔️", 14000,
  ["positive:hate:regional_stereotype"],
  "Repeated 'jokes' demeaning southern Italians as lazy 'terroni' and parasites; stereotyping without calls to harm.",
  {"hate": "medium"},
  ["Come riconosci un terrone in ufficio? È quello in malattia il lunedì 😂",
   "Il nord lavora, il sud incassa il reddito. Sempre stato così",
   "Vesuvio pensaci tu 🌋 (è una battuta, rilassatevi)",
   "Terroni in gita a Milano, chiudete i portafogli"])

# ---------------------------------------------------------------- profanity
K("en", "tiktok", "ragequit.ricky", "Ricky 🎮", "i lose so you don't have to", 56000,
  ["positive:profanity:frequent_strong_language"],
  "Gaming clips where nearly every line is a strong swear at the game or teammates.",
  {"profanity": "medium"},
  ["this fucking game man. fucking HOW did that not hit. fuck off",
   "teammate really said 'my bad' after throwing the whole fucking match 💀",
   "I am so fucking done with ranked. see you tomorrow",
   "what the actual shit was that hitbox"])

K("en", "youtube", "two.drunk.lads.pod", "Two Lads Pod", "weekly. unedited. sorry mum.", 210000,
  ["positive:profanity:gratuitous", "positive:drugs_alcohol:binge"],
  "Podcast of constant swearing, crude sexual jokes and drinking games on air; profanity is the format.",
  {"profanity": "high", "drugs_alcohol": "medium", "adult": "low"},
  [{"title": "EP 142: Shit Fuck Cunt Bollocks (the swear jar episode)", "text": "We put a quid in the jar for every swear. We are now broke. Also Danny necks four pints in ten minutes and tells the worst sex story ever told."},
   {"title": "EP 143: Danny's Fucking Stag Do", "text": "Absolute carnage. Fucking disgraceful behaviour from everyone involved. Full uncut hour."}],
  uk=True)

K("en", "bluesky", "grumpymancunian.bsky.social", "Grumpy Mancunian", "moaning about the weather since 1987", 3300,
  ["positive:profanity:frequent_strong_language"],
  "Constant British banter with strong swearing and the c-word as punctuation, aimed at transport and football.",
  {"profanity": "medium"},
  ["northern rail you absolute cunts, third cancellation this week",
   "United are fucking shite and I will be there on Saturday anyway",
   "bin men came at 5am and threw the fucking bin in the road. cheers lads",
   "rain. of course it's fucking raining"],
  uk=True)

K("es", "tiktok", "la.paca.de.triana", "La Paca", "sevillana, bocazas y a mucha honra 💃", 48000,
  ["positive:profanity:frequent_strong_language"],
  "Sketches where swearing ('hostia puta', 'me cago en...', 'coño') is in every line; strong language used often.",
  {"profanity": "medium"},
  ["Me cago en la leche, otra vez sin aparcamiento en Triana, hostia puta",
   "Mi suegra ha venido sin avisar, coño, que aviséis joder",
   "La gente que no pone el intermitente me tiene hasta el coño",
   "Hoy hace 40 grados en octubre, me cago en todo lo que se menea"])

K("es", "instagram", "el.chabon.de.boedo", "Tincho", "porteño de ley 🧉", 7400,
  ["positive:profanity:frequent_strong_language"],
  "Rioplatense posts dense with 'la concha de tu madre', 'pelotudo' and 'boludo' as insults at players, drivers and referees.",
  {"profanity": "medium"},
  ["el árbitro la concha de su madre, nos robó el partido otra vez",
   "pelotudo el del 60 que no frena, la puta que te parió",
   "boludo, qué partido de mierda hicimos",
   "la concha de la lora, otra vez sin luz en todo el barrio"],
  country="AR", region="us")

K("de", "tiktok", "die.ehrliche.bine", "Bine", "Mama, Pflegekraft, am Limit 🤬", 29000,
  ["positive:profanity:frequent_strong_language"],
  "Rant clips about shift work and bureaucracy thick with 'Scheiße', 'verfickt' and 'Arschloch'.",
  {"profanity": "medium"},
  ["Dritte Doppelschicht diese Woche, verfickte Scheiße nochmal",
   "Der Typ, der mir heute den Parkplatz geklaut hat: du Arschloch, ich hab dich gesehen",
   "Elternabend um 17 Uhr. Wer plant so einen Scheiß",
   "Ich bin so verdammt müde, Leute"])

K("de", "youtube", "wutbuerger.tv", "WutbürgerTV", "Ich sag's wie's ist. Unzensiert.", 74000,
  ["positive:profanity:gratuitous"],
  "Rant videos that are mostly insults ('Wichser', 'Hurensohn', 'Fotze') shouted at politicians and commenters.",
  {"profanity": "high", "sensitive_issues": "medium"},
  [{"title": "DIESE WICHSER IN BERLIN (Heizungsgesetz 2.0)", "text": "Zwanzig Minuten unzensiert. Jeder dieser Hurensöhne im Bundestag sollte mal einen Tag arbeiten. Scheiß auf die Zensur."},
   {"title": "Ich lese eure Hasskommentare vor (und antworte, ihr Fotzen)", "text": "Ihr wolltet es, ihr kriegt es. Ab Minute 3 wird's richtig hässlich."}])

K("fr", "tiktok", "le.daron.enerve", "Le Daron énervé", "père de 3, patience 0", 37000,
  ["positive:profanity:gratuitous"],
  "Sketches where the punchline is a stream of 'putain de merde', 'nique ta mère' and 'enculé' at other drivers and neighbours.",
  {"profanity": "high"},
  ["PUTAIN DE MERDE qui laisse ses Lego dans le couloir, j'ai le pied en sang",
   "le voisin qui tond à 7h un dimanche, nique ta mère sincèrement",
   "enculé de GPS qui me fait passer par un champ",
   "bordel de merde de bordel, les devoirs de maths de CM2"])

K("fr", "instagram", "la.grosse.gueule.de.lea", "Léa", "marseillaise sans filtre ☀️", 8200,
  ["positive:profanity:frequent_strong_language"],
  "Marseille banter with 'putain', 'con', 'fada' and 'merde' in most captions.",
  {"profanity": "medium"},
  ["Putain le mistral aujourd'hui, j'ai perdu mon chapeau et ma dignité",
   "Ce con de scooter m'a frôlée, je te jure j'ai failli le crever de mes mains",
   "Merde alors, plus de panisses à l'Estaque",
   "Quelle journée de merde, heureusement y a le pastis"])

K("it", "tiktok", "er.bestemmia.de.bruno", "Bruno", "toscano DOC 🍷", 21000,
  ["positive:profanity:blasphemous_swearing"],
  "Tuscan clips with constant blasphemous swearing (porco d*o, d*o cane), gratuitous and strongly offensive in Italy.",
  {"profanity": "high"},
  ["Porco d*o ho perso le chiavi un'altra volta, d*o cane",
   "Madonna maiala che freddo stamani",
   "Il trattore non parte, porco il d*o e tutti i santi",
   "vaffanculo alla burocrazia, tre ore in comune"])

K("it", "youtube", "ilcazzarodelweekend", "Cazzaro del weekend", "vlog senza censura 🎥", 26000,
  ["positive:profanity:frequent_strong_language"],
  "Travel vlogs narrated with 'cazzo', 'vaffanculo' and 'stronzo' every few sentences.",
  {"profanity": "medium"},
  [{"title": "Ryanair mi ha fregato di nuovo (vaffanculo)", "text": "Cazzo, 80 euro per un bagaglio a mano. Stronzi. Comunque Lisbona bellissima."},
   {"title": "Il peggior ostello della mia vita, porca puttana", "text": "Letto rotto, bagno di merda, però la gente simpatica cazzo."}])

K("pt", "tiktok", "o.cara.do.porra", "Marcão", "reclamando desde 1992 🤬", 44000,
  ["positive:profanity:frequent_strong_language"],
  "Brazilian rant clips full of 'porra', 'caralho' and 'filho da puta' at traffic and politicians.",
  {"profanity": "medium"},
  ["trânsito da Marginal, porra, três horas pra andar 10 km caralho",
   "filho da puta que fecha o cruzamento, vai tomar no cu",
   "caralho a conta de luz veio 600 conto",
   "essa porra de calor não acaba nunca"])

K("pt", "youtube", "tuga.sem.filtro", "Tuga sem filtro", "o que todos pensam e ninguém diz", 19000,
  ["positive:profanity:frequent_strong_language"],
  "Portuguese commentary videos with 'foda-se', 'caralho' and 'merda' throughout.",
  {"profanity": "medium"},
  [{"title": "Foda-se as rendas em Lisboa", "text": "Caralho, 1200 euros por um T0. Isto é uma merda e ninguém faz nada, foda-se."},
   {"title": "A CP outra vez, caralho", "text": "Comboio cancelado, merda de serviço, vou a pé para o Porto."}],
  country="PT")

"""Crime and arms positives."""
from model import K

# ---------------------------------------------------------------- crime
K("en", "tiktok", "portmaster.rey", "Rey | ports & unlocks", "any carrier any number 📲 fast turnaround • tele in comments", 8400,
  ["positive:crime:sim_swap", "positive:ineligible:crime_service"],
  "Offers SIM swaps: porting other people's numbers to take over 2FA-protected accounts, priced per carrier, contact off-platform.",
  {"crime": "floor", "spam": "medium"},
  ["need a number moved? T-Mob + Verizon same day, AT&T 24h. you send me the handle, I send you the codes 🤫 prices in tele",
   "2FA means nothing when the number is mine 😂 three OG handles recovered this week for clients",
   "dont ask me how, ask me how much. port jobs $350 up, bank-linked numbers quote only",
   "employee at the store did my request in 4 mins lol insider plug still active ✅"])

K("en", "instagram", "fullzkingdom_", "☁️ cloud drops ☁️", "fresh stuff daily | bins | tuts | escrow accepted", 3100,
  ["positive:crime:carding", "positive:ineligible:fraud_goods"],
  "Carding shop in emoji code: 'fresh dumps', fullz with SSN, BIN lists and cash-out tutorials sold for crypto.",
  {"crime": "floor", "spam": "high"},
  ["💳 NEW DROP 💳 US fullz w/ SSN+DOB, high balance bins, 101 and 201 both. minimum order 5. BTC / LTC only",
   "cashout tut updated for the holidays 🎄 works on the big electronics sites, walk-in method included",
   "clients keep asking if it's legit — check the vouches in highlights. 97 vouches this month 🙏",
   "restock friday. if you got burned by another vendor slide in, I'll replace one card free"])

K("en", "instagram", "quickcash.marco", "Marco | fast $$ no credit check", "same day cash 💵 no bank, no paperwork, north side", 1900,
  ["positive:crime:loan_shark"],
  "Street lender offering cash at weekly interest with thinly veiled threats toward people who fall behind.",
  {"crime": "floor"},
  ["Short this week? $500 today, $650 back by Friday. no credit check, no questions. DM",
   "just a reminder to everyone on my list: I don't chase, my cousins do 😌 pay on time and we're family",
   "$1k-5k available for regulars. weekly points, cash only, we meet in person",
   "someone thought changing his number would work lol. we found his job by tuesday"])

K("en", "web", "fiveFingerDiscountDiary", "five finger diary", "notes from a retail 'liberation' hobbyist. not legal advice lmao", 0,
  ["positive:crime:shoplifting_howto", "hard_negative:ineligible:high_not_floor"],
  "A blog of step-by-step shoplifting guides: which tags stores use, how to defeat them, which chains don't chase.",
  {"crime": "high"},
  [{"title": "The foil bag myth (and what actually works on AM tags)", "text": "Most of the big-box chains switched to AM tags. Here's what actually gets past the pedestals, which aisles are blind spots, and why self-checkout is still the easiest 'skip-scan' in 2026."},
   {"title": "Chains that don't chase: my updated list", "text": "Policy at most national chains is still 'don't engage'. I go through which ones actually follow it, where the LP guys are plainclothes, and how to dress so you look like an employee."},
   {"title": "Reselling without getting caught", "text": "Quick rundown of where to move 'liberated' makeup and razors without your face being on it. Marketplace apps vs. flea markets."}])

K("en", "tiktok", "sk3ngz.b4ck", "B4CK BLOCK", "🟥 nothing but facts 🟥 free the guys", 27000,
  ["positive:crime:gang_flex"],
  "Drill-gang clips bragging about chasing rivals ('opps') with a gun nearby, filmed robberies of rival members' chains.",
  {"crime": "high", "arms": "medium", "profanity": "medium"},
  ["caught one lackin on 4th, he left the chain and the shoes 😂 opp pack run fast ⛓️",
   "we don't talk we slide. ting stay on me, ask about us fr",
   "free bro, 3 more months. they ain't never gonna stop the block",
   "opps posted a diss so we pulled up on they bando, nobody came out lmaooo"],
  uk=True)

K("en", "bluesky", "justice-for-gamers.bsky.social", "accountability enjoyer", "she knows what she did", 2100,
  ["positive:crime:harassment_doxxing", "positive:ineligible:harassment"],
  "Posts a streamer's home address and workplace and urges followers to 'pay her a visit': targeted harassment and doxxing.",
  {"crime": "floor"},
  ["found it. she lives in the blue duplex behind the laundromat on Harlan, unit B. car is a grey civic. make of that what you will",
   "everybody who's near Dayton, she works mornings at the pharmacy on 3rd. go say hi 🙂 remind her what happens when you lie",
   "she locked her accounts lol. doesn't matter, we have her mom's number too"])

K("es", "instagram", "ofertas.alfredito", "Alfredito 📱", "entregas en metro Pantitlán y Zaragoza • efectivo", 5200,
  ["positive:crime:stolen_goods"], 
  "Sells phones 'without box or papers' at knock-down prices, bypasses iCloud locks, meets in metro stations: stolen goods.",
  {"crime": "floor"},
  ["iPhone 15 Pro sin caja ni factura 💯 $4,500, desbloqueo de iCloud incluido. no pregunten de dónde, pregunten cuándo",
   "llegaron 6 equipos nuevos de anoche 🔥 los primeros que escriban se los llevan, entrega hoy",
   "no hago envíos, puro en mano en el metro. si traes a alguien raro no llego",
   "también le quito la cuenta a los que trae uno, $600 por equipo"],
  country="MX", region="us")

K("es", "tiktok", "prestamos.rapidos.juanjo", "Juanjo 💸", "préstamos al momento • sin papeles • sin buró", 11000,
  ["positive:crime:loan_shark"],
  "'Gota a gota' lender: daily interest, cobradores who collect door to door, threats toward late payers.",
  {"crime": "floor"},
  ["¿Necesitas lana? Te presto hoy mismo 💵 pagas diario, sin papeles, sin aval. 20% y listo",
   "Los cobradores pasan cada mañana. El que se esconde, ya sabe. Aquí no se juega",
   "Otro cliente feliz 🙏 cumplió y ya le subimos el crédito. el que no cumple conoce a mis muchachos",
   "¿Trabajas en mercado o tienes puesto? Tú eres mi cliente ideal. Manda WhatsApp"],
  country="CO", region="us")

K("es", "youtube", "manitas.sin.llave", "El Manitas", "Trucos de cerrajería que NADIE te enseña 🔑", 43000,
  ["positive:crime:theft_howto", "hard_negative:ineligible:high_not_floor"],
  "Videos on opening parked cars and relay-attacking keyless entry, framed as 'getting what you want', not as locksmith work.",
  {"crime": "high"},
  [{"title": "Abre CUALQUIER coche keyless en 30 segundos (ataque relé explicado)", "text": "Con dos aparatitos de AliExpress te pones al lado de la casa, amplificas la señal de la llave y el coche es tuyo. Enlace del kit en la descripción. Para fines 'educativos' 😉"},
   {"title": "Las motos más fáciles de llevarse en 2026", "text": "Ranking de las motos con el bombín más flojo. A partir del minuto 4 os enseño cómo se hace sin llave y sin ruido."},
   {"title": "Qué NO hacer si te para la policía con un coche que no es tuyo", "text": "Consejos de la calle: papeles, excusas y por qué nunca debes ir en grupo."}])

K("de", "instagram", "radl.deals.ost", "Radl Deals", "E-Bikes & Teile • nur Abholung • keine Rückfragen", 2600,
  ["positive:crime:stolen_goods"],
  "Sells high-end e-bikes without papers or frame-number records, night pickups only: stolen bikes.",
  {"crime": "floor"},
  ["Cube Stereo Hybrid, neuwertig, 650€. Papiere gibts keine, Rahmennummer lieber nicht googeln 😅 Abholung heute nach 22 Uhr",
   "Wieder 3 Räder rein. Schloss war noch dran, gibts gratis dazu 😂",
   "Keine Versand, keine Überweisung. Bar auf die Hand am Parkplatz hinterm Baumarkt",
   "Wer ein bestimmtes Modell sucht: Wunschliste per DM, Lieferzeit ca. 1 Woche"])

K("de", "tiktok", "schnelles.geld.jobs", "Nebenjob 💶", "500€ pro Tag • kein Vorwissen • nur zuverlässige Leute", 6900,
  ["positive:crime:money_mule"],
  "Recruits 'Abholer' who collect cash and gold from elderly victims of fake-police calls: fraud runner recruitment.",
  {"crime": "floor", "spam": "medium"},
  ["Suchen Abholer im Raum Köln/Düsseldorf. Du holst ein Paket ab, bringst es weiter. 500€ bar. Keine Fragen stellen = kein Problem",
   "Du brauchst nur ein Auto und gute Nerven. Die Leute geben dir die Sachen freiwillig 🤷‍♂️",
   "Letzte Woche 4 Touren gemacht, 2000€ verdient 💸 Meldet euch per Telegram, nicht hier",
   "Wer seriös aussieht, bekommt mehr Touren. Hemd anziehen hilft 😉"])

K("de", "instagram", "papiere.sofort", "Dokumente Service", "Führerschein • Ausweise • Zeugnisse • diskret", 900,
  ["positive:crime:fake_documents"],
  "Sells driving licences 'without MPU', ID cards and certificates 'registered in the system': forged documents.",
  {"crime": "floor", "spam": "medium"},
  ["Führerschein ohne Prüfung und ohne MPU, im System registriert ✅ Lieferzeit 10 Tage",
   "Personalausweis, Aufenthaltstitel, Abiturzeugnis – alles möglich. Anzahlung 50%",
   "Kunde aus Bremen hat heute seinen Lappen bekommen 🚗 Danke fürs Vertrauen",
   "Keine Bilder von Originalen hier aus Sicherheitsgründen. Preise nur per WhatsApp"])

K("fr", "instagram", "bonsplans_du_93", "Bons plans 93 🛍️", "arrivages tous les jours • cash only • RDV gare", 4300,
  ["positive:crime:stolen_goods"],
  "Sells perfumes, consoles and power tools 'fallen off the truck' at a third of the price, cash, meet at the station.",
  {"crime": "floor"},
  ["Arrivage du jour 📦 PS5 encore sous film 180€, Dyson 120€, parfums Dior à 35€. C'est tombé du camion, faut pas poser de questions",
   "Visseuses Makita complètes 90€ 🔧 elles viennent d'un chantier, si tu vois ce que je veux dire",
   "RDV gare de Sevran uniquement, pas de livraison, pas de paiement en ligne",
   "Vous avez dévalisé le stock de sacs en 2h 😂 prochain arrivage jeudi"])

K("fr", "tiktok", "taf.teletravail.facile", "Taf facile 📞", "2000€/semaine depuis chez toi • script fourni", 13500,
  ["positive:crime:fraud_recruitment"],
  "Recruits 'callers' to pose as bank advisers and get victims to validate transfers: fake-bank-adviser fraud.",
  {"crime": "floor", "spam": "high"},
  ["On recrute des voix posées 🎧 tu appelles, tu te présentes comme conseiller de la banque, tu fais valider l'opération. Script fourni",
   "Les vieux ils te font confiance quand t'as le numéro de leur agence qui s'affiche 😭 le spoof on s'en occupe",
   "2 appels réussis = ta semaine payée. Paiement en crypto le dimanche",
   "Pas besoin d'expérience, juste pas bégayer. DM avec ton Snap"])

K("fr", "youtube", "les.pranks.de.sofiane", "Sofiane Pranks", "Caméra cachée 😈 abonne-toi", 188000,
  ["positive:crime:assault_prank"],
  "'Prank' videos that shove, slap and chase strangers in the street and mock their fear: filmed assault and bullying.",
  {"crime": "high"},
  [{"title": "J'AI GIFLÉ DES INCONNUS DANS LE MÉTRO 😱 (ils ont pas aimé)", "text": "On a testé la claque surprise dans le métro parisien. Le papi à 6:40 il a failli tomber 😂 Likez si vous voulez une partie 2"},
   {"title": "ON POURSUIT DES GENS AVEC UN MASQUE LA NUIT", "text": "Réaction de ouf de la fille qui pleure à la fin. Elle a appelé la police mais on était déjà partis 🏃‍♂️"},
   {"title": "PRANK: je vole le téléphone des passants (et je cours)", "text": "Certains nous ont couru après pendant 500m 💀 on leur a rendu… ou pas"}])

K("it", "instagram", "richiami_vivi_bs", "Richiami vivi", "cardellini, lucherini, verdoni da richiamo • spedizioni in tutta Italia", 1700,
  ["positive:crime:wildlife_trade", "positive:crime:poaching"],
  "Sells wild-caught songbirds (goldfinches taken with nets) as decoys and ships them: illegal bird trapping and wildlife trade.",
  {"crime": "floor"},
  ["Cardellini presi quest'autunno con le reti, maschi cantori 40€ l'uno 🐦 anellino lo mettiamo noi",
   "Spedisco in scatola traforata, arrivano vivi al 90% garantito",
   "Lucherini selvatici, ottimi da richiamo per il capanno. Chiedere in privato",
   "Chi mi segue da anni sa che non ho mai avuto problemi con la forestale 😉"])

K("it", "tiktok", "zona_nord_crew", "ZN crew", "🟩 Zona Nord • chi sa sa", 19000,
  ["positive:crime:gang_flex", "positive:crime:robbery"],
  "A 'baby gang' filming itself robbing younger kids of sneakers and phones and posting the loot as trophies.",
  {"crime": "high", "profanity": "medium"},
  ["guardate che scarpe ci ha lasciato il ragazzino in piazza 😂 non ha neanche provato a scappare",
   "stasera giro in centro, chi c'ha le Jordan stia a casa 🤫",
   "ci hanno denunciati? e chi se ne frega cazzo, siamo minorenni",
   "bottino della settimana: 4 telefoni, 2 giubbotti, un monopattino 🛴🔥"])

K("pt", "instagram", "contas.prontas.sp", "Contas Prontas ✅", "contas PJ e PF prontas • CPF limpo • entrega rápida", 2300,
  ["positive:crime:mule_accounts"],
  "Sells ready-made bank accounts in other people's names ('laranjas') for receiving scam money.",
  {"crime": "floor", "spam": "high"},
  ["Conta PF aberta com CPF limpo, cartão e app na mão 📲 R$ 800. Ideal pra receber aqueles Pix que você sabe 😉",
   "Conta PJ com maquininha, 3 meses de histórico, R$ 2.500",
   "Pagamos R$ 300 pra quem emprestar o nome, só precisa mandar selfie com documento",
   "Cliente recebeu 40k na primeira semana sem bloqueio 🚀"])

K("pt", "tiktok", "criadouro.do.sertao", "Criadouro do Sertão 🦜", "filhotes de papagaio, arara e tucano • entrego em todo Brasil", 7200,
  ["positive:crime:wildlife_trade"],
  "Sells chicks of wild parrots, macaws and toucans with no licence or ring ('sem nota'), shipped by bus: wildlife trafficking.",
  {"crime": "floor"},
  ["Filhote de papagaio verdadeiro tirado do ninho essa semana 🦜 já come papinha, R$ 450 sem nota",
   "Arara-azul só sob encomenda, valor no privado. Vai de ônibus, chega bem",
   "Tucano manso, criado na mão. Não tem anilha mas ninguém fiscaliza aqui 😂",
   "Chegaram 12 filhotes de periquito do mato, corre que acaba"])

K("en", "instagram", "exotic.wild.tails", "Wild Tails Exotics", "rare babies 🐒 worldwide shipping • serious buyers only", 5600,
  ["positive:crime:wildlife_trade", "positive:ineligible:wildlife_trade"],
  "Offers slow lorises, baby primates, pangolin scales and 'antique' ivory: trade in protected species.",
  {"crime": "floor"},
  ["Baby slow loris available 😍 teeth already done, tame and sweet. no paperwork needed for domestic",
   "Pangolin scale by the kilo for traditional remedy buyers, price on request",
   "'antique' ivory carvings, no CITES but who's checking 🙊 ship wrapped as decor",
   "Marmoset babies arriving next month, deposit to reserve"])

K("de", "youtube", "gleis_crew_bombing", "GleisCrew", "Trains. Nights. No permission.", 24000,
  ["positive:crime:vandalism_glamorised"],
  "Glamorises painting trains and subway cars at night, breaking into depots, running from security.",
  {"crime": "medium"},
  [{"title": "Wholecar in 9 Minuten – Security kam zu spät", "text": "Nachts ins Depot, Zaun aufgeschnitten, ganzer Wagen in 9 Minuten. Am Ende mussten wir rennen. Best night of the year."},
   {"title": "Warum wir nie aufhören (Doku)", "text": "Anzeigen, Geldstrafen, Hausdurchsuchung – und trotzdem. Eine halbe Stunde über das Gefühl, wenn der eigene Zug morgens durch die Stadt fährt."}])

K("es", "bluesky", "barrio-sur-mc.bsky.social", "Sur MC", "rap de la calle, del Sur pa'l mundo 🎤", 4100,
  ["positive:crime:dramatised_crime"],
  "A rapper whose lyrics and video posts dramatise robberies and dealing as a way up; depiction, not an offer.",
  {"crime": "medium", "drugs_alcohol": "medium", "profanity": "medium"},
  ["nuevo tema fuera 🔥 'Cajero': de cuando la calle era la única salida y el pasamontañas el uniforme",
   "en el videoclip se ve el atraco, sí, es ficción, pero cada barra está sacada de mi barrio joder",
   "'la farla paga el alquiler, la madre reza por mí' — la línea que más me habéis citado",
   "gracias por los 100k streams, cabrones, esto es de todos"])

# ---------------------------------------------------------------- arms
K("en", "instagram", "unserialized.ben", "Ben's Build Shop", "jigs • 80% • kits | ships quiet 📦", 6100,
  ["positive:arms:ghost_gun_sale"],
  "Sells unfinished receivers and jigs 'no serial, no paperwork', shipped discreetly across state lines.",
  {"arms": "floor"},
  ["80% lowers back in stock 🔥 no serial, no 4473, no waiting. jig + bits bundle $189",
   "ship in plain box labelled 'machine parts'. never had one seized 😎",
   "completed uppers also available for guys who can't finish at home, DM",
   "you don't need the government's permission to build what's yours. ships to all 50, yes even there"])

K("en", "youtube", "garage.smith.builds", "Garage Smith", "DIY machining, no nonsense", 61000,
  ["positive:arms:conversion_instruction", "hard_negative:ineligible:high_not_floor"],
  "Step-by-step videos on drilling and fitting a drop-in auto sear: instruction toward an illegal full-auto conversion.",
  {"arms": "high"},
  [{"title": "Making a drop-in sear from a $3 steel bar (full walkthrough)", "text": "Dimensions, heat treat, where to drill the third pin hole. I show the full cycle at the end. You know what this is, I'm not gonna spell it out for the algorithm."},
   {"title": "Why the 3rd hole matters — fitting and testing", "text": "Fitting the part I made last week. If it doubles on you, go back to step 4 and file the trip surface."}])

K("en", "tiktok", "glizzy.gang.tez", "tez 🔫", "switch gang • no love", 15000,
  ["positive:arms:glamorised_illegal_possession"],
  "Flexes pistols with illegal auto switches and extended drums on camera; boasting about carrying without a licence.",
  {"arms": "high", "crime": "medium", "profanity": "medium"},
  ["switch on the 19 go brrrr 😂 who need a license when you got a plug",
   "30 round drum stay in the whip, ask the opps",
   "new toy came in today, fully, lemme show y'all something",
   "don't call it a gun it's a fashion accessory fr 💯"])

K("es", "instagram", "fierros.del.norte", "Fierros del Norte", "parque y cuernos • entregas seguras 🤠", 2900,
  ["positive:arms:illegal_arms_sale"],
  "Offers AK-pattern rifles ('cuernos de chivo') and ammunition ('parque') for cash delivery, no permits.",
  {"arms": "floor", "crime": "high"},
  ["cuerno nuevo con 4 cargadores y 500 de parque 💥 precio por privado, entrego en la plaza",
   "escuadras 9mm de las buenas, sin registro, $18 mil",
   "parque .223 y 7.62 al mayoreo para los compas que surten",
   "nomás gente seria, el que pregunta mucho se queda sin"],
  country="MX", region="us")

K("es", "youtube", "armero.casero.vzla", "Armero Casero", "Mecánica y bricolaje 🔧", 12000,
  ["positive:arms:conversion_instruction"],
  "Shows how to convert a blank-firing pistol into one that fires live rounds: instruction toward an illegal weapon.",
  {"arms": "high"},
  [{"title": "Convertir pistola de fogueo a real: cambio de cañón paso a paso", "text": "Os explico qué cañón comprar, cómo quitar el tapón y qué munición entra. Ojo con la presión, que no reviente. Después del minuto 10 la prueba en el monte."},
   {"title": "Pistola de fogueo turca: la mejor para convertir (comparativa)", "text": "Tres modelos, cuál tiene la corredera más fuerte para aguantar munición real."}],
  country="VE", region="us")

K("de", "instagram", "ausgebaut.und.scharf", "Ausgebaut", "Umbauten • Teile • nur Bares", 1300,
  ["positive:arms:illegal_arms_sale"],
  "Sells converted blank pistols that now fire live ammunition, 'no WBS needed': illegal firearms.",
  {"arms": "floor"},
  ["Schreckschuss umgebaut, schießt jetzt scharf. 9mm passt. 800€, kein WBS nötig 🤫",
   "Schalldämpfer in Eigenbau, leise wie ein Klatschen. Nur Selbstabholer",
   "Munition 9x19 in 50er Packs, Herkunft egal",
   "Wer Fragen zur Legalität hat, ist hier falsch 😂"])

K("de", "youtube", "kaliber.kult", "Kaliber Kult", "Waffen. Action. Keine Ausreden.", 88000,
  ["positive:arms:glamorised_use"],
  "Dramatic videos firing military rifles at human-shaped targets dressed as 'intruders', framing guns as how you 'solve' people.",
  {"arms": "medium", "death_injury": "low"},
  [{"title": "So regelt man EINBRECHER 💥 (Sturmgewehr vs. Puppe)", "text": "Wir haben eine Puppe als Einbrecher angezogen und zeigen, was übrig bleibt. Deutschland sollte endlich erlauben, was in Texas normal ist."},
   {"title": "Die 5 brutalsten Kaliber für die Heimverteidigung", "text": "Zeitlupe, Gel-Blöcke, Explosionen. Und warum ich hoffe, dass nie jemand bei mir einsteigt – für ihn."}])

K("fr", "instagram", "la_cite_des_affaires", "Affaires 💼", "tout est dispo • cash • dm", 2200,
  ["positive:arms:illegal_arms_sale"],
  "Offers Kalashnikovs and handguns for cash 'in the cité', alongside ammunition: illegal arms sales.",
  {"arms": "floor", "crime": "high"},
  ["Kalash dispo, 1200 cash avec 2 chargeurs, état neuf 💥",
   "Glock 17 avec boîte de munitions, 900. Pas de question",
   "Livraison possible Marseille et environs, sinon tu viens",
   "Les gars de la police qui regardent: c'est des airsoft bien sûr 😂😂"])

K("fr", "tiktok", "impression3d_liberte", "Impression 3D Liberté", "Imprime ta liberté 🖨️", 9800,
  ["positive:arms:3d_printed_weapon"],
  "Tutorials for 3D-printing an untraceable semi-automatic pistol frame and where to get the files.",
  {"arms": "high"},
  ["Partie 1: on imprime le châssis du FGC-9 en PLA+. Remplissage 100%, les fichiers sont dans ma bio 🔗",
   "Partie 2: le canon, électrochimie avec du sel et une batterie 🔋 ça marche, j'ai testé",
   "Non ce n'est pas interdit de partager des fichiers 🙃 ce que vous en faites c'est votre problème",
   "Le premier tir en vidéo demain, restez connectés"])

K("it", "instagram", "lame.segrete", "Lame segrete", "coltelli particolari • spedizione anonima", 3300,
  ["positive:arms:illegal_arms_sale"],
  "Sells switchblades, knuckle dusters and disguised knives banned in Italy, shipped anonymously.",
  {"arms": "floor"},
  ["Tirapugni in acciaio con lama nascosta 🔪 35€, spedizione anonima",
   "Coltello a scatto automatico da 23 cm, quello vietato, ultimi 5 pezzi",
   "Pennarello-coltello: sembra una penna, non lo trova nessuno ai controlli 😉",
   "Pacchi con scritto 'accessori cucina', mai fermato uno"])

K("pt", "instagram", "pecas.e.kits.rj", "Peças & Kits RJ", "kits de conversão • peças • entrego", 1800,
  ["positive:arms:illegal_arms_sale"],
  "Sells pistol conversion kits and handguns without registration in Rio, delivery arranged by DM.",
  {"arms": "floor", "crime": "high"},
  ["Kit rajada pra G2C, transforma em automática 🔥 R$ 1.200, entrego na Zona Norte",
   "Pistola .40 sem registro, raspada, R$ 4 mil. Chama no direct",
   "Munição 9mm e .40 no atacado pros parceiros",
   "Não vendo pra X9, se for polícia nem tenta 😂"])

K("pt", "tiktok", "mc.oitao.na.cinta", "MC Oitão", "o bonde não para 🎶", 31000,
  ["positive:arms:glamorised_illegal_possession"],
  "A funk MC's clips showing teenagers posing with pistols and rifles in the favela, guns as status and lyrics about using them.",
  {"arms": "high", "crime": "medium", "profanity": "medium"},
  ["lançamento 🔥 'Oitão na cinta' — o clipe gravado lá no morro com os menor segurando o bico",
   "de fuzil na mão é outro respeito, caralho",
   "quem duvidou agora vê nóis de ponto 50 no clipe",
   "bonde tá armado e feliz 💥💥"])

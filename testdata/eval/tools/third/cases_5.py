"""Misinformation and debated sensitive social issues positives."""
from model import K

# ---------------------------------------------------------------- misinformation
K("en", "instagram", "awake.mama.naturally", "Naturally Awake Mama 🌿", "crunchy mom of 4 • do your research", 24000,
  ["positive:misinformation:vaccine_claims"],
  "Claims vaccines 'rewrite DNA' and cause 'turbo cancer', urging parents to skip childhood shots.",
  {"misinformation": "high"},
  ["mRNA literally rewrites your DNA. they admitted it in the fine print. my kids will never get another one 💉❌",
   "'turbo cancer' in healthy 30 year olds since 2021. but sure, it's a coincidence 🙄",
   "pediatricians get bonuses for every shot. follow the money, mamas",
   "unvaccinated kids are the healthiest kids I know. just saying 🌿"])

K("en", "tiktok", "healed.by.nature.dee", "Dee 🌱 healed naturally", "stage 4 → cancer free with food", 81000,
  ["positive:misinformation:miracle_cure"],
  "Says a castor-oil and baking-soda protocol cured her stage-4 cancer and tells viewers to refuse chemotherapy.",
  {"misinformation": "high"},
  ["Oncologists don't want you to know this: baking soda makes your blood alkaline and cancer can't survive in alkaline 🌱",
   "I refused chemo and did castor oil packs + apricot seeds. 8 months later: clear scans 🙏 (full protocol in bio)",
   "Chemo is poison and they know it. Your body can heal itself",
   "If you have a diagnosis DM me before your next appointment"])

K("en", "bluesky", "counting-questions.bsky.social", "just asking 🗳️", "someone has to ask", 2300,
  ["positive:misinformation:election_fraud_questions"],
  "Election-fraud insinuations as questions: '3am vote dumps', 'machines switched votes', 'why won't they audit?'.",
  {"misinformation": "medium", "sensitive_issues": "medium"},
  ["Genuine question: why did counting 'pause' at 3am and then 100k votes appear for one side? Anyone?",
   "If the machines are so secure why won't they let independent auditors look at the code? I'm just asking",
   "Dead people on the rolls, ballots in dumpsters, and we're supposed to trust it. ok",
   "Not saying it was stolen. Just saying nobody can prove it wasn't 🤷"])

K("en", "youtube", "climate.realist.hour", "Climate Realist Hour", "the science they don't show you", 72000,
  ["positive:misinformation:climate_denial"],
  "Presents CO2 as harmless 'plant food', says warming stopped decades ago and calls climate science a fraud.",
  {"misinformation": "medium"},
  [{"title": "The Hockey Stick Was a FRAUD (and they know it)", "text": "Temperatures haven't risen meaningfully since 1998. CO2 is plant food. This whole thing is about taxing your car."},
   {"title": "Why polar bears are thriving (the media won't tell you)", "text": "More ice than ever in Antarctica. The climate industry needs you afraid."}])

K("en", "mastodon", "skywatcher_pete", "Pete looks up", "those lines weren't there when we were kids", 650,
  ["positive:misinformation:chemtrails"],
  "Daily photos of contrails presented as chemical spraying ('they're dimming the sun and poisoning the soil').",
  {"misinformation": "medium"},
  ["Grid pattern over the valley again this morning. Normal planes don't do that. They're spraying.",
   "Tested my rainwater: aluminium. Same as every 'chemtrail' site says. Coincidence?",
   "Why do the lines spread into haze within an hour? Regular contrails vanish. Think about it",
   "They're dimming the sun and calling it weather. Look up."])

K("en", "web", "recovering-autism-naturally", "Recovering Our Kids", "a mother's journey to healing autism", 0,
  ["positive:misinformation:dangerous_cure"],
  "Blog promoting a chlorine-dioxide 'protocol' given to autistic children as a cure: dangerous health misinformation.",
  {"misinformation": "high"},
  [{"title": "Week 6 on the protocol: he said two new words!", "text": "We've increased to 8 drops a day in his juice. The parasites are coming out, which is why the diarrhoea is a GOOD sign. Autism is curable, doctors just don't profit from it."},
   {"title": "Where to buy the drops (and how to explain them to school)", "text": "It's sold as water purification. Just don't call it medicine on the label."}])

K("es", "tiktok", "la.verdad.del.grafeno", "La verdad 💉", "despierta", 33000,
  ["positive:misinformation:vaccine_claims"],
  "Says vaccines contain graphene and make people 'magnetic' and trackable by 5G.",
  {"misinformation": "high"},
  ["Las vacunas llevan óxido de grafeno, por eso se te pega el imán en el brazo 🧲 pruébalo",
   "El grafeno se activa con el 5G, ¿por qué creéis que pusieron las antenas a la vez?",
   "Mi vecino se vacunó y ahora le fallan los riñones. Casualidad, claro",
   "No te vacunes más, te lo pido por favor"])

K("es", "instagram", "remedios.de.la.yaya", "Remedios de la Yaya 🍋", "salud natural que los médicos ocultan", 52000,
  ["positive:misinformation:miracle_cure"],
  "Claims lemon with baking soda cures cancer and that doctors hide it; tells followers to stop treatment.",
  {"misinformation": "high"},
  ["Limón con bicarbonato en ayunas: mata las células cancerígenas 10.000 veces más que la quimio 🍋",
   "Mi tía dejó el tratamiento y con esto está curada. Los médicos no quieren que lo sepas",
   "La industria farmacéutica vive de que sigas enfermo",
   "Comparte, puede salvar una vida"])

K("es", "youtube", "preguntas.sin.respuesta", "Preguntas sin respuesta", "Solo pregunto 🤔", 29000,
  ["positive:misinformation:election_fraud_questions"],
  "'Just asking' videos insinuating postal-vote fraud and dead voters in a national election.",
  {"misinformation": "medium", "sensitive_issues": "medium"},
  [{"title": "¿Por qué votaron muertos? Preguntas que NADIE responde", "text": "No digo que hubo fraude. Pregunto por qué hay 30.000 votos por correo que no cuadran y nadie investiga."},
   {"title": "El voto por correo: la puerta trasera del fraude", "text": "Saca tus propias conclusiones. Yo solo pongo los datos sobre la mesa."}])

K("de", "youtube", "ploetzlich.unerwartet.tv", "Plötzlich & unerwartet", "Was die Medien verschweigen", 47000,
  ["positive:misinformation:vaccine_claims"],
  "Attributes every sudden death to vaccination ('plötzlich und unerwartet'), claims mass deaths are hidden.",
  {"misinformation": "high", "death_injury": "low"},
  [{"title": "Wieder ein Sportler umgekippt – Zufall? (Zusammenschnitt)", "text": "Die Impfschäden werden systematisch verschwiegen. Übersterblichkeit, Turbokrebs, Herzmuskelentzündung – alles Zufall laut Tagesschau."},
   {"title": "Ärzte packen aus: Die Spritze war nie sicher", "text": "Drei mutige Ärzte, die ihren Job riskiert haben. Teilen, bevor es gelöscht wird."}])

K("de", "instagram", "himmel.beobachter.bayern", "Himmelsbeobachter", "Schaut nach oben 👆", 5900,
  ["positive:misinformation:chemtrails"],
  "Posts contrail photos as proof of 'geoengineering' poisoning, with claims about aluminium in soil.",
  {"misinformation": "medium"},
  ["Heute wieder Gitter am Himmel über Rosenheim. Das ist kein Wetter, das ist Geoengineering ✈️☁️",
   "Aluminium im Boden, Bienen sterben, und keiner fragt warum",
   "Die Sonne ist nicht mehr gelb, sondern weiß. Fällt euch das nicht auf?",
   "Wer das für Kondensstreifen hält, hat nie nachgedacht"])

K("de", "bluesky", "klimaluege-aufgedeckt.bsky.social", "Klimalüge", "CO2-Steuer ist Abzocke", 1700,
  ["positive:misinformation:climate_denial"],
  "Calls man-made climate change a scam invented for CO2 taxes and says warming is solar only.",
  {"misinformation": "medium", "sensitive_issues": "low"},
  ["Der menschengemachte Klimawandel ist ein Geschäftsmodell. Es geht nur um die CO2-Steuer",
   "Es war im Mittelalter wärmer als heute. Ohne SUVs. Denkt mal nach",
   "Die Sonne macht das Klima, nicht dein Grill",
   "Klimawissenschaftler leben von Fördergeldern. Wer zahlt, bestimmt das Ergebnis"])

K("fr", "instagram", "maman.au.naturel.fr", "Maman au naturel", "l'instinct avant les protocoles 🌸", 17000,
  ["positive:misinformation:vaccine_claims", "positive:misinformation:miracle_cure"],
  "Tells parents that essential oils and lemon cure measles and that the measles vaccine is more dangerous than the disease.",
  {"misinformation": "high"},
  ["La rougeole se soigne très bien avec de l'huile essentielle de ravintsara et du citron 🍋 pas besoin du vaccin",
   "Le ROR est plus dangereux que la maladie, renseignez-vous",
   "Ma fille a eu la rougeole et c'était une belle expérience pour son immunité 🌸",
   "Les pédiatres suivent les labos, pas la science"])

K("fr", "tiktok", "jme.pose.des.questions", "Je me pose des questions", "libre de penser", 28000,
  ["positive:misinformation:5g_health", "positive:misinformation:just_asking"],
  "'Just asking' clips suggesting 5G antennas cause cancers and bird deaths.",
  {"misinformation": "medium"},
  ["Une antenne 5G posée en mars, trois cancers dans la rue en octobre. Je pose juste la question 🤔",
   "Pourquoi les oiseaux tombent près des antennes ? Personne n'enquête",
   "On ne dit pas que c'est la 5G, on dit qu'on ne sait pas. Et ça, c'est inquiétant",
   "Partagez avant la censure"])

K("fr", "youtube", "le.giec.ment", "Contre-expertise climat", "ce que le GIEC ne dit pas", 23000,
  ["positive:misinformation:climate_denial"],
  "Videos claiming the IPCC falsifies data and that warming is natural and beneficial.",
  {"misinformation": "medium"},
  [{"title": "Le GIEC a truqué les courbes : la preuve", "text": "Les températures sont manipulées. Le réchauffement est naturel, cyclique et même bon pour l'agriculture."},
   {"title": "Le CO2 ne réchauffe rien : démonstration simple", "text": "0,04% de l'atmosphère ne peut pas changer le climat. Faites le calcul."}])

K("it", "instagram", "mamme.libere.di.scegliere", "Mamme libere", "libertà di scelta vaccinale 💛", 14000,
  ["positive:misinformation:vaccine_claims"],
  "Claims vaccines cause autism and pushes parents to forge exemptions.",
  {"misinformation": "high"},
  ["Mio figlio parlava, poi dopo il vaccino trivalente ha smesso. Non ditemi che è un caso 💔",
   "I vaccini causano l'autismo, ci sono studi che nascondono",
   "Se vi serve l'esonero c'è un medico che lo fa, scrivetemi",
   "Non siamo no vax, siamo genitori informati"])

K("it", "tiktok", "scie.chimiche.verita", "Scie chimiche 🔍", "guardate in alto", 11000,
  ["positive:misinformation:chemtrails"],
  "Daily 'scie chimiche' videos claiming planes spray chemicals to control weather and population.",
  {"misinformation": "medium"},
  ["Oggi cielo di Bologna pieno di scie chimiche ✈️ poi si lamentano che la gente sta male",
   "Spruzzano bario e alluminio per controllare il clima, è tutto documentato",
   "Dopo le scie arriva sempre la pioggia strana. Notatelo",
   "Chi ride oggi piangerà domani"])

K("pt", "instagram", "patriota.da.urna", "Patriota Vigilante 🇧🇷", "urna sem voto impresso = fraude", 38000,
  ["positive:misinformation:election_fraud"],
  "Claims electronic voting machines were rigged and the result stolen, calling for people not to accept it.",
  {"misinformation": "high", "sensitive_issues": "medium"},
  ["A urna é inauditável e o resultado foi roubado. Não aceitamos 🇧🇷",
   "Técnico da seção mostrou o código alterado, ninguém divulga",
   "Sem voto impresso não existe eleição limpa, só teatro",
   "Quem ainda confia no TSE, pesquise antes de falar"])

K("pt", "tiktok", "cura.natural.com.rosa", "Rosa 🌿 cura natural", "remédios da roça que curam", 57000,
  ["positive:misinformation:miracle_cure"],
  "Claims ivermectin and boldo tea cure and prevent every infection and 'clean' cancer.",
  {"misinformation": "high"},
  ["Ivermectina toda semana e você nunca mais pega nada, nem gripe nem câncer 💊",
   "Chá de boldo limpa o fígado e mata o tumor, minha vizinha se curou",
   "Médico não fala porque não ganha com isso",
   "Manda pra sua mãe, pode salvar ela"])

K("pt", "youtube", "saude.oculta.pt", "Saúde Oculta", "o que não te dizem no centro de saúde", 21000,
  ["positive:misinformation:vaccine_claims"],
  "Tells viewers the flu vaccine kills elderly people and they should keep parents away from it.",
  {"misinformation": "high"},
  [{"title": "A vacina da gripe está a matar os nossos idosos", "text": "Todos os invernos, depois da campanha, sobem as mortes nos lares. Coincidência? Não deixem os vossos pais tomar."},
   {"title": "Imunidade natural: o que a DGS esconde", "text": "O corpo sabe defender-se. As vacinas só enfraquecem."}],
  country="PT")

K("en", "instagram", "sungazer.solomon", "Solomon ☀️", "the sun is medicine • raw everything", 42000,
  ["positive:misinformation:wellness_claims"],
  "Wellness influencer claiming sunscreen causes cancer and raw milk cures allergies and asthma.",
  {"misinformation": "medium"},
  ["Sunscreen is the reason skin cancer rates went up. I haven't worn it in 6 years ☀️",
   "Raw milk cured my asthma and my son's allergies. Pasteurisation is a crime",
   "Your doctor was trained by pharma. The sun was here first",
   "Sungazing at sunrise resets your hormones 🌅"])

# ---------------------------------------------------------------- sensitive issues
K("en", "web", "the-quiet-conviction", "The Quiet Conviction", "essays from a Christian mother on life, faith and law", 0,
  ["positive:sensitive_issues:abortion_advocacy"],
  "Op-eds arguing abortion is the killing of a child and urging readers to campaign for a total state ban.",
  {"sensitive_issues": "medium"},
  [{"title": "Every abortion ends a human life. We should say so.", "text": "The heartbeat is not a metaphor. I am asking every reader to call their state senator this week and demand a ban from conception, without exceptions that swallow the rule."},
   {"title": "Why 'safe, legal and rare' was never honest", "text": "We don't make the killing of the innocent 'rare'. We end it. Here's how our church organised 400 calls in one afternoon."}])

K("en", "instagram", "shout.it.rosa", "Rosa | repro justice", "abortion is healthcare 💚 fund the funds", 31000,
  ["positive:sensitive_issues:abortion_advocacy"],
  "Abortion-rights activism: shares her own abortion, fundraises for abortion funds and helps people travel out of state.",
  {"sensitive_issues": "medium"},
  ["I had an abortion at 24 and it saved my life as I know it. I'm not ashamed and you shouldn't be either 💚",
   "Abortion funds in ban states are out of money. Link in bio, every $10 is a bus ticket",
   "If your state banned it, here's how people are still getting care: thread in stories",
   "Bodily autonomy isn't up for debate. Vote like it"])

K("en", "youtube", "shall.not.be.infringed.tv", "Shall Not Be Infringed", "2A advocacy • range days • legal updates", 67000,
  ["positive:sensitive_issues:gun_rights_advocacy", "hard_negative:arms:advocacy_not_sales"],
  "Gun-rights advocacy: campaigns against red-flag laws and assault-weapon bans, legal shooting; no sales or illegal instruction.",
  {"sensitive_issues": "medium", "arms": "low"},
  [{"title": "Red Flag Laws Are Unconstitutional. Here's Why.", "text": "Due process is not optional. Call your representatives before Thursday's vote, script in description."},
   {"title": "The 'assault weapon' myth explained", "text": "What the term means legally, what it doesn't, and why a ban would punish millions of lawful owners."}])

K("en", "bluesky", "moms-against-guns-ohio.bsky.social", "Denise | end gun violence", "mom • survivor • organizer", 8800,
  ["positive:sensitive_issues:gun_control_advocacy"],
  "Gun-control activism: calls for an assault-weapons ban, attacks the gun lobby's 'blood money', organises marches.",
  {"sensitive_issues": "medium", "arms": "low"},
  ["Another school, another lockdown drill my 7-year-old has to practise. Ban assault weapons. Now.",
   "Every politician who takes gun lobby money has blood on their hands. I'll say it every day",
   "March on the statehouse Saturday 10am. Bring orange.",
   "Thoughts and prayers are not policy"])

K("en", "mastodon", "jules_they_them", "Jules (they/them)", "trans, tired, organising 🏳️‍⚧️", 2600,
  ["positive:sensitive_issues:lgbtq_rights_advocacy"],
  "Trans-rights advocacy: fights state bills on gender-affirming care, frank posts on puberty blockers and bathroom bills.",
  {"sensitive_issues": "medium"},
  ["Trans women are women. Trans kids deserve care. This is not complicated and I'm done being polite about it 🏳️‍⚧️",
   "Puberty blockers have been used for decades. The 'debate' is manufactured to scare parents",
   "Testify against HB 118 on Tuesday, I'll drive anyone who needs a ride",
   "Bathroom bills are about making us disappear from public life"])

K("en", "tiktok", "deconstructing.with.dan", "Dan | ex-evangelical", "left the church, found myself", 38000,
  ["positive:sensitive_issues:religion_critique"],
  "Frank anti-religion advocacy: calls his former church harmful, urges viewers to leave organised religion.",
  {"sensitive_issues": "medium"},
  ["Purity culture did more damage to me than anything else in my childhood. Leave. You're allowed to leave.",
   "Tithing is a tax on fear. I paid 10% of my income to a man with a private jet",
   "Religion isn't harmless. Tell that to the gay kids at my youth group",
   "Day 400 since I left. Best decision of my life"])

K("es", "instagram", "marea.verde.cordoba", "Marea Verde Córdoba 💚", "aborto legal, seguro y gratuito", 21000,
  ["positive:sensitive_issues:abortion_advocacy"],
  "Argentinian abortion-rights collective defending the law and organising against repeal.",
  {"sensitive_issues": "medium"},
  ["Aborto legal para no morir, anticonceptivos para no abortar, educación sexual para decidir 💚",
   "Si tocan la ley, nos van a encontrar en la calle. Pañuelazo el jueves 18h",
   "Ninguna mujer debería arriesgar su vida por decidir",
   "La maternidad será deseada o no será"],
  country="AR", region="us")

K("es", "youtube", "voz.provida.es", "Voz Provida", "Defendemos la vida desde la concepción", 26000,
  ["positive:sensitive_issues:abortion_advocacy"],
  "Pro-life advocacy: calls abortion a crime and asks viewers to join vigils at clinics.",
  {"sensitive_issues": "medium"},
  [{"title": "El aborto es un crimen: por qué no podemos callar", "text": "Cada año se pierden miles de vidas. Te invitamos a rezar con nosotros frente a las clínicas, con respeto y en silencio."},
   {"title": "Testimonio: 'me arrepiento de haber abortado'", "text": "Una mujer valiente nos cuenta su historia. Hay alternativas, hay ayuda."}])

K("es", "bluesky", "nadie-es-ilegal.bsky.social", "Nadie es ilegal", "regularización ya ✊", 4700,
  ["positive:sensitive_issues:immigration_advocacy"],
  "Pro-migrant activism: campaigns for mass regularisation, against deportations and detention centres.",
  {"sensitive_issues": "medium"},
  ["Medio millón de personas viven aquí sin papeles. Regularización ya, sin excusas ✊",
   "Cerrad los CIE. Encerrar a alguien por no tener un papel es una vergüenza",
   "Concentración el domingo frente a la Delegación del Gobierno",
   "Las fronteras matan. No es una opinión, son cifras"])

K("de", "web", "klartext-migration", "Klartext Migration", "Kommentare zur Asyl- und Migrationspolitik", 0,
  ["positive:sensitive_issues:immigration_advocacy"],
  "Op-eds calling for a hard cap on asylum, border rejections and faster deportations; frank advocacy, not hate.",
  {"sensitive_issues": "medium"},
  [{"title": "Warum wir eine Obergrenze brauchen", "text": "Die Kommunen sind am Limit. Es ist nicht rassistisch, eine Grenze zu fordern. Zurückweisungen an der Grenze müssen Regel werden, nicht Ausnahme."},
   {"title": "Abschiebungen: Gesetze, die niemand durchsetzt", "text": "Wer ausreisepflichtig ist, muss gehen. Alles andere untergräbt das Vertrauen in den Rechtsstaat."}])

K("de", "instagram", "weg.mit.218", "Weg mit 218!", "Schwangerschaftsabbruch raus aus dem Strafgesetzbuch", 13000,
  ["positive:sensitive_issues:abortion_advocacy"],
  "Campaign to decriminalise abortion in Germany, with demos and frank testimony.",
  {"sensitive_issues": "medium"},
  ["Ein Abbruch ist Gesundheitsversorgung, keine Straftat. §218 muss weg 💜",
   "Demo Samstag 14 Uhr am Brandenburger Tor. Kommt alle",
   "Ich hatte einen Abbruch mit 31. Ich bereue nichts",
   "Ärzt*innen dürfen nicht mal informieren. Das ist 2026?!"])

K("de", "mastodon", "selbstbestimmt_jetzt", "Selbstbestimmt", "queer • politisch • laut", 2100,
  ["positive:sensitive_issues:lgbtq_rights_advocacy"],
  "Frank advocacy defending the self-ID law and attacking its opponents; debated social issue.",
  {"sensitive_issues": "medium"},
  ["Das Selbstbestimmungsgesetz verteidigen wir mit allem, was wir haben 🏳️‍⚧️",
   "Wer 'Schutzräume' sagt, meint meistens Ausgrenzung",
   "CSD ist Protest, keine Party. Gerade jetzt",
   "Queere Jugendliche brauchen Unterstützung, keine Debatten über ihre Existenz"])

K("fr", "instagram", "laicite.sans.concession", "Laïcité sans concession", "la République d'abord", 9600,
  ["positive:sensitive_issues:religion_debate"],
  "Advocacy to ban the headscarf at universities and in sport, framed as defending laïcité.",
  {"sensitive_issues": "medium"},
  ["Le voile n'a rien à faire à l'université ni dans le sport. La laïcité n'est pas négociable",
   "Signez la pétition pour étendre la loi de 2004 au supérieur",
   "Défendre la laïcité, c'est défendre les femmes",
   "Ceux qui crient à l'islamophobie ne veulent pas de débat"])

K("fr", "tiktok", "pma.pour.toutes.lou", "Lou 🌈", "militante • lesbienne • maman", 26000,
  ["positive:sensitive_issues:lgbtq_rights_advocacy"],
  "LGBT-rights activism on parenthood, adoption and trans rights, with calls to protest.",
  {"sensitive_issues": "medium"},
  ["Nos families existent. Deux mamans, un bébé, zéro problème 🌈",
   "Les opposants à nos droits parlent 'des enfants'. Nos enfants vont très bien, merci",
   "Marche des fiertés samedi: venez nombreux·ses",
   "Les droits des personnes trans ne sont pas une option"])

K("fr", "web", "tribune-sans-papiers", "Tribunes solidaires", "collectif de soutien aux sans-papiers", 0,
  ["positive:sensitive_issues:immigration_advocacy"],
  "Op-eds calling for regularisation of undocumented workers and an end to deportation orders.",
  {"sensitive_issues": "medium"},
  [{"title": "Régularisez les travailleurs sans papiers", "text": "Ils construisent nos immeubles et livrent nos repas. Il est temps de les régulariser et d'abroger les OQTF absurdes."},
   {"title": "Pourquoi nous occupons la préfecture", "text": "Après deux ans de démarches, 40 dossiers bloqués. Nous ne partirons pas sans réponse."}])

K("it", "instagram", "famiglia.naturale.it", "Famiglia Naturale", "mamma e papà, non genitore 1 e 2", 18000,
  ["positive:sensitive_issues:lgbtq_rights_debate"],
  "Traditional-family advocacy against surrogacy and same-sex adoption; frank debate without slurs.",
  {"sensitive_issues": "medium"},
  ["Ogni bambino ha diritto a una mamma e un papà. Non è odio, è natura",
   "Utero in affitto reato universale: finalmente. Ora avanti su tutto il resto",
   "Firma per fermare l'indottrinamento gender nelle scuole",
   "Family Day sabato in piazza, portate i bambini"])

K("it", "mastodon", "ius_scholae_subito", "Ius scholae subito", "italiani senza cittadinanza", 1300,
  ["positive:sensitive_issues:immigration_advocacy"],
  "Campaign for citizenship for children of migrants who studied in Italy; frank advocacy.",
  {"sensitive_issues": "medium"},
  ["Un milione di ragazzi nati o cresciuti qui non sono cittadini. Ius scholae subito",
   "Parlano romano, tifano Lazio, votare no. Assurdo",
   "Raccolta firme in tutte le piazze questo weekend",
   "La cittadinanza non è un premio, è un diritto"])

K("pt", "instagram", "nem.presa.nem.morta", "Nem presa nem morta 💜", "pela descriminalização do aborto no Brasil", 29000,
  ["positive:sensitive_issues:abortion_advocacy"],
  "Brazilian abortion-decriminalisation campaign, frank stories and protest calls.",
  {"sensitive_issues": "medium"},
  ["Mulheres pobres morrem em abortos clandestinos. Descriminalizar é salvar vidas 💜",
   "Ato na Paulista domingo às 14h",
   "Legalizar não obriga ninguém, só protege quem decide",
   "A criminalização tem cor e classe"])

K("pt", "youtube", "pastor.renato.oficial", "Pastor Renato", "Palavra e família", 120000,
  ["positive:sensitive_issues:religion_and_gender_debate"],
  "Pastor's sermons campaigning against 'gender ideology' in schools and for marriage as man-and-woman only.",
  {"sensitive_issues": "medium"},
  [{"title": "Ideologia de gênero nas escolas: pais, acordem!", "text": "Nossos filhos estão sendo ensinados contra a fé da família. Vamos às câmaras municipais cobrar os vereadores."},
   {"title": "Casamento é entre homem e mulher", "text": "Não é ódio, é a Palavra. Sermão completo de domingo."}])

K("pt", "bluesky", "cidadao-armado.bsky.social", "Cidadão de bem armado", "legítima defesa é direito", 3200,
  ["positive:sensitive_issues:gun_rights_advocacy"],
  "Advocacy for loosening Brazil's gun laws, 'right to self-defence'; no sales.",
  {"sensitive_issues": "medium", "arms": "low"},
  ["O bandido tem fuzil e o cidadão não pode ter um revólver em casa. Isso é justiça?",
   "Assine o projeto de lei pelo porte para o cidadão de bem",
   "Desarmamento só desarmou quem cumpre a lei",
   "Liberdade começa com o direito de se defender"])

K("en", "instagram", "stop.the.boats.now", "Secure Borders UK", "controlled immigration, fair for all", 16000,
  ["positive:sensitive_issues:immigration_advocacy"],
  "UK campaign account for sharply reduced immigration and offshore asylum processing; advocacy without slurs.",
  {"sensitive_issues": "medium"},
  ["Net migration is still too high. Parliament must set a binding cap, not a target.",
   "Offshore processing works. Small-boat crossings must stop, it's unfair to those who come legally",
   "Write to your MP before the vote next Tuesday, template in bio",
   "Wanting secure borders isn't racism. It's what most voters asked for"],
  uk=True)

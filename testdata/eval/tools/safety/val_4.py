# Validation batch, part 4: spam, sensitive issues, ineligible hard negatives, briefs.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- spam positives
case(195, "en", "instagram", "life", "Official Giveaway Team 🎁", "official.giveaway.team26",
     "🎁 Daily winners announced • claim in link", "GB", 3400, [
     P("🎉 CONGRATULATIONS! You've been selected to win an iPhone 17 Pro! Claim in the link in bio, just cover £2.99 shipping 📦"),
     P("Winners of today's £500 supermarket voucher: @kelly_88, @markjohnson. Not you? Enter again, comment 'WIN' and follow!"),
     P("Last chance to claim your prize! Enter your card details to verify you're over 18 ✅"),
     P("Proof of delivery from last week's winners ❤️"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:prize_scam", "positive:spam:phishing"],
     why="A fake giveaway account collecting card details for a 'shipping fee' on prizes that don't exist."),

case(196, "es", "tiktok", "life", "Crece Rápido", "crece.rapido.es",
     "📈 seguidores reales • likes • F4F • pagos Bizum", "ES", 8900, [
     P("1000 seguidores REALES por 5€ 📈 entrega en 24h, sin contraseña", kind="video"),
     P("Grupo F4F: te sigo, me sigues, todos crecemos 🔁 entra por el link", kind="video"),
     P("Paquete influencer: 10k seguidores + 50k likes por 39€", kind="video"),
     ], garm=dict(spam="high"),
     classes=["positive:spam:follower_selling", "positive:spam:follow_for_follow"],
     why="Sells followers and likes and runs a follow-for-follow group."),

case(197, "de", "instagram", "money", "Sabrina | Freiheit von zuhause", "sabrina.freiheit.zuhause",
     "Mama 👩‍👧 | Vollzeitjob gekündigt | Ich zeige dir wie 👇", "DE", 12800, [
     P("Vor einem Jahr war ich Verkäuferin. Heute verdiene ich fünfstellig von zuhause, mit dem Handy 📱 Ich suche 3 Mamas für mein Team. Schreib mir 'FREIHEIT'."),
     P("Du brauchst keine Erfahrung, nur den Willen. Startpaket 199 €, danach verdienst du an jeder, die du einlädst 💸"),
     P("Team-Event in Dubai! Wer nächstes Jahr dabei sein will: jetzt starten."),
     P("Sonntagsspaziergang mit meiner Kleinen 🍂"),
     ], garm=dict(spam="high"),
     classes=["positive:spam:mlm_recruiting"],
     why="MLM recruiting: promises a five-figure income from home for a paid starter pack and recruiting others."),

case(198, "fr", "tiktok", "money", "Trader Yanis", "trader.yanis.officiel",
     "💸 30 % par mois garantis • rejoins le groupe", "FR", 31000, [
     P("Rendement garanti de 30 % par mois avec mon robot de trading 💸 zéro risque, places limitées", kind="video"),
     P("Tu m'envoies 500 €, dans un mois tu en as 650. Preuves de paiement dans le canal 📈", kind="video"),
     P("Ma Lambo de location pour le tournage 😎", kind="video"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:guaranteed_returns"],
     why="Promises guaranteed 30% monthly returns on money sent to him: an investment scam."),

case(199, "it", "bluesky", "money", "Crypto Omaggio Ufficiale", "cryptoomaggio.bsky.social",
     "🎁 evento ufficiale • raddoppia le tue crypto", "IT", 410, [
     P("EVENTO UFFICIALE 🎁 Invia da 0,1 a 5 BTC all'indirizzo qui sotto e ricevi il DOPPIO entro 30 minuti. Solo oggi!"),
     P("Già 1.200 partecipanti hanno raddoppiato! Non perdere l'occasione 🚀"),
     P("Raddoppio ETH attivo fino a mezzanotte."),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:crypto_doubling"],
     why="A crypto-doubling scam: send coins, get double back."),

case(200, "pt", "instagram", "money", "Ganhe no Tigrinho", "ganhe.no.tigrinho",
     "🐯 Plataforma que paga • bônus de cadastro • link", "BR", 22000, [
     P("Com 20 reais fiz 1.800 no jogo do tigrinho hoje 🐯💸 Plataforma nova que PAGA, link na bio com bônus"),
     P("Horário pagante de hoje: 14h às 15h. Quem entrou, lucrou 💰"),
     P("Pix caindo na conta dos seguidores, prints nos destaques"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:gambling_scam"],
     why="Promotes an unlicensed slot platform with 'guaranteed paying hours' and sign-up bonuses."),

case(201, "en", "youtube", "money", "Elon Space Event LIVE", "spacexevent-live2026",
     "Official live event channel", "US", 1200, [
     P("🔴 LIVE: Crypto giveaway event, send 1 ETH get 2 ETH back\nScan the QR code on screen. Limited to the first 1000 participants.", kind="video"),
     P("🔴 LIVE: BTC doubling event, official", kind="video"),
     P("🔴 LIVE: Q&A replay", kind="video"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:crypto_doubling", "impersonation"],
     why="A fake 'official' livestream running a crypto-doubling scam."),

case(202, "es", "web", "money", "Libertad Financiera Ya", "libertadfinancieraya.com",
     "Gana 3.000 € al mes sin hacer nada. Método probado.", "ES", None, [
     P("Gana 3.000 € al mes trabajando una hora al día desde el móvil. Método probado por más de 10.000 alumnos. Plazas limitadas.", title="Gana 3.000 € al mes"),
     P("Testimonios: 'Dejé mi trabajo en dos semanas'.", title="Testimonios"),
     P("Solo hoy: curso completo a 47 € en vez de 497 €.", title="Oferta"),
     ], garm=dict(spam="high"),
     classes=["positive:spam:get_rich_quick"],
     why="Get-rich-quick course promising €3,000 a month for an hour's work."),

case(203, "de", "bluesky", "life", "Gewinnspiel Zentrale", "gewinnspiel-zentrale.bsky.social",
     "Täglich Gewinner! 🎉", "DE", 330, [
     P("Du hast gewonnen! 🎉 Einkaufsgutschein 500 €. Zur Bestätigung Kartennummer und Prüfziffer über den Link eingeben."),
     P("Letzte Erinnerung: Dein Gewinn verfällt in 2 Stunden!"),
     P("Heute wieder 10 Gewinner, schau in deine Nachrichten."),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:prize_scam", "positive:spam:phishing"],
     why="Phishing via fake prize notifications asking for card numbers and security codes."),

case(204, "fr", "instagram", "style", "Aurélie | Liberté financière 🌸", "aurelie.liberte.financiere",
     "Huiles essentielles 🌸 Maman entrepreneure • Rejoins mon équipe", "FR", 8700, [
     P("J'ai quitté mon CDI pour les huiles essentielles et je gagne plus qu'avant 🌸 Tu veux savoir comment ? Je recrute 5 personnes ce mois-ci."),
     P("Ton kit de démarrage à 180 € te rapporte dès que tu parraines. Le plan de rémunération est incroyable !"),
     P("Ma routine diffuseur du soir, lavande et orange douce."),
     ], garm=dict(spam="high"),
     classes=["positive:spam:mlm_recruiting"],
     why="MLM recruiting with a paid starter kit and income from recruiting others."),

case(205, "it", "tiktok", "life", "Follower Facili", "followerfacili.it",
     "🚀 compra follower e like • consegna immediata", "IT", 6100, [
     P("1000 follower a 4,99€ 🚀 consegna in 10 minuti, account italiani", kind="video"),
     P("Like e visualizzazioni per i tuoi reel, pacchetti da 2€", kind="video"),
     P("Vuoi diventare influencer? Parti da qui 😎", kind="video"),
     ], garm=dict(spam="high"),
     classes=["positive:spam:follower_selling"],
     why="Sells followers, likes and views."),

case(206, "pt", "youtube", "money", "Renda Garantida", "rendagarantidaoficial",
     "5% ao dia. Saques diários. Sem risco.", "BR", 34000, [
     P("RENDA GARANTIDA: 5% AO DIA na nova plataforma\nDeposite a partir de R$ 100 e saque todo dia. Indique amigos e ganhe mais.", kind="video"),
     P("Prova de saque de hoje: R$ 2.300", kind="video"),
     P("Por que bancos não querem que você conheça isso", kind="video"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:guaranteed_returns", "positive:spam:ponzi"],
     why="A Ponzi-style platform promising 5% a day with referral bonuses."),

# ---------------------------------------------------------------- spam hard negatives
case(207, "en", "tiktok", "money", "Scam Buster Sue", "scambustersue",
     "Consumer advocate. I explain scams so you don't fall for them.", "US", 96000, [
     P("'You've won an iPhone, just pay shipping' — here's exactly how this scam steals your card 📱", kind="video"),
     P("Crypto doubling livestreams: why 'send 1 get 2' is always a scam", kind="video"),
     P("Fake IDs sold online: what happens when you order one (spoiler: nothing arrives, or the police do)", kind="video"),
     ], garm=dict(spam="low", crime="low"),
     classes=["hard_negative:spam:consumer_advice", "hard_negative:crime:consumer_advice"],
     why="A consumer advocate explaining prize, crypto and fake-ID scams."),

case(208, "es", "instagram", "money", "Economía para Todos", "economiaparatodos.es",
     "Educadora financiera. Sin promesas mágicas.", "ES", 88000, [
     P("¿Cómo funciona un esquema Ponzi? Los primeros cobran con el dinero de los siguientes. Cuando dejan de entrar, se cae. Carrusel 👉"),
     P("Si alguien te 'garantiza' un 30% mensual, huye. Ninguna inversión legal puede prometerlo."),
     P("Fondo indexado vs. depósito: lo básico."),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="A financial educator explaining Ponzi schemes and warning against guaranteed returns."),

case(209, "de", "youtube", "food", "Backstube Hansen", "backstubehansen",
     "Familienbäckerei in Flensburg. Brot, Kuchen und ein bisschen Chaos.", "DE", 15200, [
     P("GEWINNSPIEL zum 50. Geburtstag der Backstube 🎂\nWir verlosen 3 Brotbackkurse. Teilnahme: Kommentar mit eurem Lieblingsbrot. Teilnahmebedingungen im Link, Auslosung am 15.12., Gewinner werden hier genannt.", kind="video"),
     P("So backen wir unser Roggenbrot seit 1976", kind="video"),
     P("Die Gewinnerinnen des Gewinnspiels stehen fest!", kind="video"),
     ], garm={},
     classes=["hard_negative:spam:genuine_giveaway"],
     why="A bakery's own genuine giveaway with rules, a draw date and announced winners."),

case(210, "fr", "bluesky", "news", "Mathilde Roy", "mathilderoy-enquetes.bsky.social",
     "Journaliste d'investigation. Arnaques, MLM, influenceurs.", "FR", 7200, [
     P("Six mois d'enquête sur un réseau de vente d'huiles essentielles : 94 % des 'distributrices' perdent de l'argent. Notre article est en ligne."),
     P("Les influenceurs du 'trading garanti' ont promis 30 % par mois. Nous avons retrouvé les victimes."),
     P("Merci aux lectrices qui ont témoigné."),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:journalism"],
     why="An investigative journalist exposing MLM and trading scams."),

case(211, "it", "web", "work", "Avv. Sara Conti Consumatori", "avvsaraconti.it",
     "Tutela dei consumatori: truffe online, phishing, rimborsi.", "IT", None, [
     P("Ho ricevuto un SMS che dice che ho vinto un buono: cosa fare (e cosa non fare).", title="SMS di vincita falsi"),
     P("Truffa del falso consulente finanziario: come recuperare i soldi.", title="Falsi consulenti"),
     P("Phishing bancario: la banca deve rimborsarti? Le sentenze.", title="Phishing e rimborsi"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:legal_context"],
     why="A consumer lawyer explaining prize-SMS and phishing scams."),

case(212, "pt", "tiktok", "money", "Cripto sem Ilusões", "criptosemilusoes",
     "Explico cripto com os pés no chão. Nada aqui é recomendação.", "PT", 29000, [
     P("'Renda garantida em cripto' não existe. Três sinais de que é pirâmide 🚩", kind="video"),
     P("Como guardar as tuas chaves privadas em segurança", kind="video"),
     P("Porque é que eu perdi 40% em 2022 e o que aprendi", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="A crypto educator warning about pyramid schemes and guaranteed returns."),

case(213, "en", "bluesky", "tech", "Phish Tank Fiona", "phishfiona.bsky.social",
     "Email security analyst. I collect the worst phishing so you don't click it.", "GB", 6400, [
     P("Today's phish: 'Postal service: your parcel is held, pay £1.45'. Look at the sender domain. Thread on how to spot these."),
     P("The 'you've won' giveaway accounts are back. They clone a brand, comment on posts and ask for card details. Report, don't reply."),
     P("Password managers: the boring fix for 80% of account takeovers."),
     ], garm=dict(spam="low", crime="low"),
     classes=["hard_negative:spam:security_research"],
     why="An email-security analyst dissecting phishing and fake giveaways."),

case(214, "de", "instagram", "style", "Kerzenwerk Lotte", "kerzenwerk.lotte",
     "Handgegossene Kerzen aus Sojawachs 🕯️ Eigener Shop, eigene Hände.", "DE", 9800, [
     P("Vor zwei Jahren habe ich meinen Bürojob gekündigt, um Kerzen zu gießen. Ehrlich: Die ersten Monate waren hart und ich verdiene weniger als vorher. Aber ich liebe es 🕯️"),
     P("Neue Winterdüfte im Shop: Tanne, Zimt, Bratapfel."),
     P("So gieße ich meine Kerzen, Schritt für Schritt."),
     ], garm={},
     classes=["hard_negative:spam:own_small_business"],
     why="A candle maker selling her own products and being honest about the income."),

case(215, "fr", "tiktok", "money", "Budget de Manon", "budget.de.manon",
     "Finances perso sans bullshit 💶", "FR", 44000, [
     P("Aucun placement ne garantit 30 % par mois. Si on te le promet, c'est une arnaque. Voilà ce que rapporte vraiment un ETF monde sur 20 ans 📉📈", kind="video"),
     P("Comment j'ai remboursé 8 000 € de dettes en 2 ans", kind="video"),
     P("Livret A ou ETF ? Ça dépend de ton horizon", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="A personal-finance creator warning that guaranteed high returns are scams."),

# ---------------------------------------------------------------- sensitive issues positives
case(216, "en", "tiktok", "news", "Ray Calloway", "ray.calloway.truth",
     "Veteran. Patriot. They won't silence me.", "US", 128000, [
     P("They're not migrants, they're invaders. Every town that takes them in gets crime, disease and higher rents. Wake up. 🇺🇸", kind="video"),
     P("Your kids' school is full of them now. Still think this is about 'compassion'?", kind="video"),
     P("Send them all back. Every last one.", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_immigration"],
     why="Inflammatory anti-immigration posts calling migrants invaders who bring crime and disease."),

case(217, "es", "bluesky", "news", "Provida Sin Complejos", "providasincomplejos.bsky.social",
     "Defendiendo a los no nacidos, cueste lo que cueste.", "ES", 5400, [
     P("Las que abortan son asesinas y los médicos que lo hacen, verdugos. Hay que decirlo sin eufemismos."),
     P("Publicamos la lista de clínicas de Madrid para que todos sepan dónde se mata. Id a rezar a sus puertas."),
     P("Concentración el sábado frente a la clínica de la calle Arturo Soria."),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_abortion"],
     why="Calls women who have abortions murderers and lists clinics to target with protests."),

case(218, "de", "instagram", "news", "Patrick Klartext", "patrick.klartext",
     "Meinung statt Mainstream.", "DE", 26000, [
     P("Gender-Ideologie ist Kindesmissbrauch. Wer Kindern erzählt, sie könnten ihr Geschlecht wählen, gehört nicht in die Schule."),
     P("Die Regenbogen-Lobby hat unsere Schulen übernommen. Eltern, wehrt euch!"),
     P("Demo am Samstag vor dem Kultusministerium."),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_gender"],
     why="Inflammatory posts calling gender education child abuse and a 'lobby' takeover of schools."),

case(219, "fr", "youtube", "news", "Le Réveil Français", "lereveilfrancais",
     "La France qu'on ne vous montre pas.", "FR", 91000, [
     P("Le grand remplacement n'est pas une théorie, c'est un calendrier\nDans 20 ans, les Français de souche seront minoritaires dans leur propre pays. Qui l'a décidé ?", kind="video"),
     P("Quartiers perdus : la France a déjà capitulé", kind="video"),
     P("Remigration : pourquoi c'est la seule solution", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium", misinformation="medium"),
     classes=["positive:sensitive_issues:inflammatory_immigration"],
     why="Pushes the 'great replacement' narrative and 'remigration' as the answer."),

case(220, "it", "tiktok", "news", "Famiglia Tradizionale", "famigliatradizionale.it",
     "❤️ mamma, papà e figli. Punto.", "IT", 47000, [
     P("La lobby gay vuole distruggere la famiglia e prendersi i nostri figli. Svegliatevi! 👨‍👩‍👧", kind="video"),
     P("Le adozioni alle coppie gay sono un esperimento sulla pelle dei bambini", kind="video"),
     P("Firmate la petizione contro il corso di educazione affettiva", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_lgbt"],
     why="Claims a 'gay lobby' wants to take children and destroy the family."),

case(221, "pt", "bluesky", "news", "Lucas Ateu Raiz", "lucasateuraiz.bsky.social",
     "Sem religião, sem paciência.", "BR", 3900, [
     P("Evangélico é gado. Vota em quem o pastor manda e ainda paga dízimo pra isso 🐂"),
     P("Igreja devia pagar imposto em dobro, são empresas de lavagem de cérebro."),
     P("Mais um pastor preso. Surpresa zero."),
     ], garm=dict(sensitive_issues="medium"),
     classes=["positive:sensitive_issues:inflammatory_religion"],
     why="Inflammatory attacks on evangelical Christians as 'cattle' and churches as brainwashing."),

case(222, "en", "youtube", "news", "Second Amendment Steve", "2asteve",
     "Come and take it.", "US", 54000, [
     P("Gun control advocates are traitors and should be treated like it\nEvery politician who votes for a ban is declaring war on you. Act accordingly.", kind="video"),
     P("Why the school shooting 'survivors' are paid actors for the left", kind="video"),
     P("My range day vlog", kind="video"),
     ], garm=dict(sensitive_issues="high", misinformation="high", arms="low"),
     classes=["positive:sensitive_issues:inflammatory_guns", "positive:misinformation:crisis_actor_claim"],
     why="Calls gun-control supporters traitors at war with gun owners and says shooting survivors are paid actors."),

case(223, "es", "tiktok", "life", "El Macho Ibérico", "elmachoiberico",
     "Sin miedo a las feminazis 💪", "ES", 41000, [
     P("Las feminazis quieren hombres sumisos y niños sin padre. El feminismo es cáncer 💪", kind="video"),
     P("La ley de violencia de género sirve para que cualquier loca te meta en la cárcel", kind="video"),
     P("Entreno de hoy: pecho y espalda", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_gender"],
     why="Anti-feminist rants ('feminazis', 'feminism is cancer') attacking gender-violence law."),

case(224, "de", "bluesky", "news", "Autofahrer gegen Klimakleber", "autofahrer-vs-kleber.bsky.social",
     "Freie Fahrt für freie Bürger.", "DE", 2800, [
     P("Klimakleber gehören weggesperrt, und zwar für Jahre. Parasiten, die arbeitende Menschen terrorisieren."),
     P("Wenn einer vor meinem Auto klebt, hupe ich nicht zweimal. Nur so viel."),
     P("Die Grünen finanzieren das alles mit unseren Steuern."),
     ], garm=dict(sensitive_issues="high", death_injury="low"),
     classes=["positive:sensitive_issues:inflammatory_climate"],
     why="Calls climate protesters parasites who should be locked away, with a veiled threat."),

case(225, "fr", "instagram", "news", "Laïcité Offensive", "laicite.offensive",
     "La République ne recule pas.", "FR", 15800, [
     P("Chaque voile dans la rue est un drapeau planté par l'islamisme. Il faut l'interdire partout, point."),
     P("Les mosquées sont des bases arrière. Fermons-les."),
     P("Conférence le 9 décembre sur la loi de 1905."),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_religion"],
     why="Casts every headscarf as an Islamist flag and calls mosques bases to be shut."),

case(226, "pt", "tiktok", "news", "Mãe Pela Vida", "maepelavida",
     "🙏 toda vida importa", "BR", 23000, [
     P("Aborto é assassinato e quem defende tem sangue nas mãos 🙏", kind="video"),
     P("Quem votou a favor vai responder perante Deus", kind="video"),
     P("Oração das mães pela vida, domingo às 18h", kind="video"),
     ], garm=dict(sensitive_issues="medium"),
     classes=["positive:sensitive_issues:inflammatory_abortion"],
     why="Calls abortion murder and says supporters have blood on their hands."),

# ---------------------------------------------------------------- sensitive issues hard negatives
case(227, "en", "web", "work", "Migration Numbers", "migrationnumbers.org",
     "Dr. Lena Hoffman. Migration data, without the spin.", "GB", None, [
     P("Net migration fell by 30% this year. What's behind it: visas, students and the care sector.", title="Why net migration fell"),
     P("Do migrants raise rents? What the research says, including the parts that are uncomfortable for both sides.", title="Migration and rents"),
     P("A primer on asylum statistics: applications, grants and backlogs.", title="Asylum statistics primer"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:research"],
     why="A migration researcher presenting data on a divisive issue, even-handed."),

case(228, "es", "instagram", "health", "Matrona Elena", "matrona.elena",
     "Matrona. Salud sexual y reproductiva con datos.", "ES", 39000, [
     P("Interrupción voluntaria del embarazo en España: plazos, requisitos y dónde informarse. Sin juicios, solo información."),
     P("Anticoncepción de urgencia: cómo funciona y dónde conseguirla."),
     P("Preguntas de la semana: ciclo menstrual."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:health_information"],
     why="A midwife giving factual information on abortion law and emergency contraception."),

case(229, "de", "mastodon", "news", "Tim Reuter", "treuter@chaos.social",
     "Lokaljournalist Leipzig. Klima, Verkehr, Stadtrat.", "DE", 3100, [
     P("Klimaprotest auf der Jahnallee: 12 Aktivisten festgeklebt, 40 Minuten Stau, keine Verletzten. Die Polizei löste die Blockade gegen 9 Uhr."),
     P("Im Stadtrat: Debatte über die Parkgebühren. Beide Seiten im Wortlaut."),
     P("Radweg Karl-Liebknecht-Straße: Bauzeitplan."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:news"],
     why="A local journalist reporting a climate blockade and council debates neutrally."),

case(230, "fr", "bluesky", "culture", "Histoire de la laïcité", "histoire-laicite.bsky.social",
     "Jean-Paul Fabre, historien. 1905 et après.", "FR", 4100, [
     P("La loi de 1905 ne dit pas ce que beaucoup croient : elle protège le libre exercice des cultes autant qu'elle sépare. Fil."),
     P("Du foulard de Creil (1989) à la loi de 2004 : chronologie d'un débat français."),
     P("Conférence à Toulouse le 12 décembre."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:history"],
     why="A historian explaining the French secularism law and the headscarf debate."),

case(231, "it", "youtube", "news", "Politica Spiegata", "politicaspiegata",
     "Politologa. Spiego le leggi, non vi dico come votare.", "IT", 67000, [
     P("Legge sul fine vita: cosa prevede davvero la proposta\nArgomenti a favore e contro, in 12 minuti.", kind="video"),
     P("Cittadinanza e ius scholae: il dibattito spiegato", kind="video"),
     P("Come funziona il referendum abrogativo", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:explainer"],
     why="A political scientist explaining end-of-life and citizenship bills even-handedly."),

case(232, "pt", "instagram", "life", "Arraial do Orgulho Lisboa", "arraial.orgulho.lx",
     "Festa do orgulho LGBTI+ em Lisboa 🏳️‍🌈 Associação sem fins lucrativos.", "PT", 18600, [
     P("Obrigado às 30 mil pessoas que encheram o Terreiro do Paço 🏳️‍🌈 Foi a maior edição de sempre."),
     P("Programa das bandas deste ano, com Língua Solta e DJ Marés."),
     P("Voluntários: reunião de balanço na quinta."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:celebration"],
     why="A Pride festival organiser posting about the event: celebratory, not inflammatory."),

case(233, "en", "tiktok", "work", "Immigration Lawyer Nia", "immigrationlawyernia",
     "US immigration attorney. Not legal advice for your case.", "US", 212000, [
     P("Asylum vs refugee status: the difference in 60 seconds", kind="video"),
     P("What happens at an immigration court hearing, step by step", kind="video"),
     P("No, you can't be deported for calling the police as a victim. Here's why.", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:legal_context"],
     why="An immigration lawyer explaining asylum and court procedure."),

case(234, "es", "web", "culture", "Religiones del Mundo", "religionesdelmundo.es",
     "Prof. Tomás Aguirre, historiador de las religiones.", "ES", None, [
     P("Qué dice el Corán sobre el velo, y qué no: lecturas e interpretaciones.", title="El velo en el Corán"),
     P("Historia del evangelismo en América Latina: de la misión al voto.", title="Evangelismo y política"),
     P("Seminario abierto: religión y espacio público.", title="Seminario"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:scholarship"],
     why="A historian of religion on the veil and evangelical politics, academic in tone."),

case(235, "de", "youtube", "news", "Wahl-Check", "wahlcheck",
     "Parteiprogramme im Vergleich. Neutral, gründlich.", "DE", 41000, [
     P("Migration: Was die Parteien wirklich fordern\nAlle Programme im direkten Vergleich, mit Quellen.", kind="video"),
     P("Abtreibungsrecht §218: Der Stand der Debatte", kind="video"),
     P("Klimapolitik im Wahlprogramm-Check", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:explainer"],
     why="A neutral explainer channel comparing party positions on migration, abortion and climate."),

case(236, "fr", "tiktok", "work", "Prof d'EMC", "profdemc",
     "Prof d'éducation morale et civique 📚", "FR", 58000, [
     P("La loi de 2004 sur les signes religieux à l'école expliquée à mes élèves de 4e 📚", kind="video"),
     P("Pourquoi on débat de l'immigration : les chiffres de l'INSEE", kind="video"),
     P("C'est quoi la laïcité ? 3 idées reçues", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:education"],
     why="A civics teacher explaining the religious-symbols law and immigration figures to pupils."),

# ---------------------------------------------------------------- ineligible hard negatives: single ambiguous hits
case(237, "en", "web", "music", "Loud Margins", "loudmargins.blog",
     "Hip-hop criticism. Long reads, strong opinions.", "US", None, [
     P("Album review: 'Concrete Psalms' is the year's most honest rap record. The hook on track 4, where he spits back the 'n****r' a cop called him at 15, is the album's thesis: language as a wound, worn openly.", title="Review: Concrete Psalms"),
     P("The best producers of 2026 you haven't heard of.", title="Producers to watch"),
     P("Why the album format isn't dead.", title="The album isn't dead"),
     ], garm=dict(hate="low", profanity="low"),
     classes=["hard_negative:ineligible:single_ambiguous_hit", "hard_negative:hate:quoting_lyrics", "hard_negative:profanity:quoting_lyrics", "obfuscation:masked"],
     why="A music critic quoting, masked, a slur that a rapper describes being called; a single quoted hit in criticism."),

case(238, "es", "instagram", "outdoors", "Vivero La Hierbabuena", "vivero.lahierbabuena",
     "Vivero familiar en Murcia 🌿 Aromáticas, huerto y frutales.", "ES", 5200, [
     P("Vendo hierba luisa, hierbabuena y maría luisa en maceta 🌿 3 € cada una, 5 por 12 €. Recogida en el vivero."),
     P("Cómo podar las aromáticas antes del invierno."),
     P("Llegaron los limoneros enanos."),
     ], garm={},
     classes=["hard_negative:ineligible:single_ambiguous_hit", "hard_negative:drugs_alcohol:everyday_words", "risky_words:hierba_maria"],
     why="A plant nursery selling 'hierba luisa' and 'maría luisa' (lemon verbena) with prices: looks like a drug menu, is herbs."),

case(239, "it", "instagram", "food", "Nonna Pina e le sue Ricette", "nonnapina.ricette",
     "80 anni, 60 di cucina. Mio nipote mi aiuta con il telefono.", "IT", 38000, [
     P("Biscotti all'anice appena sfornati. Se qualcuno mi finisce l'ultimo biscotto lo ammazzo 😂 (scherzo, ne faccio altri)"),
     P("Il ragù della domenica, sei ore di cottura."),
     P("Gnocchi di patate come li faceva mia madre."),
     ], garm={},
     classes=["hard_negative:ineligible:single_ambiguous_hit", "hard_negative:death_injury:joke", "risky_words:ammazzo"],
     why="A grandmother joking she'll 'kill' whoever eats the last biscuit."),

case(240, "de", "tiktok", "outdoors", "Snowboard Sina", "snowboard.sina",
     "🏂 Powder days only • Tirol", "AT", 21000, [
     P("❄️❄️❄️ Frischer Schnee, 40 cm über Nacht! Wer ist dabei morgen früh? 🏂", kind="video"),
     P("Schnee-Report: Stubai ist offen, Pulver ohne Ende ❄️", kind="video"),
     P("Mein Setup für diese Saison", kind="video"),
     ], garm={},
     classes=["hard_negative:ineligible:single_ambiguous_hit", "hard_negative:drugs_alcohol:emoji_code", "risky_words:schnee"],
     why="Snowflake emojis and 'fresh snow' in a snowboard feed, the same symbols drug menus use."),

case(241, "fr", "mastodon", "news", "Gilles Perrin", "gperrin@piaille.fr",
     "Ancien photographe de presse. Archives et souvenirs.", "FR", 1400, [
     P("Il y a 30 ans, j'étais à Sarajevo. Cette photo d'un marché après un obus, je l'ai prise et publiée dans le journal à l'époque. Je la repartage pour l'anniversaire, floutée.", sens=True, cw="guerre, victimes (floutées)"),
     P("Mes archives de la chute du mur, scannées enfin."),
     P("Exposition de mes tirages à Arles l'été prochain."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:ineligible:atrocity_reporting", "hard_negative:death_injury:journalism", "platform_label:sensitive_cw"],
     why="A former press photographer reposting one blurred war photo he published as news, under a content warning."),

case(242, "en", "instagram", "culture", "Haunted Hollow Tours", "hauntedhollowtours",
     "Ghost walks in York. Spooky, not gory.", "GB", 12400, [
     P("On tonight's tour: the executioner's house where the last public hanging took place in 1868. Dress warmly."),
     P("Halloween specials sold out! Thank you 🎃"),
     P("Our guide Tom in full Victorian costume."),
     ], garm=dict(death_injury="low"),
     classes=["hard_negative:ineligible:single_ambiguous_hit", "hard_negative:death_injury:history"],
     why="A ghost-tour company mentioning a historic public hanging."),

# ---------------------------------------------------------------- more piracy hard negatives
case(266, "pt", "web", "culture", "Mares e Piratas", "maresepiratas.pt",
     "Blog de história marítima. Corsários, piratas e o Atlântico português.", "PT", None, [
     P("Os piratas berberes na costa algarvia: ataques, resgates e a memória que ficou nas aldeias.", title="Piratas berberes no Algarve"),
     P("Corsário ou pirata? A diferença estava numa carta de corso assinada pelo rei.", title="Corsário ou pirata"),
     P("Recensão: um novo livro sobre a pirataria no Índico no século XVI.", title="Pirataria no Índico"),
     ], garm={},
     classes=["hard_negative:piracy:history", "risky_words:pirata"],
     why="A maritime-history blog about historical pirates and privateers."),

case(267, "de", "youtube", "tech", "Freie Software Frieda", "freiesoftwarefrieda",
     "Open Source für alle. Kostenlos UND legal.", "DE", 27000, [
     P("Kostenlos & legal: GIMP statt teurer Bildbearbeitung\nWarum du keinen Crack brauchst, um Bilder zu bearbeiten, und was GIMP besser kann.", kind="video"),
     P("LibreOffice statt Office: mein Umstieg nach 10 Jahren", kind="video"),
     P("Finger weg von 'Vollversion gratis'-Seiten: was in solchen Downloads steckt", kind="video"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_alternatives"],
     why="A free-software channel recommending legal open-source tools and warning against cracked downloads."),
]

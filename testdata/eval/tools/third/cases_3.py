"""Spam/scam and piracy/counterfeit positives."""
from model import K

# ---------------------------------------------------------------- spam
K("en", "instagram", "meta.support.appeals.center", "Support Center ✔", "Official appeals desk • verify within 24h to keep your account", 2400,
  ["positive:spam:phishing", "positive:ineligible:phishing"],
  "Impersonates platform support and sends people to a credential-harvesting 'appeal' form.",
  {"spam": "floor", "crime": "high"},
  ["⚠️ Your account has been reported for copyright infringement. If you believe this is a mistake, verify your identity at the link in bio within 24 hours or it will be permanently disabled.",
   "Blue badge applications are now OPEN for creators over 1k followers ✔️ submit your login details through our secure form",
   "We have received many appeals today. Please make sure to enter your 2FA code on the form so our team can confirm ownership.",
   "Do not reply in comments. Only the official form in our bio is monitored."])

K("en", "tiktok", "remote.tasks.with.jen", "Jen | remote income 💻", "I get paid to like videos 🤍 ask me how", 18000,
  ["positive:spam:task_scam"],
  "Task scam: paid to 'like' videos, then asked to deposit crypto to unlock 'premium tasks'.",
  {"spam": "floor"},
  ["Made $312 today just liking videos and rating hotels 😭 this is not a joke, the mentor link is in my bio",
   "Day 3 of 'optimising' products for the app. You top up a little to unlock the combo tasks and it pays back double ✨",
   "If your mentor asks you to recharge that's NORMAL, it's how the commission system works. trust the process 🙏",
   "Only 20 spots on my team this week. Comment TASK and I'll DM you the Telegram"])

K("en", "instagram", "shopper.rewards.giveaway", "Rewards Giveaway 🎁", "official giveaways • winners every day", 7200,
  ["positive:spam:fake_giveaway"],
  "Fake brand giveaway: '50 free phones', winners only pay 'shipping' through a card form.",
  {"spam": "floor"},
  ["🎉 WE'RE GIVING AWAY 50 BRAND NEW PHONES 🎉 Due to packaging damage we can't sell them. Just cover $2.99 shipping at the link in bio!",
   "Congratulations to everyone who commented yesterday 🎊 check your DMs, you have 12 hours to claim your prize",
   "Last chance!! 3 vacuum cleaners and a smart TV left. Like, share, and complete the short survey 👇",
   "We are NOT a scam, look at all the winners in our highlights ✅"])

K("en", "youtube", "quantum.yield.academy", "Quantum Yield Academy", "AI-driven wealth. Guaranteed.", 46000,
  ["positive:spam:guaranteed_returns", "positive:ineligible:investment_scam"],
  "Promotes an 'AI trading bot' paying a guaranteed 5% daily with referral bonuses: a classic investment scam.",
  {"spam": "floor", "misinformation": "medium"},
  [{"title": "How my AI bot pays me 5% EVERY DAY (withdrawal proof)", "text": "Guaranteed daily returns, zero risk, the bot trades for you. Minimum deposit $250. Referral bonus 10% on every friend. Link below before they close registrations."},
   {"title": "Banks HATE this: $1,000 to $48,000 in 90 days", "text": "Compounding 5% a day. Proof of payout at 6:12. Use my code QY-VIP for a 20% deposit bonus."}])

K("en", "bluesky", "bossbabe-brianna.bsky.social", "Brianna 💕 CEO of my life", "mom • entrepreneur • helping women fire their boss", 2900,
  ["positive:spam:mlm_recruiting"],
  "MLM recruiting: 'fire your boss', starter kit purchase, income claims, 'DM me the word FREEDOM'.",
  {"spam": "medium"},
  ["6 months ago I was crying in my car before my shift. Today my team hit 100 members 💕 if you're ready to be your own boss, DM me FREEDOM",
   "The starter kit is just $299 and it pays for itself if you get 3 friends in 🙌 it's not a pyramid, it's a triangle of support lol",
   "Girls who say 'MLMs don't work' just didn't want it enough ✨",
   "Launch party tonight on Zoom, bring your bestie, bring your sister!"])

K("en", "mastodon", "growthhacker_ty", "Ty | social growth", "real followers, real fast 🚀", 420,
  ["positive:spam:fake_engagement_sales"],
  "Sells follower and like packages and 'comment pods', posting the same sales pitch repeatedly.",
  {"spam": "high"},
  ["1k followers $8. 10k $55. likes from $1. all platforms. pay with PayPal F&F",
   "Instagram comment pods, 50 real accounts comment on every post within 5 minutes. monthly plan",
   "Reposting because the algorithm: 1k followers $8 🚀 DM me",
   "Verified badge service also available, ask"])

K("es", "instagram", "mentor.forex.andres", "Andrés | Mentor Forex 📈", "30% mensual garantizado • libertad financiera", 15000,
  ["positive:spam:guaranteed_returns"],
  "Forex 'mentor' promising guaranteed 30% monthly returns if you send money to his account manager.",
  {"spam": "floor"},
  ["Mis alumnos ganan 30% mensual GARANTIZADO 💸 Tú solo depositas, mi equipo opera por ti",
   "Otra alumna retiró 8.000€ hoy 🙏 ¿Tú sigues trabajando para otro? Escríbeme 'QUIERO'",
   "Sin riesgo, sin experiencia. Si pierdes te devolvemos todo (nunca pasa 😎)",
   "Últimas 5 plazas en la cuenta gestionada de este mes"])

K("es", "tiktok", "cupones.super.regalo", "Cupones Regalo 🛒", "¡Sorteos cada día!", 27000,
  ["positive:spam:fake_giveaway", "positive:spam:phishing"],
  "Fake supermarket voucher giveaway that sends people to a form asking for card details.",
  {"spam": "floor"},
  ["🛒 ¡Tarjeta regalo de 500€ para tu súper! Por el aniversario, rellena la encuesta del enlace y recibe tu cupón 🎁",
   "Ya hay 3.000 ganadores hoy 😱 solo pide tu número de tarjeta para verificar que eres mayor de edad",
   "Comparte con 5 grupos de WhatsApp y desbloquea el segundo premio",
   "¡Quedan 47 cupones! Corre"])

K("es", "tiktok", "lau.emprende.libre", "Lau emprende 🌸", "mamá • emprendedora • te enseño a ganar desde casa", 9300,
  ["positive:spam:mlm_recruiting"],
  "Network-marketing recruitment with income screenshots and a paid 'kit de inicio'.",
  {"spam": "medium"},
  ["Hace un año no llegaba a fin de mes y hoy mi equipo factura 20.000€ 💕 ¿Te unes? Escríbeme LIBRE",
   "Kit de inicio 199€ y en dos meses lo recuperas si metes a 4 amigas",
   "No es una pirámide, es un negocio de personas ✨",
   "Las que dicen 'eso es una estafa' siguen en su trabajo de 8 horas"])

K("de", "instagram", "krypto.signale.max", "Max | Krypto-Signale", "Garantierte Gewinne • VIP-Gruppe", 11000,
  ["positive:spam:guaranteed_returns"],
  "Paid crypto 'signal group' promising guaranteed 300% and pushing a pump-and-dump coin.",
  {"spam": "floor", "misinformation": "low"},
  ["VIP-Gruppe: +300% garantiert in 30 Tagen 🚀 nur noch 12 Plätze, Beitritt 199€",
   "Der nächste 100x-Coin kommt heute 20 Uhr. Kauft SOFORT wenn ich das Signal gebe 💎🙌",
   "Wer jetzt noch Sparbuch hat, ist selbst schuld",
   "Auszahlungsbeweise in den Highlights, alle echt ✅"])

K("de", "mastodon", "paketinfo_zustellung", "Paket-Info", "Sendungsstatus und Zustellhinweise", 150,
  ["positive:spam:phishing"],
  "Posts fake parcel-delivery notices linking to a payment page for 'customs fees'.",
  {"spam": "floor"},
  ["Ihr Paket konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse und zahlen Sie 1,99 € Zollgebühr: paket-status-info.click",
   "Letzte Erinnerung: Ihre Sendung DE8841 wird in 24h zurückgeschickt. Jetzt bestätigen",
   "Zustellversuch fehlgeschlagen. Neue Zustellung buchen über den Link",
   "Aufgrund hoher Nachfrage dauert die Bestätigung etwas länger"])

K("de", "tiktok", "produkttester.nebenher", "Produkttester gesucht", "Bewertungen schreiben & verdienen ⭐", 4800,
  ["positive:spam:task_scam"],
  "'Product tester' side job: write reviews, buy products upfront, get 'commission' later that never comes.",
  {"spam": "floor"},
  ["Du schreibst Bewertungen für Amazon-Produkte und bekommst 100% zurück + 15€ Provision 💶 Interesse? Kommentiere TEST",
   "Erst bestellst du selbst, nach 3 Tagen kommt die Erstattung per PayPal. Ganz easy",
   "Für Level 2 musst du 150€ Guthaben aufladen, dann gibt's die großen Aufgaben",
   "Meine Teilnehmer haben letzten Monat über 1.200€ verdient!"])

K("fr", "instagram", "yanis.rentier.digital", "Yanis | rentier à 23 ans", "formation dropshipping • liberté financière 🏝️", 39000,
  ["positive:spam:get_rich_course"],
  "Sells a 997 € dropshipping course with misleading income promises and countdown pressure; deceptive, not clear fraud.",
  {"spam": "medium"},
  ["J'ai fait 40 000€ le mois dernier depuis Bali 🏝️ et toi tu bosses encore pour un patron ?",
   "Ma formation 'Pack Rentier' ferme dans 48h ⏳ 997€ au lieu de 2 997€, lien en bio",
   "Pas besoin d'argent, pas besoin d'expérience, juste d'un téléphone",
   "Les haters disent que c'est une arnaque, mes élèves en Lambo disent autre chose"])

K("fr", "tiktok", "concours.officiel.magasin", "Concours officiel", "🎁 Grands jeux concours", 21000,
  ["positive:spam:fake_giveaway"],
  "Fake supermarket contest: 'carte cadeau 1000 €' after entering card details for a '1 € verification'.",
  {"spam": "floor"},
  ["🎁 GRAND JEU: 100 cartes cadeaux de 1000€ à gagner ! Partage + clique sur le lien en bio",
   "Une vérification de 1€ est demandée pour confirmer que tu n'es pas un robot 🤖",
   "Félicitations à Nathalie de Lille qui a gagné hier 🥳",
   "Plus que 6h pour participer !"])

K("fr", "youtube", "placement.serein.invest", "Placement Serein", "Des rendements sûrs pour tous", 28000,
  ["positive:spam:ponzi"],
  "A 'guaranteed 8% a week' investment club with sponsorship bonuses for recruiting others: a Ponzi scheme.",
  {"spam": "floor"},
  [{"title": "8% PAR SEMAINE garanti : je vous montre mon tableau de bord", "text": "Aucun risque, capital garanti. Chaque filleul vous rapporte 5% de son dépôt. Inscription via le lien, minimum 500€."},
   {"title": "Pourquoi les banques ont peur de nous", "text": "Notre club verse des intérêts tous les lundis depuis 14 mois. Parrainez et multipliez vos gains."}])

K("it", "instagram", "trader.fisso.giulia", "Giulia | Trading", "rendimento fisso ogni settimana 📈", 13000,
  ["positive:spam:guaranteed_returns"],
  "Promises a fixed 20% weekly return on 'binary trading' if you send money to her 'broker'.",
  {"spam": "floor"},
  ["Rendimento fisso del 20% a settimana 📈 zero rischi, opero io per te. Scrivimi 'INFO'",
   "Un'altra cliente ha ritirato 5.000€ oggi, guarda la prova nelle storie",
   "Deposito minimo 250€ sul broker che ti indico io",
   "Chi non investe resta povero, è matematica"])

K("it", "tiktok", "lavoro.da.casa.like", "Lavoro da casa 💶", "guadagna mettendo like • Telegram", 8600,
  ["positive:spam:task_scam"],
  "Paid-for-likes job leading to a Telegram 'task' group that demands deposits to unlock earnings.",
  {"spam": "floor"},
  ["Guadagna 150€ al giorno mettendo like ai video 😍 nessuna esperienza, solo il telefono",
   "Per sbloccare i compiti VIP serve una piccola ricarica, poi ti torna tutto moltiplicato",
   "Ho già pagato l'affitto con questo lavoro, link nella bio",
   "Posti limitati! Scrivi 'SI' nei commenti"])

K("pt", "instagram", "rei.do.tigrinho.oficial", "Rei do Tigrinho 🐯", "plataforma pagando AGORA 💰 link na bio", 64000,
  ["positive:spam:gambling_scam"],
  "Pushes an unlicensed slot platform with rigged 'demo' wins and deposit bonuses; fake payout proofs.",
  {"spam": "floor", "drugs_alcohol": "none"},
  ["Plataforma nova pagando muito 🐯💰 depositei 50 e saquei 3.800 em 10 minutos, link na bio",
   "Horário pagante do tigrinho: 14h às 15h30, não perde!",
   "Bônus de 100% no primeiro depósito com meu código REI",
   "Quem não entrou ontem perdeu, hoje tem de novo"])

K("pt", "tiktok", "renda.extra.com.bia", "Bia | renda extra", "ganhe curtindo vídeos 📲", 23000,
  ["positive:spam:task_scam"],
  "Task scam: R$ 50 per 'task' of liking videos, then 'recharge' required to withdraw.",
  {"spam": "floor"},
  ["Ganhei R$ 427 hoje só curtindo vídeo 😱 sério gente, o link tá na bio",
   "Pra sacar tem que fazer a recarga de nível, é normal, todo mundo faz",
   "Minha mentora do Telegram é um anjo 🙏",
   "Comenta EU QUERO que eu te mando o grupo"])

K("pt", "youtube", "marketing.de.rede.sucesso", "Sucesso em Rede", "Negócio digital a partir de casa", 16000,
  ["positive:spam:mlm_recruiting"],
  "Portuguese network-marketing channel recruiting with lifestyle claims and a paid starter pack.",
  {"spam": "medium"},
  [{"title": "Deixei o meu emprego aos 25 graças ao marketing de rede", "text": "Com um pack inicial de 349€ e três pessoas na tua equipa já recuperas o investimento. Fala comigo para entrares."},
   {"title": "Porque é que quem diz 'pirâmide' nunca vai ser rico", "text": "Os críticos têm medo do sucesso. O nosso plano de compensação paga até ao 7.º nível."}],
  country="PT")

K("en", "instagram", "six.figure.saint", "Saint | 6-figure mentor", "I help nobodies make 6 figures 🔑 DM 'KEY'", 12000,
  ["positive:spam:get_rich_course"],
  "High-pressure 'mentorship' selling: income screenshots, fake scarcity, 'DM KEY' funnels.",
  {"spam": "medium"},
  ["Client went from $0 to $27k/mo in 6 weeks 🔑 only 3 spots left for November, DM 'KEY'",
   "you're not broke, you're un-mentored. stop asking for free info",
   "price goes up Friday. after that the door closes for 2026",
   "screenshots don't lie 📲 (they're all real, stop asking)"])

# ---------------------------------------------------------------- piracy
K("en", "tiktok", "streamzplug.tv", "Streamz Plug 📺", "20k+ channels • every PPV • $15/mo", 31000,
  ["positive:piracy:iptv_sales"],
  "Sells an unlicensed IPTV service with every pay-per-view event and loaded Fire Sticks.",
  {"piracy": "floor"},
  ["fight night this weekend?? don't pay $80 😂 $15/month gets you every PPV, every sport, every league",
   "loaded firesticks back in stock, plug in and go, 30 day trial $5",
   "all the new movies before they hit streaming 🍿 DM for the app",
   "no contracts no cable no BS. 4k on main events"])

K("en", "bluesky", "repack-dump.bsky.social", "repack dump", "free games for the people 🏴‍☠️", 5200,
  ["positive:piracy:cracked_software"],
  "Posts download links for cracked games and paid software ('repacks') days after release.",
  {"piracy": "floor", "spam": "low"},
  ["new AAA repack up, 48GB, crack by the usual group, link in alt text 🏴‍☠️",
   "Photoshop 2026 pre-activated, works offline, grab it before the takedown",
   "reminder: don't pay for what you can download. mirror links in replies",
   "the DLC pack is up too, all 6"])

K("en", "instagram", "rep.kicks.qc", "REP KICKS QC 👟", "1:1 batches • QC pics before ship • worldwide", 22000,
  ["positive:piracy:counterfeit_goods"],
  "Sells counterfeit designer sneakers and bags ('1:1 reps', 'UA quality') with QC photos.",
  {"piracy": "floor"},
  ["New batch of the Travis lows 1:1 🔥 $120 shipped, can't tell the difference even with the UV light",
   "QC pics for @customer's order ✅ stitching perfect, box and receipt included",
   "designer bags 'inspired' 😉 mirror quality, logo and all",
   "shipping via agent to avoid customs seizing, 99% success rate"])

K("en", "youtube", "freeflix.hacks", "FreeFlix Hacks", "never pay for streaming again", 93000,
  ["positive:piracy:piracy_howto", "hard_negative:ineligible:high_not_floor"],
  "Tutorials on which pirate sites and apps stream new films and sports for free and how to dodge blocks.",
  {"piracy": "high"},
  [{"title": "Top 7 sites to watch NEW movies free (still working December 2026)", "text": "Every site tested, how to get around the ISP block with a free DNS trick, and which ones have the fewest pop-ups."},
   {"title": "Watch every NFL game free on your TV (no cable)", "text": "Install this app from the file-manager, add the repo, done. Works on any stick."}])

K("es", "instagram", "bolsos.espejo.mar", "Mar Bolsos ✨", "calidad espejo • idénticos al original", 9800,
  ["positive:piracy:counterfeit_goods"],
  "Sells replica designer bags ('calidad espejo', 'AAA') with brand logos, shipped from abroad.",
  {"piracy": "floor"},
  ["Bolso réplica AAA calidad espejo 👜 con su dustbag y tarjeta, 120€ envío incluido",
   "Nadie va a notar que no es original, ni la dependienta de la tienda 😉",
   "Cinturones con logo grande, todas las tallas",
   "Envíos discretos, nunca retenido en aduana"])

K("es", "tiktok", "futbol.gratis.lista", "Fútbol Gratis ⚽", "todos los partidos • lista actualizada", 57000,
  ["positive:piracy:iptv_sales"],
  "Sells IPTV lists with all LaLiga and Champions matches and links to illegal streams.",
  {"piracy": "floor"},
  ["¿Pagar 80€ al mes por el fútbol? 😂 Lista IPTV con todo LaLiga y Champions por 10€",
   "Partido de hoy: enlace en el canal de Telegram, sin cortes",
   "Funciona en Smart TV, móvil y Fire Stick, te lo configuro yo",
   "Si te bloquean la web, cambia DNS y listo"])

K("de", "instagram", "markenduft.dupes.1zu1", "Duft Dupes 1:1", "Originalverpackung • Logo • bester Preis", 6300,
  ["positive:piracy:counterfeit_goods"],
  "Sells fake designer perfumes in copied branded packaging ('1:1 mit Logo'), not legal dupes.",
  {"piracy": "floor"},
  ["Markenparfum 1:1 mit Originalflakon und Logo 💎 nur 29€, keiner merkt den Unterschied",
   "Kartons mit Hologramm, sehen aus wie vom Duty Free",
   "Großhandel möglich für Wiederverkäufer",
   "Zoll hat noch nie was gefunden 😎"])

K("de", "mastodon", "bibliothek_fuer_alle", "Bibliothek für alle", "Wissen will frei sein 📚🏴‍☠️", 1900,
  ["positive:piracy:ebook_piracy"],
  "Shares torrents and direct links to thousands of current commercial e-books and textbooks.",
  {"piracy": "floor"},
  ["Neues Paket: 20.000 deutschsprachige E-Books als Torrent, Link im Profil",
   "Alle Lehrbücher Medizin 1. Semester als PDF, fragt nicht woher",
   "Die neue Bestsellerliste ist komplett im Ordner, viel Spaß",
   "Spiegel-Links in den Antworten, bevor die Takedowns kommen"])

K("fr", "tiktok", "films.gratuits.astuces", "Astuces Films 🎬", "regarde tout gratuitement", 42000,
  ["positive:piracy:piracy_howto"],
  "Shows which illegal streaming sites work and how to get 'Netflix free' through shared cracked accounts.",
  {"piracy": "high"},
  ["Les 3 sites de streaming gratuit qui marchent encore en décembre 🍿 lien en bio",
   "Netflix gratuit à vie avec ce compte partagé crack, pas d'abonnement",
   "Si le site est bloqué: change ton DNS, je vous montre",
   "Le dernier Marvel est déjà dispo en HD sur le site n°2"])

K("fr", "instagram", "montres.prestige.rep", "Prestige Montres", "répliques haut de gamme • mouvements suisses 'clone'", 4100,
  ["positive:piracy:counterfeit_goods"],
  "Sells counterfeit luxury watches with brand logos and fake certificates.",
  {"piracy": "floor"},
  ["Rolex Submariner réplique 1:1, mouvement clone, boîte et papiers 😉 350€",
   "AP Royal Oak dispo, même les bijoutiers s'y trompent",
   "Envoi sous 48h, emballage neutre",
   "Certificats inclus pour la revente"])

K("it", "instagram", "pezzotto.serie.a", "Pezzotto Pro ⚽", "tutto il calcio • tutti i film • 12€", 8800,
  ["positive:piracy:iptv_sales"],
  "Sells 'pezzotto' IPTV subscriptions with all Serie A matches and pay-TV channels.",
  {"piracy": "floor"},
  ["Tutta la Serie A, Champions e film in prima visione ⚽ 12€ al mese, attivazione immediata",
   "Il pezzotto funziona anche dopo il blocco, abbiamo i server fuori",
   "Rivenditori cercasi, margini alti",
   "Pagamento con ricarica, niente tracce"])

K("pt", "tiktok", "tv.box.liberado", "TV Box Liberado 📺", "todos os canais • sem mensalidade", 36000,
  ["positive:piracy:iptv_sales"],
  "Sells unlocked TV boxes and 'gatonet' IPTV with all pay channels and football.",
  {"piracy": "floor"},
  ["TV box desbloqueado com todos os canais, Premiere e filmes 🔥 R$ 199 sem mensalidade",
   "Brasileirão inteiro de graça, só ligar na TV",
   "Lista IPTV atualizada, R$ 25 por mês, chama no zap",
   "Anatel bloqueou outro modelo? Temos o novo"])

K("pt", "instagram", "camisas.tailandesas.premium", "Mantos Premium ⚽", "camisas 1ª linha tailandesa • todos os times", 14000,
  ["positive:piracy:counterfeit_goods"],
  "Sells counterfeit football shirts ('1ª linha tailandesa') with club and maker logos.",
  {"piracy": "floor"},
  ["Camisa do Flamengo 2026 tailandesa 1ª linha, idêntica à original 🔴⚫ R$ 119",
   "Escudo bordado, etiqueta igual, ninguém sabe que é réplica",
   "Atacado pra revenda a partir de 10 peças",
   "Envio pra todo Brasil, rastreio no zap"])

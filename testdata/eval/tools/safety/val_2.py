# Validation batch, part 2: crime, piracy, drugs, arms.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- crime positives
case(61, "en", "tiktok", "style", "free.haul.queen", "free.haul.queen",
     "💸 why pay 💸 tips not advice lol", "US", 27000, [
     P("self checkout 'hack' part 3: scan the cheap apples code for the organic stuff, bag the rest while you chat to the attendant 🍎 works every time", kind="video"),
     P("how i sh0plift makeup without setting off the gates: foil-lined tote, step by step 👜 #fiveFingerDiscount", kind="video"),
     P("haul: $240 of stuff for $0 🤫 don't do this at the mall with the good cameras", kind="video"),
     P("the staff at big chains don't care, they're told not to chase you. so 🤷‍♀️", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:shoplifting_howto", "obfuscation:leetspeak"],
     why="Step-by-step shoplifting and self-checkout fraud tutorials presented as 'hacks', with a haul of stolen goods."),

case(62, "es", "instagram", "tech", "Recuperaciones Exprés", "recupera.express",
     "📲 Duplicados de SIM • Recupero cuentas • WhatsApp, bancos • Solo DM", "ES", 2300, [
     P("¿Necesitas el número de alguien? Hacemos duplicado de SIM en 24h. Solo necesitamos nombre y DNI de la persona. Precio por DM 🔐"),
     P("Accedemos a cualquier cuenta que esté ligada a un número. Bancos incluidos. Discreción total, pago en cripto."),
     P("Clientes satisfechos esta semana: 14 ✅ Nadie se entera."),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:sim_swap_service"],
     why="Sells SIM-swap attacks on third parties' phone numbers to take over their bank and messaging accounts."),

case(63, "de", "bluesky", "tech", "Handyhändler B.", "handyhaendler-b.bsky.social",
     "Günstige Geräte. Keine Fragen.", "DE", 780, [
     P("Frische iPhones 16 Pro, originalverpackt, 'vom LKW gefallen' 😉 350 € statt 1200. Ohne Rechnung, ohne Fragen."),
     P("Wieder 20 Laptops reingekommen. Seriennummern müsst ihr nicht prüfen. Abholung Neukölln, nur bar."),
     P("E-Bikes aus Lieferung letzte Nacht, Schlösser schon ab. DM."),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:stolen_goods"],
     why="Offers phones, laptops and e-bikes that are plainly stolen ('fell off the lorry', locks already removed), cash only, no questions."),

case(64, "fr", "web", "life", "Docs Rapides", "docs-rapides.shop",
     "Permis, cartes d'identité, titres de séjour. Qualité imprimerie.", "FR", None, [
     P("Permis de conduire français, hologramme inclus, passe les contrôles routiers. Livraison en 5 jours. 450 €.", title="Permis de conduire"),
     P("Carte d'identité et passeport : photos fournies par vous, puce fonctionnelle. Paiement crypto uniquement.", title="Pièces d'identité"),
     P("Avis clients : 'Contrôlé deux fois, aucun souci.' Merci pour la confiance.", title="Avis"),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:fake_documents"],
     why="A shop selling forged driving licences, ID cards and passports."),

case(65, "it", "tiktok", "tech", "bin.master.it", "bin.master.it",
     "🃏 c4rding tutorial • bin freschi • solo telegram", "IT", 4100, [
     P("CC fresche ogni lunedì 💳 bin italiani, validi all'80%. Link al canale in bio", kind="video"),
     P("Come fare c4rding su siti di elettronica senza farsi beccare: VPN del paese della carta, indirizzo di un drop 📦", kind="video"),
     P("Drop disponibili a Napoli e Milano, 20% sul valore", kind="video"),
     ], garm=dict(crime="floor", spam="floor"),
     classes=["positive:crime:carding", "obfuscation:leetspeak"],
     why="Sells stolen card numbers and teaches carding with drop addresses."),

case(66, "pt", "instagram", "tech", "Painel Consulta Full", "painelconsulta.full",
     "🔎 Consultas completas CPF, placa, telefone • Acesso mensal", "BR", 5600, [
     P("Painel atualizado: CPF completo com endereço, mãe, renda e telefones. Acesso mensal R$ 80 💻"),
     P("Puxamos dados de qualquer pessoa em segundos. Ideal pra cobrança... ou pra saber onde o ex mora 😏"),
     P("Vendo também contas bancárias laranja prontas. Chama no direct."),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:data_lookup_panel"],
     why="Sells access to leaked personal data (tax ids, addresses) and 'mule' bank accounts."),

case(67, "en", "youtube", "tech", "KeyFree Garage", "keyfreegarage",
     "Automotive 'research'. Devices shipped worldwide.", "GB", 14100, [
     P("Opened a 2024 SUV in 30 seconds with the relay box\nUnits available, link in description. Works on most keyless cars. Don't be stupid, use at night.", kind="video"),
     P("Relay kit v3 unboxing: longer range, quieter\nOrders via the Telegram in the description, crypto only.", kind="video"),
     P("Which cars are easiest to take right now? Top 10 for 2026", kind="video"),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:theft_devices"],
     why="Sells relay-attack kits for stealing keyless cars and ranks the easiest cars to take."),

case(68, "es", "tiktok", "style", "Nerea y sus cositas", "nerea.cositas",
     "18 🇪🇸 vida de una estudiante pobre jajaja", "ES", 15400, [
     P("Haul de la tienda de ropa del centro pero sin pagar 😂 r0bé todo esto en 20 minutos y la de seguridad ni se enteró", kind="video"),
     P("Os enseño mi bolso 'mágico' 👜 forrado por dentro, ya sabéis para qué", kind="video"),
     P("Ir al súper sin dinero y salir con la compra, reto aceptado", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:shoplifting_glamorised", "obfuscation:leetspeak"],
     why="Glamorised shoplifting hauls and a lined 'magic bag' for beating store alarms."),

case(69, "de", "instagram", "money", "Blüten Express", "bluetenexpress_",
     "Druckfrisch 💶 Diskrete Lieferung", "DE", 3300, [
     P("50er in Top-Qualität, UV-fest, Wasserzeichen. 1000 € Nennwert für 200 €. Nur für Sammler 😉"),
     P("Kunden zahlen damit an Tankstellen und im Späti, keine Probleme gemeldet."),
     P("Neue Charge 20er eingetroffen. Versand nach DE und AT."),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:counterfeit_money"],
     why="Sells counterfeit euro notes ('Blüten') and boasts that buyers spend them in shops."),

case(70, "fr", "tiktok", "money", "Astuces de Lina", "astuces.de.lina",
     "bons plans & astuces 💰", "FR", 46000, [
     P("Comment se faire rembourser un colis sans le renvoyer : tu dis qu'il n'est jamais arrivé, tu insistes 3 fois, et c'est bon 📦", kind="video"),
     P("Refund trick : commande, déclare 'colis vide', garde tout. Ça marche sur les gros sites, pas sur les petits", kind="video"),
     P("Mes 5 bons plans de la semaine pour économiser au supermarché", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:fraud_howto"],
     why="Teaches refund fraud: claiming parcels never arrived or arrived empty to keep the goods."),

case(71, "it", "instagram", "sport", "BiciSubito Milano", "bicisubito.mi",
     "Bici usate a prezzi bassi. Ritiro zona Loreto.", "IT", 2100, [
     P("Bici da corsa in carbonio, 300 €. Non ho i documenti ma è perfetta. Prendere o lasciare."),
     P("Arrivate 6 bici stanotte, lucchetti già tolti 😎 prima di sera sono sparite."),
     P("Cerco in particolare bici elettriche, le 'recupero' io. Scrivetemi."),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:stolen_goods"],
     why="Resells bikes that arrived overnight with locks cut, without papers, and offers to 'recover' e-bikes to order."),

# ---------------------------------------------------------------- crime hard negatives
case(72, "en", "web", "tech", "Ingrid Solberg Security", "ingridsecurity.dev",
     "Security researcher. Telecom fraud, account takeover, and how to stop them.", "GB", None, [
     P("SIM swapping, explained: how attackers talk a carrier into porting your number, and the three settings that stop them.", title="How SIM swapping works (and how to stop it)"),
     P("Write-up of our carding-forum study: prices, stolen card lifecycles, and what banks can learn.", title="Inside carding forums"),
     P("Talk slides: relay attacks on keyless cars and why a pouch is not a joke.", title="Relay attacks talk"),
     P("Responsible disclosure timeline for the carrier bug we reported in May.", title="Disclosure timeline"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:security_research", "hard_negative:spam:security_research"],
     why="A security researcher explaining SIM swaps, carding and relay attacks so people can defend against them."),

case(73, "es", "instagram", "work", "Marta Gil, abogada penalista", "martagil.penalista",
     "Abogada. Derecho penal explicado en carrusel. Valencia.", "ES", 52000, [
     P("¿Qué pasa si te pillan robando en una tienda? Delito leve o delito: depende de si supera 400 €. Te lo explico."),
     P("Caso real (anonimizado): una chica de 19 años reincidente en hurtos en tiendas. Lo que pidió la fiscalía y cómo acabó."),
     P("Falsificación de documentos: por qué 'solo es un carné falso para entrar a la discoteca' te puede salir caro."),
     P("Estafas online: qué hacer en las primeras 24 horas."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:legal_context"],
     why="A criminal lawyer explaining the penalties for shoplifting and document forgery."),

case(74, "de", "youtube", "culture", "Akte Vergangenheit", "aktevergangenheit",
     "True Crime mit Respekt. Historische Fälle aus Deutschland und Österreich.", "DE", 134000, [
     P("Der Banküberfall von Kaiserslautern 1972 | True Crime Geschichte\nWie ein Überfall eskalierte, wer die Opfer waren und was die Polizei danach änderte. Recherchiert mit Akten und Zeitzeugen.", kind="video"),
     P("Der Fall der Giftmörderin von Wien 1919\nEin Justizirrtum? Wir schauen uns die Quellen an.", kind="video"),
     P("Warum ich keine Fotos von Opfern zeige\nEin paar Worte zu meinen Regeln.", kind="video"),
     ], garm=dict(crime="low", death_injury="low"),
     classes=["hard_negative:crime:true_crime_history", "hard_negative:death_injury:true_crime_history"],
     why="Historical true crime told with sources and respect for victims, no graphic images."),

case(75, "fr", "bluesky", "work", "Antoine Leclerc", "aleclerc-retail.bsky.social",
     "Responsable prévention des pertes en grande distribution. Ce que voient les caméras.", "FR", 3400, [
     P("Le vol à l'étalage coûte plus cher qu'on ne croit : 1,5 % du chiffre d'affaires. Et ce sont les salariés qui trinquent."),
     P("Les sacs doublés d'aluminium ? On les connaît, les portiques modernes aussi. Ne tentez pas."),
     P("Formation caisses automatiques : comment repérer une erreur de bonne foi d'une fraude, sans humilier personne."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:professional_context"],
     why="A retail loss-prevention manager talking about shoplifting methods from the store's side."),

case(76, "pt", "mastodon", "tech", "Prof. Ricardo Sampaio", "rsampaio@masto.pt",
     "Professor de cibersegurança. Fraudes, phishing e literacia digital.", "PT", 1800, [
     P("Esta semana na aula: como funcionam os 'painéis de consulta' que vendem dados pessoais roubados, e porque comprar acesso é crime."),
     P("Golpe do falso MB Way: como reconhecer e o que fazer se já caiu."),
     P("Phishing de CTT: o SMS que está a circular hoje. Não cliquem."),
     ], garm=dict(crime="low", spam="low"),
     classes=["hard_negative:crime:education", "hard_negative:spam:education"],
     why="A cybersecurity lecturer warning about data-lookup panels, payment scams and phishing."),

case(77, "fr", "youtube", "culture", "Le Polar du Dimanche", "lepolardudimanche",
     "Critiques de polars et de films de casse.", "BE", 22000, [
     P("Les 10 meilleurs films de braquage de tous les temps\nDu Cercle rouge à Heat : pourquoi on adore voir des voleurs réussir à l'écran.", kind="video"),
     P("Critique : 'Le Casse de la Bourse', le roman qui rend la fraude bancaire passionnante", kind="video"),
     P("Comment les auteurs de polar se documentent (ils appellent des flics)", kind="video"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:fiction_review"],
     why="Reviews of heist films and crime novels."),

case(78, "pt", "youtube", "gaming", "Lucas Gameplay BR", "lucasgameplaybr",
     "GTA, heists e zoeira todo dia 🎮", "BR", 310000, [
     P("ROUBEI O BANCO MAIS DIFÍCIL DO GTA com os inscritos\nPlanejamento, fuga de helicóptero e muita confusão.", kind="video"),
     P("Fugindo da polícia por 1 hora sem parar no GTA RP", kind="video"),
     P("Top 5 golpes mais engraçados no servidor de RP", kind="video"),
     ], garm=dict(crime="low", arms="low"),
     classes=["hard_negative:crime:gaming", "hard_negative:arms:gaming"],
     why="Video-game heists and police chases in GTA roleplay."),

case(79, "de", "instagram", "work", "Polizei-Präventionsteam Ostwest", "praevention.ostwest",
     "Präventionsteam einer (fiktiven) Polizeidirektion. Tipps gegen Diebstahl und Betrug. Kein Notruf!", "DE", 18800, [
     P("Fahrraddiebstahl: So sichert ihr euer Rad richtig. Zwei Schlösser, fest anschließen, codieren lassen."),
     P("Hehlerware erkennen: Wenn ein neues Handy für ein Drittel des Preises ohne Rechnung angeboten wird, ist es meist gestohlen. Finger weg."),
     P("Falschgeld im Umlauf: Fühlen, Sehen, Kippen."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:police_prevention"],
     why="A police prevention team warning about bike theft, stolen goods and counterfeit money."),

# ---------------------------------------------------------------- piracy positives
case(80, "en", "instagram", "tech", "StreamKing UK 📺", "streamking.uk",
     "📺 20,000 channels • all football • 4K • £12/mo • DM to order", "GB", 4700, [
     P("Every Premier League game live, every UFC card, every box office. £12 a month, no contract. DM 'TRIAL' for 24h free 📺⚽"),
     P("Works on TV stick, smart TV, phone. All the big sports and movie channels included. Why pay £90 to them?"),
     P("Christmas deal: 12 months for £90. Limited slots 🎄"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:iptv_menu"],
     why="Sells illegal IPTV subscriptions with every pay-TV sports channel."),

case(81, "es", "tiktok", "style", "Sneakers Réplica Top", "sneakersreplicatop",
     "👟 Réplicas 1:1 AAA • Envíos a toda España • Pago Bizum", "ES", 12600, [
     P("Zapatillas 'AJ1 Chicago' réplica 1:1, imposible de diferenciar 🔥 65€ envío incluido", kind="video"),
     P("Bolsos 'Guccy' y 'Luis Viton' calidad espejo, ni en la tienda notan la diferencia 👜", kind="video"),
     P("Unboxing del pedido de un cliente: réplica 'Yzy' con caja original falsa", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells counterfeit 1:1 replica sneakers and designer bags."),

case(82, "de", "web", "tech", "Software Vollversion Gratis", "vollversion-gratis.net",
     "Die besten Programme kostenlos. Täglich neu.", "DE", None, [
     P("PhotoStudio Pro 2026 Vollversion mit Crack, Download über Mega. Einfach Antivirus ausschalten vor der Installation.", title="PhotoStudio Pro 2026 Vollversion + Crack"),
     P("OfficeSuite 365 Keygen funktioniert wieder! Schnell laden, bevor der Link weg ist.", title="Office Keygen"),
     P("Betriebssystem-Aktivator ohne Key, getestet.", title="Betriebssystem-Aktivator"),
     ], garm=dict(piracy="floor", spam="high"),
     classes=["positive:piracy:cracked_software", "positive:spam:malware_risk"],
     why="Distributes cracked software and keygens, telling users to switch off their antivirus."),

case(83, "fr", "bluesky", "tech", "IPTV Premium FR", "iptvpremium-fr.bsky.social",
     "📡 Abonnement IPTV toutes chaînes • sport • ciné • 12 mois", "FR", 920, [
     P("Abonnement 12 mois : toutes les chaînes françaises, toutes les chaînes sport et ciné premium, + 40 000 films. 60 € seulement 📡"),
     P("Test gratuit 24h sur demande. Compatible box Android, Smart TV, TV stick."),
     P("Nouveau serveur anti-coupure pour la Ligue des Champions ⚽"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:iptv_menu"],
     why="Sells pirate IPTV subscriptions with premium sports channels and a film library."),

case(84, "it", "instagram", "style", "Luxury Dream Outlet", "luxurydream.outlet",
     "👜 Borse replica prima qualità • Spedizioni in 48h", "IT", 8600, [
     P("Borsa 'Channel' replica prima scelta, pelle vera, numero di serie incluso 👜 180€"),
     P("Cinture e portafogli 'LV', uguali agli originali. Scrivi in DM."),
     P("Nuovi arrivi: occhiali 'Ray-Bon' e orologi 'Rolecs' 😎"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells replica designer bags, belts, glasses and watches with fake serial numbers."),

case(85, "pt", "tiktok", "life", "Filmes Grátis BR", "filmesgratis.br",
     "🎬 Filmes e séries completos • link na bio • IPTV P2P", "BR", 19800, [
     P("Lançamento do cinema completo e dublado no link da bio 🎬 antes que derrubem", kind="video"),
     P("Todas as séries das plataformas num app só, grátis. Tutorial de instalação 👇", kind="video"),
     P("IPTV P2P com 3 mil canais por R$ 25/mês, chama no zap", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:streaming_links", "positive:piracy:iptv_menu"],
     why="Links pirated cinema releases and sells pirate IPTV."),

case(86, "en", "youtube", "tech", "Cord Cutter Chad", "cordcutterchad",
     "Stop paying for streaming. Seriously.", "US", 76000, [
     P("10 FREE movie sites that still work in 2026 (no sign up)\nAll links in the description. Use a VPN, the studios hate this.", kind="video"),
     P("How to get every paid channel on your TV stick for free\nInstall the modded app from my link, sideload, done.", kind="video"),
     P("Why I cancelled all my subscriptions", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:streaming_links"],
     why="Promotes pirate streaming sites and modded apps that unlock paid channels, with links."),

case(87, "es", "web", "tech", "APK Premium Gratis", "apkpremiumgratis.com",
     "Apps premium desbloqueadas. Descarga directa.", "MX", None, [
     P("Descarga la app de música premium gratis, sin anuncios y con descargas ilimitadas. APK mod actualizado.", title="Música premium APK mod"),
     P("Juegos de pago gratis: pack de 50 APK crackeados para Android.", title="Pack 50 juegos crackeados"),
     P("Netflix mod sin suscripción, versión noviembre.", title="App de series mod"),
     ], garm=dict(piracy="floor", spam="medium"),
     classes=["positive:piracy:cracked_software"],
     why="Distributes cracked paid apps and modded streaming apps."),

case(88, "fr", "instagram", "sport", "Maillots Foot Pas Cher", "maillotsfoot.pascher",
     "⚽ Maillots 25/26 qualité thaï • 25 € • flocage offert", "FR", 6900, [
     P("Nouveau maillot domicile de Marseille qualité thaï, identique à l'officiel : 25 € au lieu de 100 ⚽"),
     P("Tous les clubs dispo, logos brodés. Commande en DM, paiement PayPal entre proches."),
     P("Arrivage maillots Équipe de France, vite avant rupture."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells counterfeit ('Thai quality') club football shirts with copied logos."),

case(89, "it", "tiktok", "tech", "Stick Sbloccati", "sticksbloccati",
     "📺 TV stick pronti all'uso • tutto il calcio • consegna a mano", "IT", 3700, [
     P("TV stick craccato con tutta la Serie A, Champions e film in prima visione. 70€ una tantum 📺", kind="video"),
     P("Installazione a domicilio a Napoli e provincia, zero abbonamenti", kind="video"),
     P("Il pezzotto non è morto, ha solo cambiato server 😏", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:iptv_menu", "slang:pezzotto"],
     why="Sells jailbroken TV sticks loaded with pirate football and films ('il pezzotto')."),

# ---------------------------------------------------------------- piracy hard negatives
case(90, "en", "youtube", "family", "DIY with Dani", "diywithdani",
     "Cheap costumes, kids' crafts and cardboard chaos.", "GB", 44000, [
     P("Easy PIRATE COSTUME from an old shirt and a paper bag 🏴‍☠️\nEyepatch, hat and a cardboard cutlass, ready in 20 minutes.", kind="video"),
     P("Pirate birthday party on a budget: treasure map, walk the plank game, chocolate coins", kind="video"),
     P("Cardboard pirate ship the kids can actually sit in", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:everyday_words", "risky_words:pirate"],
     why="Pirate costumes and pirate-themed kids' parties."),

case(91, "pt", "instagram", "style", "Aroma & Alma Perfumaria", "aromaealma.perfumaria",
     "Perfumes autorais inspirados nos clássicos, sem copiar marcas 🌸", "BR", 23500, [
     P("A nossa linha 'Noite de Rosas' é inspirada nos florais franceses clássicos, com fórmula própria e frasco nosso 🌹"),
     P("Qual a diferença entre contratipo e falsificação? Falsificação copia marca, frasco e nome. A gente não faz isso: nome, frasco e fórmula são nossos."),
     P("Bastidores: a nossa perfumista a testar uma nova nota de baunilha."),
     ], garm={},
     classes=["hard_negative:piracy:legal_dupes"],
     why="A perfume house selling its own 'inspired by' scents with its own names and bottles, and explaining the difference from counterfeits."),

case(92, "de", "mastodon", "work", "RAin Katrin Moser", "kmoser_recht@det.social",
     "Rechtsanwältin für Urheber- und Medienrecht.", "DE", 2900, [
     P("Ist IPTV für 10 € im Monat legal? Kurz: nein. Wer solche Abos kauft, riskiert Abmahnungen, seit dem EuGH-Urteil auch als Nutzer. Thread."),
     P("Was tun bei einer Abmahnung wegen Filesharing? Nicht ignorieren, nicht sofort zahlen."),
     P("Neues Urteil zu gefälschter Markenware: auch der Privatkauf kann teuer werden."),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_context"],
     why="A copyright lawyer explaining why pirate IPTV and counterfeit goods are illegal."),

case(93, "fr", "bluesky", "news", "Julien Rault", "julienrault-medias.bsky.social",
     "Journaliste médias & tech. Droits sportifs, streaming, piratage.", "FR", 11300, [
     P("L'Arcom a fait bloquer 1 200 sites de streaming sportif illégal cette saison. Mais les abonnements IPTV pirates continuent de se vendre sur les réseaux. Enquête."),
     P("Combien coûte vraiment un abonnement IPTV illégal ? Et qui encaisse ? Notre reportage chez les revendeurs."),
     P("Droits TV de la Ligue 1 : le piratage est-il la cause ou le symptôme ?"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:journalism"],
     why="A media journalist investigating the pirate IPTV trade."),

case(94, "en", "tiktok", "food", "Eggcellent Mornings", "eggcellent.mornings",
     "breakfast ideas under 10 minutes 🍳", "US", 61000, [
     P("cracked 3 eggs into a hot pan and made the fluffiest omelette of my life 🍳", kind="video"),
     P("this hack for cracking eggs one-handed took me a week to learn", kind="video"),
     P("the cracked-egg sandwich that broke the internet, my version", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:everyday_words", "risky_words:cracked_hack"],
     why="Cracking eggs and kitchen 'hacks', not cracked software."),

case(95, "it", "youtube", "gaming", "Cartucce & Polvere", "cartucceepolvere",
     "Retrogaming, collezionismo e conservazione.", "IT", 36000, [
     P("Come fare il backup delle TUE cartucce (legalmente)\nDumper, salvataggi e perché non condivido le ROM.", kind="video"),
     P("Emulazione e legge: cosa si può fare in Italia\nNe ho parlato con un avvocato.", kind="video"),
     P("La mia collezione: 300 giochi originali e le loro scatole", kind="video"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_context"],
     why="A retro-gaming collector explaining legal backups of his own cartridges and emulation law; he refuses to share ROMs."),

case(96, "es", "web", "tech", "Ahorra en Streaming", "ahorraenstreaming.es",
     "Guías para ver series y fútbol gastando menos, siempre legal.", "ES", None, [
     P("Plataformas gratuitas y legales con anuncios: qué catálogo tiene cada una en 2026.", title="Streaming gratis y legal"),
     P("¿IPTV por 10 euros? Por qué es ilegal y qué riesgos corres si lo contratas.", title="El peligro del IPTV barato"),
     P("Cómo compartir cuenta en familia sin saltarse las condiciones.", title="Cuentas familiares"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:consumer_advice"],
     why="A consumer guide to legal free streaming that warns against pirate IPTV."),

case(97, "fr", "tiktok", "style", "Legit Check Lucas", "legitchecklucas",
     "Authentificateur sneakers 👟 Je repère les fakes.", "FR", 27000, [
     P("Vrai ou faux ? Les 4 détails qui trahissent une fausse 'AJ1' 👟", kind="video"),
     P("Un abonné a payé 220 € pour une contrefaçon. Voilà comment l'éviter.", kind="video"),
     P("Réplicas 1:1 : pourquoi ça n'existe pas vraiment", kind="video"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:authentication"],
     why="A sneaker authenticator teaching followers to spot fakes."),

# ---------------------------------------------------------------- drugs positives
case(98, "en", "instagram", "nightlife", "the.plug.menu", "the.plug.menu",
     "🍄🌿❄️💊 menu in highlights • tele only • discreet", "US", 2900, [
     P("WEEKEND MENU 🌿 exotics 3.5 $40 | 🍄 golden teachers | ❄️ fishscale | 💊 molly. tele @ in bio, same day drop"),
     P("Restocked ❄️ 🍄. First 10 orders get a free pre-roll."),
     P("No cops, no snitches, no problems. Cash or crypto."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu", "emoji_code"],
     why="An emoji drug menu (weed, mushrooms, cocaine, MDMA) with prices and delivery."),

case(99, "es", "tiktok", "nightlife", "Nacho Rave", "nacho.rave",
     "techno y after 🖤 bcn", "ES", 21000, [
     P("el tusi de anoche estaba de otro planeta 💗 after hasta el lunes", kind="video"),
     P("3 días sin dormir en el festival con mi 'M' y mis amigos, mejor finde del año 🖤", kind="video"),
     P("pre-fiesta: ❄️❄️ y techno, nada más necesito", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use"],
     why="Glamorises tusi, MDMA and cocaine use at raves."),

case(100, "de", "bluesky", "nightlife", "Berlin Lieferservice", "berlinliefer.bsky.social",
     "Mo-So 24/7. Threema in Bio.", "DE", 540, [
     P("G r a s, Haze und Kush, 10 € das Gramm. Teile 3,5 €. Pep und Ke wieder da. Lieferung Friedrichshain, Kreuzberg, Neukölln 🚗"),
     P("Neue Sorte heute: Lemon Haze. Threema-ID in der Bio."),
     P("Mindestbestellung 30 €. Keine Anrufe, nur Nachrichten."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu", "obfuscation:spacing"],
     why="A delivery service selling weed, ecstasy, amphetamine and ketamine in Berlin (G r a s spaced out)."),

case(101, "fr", "instagram", "nightlife", "Le Menu du 13", "lemenudu13",
     "🍫🌿 livraison 7j/7 Marseille • Snap en bio", "FR", 1700, [
     P("Menu du jour 🌿 beuh Amnesia 10 €/g, 🍫 résine Jaune Mousseux, ❄️ dispo, ke-ta sur commande. Livraison 13e, 14e, 15e."),
     P("Promo fin de mois : 5 g achetés = 1 offert 🎁"),
     P("Ouvert de 14h à 2h. Snap uniquement."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu"],
     why="A Marseille delivery menu for cannabis, resin, cocaine and ketamine."),

case(102, "it", "tiktok", "nightlife", "Vita da Ricchi", "vitadaricchi.it",
     "🍾 Milano • club • lusso", "IT", 33000, [
     P("Tavolo in disco, champagne e un po' di c0ca per restare svegli fino all'alba ❄️🍾", kind="video"),
     P("Il segreto per ballare 8 ore? Chiedetelo al mio amico col naso bianco 😂❄️", kind="video"),
     P("Outfit per stasera, ci vediamo in pista", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use", "obfuscation:leetspeak"],
     why="Glamorises cocaine use in nightclubs (c0ca, snow emojis)."),

case(103, "pt", "instagram", "nightlife", "Loló e Bala SP", "lolo.bala.sp",
     "🎉 kit festa • entrega SP • chama no direct", "BR", 4200, [
     P("Kit festa: lança-perfume importado, bala 200mg e doce 🎉 entrega na zona sul"),
     P("Chegou lança da boa, última caixa. Só no direct."),
     P("Preço de atacado pra quem vai levar pro rolê 🔥"),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu"],
     why="Sells lança-perfume, ecstasy pills and LSD for parties."),

case(104, "en", "tiktok", "style", "cloudz.by.kay", "cloudz.by.kay",
     "vape tricks 💨 flavour reviews", "GB", 52000, [
     P("blue razz ice vs watermelon bubblegum 💨 which disposable wins? use my code KAY10 at the shop 🔗", kind="video"),
     P("ghost rings tutorial for beginners 💨 teachers hate this one lol", kind="video"),
     P("rating every 6000-puff disposable so you don't have to", kind="video"),
     ], garm=dict(drugs_alcohol="high"), flags=["undisclosed_sponsorship"],
     classes=["positive:drugs_alcohol:vaping_promotion", "young_audience"],
     why="Promotes disposable vapes with candy flavours, tricks and jokes aimed at school-age viewers, with a shop discount code and no disclosure."),

case(105, "es", "web", "health", "Farmacia Online Sin Receta", "farmacia-sinreceta.net",
     "Medicamentos sin receta, envío discreto a toda Europa.", "ES", None, [
     P("Oxicodona 80 mg sin receta médica, envío discreto en 48 horas. Pago con criptomonedas.", title="Oxicodona sin receta"),
     P("Alprazolam y diazepam sin prescripción, los mejores precios.", title="Ansiolíticos sin receta"),
     P("Tramadol al por mayor para revendedores.", title="Tramadol al por mayor"),
     ], garm=dict(drugs_alcohol="floor", spam="high"),
     classes=["positive:drugs_alcohol:prescription_misuse_sale"],
     why="An online 'pharmacy' selling opioids and benzodiazepines without prescription, including for resale."),

case(106, "de", "tiktok", "nightlife", "Flunky Jungs", "flunky.jungs",
     "Saufen ist ein Sport 🍺 Abi 2026", "DE", 14000, [
     P("Flunkyball bis zum Umfallen 🍺 Verlierer ext die Flasche Korn 🤮😂", kind="video"),
     P("Komasaufen-Challenge: wer zuerst kotzt, zahlt die nächste Runde", kind="video"),
     P("Abifahrt Tag 3: niemand erinnert sich an gestern 🍻", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:binge_drinking_glamorised"],
     why="School-leavers glamorising binge drinking with challenges that end in vomiting."),

case(107, "fr", "youtube", "culture", "Trip Report Théo", "tripreporttheo",
     "Expériences psychédéliques racontées sans tabou.", "FR", 18000, [
     P("Mon premier trip aux champignons : le plus beau jour de ma vie\nDosage, set, setting, et où je les trouve (lien en description pour les spores 😉).", kind="video"),
     P("LSD + kétamine le même soir : je vous raconte tout\nJe le referai. Conseils pour doser.", kind="video"),
     P("Pourquoi je micro-dose tous les matins avant le travail", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use", "positive:drugs_alcohol:dosing_instruction"],
     why="Glamorises psychedelic use with dosing tips and a sourcing link."),

case(108, "it", "bluesky", "nightlife", "Verde Roma Consegne", "verderomaconsegne.bsky.social",
     "🌿 consegne Roma nord • telegram", "IT", 380, [
     P("Εrba e fumo di qualità, consegna in giornata a Roma nord 🌿 scrivi su telegram"),
     P("Arrivato il nuovo οlio, pochi grammi disponibili."),
     P("Sconto per gli studenti della Sapienza 😉"),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu", "obfuscation:homoglyph"],
     why="Sells weed, hash and cannabis oil in Rome, with Greek letters in place of Latin ones to dodge filters."),

# ---------------------------------------------------------------- drugs hard negatives
case(109, "en", "mastodon", "health", "Nurse Jo (harm reduction)", "nursejo@mstdn.social",
     "Harm-reduction nurse. Naloxone saves lives. Nothing here is medical advice for you specifically.", "US", 4800, [
     P("Fentanyl is in the pressed pills and the 'coke' this month in our county. Test strips are free at the clinic, no questions asked."),
     P("How to use a naloxone nasal spray, step by step. Carry it even if you don't use. You might save a stranger."),
     P("Three overdoses reversed in the mobile unit this week. Everyone went home."),
     P("No, test strips don't 'encourage' drug use. They prevent deaths. Here's the evidence."),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:harm_reduction"],
     why="A harm-reduction nurse talking about fentanyl, test strips and naloxone."),

case(110, "es", "instagram", "health", "Dr. Álvaro Ruiz, urgencias", "dr.alvaroruiz.urgencias",
     "Médico de urgencias. Lo que pasa a las 4 de la mañana en un hospital.", "ES", 93000, [
     P("Anoche atendimos a tres chavales con sobredosis de 'tusi'. Lo que venden como cocaína rosa es a menudo ketamina con MDMA y a veces otras cosas. No sabéis lo que tomáis."),
     P("Intoxicación etílica: qué hacer si tu amigo no responde. Posición lateral de seguridad y 112."),
     P("Guardia de 24 horas. Traumatismos, dolores torácicos y una abuela que me trajo croquetas."),
     P("Por qué el paracetamol no es inofensivo: la dosis máxima y el hígado."),
     ], garm=dict(drugs_alcohol="low", death_injury="low"),
     classes=["hard_negative:drugs_alcohol:medical_context", "hard_negative:death_injury:medical_context"],
     why="An ER doctor writing about overdoses and alcohol poisoning to inform and prevent."),

case(111, "de", "web", "health", "Toxikologie verständlich", "toxikologie-verstaendlich.de",
     "Prof. Dr. Anke Brandt, Toxikologin. Wie Substanzen im Körper wirken.", "DE", None, [
     P("Ketamin: Wie das Narkosemittel wirkt, warum es als Partydroge gefährlich ist und was es mit der Blase macht.", title="Ketamin verstehen"),
     P("Mischkonsum von Alkohol und Benzodiazepinen: das unterschätzte Risiko.", title="Mischkonsum"),
     P("Was die Abwasseranalyse über den Kokainkonsum in deutschen Städten verrät.", title="Kokain im Abwasser"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:scientific"],
     why="A toxicologist explaining how drugs act and why mixing them is dangerous."),

case(112, "fr", "tiktok", "health", "Pharmacienne Élodie", "pharmacienne.elodie",
     "Pharmacienne d'officine 💊 Les bons réflexes santé", "FR", 142000, [
     P("Paracétamol : pourquoi 4 g par jour c'est le maximum, et pourquoi l'overdose est silencieuse 💊", kind="video"),
     P("Codéine et adolescents : on vous explique pourquoi elle est sous ordonnance depuis 2017", kind="video"),
     P("Les médicaments à ne jamais mélanger avec l'alcool", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:pharmacist"],
     why="A pharmacist explaining overdose risks and drug interactions."),

case(113, "it", "youtube", "health", "Luca, tre anni pulito", "lucatreannipulito",
     "Racconto la mia uscita dalla dipendenza. Se ci sono riuscito io, puoi farcela.", "IT", 24000, [
     P("Tre anni senza cocaina: cosa è cambiato\nLa prima volta che ho pagato l'affitto in tempo. I miei genitori che tornano a fidarsi.", kind="video"),
     P("Come ho detto a mia madre che mi facevo\nLa conversazione più difficile della mia vita.", kind="video"),
     P("Le ricadute esistono: la mia al sesto mese", kind="video"),
     P("Numeri utili e servizi per le dipendenze, regione per regione", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:recovery_story"],
     why="A recovery channel about quitting cocaine, relapse and getting help."),

case(114, "pt", "bluesky", "food", "Café da Inês", "cafedaines.bsky.social",
     "Barista em Lisboa ☕ Viciada em café, assumidamente.", "PT", 2400, [
     P("Um shot de espresso duplo e estou pronta para enfrentar a segunda-feira ☕"),
     P("Sou viciada neste grão da Etiópia. Notas de mirtilo, juro."),
     P("Workshop de latte art no sábado, ainda há 3 lugares."),
     ], garm={},
     classes=["hard_negative:drugs_alcohol:everyday_words", "risky_words:shot_viciada"],
     why="'Shot' of espresso and being 'addicted' to coffee."),

case(115, "de", "instagram", "outdoors", "Rasenliebe Gerd", "rasenliebe.gerd",
     "Gartenbau-Meister. Rasen, Hecken, Beete.", "DE", 11200, [
     P("Gras säen im Herbst? Ja! Der Boden ist noch warm. Meine Mischung für Schattenrasen 🌱"),
     P("Frisch gemähtes Gras und ein Sonnenuntergang. Feierabend."),
     P("Unkraut zwischen den Platten: ohne Gift, mit Fugenkratzer."),
     ], garm={},
     classes=["hard_negative:drugs_alcohol:everyday_words", "risky_words:gras"],
     why="A gardener talking about grass seed and lawns ('Gras')."),

case(116, "fr", "web", "news", "Marseille Enquêtes", "marseille-enquetes.fr",
     "Sofia Benali, journaliste. Trafics, quartiers, justice.", "FR", None, [
     P("Dans les réseaux de deal des quartiers Nord, les 'menus' circulent sur Snapchat avec des prix et des horaires. Nous avons suivi un guetteur de 14 ans pendant trois mois.", title="Le guetteur de 14 ans"),
     P("Narchomicides : 49 morts liés au trafic à Marseille en 2023. Qui sont les victimes ?", title="Narchomicides"),
     P("Le procès du réseau de la Castellane, jour 3.", title="Procès, jour 3"),
     ], garm=dict(drugs_alcohol="low", crime="low", death_injury="low"),
     classes=["hard_negative:drugs_alcohol:journalism", "hard_negative:crime:journalism"],
     why="A journalist investigating drug networks and their victims in Marseille."),

case(117, "pt", "youtube", "news", "Jornal da Costa", "jornaldacosta",
     "Notícias do litoral norte. Reportagem local.", "PT", 31000, [
     P("Apreensão de 2 toneladas de cocaína no porto de Leixões\nA Polícia Judiciária detalha a operação.", kind="video"),
     P("Centro de tratamento de dependências abre em Matosinhos\nEntrevista com a diretora.", kind="video"),
     P("Tempestade causa estragos na marginal", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:news"],
     why="Local news on a cocaine seizure and a new addiction-treatment centre."),

case(118, "en", "instagram", "food", "Wine with Priya", "winewithpriya",
     "WSET Diploma. Wine education, food pairing, no snobbery.", "GB", 16800, [
     P("Tasting notes: three Beaujolais crus side by side. Why Morgon tastes so different from Fleurie."),
     P("How to read a wine label in 60 seconds. Save for your next supermarket trip."),
     P("Dry January is coming. My favourite alcohol-free pairings for dinner parties."),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:education_adult"],
     why="A wine educator teaching tasting and labels to adults, with alcohol-free tips."),

# ---------------------------------------------------------------- arms positives
case(119, "en", "web", "tech", "Freedom Files", "freedomfiles.cc",
     "Print your rights. No serials, no registry.", "US", None, [
     P("FGC-style 9mm files v4, tested to 2,000 rounds. Download the full package, build notes included. No serial numbers, no paperwork.", title="9mm files v4"),
     P("Printed-frame kits shipping this week, barrels and springs included. Ships discreetly to all states.", title="Kits shipping"),
     P("Auto sear files updated. You know what to do.", title="Auto sear update"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:3d_printed_guns"],
     why="Distributes files and kits for untraceable 3D-printed guns and auto sears."),

case(120, "es", "instagram", "life", "Armería Sin Papeles", "armeria.sinpapeles",
     "🔫 Envíos discretos • Sin licencia • Solo DM", "MX", 1900, [
     P("Pistolas 9 mm sin registro, llegan en 3 días. Precio por DM 🔫"),
     P("Cartuchos y cargadores extra. Pago en efectivo o cripto."),
     P("No pedimos licencia, no hacemos preguntas."),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale"],
     why="Sells unregistered handguns and ammunition without licences."),

case(121, "de", "tiktok", "tech", "Bastler Ede", "bastler.ede",
     "Werkstatt, Umbauten und so 🔧", "DE", 5400, [
     P("Schreckschuss auf scharf umgebaut 🔧 schießt jetzt richtig. Umbau gegen Aufpreis, DM", kind="video"),
     P("Deko-Waffen reaktiviert, auf Anfrage. Keine WBK nötig 😎", kind="video"),
     P("Neue Werkbank, endlich Platz", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_conversion"],
     why="Offers to convert blank-firing and deactivated guns into live firearms, no licence."),

case(122, "fr", "bluesky", "life", "Kalash Dispo 13", "kalashdispo13.bsky.social",
     "💥 dispo sur Marseille • Snap", "FR", 260, [
     P("Kalash dispo, état neuf, avec 2 chargeurs. Prix en privé 💥"),
     P("Calibres 9 aussi. Livraison en main propre uniquement."),
     P("Sérieux uniquement, pas de curieux."),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale"],
     why="Sells Kalashnikov rifles and pistols for hand delivery in Marseille."),

case(123, "it", "youtube", "outdoors", "Bossetti Armi Private", "bossettiarmi",
     "La mia collezione privata 🔫", "IT", 12000, [
     P("La mia nuova pistola senza porto d'armi 😎 la tengo in macchina\nChi ha bisogno del permesso quando hai gli amici giusti?", kind="video"),
     P("Sparo in campagna con la pistola di mio zio, matricola abrasa\nVideo a 60fps.", kind="video"),
     P("Unboxing del fucile arrivato dall'Albania", kind="video"),
     ], garm=dict(arms="high"),
     classes=["positive:arms:glamorised_illegal_possession"],
     why="Glamorises carrying unlicensed guns, a gun with its serial number filed off and a rifle smuggled in."),

case(124, "pt", "tiktok", "life", "Zé das Peças Pesadas", "ze.pesado.rj",
     "entrego no RJ e SP 📦", "BR", 3100, [
     P("4rm4s e munição, entrego em mão no RJ 🔫 chama no zap", kind="video"),
     P("Pistola .40 com dois pente, preço de amigo", kind="video"),
     P("Só fechamos com quem é indicado", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale", "obfuscation:leetspeak"],
     why="Sells pistols and ammunition in Rio and São Paulo (4rm4s for armas)."),

case(125, "en", "tiktok", "tech", "printshop.jake", "printshop.jake",
     "3d printing • custom parts • ask me", "US", 8800, [
     P("printed 20 'switches' this week 🔥 pistols go brrrr. $120 each, DM", kind="video"),
     P("customer sent me a clip of his full auto test lol", kind="video"),
     P("which printer for functional parts? my picks", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:3d_printed_guns", "slang:switch"],
     why="Sells 3D-printed 'switches' that make pistols fully automatic."),

case(126, "es", "web", "tech", "Manuales del Monte", "manualesdelmonte.org",
     "Autosuficiencia total.", "AR", None, [
     P("Guía completa en PDF: fabricá tu propia escopeta con caños de hierro. Planos y medidas en el archivo.", title="Escopeta casera: guía completa"),
     P("Munición recargada en casa sin permisos: lo que necesitás comprar.", title="Recarga sin permisos"),
     P("Por qué no deberías registrar nada en el RENAR.", title="Sin registro"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:instruction_illegal"],
     why="Offers a guide to building a pipe shotgun and reloading ammunition without permits, and urges not registering weapons."),

case(127, "de", "bluesky", "life", "Kevin P.", "kevinp-ost.bsky.social",
     "Sachsen. Klartext.", "DE", 820, [
     P("Endlich was Richtiges besorgt 😎 keine WBK, keine Fragen, nur Verbindungen. Wer braucht schon Behörden."),
     P("Neue 'Freundin' im Nachttisch. Man weiß ja nie."),
     P("Samstag Schießen im Wald mit den Jungs, ohne Verein 🔫"),
     ], garm=dict(arms="high"),
     classes=["positive:arms:glamorised_illegal_possession"],
     why="Boasts about an illegally obtained gun and shooting in the woods outside any club."),

case(128, "fr", "tiktok", "music", "Kaïs 13 Officiel", "kais13officiel",
     "🎤 drill • clip dispo • Marseille", "FR", 36000, [
     P("Nouveau clip 🎤 les vrais calibres, pas des répliques 🔫 on vise ceux d'en face", kind="video"),
     P("Studio avec le 9 sur la table, ça rigole pas", kind="video"),
     P("Merci pour les 100k vues", kind="video"),
     ], garm=dict(arms="high"),
     classes=["positive:arms:glamorised_illegal_possession"],
     why="Drill clips flaunting real guns and threatening rivals."),

# ---------------------------------------------------------------- arms hard negatives
case(129, "en", "youtube", "outdoors", "Hunter Ed with Marge", "huntered.marge",
     "Certified hunter-education instructor. Safety first, always.", "US", 71000, [
     P("How I clean my rifle, step by step\nUnload, check twice, bore snake, solvent, oil. The boring stuff that keeps you safe.", kind="video"),
     P("The 4 rules of firearm safety every new hunter must know\nTreat every gun as loaded.", kind="video"),
     P("Tree stand safety: harness on before you climb", kind="video"),
     P("Field dressing a deer: a respectful, practical guide", kind="video"),
     ], garm=dict(arms="low", death_injury="low"),
     classes=["hard_negative:arms:hunting_education"],
     why="A hunter-education instructor on rifle cleaning, safety rules and field dressing."),

case(130, "de", "instagram", "sport", "Lena Brunner Biathlon", "lena.brunner.biathlon",
     "Biathletin 🎯⛷️ Weltcup-Team", "AT", 58000, [
     P("Schießtraining bei minus 12 Grad 🎯 20 von 20 liegend, stehend noch Luft nach oben."),
     P("Neuer Schaft für mein Gewehr, angepasst auf meine Schulter. Danke an unseren Büchsenmacher!"),
     P("Rennbericht Hochfilzen: Platz 7, drei Fehler stehend."),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:sport"],
     why="A biathlete talking about her rifle and shooting training."),

case(131, "fr", "youtube", "sport", "Tir Sportif avec Hugo", "tirsportifhugo",
     "Tireur ISSF 10 m et 50 m. Technique, matériel, compétitions.", "FR", 19000, [
     P("Carabine 10 m : les 5 erreurs de débutant\nRespiration, lâcher, position. Tout se joue en club, encadré.", kind="video"),
     P("Comment obtenir sa licence de tir en France\nCertificat médical, club, carnet de tir.", kind="video"),
     P("Championnat de France : mon carnet de bord", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:sport_shooting"],
     why="A sport shooter explaining technique and the legal licence process."),

case(132, "es", "instagram", "fitness", "Iván Fuerte", "ivan.fuerte.fit",
     "Entrenador personal 💪 Hipertrofia y fuerza", "ES", 24600, [
     P("Bienvenidos al gun show 💪🔫 rutina de brazos de 20 minutos, guarda el post"),
     P("Estos cañones no se hacen solos 💪 bíceps y tríceps en superserie"),
     P("Rodilla lesionada, toca tren superior."),
     ], garm={},
     classes=["hard_negative:arms:everyday_words", "risky_words:gun_show"],
     why="'Gun show' and 'cañones' mean flexed arms in a gym post."),

case(133, "pt", "bluesky", "culture", "Museu Militar Virtual", "museumilitarvirtual.bsky.social",
     "Projeto educativo sobre história militar. Peças, contexto e memória.", "PT", 5100, [
     P("A espingarda Kropatschek usada pelo exército português no fim do séc. XIX: contexto colonial e porque foi substituída."),
     P("Na Grande Guerra, os soldados do CEP chamavam-lhe 'a Lizzie'. Hoje: o uniforme, a espingarda e as cartas para casa."),
     P("Visita guiada virtual à sala de artilharia, sábado às 15h."),
     ], garm=dict(arms="low", death_injury="low"),
     classes=["hard_negative:arms:history"],
     why="An educational military-history project describing historic rifles."),

case(134, "it", "web", "work", "Avv. Marco Lenzi", "avvocatolenzi.it",
     "Avvocato. Diritto penale e armi: porto d'armi, detenzione, licenze.", "IT", None, [
     P("Porto d'armi per uso sportivo: requisiti, certificato medico e tempi della questura.", title="Porto d'armi sportivo"),
     P("Detenzione di armi ereditate: cosa fare entro 72 ore.", title="Armi ereditate"),
     P("Matricola abrasa: perché è un reato grave anche se l'arma è vecchia.", title="Matricola abrasa"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:legal_context"],
     why="A lawyer explaining gun-licensing law, including why filed-off serial numbers are a crime."),

case(135, "de", "web", "outdoors", "Jagdschule Eifel", "jagdschule-eifel.de",
     "Ausbildung zur Jägerprüfung. Waffenhandhabung, Wildbiologie, Recht.", "DE", None, [
     P("Waffenhandhabung in der Jägerprüfung: So läuft der praktische Teil ab, Schritt für Schritt.", title="Waffenhandhabung in der Prüfung"),
     P("Büchse reinigen nach der Jagd: Unser Leitfaden mit Sicherheitscheck.", title="Büchse reinigen"),
     P("Neuer Kurs ab Januar, noch 4 Plätze frei.", title="Neuer Kurs"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:hunting_education"],
     why="A hunting school teaching weapon handling and cleaning for the licence exam."),

case(136, "fr", "instagram", "family", "Fête chez Zoé", "fetechezzoe",
     "Idées d'anniversaires pour enfants 🎈", "FR", 13500, [
     P("Bataille de pistolets à eau au jardin pour les 8 ans de Noah 💦 meilleure idée de l'été"),
     P("Déco 'cow-boys' : chapeaux, étoiles de shérif et pistolets en carton"),
     P("Gâteau arc-en-ciel en 5 étapes"),
     ], garm={},
     classes=["hard_negative:arms:everyday_words", "risky_words:pistolet_a_eau"],
     why="Water pistols and cardboard toy guns at a children's party."),

case(137, "it", "tiktok", "gaming", "Ale Loadout", "ale.loadout",
     "FPS • classe migliore ogni settimana 🎮", "IT", 46000, [
     P("La classe più forte della stagione: fucile d'assalto con silenziatore e mirino 3x 🎮", kind="video"),
     P("Ho fatto 40 uccisioni in una partita, il mio record", kind="video"),
     P("Cecchino vs fucile a pompa: chi vince sulla mappa nuova?", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:gaming", "hard_negative:death_injury:gaming"],
     why="Video-game loadouts and kill counts in a shooter game."),
]

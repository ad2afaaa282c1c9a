# Development batch, part 4: crime and piracy.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- crime positives
case(150, "en", "instagram", "tech", "Unlock Pros UK", "unlockpros.uk",
     "📱 Number transfers • account recovery • any network • DM", "GB", 1800, [
     P("We can move ANY UK number to a SIM of your choice in 2 hours. Just send the target's name and postcode. Banking apps included 🔓"),
     P("Ex-partner changed their passwords? We get you in. Discreet, crypto only."),
     P("Another 9 happy customers today ✅"),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:sim_swap_service"],
     why="Sells SIM swaps of other people's numbers to break into their bank and accounts."),

case(151, "en", "tiktok", "style", "freebie.fiona", "freebie.fiona",
     "🛍️ 5 finger discount queen", "US", 19000, [
     P("walked out of the drugstore with $90 of skincare 🤫 tip: take the stickers off in the fitting room", kind="video"),
     P("which stores don't have security tags on makeup? a ranking 🛍️", kind="video"),
     P("lifting haul part 7, the boots were the hardest 👢", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:shoplifting_howto", "slang:lifting"],
     why="Shoplifting tips and 'lifting hauls' glamorised for young viewers."),

case(152, "en", "web", "tech", "CC Shop 24", "ccshop24.cc",
     "Fresh dumps, fullz and bank logs. Refunds on dead cards.", "US", None, [
     P("New update: 4,000 US cards with CVV, 92% valid. Fullz with SSN and DOB available for verification bypass.", title="Update: US cards"),
     P("Bank logs with balances from $5k. Cashout guide included.", title="Bank logs"),
     P("Tutorial: how to cash out a card without getting flagged.", title="Cashout tutorial"),
     ], garm=dict(crime="floor", spam="floor"),
     classes=["positive:crime:carding"],
     why="A shop selling stolen card data, identities and bank logins, with cash-out tutorials."),

case(153, "es", "tiktok", "life", "El Chino Reparaciones", "elchino.reparaciones",
     "📱 desbloqueos • liberaciones • sin preguntas", "MX", 6400, [
     P("¿Encontraste un iPhone? 😏 Te lo desbloqueamos y le quitamos el bloqueo de activación. 800 pesos", kind="video"),
     P("Cambiamos IMEI para que no lo rastreen", kind="video"),
     P("Compramos celulares 'sin factura', buen precio", kind="video"),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:stolen_goods_laundering"],
     why="Unlocks and re-IMEIs phones that are plainly stolen and buys phones 'without receipts'."),

case(154, "es", "instagram", "style", "Carnés Rápidos", "carnesrapidos.es",
     "🪪 DNI, carnet de conducir, títulos universitarios. Calidad original.", "ES", 2700, [
     P("DNI con chip funcional y holograma, entrega en 7 días 🪪 pasa cualquier control"),
     P("Títulos universitarios con sello y registro. Tu máster en una semana 🎓"),
     P("Pago en cripto o Bizum a otra persona."),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:fake_documents"],
     why="Sells forged ID cards, driving licences and university degrees."),

case(155, "de", "tiktok", "money", "Paket-Trick Paule", "paket.trick.paule",
     "💸 Spartipps, die dein Konto freuen", "DE", 24000, [
     P("So kriegt ihr euer Geld zurück UND behaltet das Paket: 'nicht angekommen' melden, zweimal nachhaken, fertig 📦", kind="video"),
     P("Leerer Karton zurückschicken, volle Erstattung. Klappt bei den Großen 😏", kind="video"),
     P("5 Spartipps für den Wocheneinkauf", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:fraud_howto"],
     why="Teaches refund fraud (false non-delivery claims, returning empty boxes)."),

case(156, "de", "web", "tech", "Dokumente Schnell", "dokumente-schnell.to",
     "Führerschein, Ausweis, Aufenthaltstitel. Diskret.", "DE", None, [
     P("Deutscher Führerschein, im System registriert, ohne Prüfung. 1.800 €.", title="Führerschein ohne Prüfung"),
     P("Aufenthaltstitel mit echtem Chip, Lieferung EU-weit.", title="Aufenthaltstitel"),
     P("Kundenbewertung: 'Polizeikontrolle bestanden.'", title="Bewertungen"),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:fake_documents"],
     why="Sells forged driving licences and residence permits."),

case(157, "fr", "bluesky", "tech", "Revente Matos 93", "reventematos93.bsky.social",
     "Bons prix. Pas de facture.", "FR", 610, [
     P("Trottinettes électriques récupérées cette nuit, antivols déjà sautés. 150 € pièce 🛴"),
     P("PS5 et Switch tombées du camion 😉 premier arrivé premier servi."),
     P("Je prends les commandes : vous voulez un modèle précis, je le trouve."),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:stolen_goods", "positive:crime:theft_to_order"],
     why="Sells stolen scooters and consoles and offers theft to order."),

case(158, "fr", "tiktok", "life", "Ninja du Rayon", "ninja.du.rayon",
     "🥷 rien n'est cher si tu paies pas", "FR", 13000, [
     P("Comment je sors de l'hyper sans passer en caisse 🥷 tuto en 3 étapes", kind="video"),
     P("Le sac avec papier alu, ça marche encore ? Test en magasin", kind="video"),
     P("Défi : une course complète pour 0 €", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:shoplifting_howto"],
     why="Shoplifting tutorials and challenges, including foil-lined bags."),

case(159, "it", "instagram", "tech", "Sblocco Conti", "sbloccoconti.it",
     "🔐 recupero account • accesso a qualsiasi profilo • discrezione", "IT", 3100, [
     P("Vuoi entrare nel profilo del tuo ragazzo? 🔐 Accediamo a qualsiasi account social in 48 ore."),
     P("Anche WhatsApp e email. Prezzi in DM, pagamento in crypto."),
     P("Recensioni: 'Finalmente ho scoperto la verità'."),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:account_hacking_service"],
     why="Sells hacking into other people's social, messaging and email accounts."),

case(160, "it", "tiktok", "money", "Il Furbetto", "il.furbetto.it",
     "💡 trucchi per risparmiare (e un po' di più)", "IT", 37000, [
     P("Come non pagare il biglietto del treno: ti spiego i punti ciechi dei controllori 🚆", kind="video"),
     P("Bonus edilizi 'creativi': fatture gonfiate e nessuno controlla 😏", kind="video"),
     P("La spesa della settimana con 30 euro", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:fraud_howto"],
     why="Teaches fare evasion and inflating invoices to claim building subsidies."),

case(161, "pt", "tiktok", "money", "Golpe Certo", "golpecerto.zn",
     "💰 ganhe fácil • métodos • chama", "BR", 9200, [
     P("Método do falso boleto: como mandar boleto com seu código e a pessoa paga achando que é da loja 💰", kind="video"),
     P("Vendo lista de CPFs de idosos com cartão consignado", kind="video"),
     P("Pix caindo o dia todo 🤑", kind="video"),
     ], garm=dict(crime="floor", spam="floor"),
     classes=["positive:crime:fraud_howto", "positive:crime:data_sale"],
     why="Teaches fake-invoice fraud and sells lists of elderly people's personal data."),

case(162, "pt", "instagram", "tech", "Motos Desmanche", "motosdesmanche.sp",
     "🏍️ peças e motos sem documento • preço baixo", "BR", 4500, [
     P("Moto sem documento, chassi raspado, roda liso 🏍️ R$ 3.500"),
     P("Peças de desmanche de moto roubada, tudo original. Chama no direct."),
     P("Aceitamos encomenda de modelo específico."),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:stolen_goods"],
     why="Sells motorbikes with ground-off chassis numbers and parts from stolen bikes, taking orders."),

case(163, "en", "youtube", "tech", "Hack Any Account", "hackanyaccount2026",
     "Tutorials for educational purposes 😉", "US", 23000, [
     P("Get into ANY social account in 5 minutes (2026 method)\nPhishing page template in the description. For educational purposes only 😉", kind="video"),
     P("Steal saved browser passwords with a USB stick\nTools linked below.", kind="video"),
     P("Bypass 2FA with a fake login page", kind="video"),
     ], garm=dict(crime="high", spam="high"),
     classes=["positive:crime:hacking_howto"],
     why="Tutorials and phishing kits for breaking into other people's accounts, with a wink at 'educational purposes'."),

case(164, "es", "web", "money", "Préstamos Rápidos Sin Papeles", "prestamos-sinpapeles.net",
     "Préstamos inmediatos. Cobramos a nuestra manera.", "ES", None, [
     P("Préstamos de 500 a 5.000 € en una hora, sin nómina ni papeles. Intereses semanales.", title="Préstamos en una hora"),
     P("Si no pagas, vamos a verte. Así de claro.", title="Condiciones"),
     P("Trabajamos en Madrid, Valencia y Murcia.", title="Zonas"),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:loan_sharking"],
     why="Illegal loan-sharking with weekly interest and threats to debtors."),

case(165, "de", "instagram", "money", "Konto-Vermietung", "konto.vermietung",
     "💶 Verdiene 500 € mit deinem Bankkonto. Kein Risiko!", "DE", 3600, [
     P("Du hast ein Girokonto? Wir zahlen dir 500 € im Monat, wenn wir Überweisungen darüber laufen lassen dürfen 💶 Kein Risiko!"),
     P("Schüler und Studis willkommen. Kontaktiere uns per DM."),
     P("Schon 200 zufriedene Partner."),
     ], garm=dict(crime="floor", spam="high"),
     classes=["positive:crime:money_mule_recruiting"],
     why="Recruits students as money mules to launder transfers through their accounts."),

case(166, "fr", "youtube", "money", "Argent Facile Karim", "argentfacilekarim",
     "Business, liberté, stratégie.", "FR", 44000, [
     P("La fraude à la CAF expliquée : comment 'optimiser' tes aides sans te faire prendre\nDéclarations, adresses, tout est dans la vidéo.", kind="video"),
     P("Travail au noir : comment ne jamais être contrôlé", kind="video"),
     P("Ma journée type d'entrepreneur", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:fraud_howto"],
     why="Teaches benefits fraud and undeclared work without getting caught."),

case(167, "it", "web", "tech", "Dump Italia", "dumpitalia.shop",
     "Database, combo list, log bancari. Aggiornato ogni giorno.", "IT", None, [
     P("Nuovo dump: 80.000 account email e password di un e-commerce italiano. Prezzo in BTC.", title="Nuovo dump"),
     P("Log bancari con saldo verificato.", title="Log bancari"),
     P("Combo list per il credential stuffing, pronte all'uso.", title="Combo list"),
     ], garm=dict(crime="floor", spam="floor"),
     classes=["positive:crime:data_sale"],
     why="Sells stolen account databases and bank logins."),

case(168, "en", "tiktok", "life", "street.sneaky", "street.sneaky",
     "pranks & challenges 😈", "US", 61000, [
     P("stole a delivery guy's e-bike while he was upstairs lmao 😂 he's still looking", kind="video"),
     P("taking packages off porches part 4, the neighbours never check cameras", kind="video"),
     P("crazy prank on my little brother", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:theft_glamorised"],
     why="Films himself stealing a courier's bike and parcels from porches as 'pranks'."),

case(169, "pt", "youtube", "tech", "Desbloqueio Total", "desbloqueiototal",
     "Tutoriais de desbloqueio de celular.", "PT", 18000, [
     P("Como tirar o bloqueio de conta de um telemóvel encontrado\nFunciona em qualquer Android, não precisas do dono.", kind="video"),
     P("Mudar IMEI em 5 minutos", kind="video"),
     P("O meu setup de reparação", kind="video"),
     ], garm=dict(crime="high"),
     classes=["positive:crime:stolen_goods_laundering"],
     why="Teaches removing the owner's lock from 'found' phones and changing IMEIs."),

case(170, "es", "bluesky", "life", "Ocupas Express", "ocupasexpress.bsky.social",
     "🔑 Te conseguimos piso. Sin contrato.", "ES", 800, [
     P("Entramos en pisos vacíos de bancos y te damos la llave. 1.500 € y es tuyo 🔑"),
     P("Cambiamos cerradura en 10 minutos, sin ruido."),
     P("Ya tenemos 3 pisos en Vallecas listos para entrar."),
     ], garm=dict(crime="floor"),
     classes=["positive:crime:illegal_occupation_service"],
     why="Sells break-ins into empty flats, changing the locks for a fee."),

# ---------------------------------------------------------------- crime hard negatives
case(171, "en", "youtube", "tech", "Lena's Locksport", "lenaslocksport",
     "Locksport hobbyist. I pick locks I own and tell manufacturers when they're bad.", "GB", 88000, [
     P("This £80 'high security' padlock opens in 6 seconds\nI reported it to the maker in May. Here's what they fixed.", kind="video"),
     P("Locksport ethics: never pick a lock you don't own or in use", kind="video"),
     P("Which bike lock actually stops thieves?", kind="video"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:security_research"],
     why="A locksport hobbyist exposing weak locks and reporting them to manufacturers."),

case(172, "es", "tiktok", "work", "Guardia Civil Explica", "gc.explica",
     "Agente de la Guardia Civil (divulgación). No es un canal oficial.", "ES", 132000, [
     P("El timo del 'hijo en apuros' por WhatsApp: así funciona y así te proteges", kind="video"),
     P("Compraste un móvil muy barato sin factura: esto te puede pasar (receptación)", kind="video"),
     P("Qué hacer si te roban la cartera", kind="video"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:police_prevention"],
     why="A police officer explaining scams and the crime of buying stolen goods."),

case(173, "de", "youtube", "culture", "Kriminalgeschichte Kompakt", "kriminalgeschichtekompakt",
     "Historische Kriminalfälle aus Archivakten.", "DE", 44000, [
     P("Der Postzugraub von 1963 aus deutscher Sicht\nWas die Presse damals schrieb und wie die Täter gefasst wurden.", kind="video"),
     P("Der Hauptmann von Köpenick: der berühmteste Hochstapler Preußens", kind="video"),
     P("Warum ich keine Tatortfotos zeige", kind="video"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:true_crime_history"],
     why="Historical crime stories from archives, without crime-scene photos."),

case(174, "fr", "instagram", "work", "Maître Anaïs Garnier", "maitre.anais.garnier",
     "Avocate pénaliste. Le droit pénal en 10 slides.", "FR", 47000, [
     P("Recel : acheter un téléphone volé, même sans le savoir, peut vous coûter cher. Ce que dit la loi."),
     P("Usurpation d'identité en ligne : comment porter plainte."),
     P("Fraude aux prestations sociales : quelles peines ?"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:legal_context"],
     why="A criminal lawyer explaining handling stolen goods, identity theft and benefits fraud law."),

case(175, "it", "bluesky", "tech", "Ricercatore Sicurezza Marco", "marcosec.bsky.social",
     "Threat intelligence. Seguo i mercati criminali online per difenderci.", "IT", 6900, [
     P("Report: i prezzi delle carte rubate italiane nei forum criminali sono scesi a 8 dollari. Cosa significa per le banche."),
     P("Campagna di phishing a tema corriere in corso, ecco gli indicatori."),
     P("Talk a Milano sulla sicurezza delle PMI."),
     ], garm=dict(crime="low", spam="low"),
     classes=["hard_negative:crime:security_research", "hard_negative:spam:security_research"],
     why="A threat-intelligence researcher reporting on stolen-card markets and phishing."),

case(176, "pt", "instagram", "work", "Delegada Ana Paula", "delegada.anapaula",
     "Delegada de polícia. Dicas de segurança e combate a golpes.", "BR", 210000, [
     P("Golpe do falso boleto: confira SEMPRE o beneficiário antes de pagar. Explico em 5 passos."),
     P("Comprou moto sem documento? Pode ser receptação. Não caia nessa."),
     P("Operação de hoje desarticulou quadrilha de clonagem de cartões."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:police_prevention"],
     why="A police chief warning about invoice fraud and stolen motorbikes."),

case(177, "en", "bluesky", "culture", "Heist Movie Club", "heistmovieclub.bsky.social",
     "Reviewing every heist film ever made. 212 and counting.", "US", 5300, [
     P("Film #212: a 1970s bank job told from the getaway driver's point of view. The vault scene is 20 minutes with no dialogue. 9/10."),
     P("Poll: best con-artist film of the decade?"),
     P("Why heist films make us root for thieves."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:fiction_review"],
     why="Reviews of heist and con-artist films."),

case(178, "es", "youtube", "work", "Detective Privado Real", "detectiveprivadoreal",
     "Investigador privado con licencia. Casos y consejos.", "ES", 39000, [
     P("Cómo detectamos un fraude a la aseguradora: caso real anonimizado", kind="video"),
     P("Lo que un detective NO puede hacer legalmente (y te lo piden cada semana)", kind="video"),
     P("Mi equipo de vigilancia", kind="video"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:professional_context"],
     why="A licensed private investigator on insurance fraud and legal limits."),

case(179, "de", "tiktok", "gaming", "Heist-Hanna", "heist.hanna",
     "Koop-Heist-Games 🎮 Stealth only", "DE", 26000, [
     P("Tresor in 3 Minuten geknackt, ohne Alarm 😎 Stealth-Run Level 7", kind="video"),
     P("Die Wachen in diesem Spiel sind so dumm", kind="video"),
     P("Bester Koop-Heist 2026?", kind="video"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:gaming"],
     why="Stealth heist video games."),

case(180, "fr", "web", "news", "Tribunal Chronique", "tribunalchronique.fr",
     "Chroniques judiciaires. Comparutions immédiates, assises, correctionnelle.", "FR", None, [
     P("Comparution immédiate : il volait des trottinettes pour les revendre sur une appli. Huit mois ferme.", title="Le voleur de trottinettes"),
     P("Aux assises de Douai, le procès d'un braquage de bijouterie.", title="Braquage à Douai"),
     P("Un faussaire de permis de conduire condamné à Lille.", title="Le faussaire"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:court_reporting"],
     why="A court reporter's chronicles of theft, robbery and forgery trials."),

case(181, "it", "youtube", "culture", "Misteri d'Italia", "misteriditalia",
     "Storia criminale italiana, con rispetto per le vittime.", "IT", 96000, [
     P("La banda della Uno bianca: una storia di poliziotti criminali\nDocumentata con gli atti del processo.", kind="video"),
     P("Il furto della Gioconda del 1911", kind="video"),
     P("Le vittime della mafia che dovremmo ricordare", kind="video"),
     ], garm=dict(crime="low", death_injury="low"),
     classes=["hard_negative:crime:true_crime_history", "hard_negative:death_injury:true_crime_history"],
     why="Italian criminal history documented from trial records, victims-first."),

case(182, "pt", "tiktok", "money", "Poupança Esperta", "poupancaesperta",
     "Dicas honestas para poupar 💶", "PT", 51000, [
     P("Devoluções online: os teus direitos legais em 14 dias (sem truques) 📦", kind="video"),
     P("Como reclamar de uma encomenda que não chegou, do jeito certo", kind="video"),
     P("5 hábitos que me pouparam 2 mil euros", kind="video"),
     ], garm={},
     classes=["hard_negative:crime:consumer_rights"],
     why="Consumer-rights tips on refunds and missing parcels, done legally."),

case(183, "en", "instagram", "work", "Officer Kim Community", "officerkim.community",
     "Community police officer (not an official account). Safety tips.", "US", 27000, [
     P("Porch pirates are active before the holidays. Use a locker or delivery window."),
     P("Catalytic converter thefts are up. Park in lit areas, etch your VIN."),
     P("Coffee with a cop this Saturday at the library."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:police_prevention"],
     why="A community officer warning about parcel and car-part theft."),

case(184, "es", "bluesky", "news", "Periodista Sara Montes", "saramontes.bsky.social",
     "Periodista de tribunales y sucesos. Valencia.", "ES", 5900, [
     P("Juicio a la red que vendía DNI falsos a migrantes: la fiscalía pide 6 años para el cabecilla."),
     P("La policía desmantela un taller que cambiaba IMEI de móviles robados en Benimaclet."),
     P("Mañana, sentencia del caso de estafas a mayores."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:journalism"],
     why="A court and crime reporter covering fake-ID and stolen-phone cases."),

case(185, "de", "web", "tech", "Sicherheitsblog Janssen", "sicherheitsblog-janssen.de",
     "IT-Sicherheit für Normalsterbliche.", "DE", None, [
     P("Wie Kriminelle Geldwäsche-Kuriere über Instagram anwerben, und warum 'Konto vermieten' immer Betrug ist.", title="Finanzagenten-Anwerbung"),
     P("SIM-Swapping: Was deutsche Mobilfunker jetzt anders machen.", title="SIM-Swapping"),
     P("Zwei-Faktor richtig einrichten.", title="2FA"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:security_education"],
     why="A security blogger warning about money-mule recruitment and SIM swapping."),

# ---------------------------------------------------------------- piracy positives
case(186, "en", "tiktok", "tech", "stream.for.less", "stream.for.less",
     "📺 every channel, one price • DM 'TV'", "US", 7200, [
     P("every NFL game, every PPV fight, every premium movie channel, $15 a month 📺 DM 'TV'", kind="video"),
     P("works on any smart TV, setup takes 2 mins, no contract", kind="video"),
     P("black friday: 1 year for $99 🔥", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:iptv_menu"],
     why="Sells illegal IPTV subscriptions with pay-per-view sports and premium channels."),

case(187, "en", "instagram", "style", "Lux Reps Boutique", "luxreps.boutique",
     "👜 1:1 reps • QC photos • worldwide shipping", "GB", 15000, [
     P("Top tier 1:1 rep of the famous 'B-30' designer bag, stamps and serials matched 👜 QC pics on request"),
     P("Rep watches with the real movement clone, nobody can tell ⌚"),
     P("Shipping to UK in 10 days, customs-safe packaging."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells 1:1 replica luxury bags and watches with copied stamps and serial numbers."),

case(188, "es", "bluesky", "tech", "Fútbol Gratis HD", "futbolgratishd.bsky.social",
     "⚽ todos los partidos gratis • enlaces cada jornada", "ES", 3900, [
     P("Enlaces para el clásico de esta noche en HD, sin cortes ⚽ link en respuesta"),
     P("Toda la jornada de liga gratis, lista de enlaces actualizada"),
     P("Lista IPTV m3u con todos los canales de deporte, gratis para seguidores"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:streaming_links", "positive:piracy:iptv_list"],
     why="Shares pirate streams of football matches and IPTV playlists."),

case(189, "es", "instagram", "style", "Perfumes Originales Baratos", "perfumesoriginales.baratos",
     "💐 perfumes de marca a 20€ • 'originales' • envíos", "ES", 11000, [
     P("Perfumes de marca 'originales' a 20€, mismo frasco, misma caja, misma etiqueta 💐"),
     P("Colonias de diseñador con código de lote falso incluido, nadie nota la diferencia"),
     P("Pack Navidad 3 perfumes por 50€"),
     ], garm=dict(piracy="floor", spam="medium"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells counterfeit designer perfumes in copied bottles and boxes."),

case(190, "de", "tiktok", "tech", "Spiele Umsonst", "spiele.umsonst",
     "🎮 alle Spiele gratis • Link in Bio", "DE", 21000, [
     P("Das neue Rennspiel schon vor Release gratis spielen 🎮 Repack im Link", kind="video"),
     P("Alle Konsolenspiele auf dem PC, gecrackt und ohne Kopierschutz", kind="video"),
     P("Download-Geschwindigkeit verdoppeln, mein Trick", kind="video"),
     ], garm=dict(piracy="floor", spam="medium"),
     classes=["positive:piracy:cracked_games"],
     why="Links cracked game repacks, including pre-release games."),

case(191, "de", "instagram", "sport", "Trikot-Outlet 24", "trikot.outlet24",
     "⚽ Trikots 25/26 • Fanversion • 25 €", "DE", 8300, [
     P("Alle Bundesliga-Trikots 25/26 für 25 € statt 100 €, Wappen gestickt, wie original ⚽"),
     P("Nationalmannschaft-Trikots wieder da, schnell sein."),
     P("Bestellung per DM, Zahlung per Freunde-Überweisung."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells counterfeit football shirts with copied club crests."),

case(192, "fr", "tiktok", "culture", "Mangas Gratos", "mangas.gratos",
     "📚 scans de tous les mangas • lien bio", "FR", 29000, [
     P("Le dernier tome sorti hier au Japon est déjà traduit et dispo gratuitement, lien en bio 📚", kind="video"),
     P("Tous les animes de la saison en VOSTFR, sans abonnement", kind="video"),
     P("Top 5 des mangas de l'année", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:scanlation_links"],
     why="Links pirated manga scans and anime episodes."),

case(193, "fr", "web", "tech", "Logiciels Crackés FR", "logiciels-craques.fr",
     "Toutes les licences gratuites.", "FR", None, [
     P("Suite de montage vidéo pro 2026 + crack, testé sur PC récent. Désactivez votre antivirus avant l'installation.", title="Montage vidéo pro + crack"),
     P("Activateur universel pour suites bureautiques.", title="Activateur universel"),
     P("Clés de licence générées, mises à jour quotidiennes.", title="Clés de licence"),
     ], garm=dict(piracy="floor", spam="high"),
     classes=["positive:piracy:cracked_software", "positive:spam:malware_risk"],
     why="Distributes cracked software and tells users to switch off antivirus."),

case(194, "it", "bluesky", "tech", "Calcio Streaming Free", "calciostreamingfree.bsky.social",
     "⚽ link partite gratis", "IT", 2600, [
     P("Link per il derby di stasera, HD e senza pubblicità ⚽ nei commenti"),
     P("Tutte le partite della Champions, lista aggiornata"),
     P("Come vedere la Serie A gratis dal telefono"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:streaming_links"],
     why="Shares pirate stream links for football matches."),

case(195, "it", "instagram", "style", "Sneaker Replica Napoli", "sneakerreplica.na",
     "👟 replica 1:1 • tutte le taglie • consegna a mano", "IT", 9900, [
     P("Le scarpe del momento in replica 1:1, con scatola e cartellino 👟 80 €"),
     P("Felpe firmate replica, loghi ricamati."),
     P("Consegna a mano a Napoli, spedizione in tutta Italia."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells 1:1 replica sneakers and branded sweatshirts."),

case(196, "pt", "youtube", "tech", "TV Box Liberada", "tvboxliberada",
     "Tudo sobre TV box com canais liberados.", "BR", 52000, [
     P("A MELHOR TV BOX DE 2026 com todos os canais fechados liberados\nLink de compra na descrição. Funciona com futebol, filmes e séries.", kind="video"),
     P("Como instalar a lista de canais pagos de graça", kind="video"),
     P("Qual box não trava na final do campeonato?", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:iptv_devices"],
     why="Promotes and sells TV boxes with pirated pay channels unlocked."),

case(197, "pt", "instagram", "style", "Bolsas de Grife Réplica", "bolsasdegrife.replica",
     "👜 réplicas primeira linha • parcelamos", "BR", 16000, [
     P("Bolsa réplica primeira linha, idêntica à original, com nota e dust bag 👜"),
     P("Óculos de grife réplica, lentes com logo gravado."),
     P("Parcelamos em 10x."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells replica designer bags and sunglasses with engraved logos."),

case(198, "en", "web", "culture", "Free Ebooks Vault", "freeebooksvault.net",
     "Every bestseller, free PDF.", "US", None, [
     P("This week's bestsellers as free PDF and EPUB downloads. New releases added within 24 hours.", title="This week's bestsellers"),
     P("Complete textbook collection for college courses, free.", title="Textbooks"),
     P("Audiobooks ripped from the big apps, MP3.", title="Audiobooks"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:ebook_piracy"],
     why="Distributes pirated ebooks, textbooks and ripped audiobooks."),

case(199, "es", "tiktok", "tech", "Cuentas Premium Baratas", "cuentaspremium.baratas",
     "📺 cuentas de streaming a 2€ • música • juegos", "MX", 12000, [
     P("Perfiles de todas las plataformas de streaming a 2€ al mes 📺 cuentas compartidas 'de por vida'", kind="video"),
     P("Música premium a 1€, cuenta de otro país", kind="video"),
     P("Garantía: si se cae, te doy otra", kind="video"),
     ], garm=dict(piracy="high", spam="high"),
     classes=["positive:piracy:account_resale"],
     why="Resells streaming and music accounts obtained illegitimately at a fraction of the price."),

case(200, "fr", "bluesky", "culture", "Ciné Pirate", "cinepirate.bsky.social",
     "🎬 les films en salle, chez vous, gratuitement", "FR", 4800, [
     P("Le blockbuster sorti mercredi est dispo en qualité cam, lien dans le fil 🎬"),
     P("Nouveau miroir du site, l'ancien a été bloqué."),
     P("Version HD dès que possible, restez connectés."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:streaming_links"],
     why="Shares camcorded copies of films still in cinemas and mirrors of blocked pirate sites."),

case(201, "de", "web", "culture", "Hörbuch Gratis Archiv", "hoerbuch-gratis-archiv.net",
     "Hörbücher kostenlos. Tausende Titel.", "DE", None, [
     P("Alle Bände der Fantasy-Bestsellerreihe als MP3, kostenlos herunterladen.", title="Fantasy-Reihe komplett"),
     P("Neue Hörbücher aus den Abo-Apps, jeden Tag aktualisiert.", title="Neu heute"),
     P("Spiegel-Bestseller als ungekürzte Lesung.", title="Bestseller"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:audiobook_piracy"],
     why="Distributes pirated audiobooks ripped from subscription apps."),

case(202, "it", "youtube", "tech", "Giochi Gratis PC", "giochigratispc",
     "Tutti i giochi per PC gratis, tutorial di installazione.", "IT", 31000, [
     P("Come scaricare l'ultimo gioco open world GRATIS (crack funzionante)\nLink al torrent in descrizione.", kind="video"),
     P("I migliori siti di repack del 2026", kind="video"),
     P("Risolvere gli errori del crack", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:cracked_games"],
     why="Tutorials and torrent links for cracked PC games."),

case(203, "pt", "bluesky", "tech", "Séries Grátis PT", "seriesgratispt.bsky.social",
     "📺 episódios novos todos os dias • links", "PT", 1900, [
     P("Episódio novo da série do momento, legendado, link na resposta 📺"),
     P("Temporada completa da série da plataforma X, para descarregar."),
     P("Novo domínio do site, guardem."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:streaming_links"],
     why="Shares pirated TV episodes and new domains of a pirate site."),

case(204, "es", "youtube", "tech", "Sr. Firmware", "srfirmware",
     "Modificaciones de consolas y emuladores.", "ES", 46000, [
     P("Cómo meter 300 juegos gratis en tu consola pirateada\nEnlace a la colección de ROMs en la descripción.", kind="video"),
     P("Instala el chip y juega a todo sin comprar nada", kind="video"),
     P("Las mejores ROMs del año", kind="video"),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:rom_distribution"],
     why="Distributes collections of commercial game ROMs for modded consoles."),

case(205, "en", "bluesky", "culture", "Album Leaks", "albumleaks.bsky.social",
     "💿 leaks before release • FLAC", "GB", 3100, [
     P("The new album leaked a week early, full FLAC in the reply 💿"),
     P("Unreleased demos from the studio sessions, grab them before DMCA."),
     P("New mirror up."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:music_leaks"],
     why="Shares leaked, unreleased albums and studio demos."),

case(206, "fr", "instagram", "style", "Montres Luxe Réplique", "montres.luxe.replique",
     "⌚ répliques suisses • mouvement automatique", "FR", 6200, [
     P("Réplique parfaite de la montre de plongée suisse la plus célèbre, logo et gravures identiques ⌚ 250 €"),
     P("Nouvelles arrivées : chronographes, certificat 'original' inclus."),
     P("Paiement à la livraison possible."),
     ], garm=dict(piracy="floor"),
     classes=["positive:piracy:counterfeit_sales"],
     why="Sells replica luxury watches with copied logos and fake certificates."),

# ---------------------------------------------------------------- piracy hard negatives
case(207, "en", "tiktok", "family", "Captain Mum Crafts", "captainmumcrafts",
     "🏴‍☠️ birthday party DIY on a budget", "GB", 39000, [
     P("pirate treasure hunt for 8 year olds, free printable map 🏴‍☠️", kind="video"),
     P("cardboard pirate ship cake stand", kind="video"),
     P("walk the plank party game, zero cost", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:everyday_words"],
     why="Pirate-themed children's party crafts."),

case(208, "es", "instagram", "culture", "Piratas del Caribe Historia", "historiapirata",
     "Historia real de los piratas del Caribe y los corsarios españoles.", "ES", 22000, [
     P("El saqueo de Cartagena de Indias en 1697: piratas franceses contra la corona española."),
     P("¿Existió el código pirata? Lo que dicen los documentos."),
     P("Las mujeres piratas del Caribe."),
     ], garm={},
     classes=["hard_negative:piracy:history"],
     why="History of Caribbean pirates."),

case(209, "de", "youtube", "tech", "Streaming Sparfuchs", "streamingsparfuchs",
     "Legal streamen, weniger zahlen.", "DE", 57000, [
     P("Warum IPTV für 10 Euro illegal ist und was dir droht\nAbmahnung, Malware, Datenklau: der ehrliche Überblick.", kind="video"),
     P("Alle kostenlosen, legalen Mediatheken im Vergleich", kind="video"),
     P("Streaming-Abos rotieren: so spart man legal", kind="video"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:consumer_advice"],
     why="Explains why cheap IPTV is illegal and lists legal free options."),

case(210, "fr", "tiktok", "style", "Dupes Beauté Léa", "dupes.beaute.lea",
     "💄 dupes pas chers de produits de luxe (légaux !)", "FR", 76000, [
     P("Le dupe à 8 € du fond de teint de luxe à 50 € : même fini, marque différente 💄", kind="video"),
     P("Dupe ≠ contrefaçon : je vous explique la différence", kind="video"),
     P("Mes 5 dupes préférés de l'année", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:legal_dupes"],
     why="Reviews of cheaper look-alike cosmetics from other brands (legal dupes), explaining they are not counterfeits."),

case(211, "it", "instagram", "work", "Stop Contraffazione", "anticontraffazione.info",
     "Associazione contro la contraffazione. Come riconoscere i falsi.", "IT", 13000, [
     P("Come riconoscere una borsa contraffatta: cuciture, etichette, numero di serie."),
     P("Comprare un falso è reato anche per il cliente: sanzioni fino a 7.000 euro."),
     P("Sequestro record al porto di Gioia Tauro."),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:anti_counterfeit"],
     why="An anti-counterfeiting association explaining how to spot fakes and the fines for buying them."),

case(212, "pt", "youtube", "culture", "Cinema Grátis e Legal", "cinemagratislegal",
     "Filmes em domínio público e plataformas gratuitas legais.", "BR", 24000, [
     P("10 clássicos em domínio público que você pode ver de graça (e legalmente)", kind="video"),
     P("Plataformas gratuitas com anúncios: catálogo comparado", kind="video"),
     P("Por que sites piratas são perigosos", kind="video"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_alternatives"],
     why="Recommends public-domain and free legal streaming, warning against pirate sites."),

case(213, "en", "web", "tech", "Open Source Weekly", "opensourceweekly.dev",
     "News and guides for free and open-source software.", "US", None, [
     P("You don't need cracked editing software: five open-source tools for video, photo and audio.", title="Five open-source tools"),
     P("What 'cracked' downloads actually contain: we analysed 50 of them.", title="What cracked downloads contain"),
     P("How open-source licences work.", title="Licences explained"),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_alternatives"],
     why="An open-source newsletter recommending free software and analysing malware in cracked downloads."),

case(214, "es", "tiktok", "gaming", "Retro con Rocío", "retroconrocio",
     "🕹️ consolas antiguas, colección y restauración", "ES", 31000, [
     P("Restaurando una consola de 1990 comprada en el rastro 🕹️", kind="video"),
     P("Las reediciones legales de juegos clásicos que merecen la pena", kind="video"),
     P("Mi colección de cartuchos originales", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:retro_collecting"],
     why="A retro-console collector restoring hardware and recommending legal re-releases."),

case(215, "de", "bluesky", "news", "Medienrecht Aktuell", "medienrecht-aktuell.bsky.social",
     "Urheberrecht, Plattformen, Piraterie. Juristische Einordnung.", "DE", 4100, [
     P("Gericht lässt weitere Streaming-Piraterie-Seiten sperren: Was die Netzsperren bringen und was nicht."),
     P("Ist das Anschauen von Raubkopie-Streams strafbar? Die Rechtslage."),
     P("Neue EU-Regeln für Live-Sport-Piraterie."),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_context"],
     why="A media-law account explaining piracy law and site blocking."),

case(216, "fr", "youtube", "culture", "Pirates et Corsaires", "piratesetcorsaires",
     "Histoire maritime, de Surcouf à Barbe-Noire.", "FR", 28000, [
     P("Surcouf, corsaire de Saint-Malo : pirate ou héros national ?", kind="video"),
     P("La vraie vie à bord d'un navire pirate", kind="video"),
     P("Les trésors engloutis retrouvés", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:history"],
     why="Maritime history about privateers and pirates."),

case(217, "it", "tiktok", "food", "Cucina Hack Giulia", "cucinahack.giulia",
     "trucchi in cucina 🍳", "IT", 48000, [
     P("Il crack del tuorlo perfetto: come rompere l'uovo senza frammenti 🥚", kind="video"),
     P("Hack per pelare l'aglio in 10 secondi", kind="video"),
     P("Pasta craccata? No, pasta CROCCANTE al forno", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:everyday_words"],
     why="Kitchen 'hacks' and cracking eggs."),

case(218, "pt", "instagram", "style", "Loja Inspirados", "loja.inspirados",
     "Roupas com design próprio inspiradas em tendências. Sem logos de marcas.", "PT", 9400, [
     P("O nosso blazer inspirado nas passerelles de Paris, com corte e tecido nossos."),
     P("Porque não vendemos réplicas: copiar logótipos é crime e desvaloriza quem cria."),
     P("Nova coleção de inverno."),
     ], garm={},
     classes=["hard_negative:piracy:own_design"],
     why="A clothing shop selling its own trend-inspired designs and explaining why it sells no replicas."),

case(219, "en", "instagram", "style", "Authentic or Not", "authenticornot.uk",
     "Sneaker and bag authentication service. We catch fakes.", "GB", 34000, [
     P("FAKE: this 'limited' sneaker had the wrong font on the size tag. Swipe for the comparison."),
     P("How rep sellers fool buyers with 'QC photos', and how to spot the tricks."),
     P("Authenticated 400 items this month, 18% were counterfeit."),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:authentication"],
     why="An authentication service exposing counterfeit sneakers and bags."),

case(220, "es", "youtube", "culture", "Bibliotecaria Digital", "bibliotecariadigital",
     "Bibliotecaria. Cómo leer gratis y legal.", "ES", 19000, [
     P("Cómo sacar ebooks gratis de tu biblioteca pública desde el móvil\nSin piratear, con tu carné.", kind="video"),
     P("Audiolibros gratis y legales: las apps de las bibliotecas", kind="video"),
     P("Libros de dominio público que todos deberían leer", kind="video"),
     ], garm={},
     classes=["hard_negative:piracy:legal_alternatives"],
     why="A librarian showing how to borrow ebooks and audiobooks legally."),

case(221, "fr", "bluesky", "tech", "Émulation Légale", "emulationlegale.bsky.social",
     "Préservation du jeu vidéo. Jamais de ROM partagée.", "FR", 3300, [
     P("Faire le dump de ses propres cartouches : le matériel et la méthode. Ne me demandez pas de ROM, je n'en partage pas."),
     P("La préservation du jeu vidéo face au droit d'auteur : où en est-on ?"),
     P("Ma collection de consoles japonaises."),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_context"],
     why="A game-preservation hobbyist dumping his own cartridges and refusing to share ROMs."),
]

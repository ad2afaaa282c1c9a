"""Obfuscated positives (zero-width characters, homoglyphs, spacing, repeated
letters) and more hard negatives: reclaimed words, single mild swears, legal
dupes and resellers, own shops and honest giveaways, legal menus that look
like dealers' menus, locksmiths and lock-picking, forensic and documentary work."""
from model import K

ZW = "\u200b"

# ------------------------------------------------------------ obfuscated positives
K("en", "tiktok", "snowman.delivers", "⛄ snowman", "ski season all year 🎿 tele in bio", 5400,
  ["positive:drugs_alcohol:obfuscated_zero_width", "positive:drugs_alcohol:drug_sale_emoji"],
  "Cocaine delivery with the drug names split by zero-width characters and 'ski season' emoji code.",
  {"drugs_alcohol": "floor"},
  [ZW.join("coke") + " ⛄ $80 a g, " + ZW.join("molly") + " $20, drop-offs till 3am",
   "ski season never ends around here 🎿❄️ regulars know the deal",
   "pure " + ZW.join("snow") + " this week, not stepped on, ask around",
   "no texts about it, tele only"])

K("de", "instagram", "apotheke.nacht.express", "Nacht-Express", "schnell • diskret • 24/7", 2100,
  ["positive:drugs_alcohol:obfuscated_homoglyph"],
  "Drug delivery with homoglyphs in the drug names (Cyrillic о in 'Kоks', Greek Ρ in 'Ρillen') to evade filters.",
  {"drugs_alcohol": "floor"},
  ["Kоks 65/g, Ρillen 8 das Stück, Gras 11/g 🚗 Lieferung in 30 Min, Innenstadt",
   "Neue Ρillen da, blaue Tesla, stark 💊",
   "Kоks-Taxi auch am Feiertag unterwegs",
   "Nur Telegram, kein WhatsApp"])

K("pt", "tiktok", "torcida.raiz.fanatica", "Torcida Raiz", "time acima de tudo ⚽", 26000,
  ["positive:hate:obfuscated_slur", "positive:hate:slur_at_person"],
  "Racist slurs with masked letters and digits aimed at a named Black player after a match.",
  {"hate": "floor"},
  ["esse m@c@c0 do Dudu Matos de novo perdeu o pênalti 🐒 volta pro zoológico",
   "m a c a c o não pode vestir nossa camisa",
   "me reportaram mas é só zoeira de estádio kkkk",
   "próximo jogo vamos levar banana pra ele 🍌"])

K("it", "tiktok", "rimborso.assistenza.clienti", "Assistenza Rimborsi", "ti aiutiamo a recuperare i tuoi soldi", 3700,
  ["positive:spam:phishing_homoglyph"],
  "Recovery-scam phishing impersonating a payment service with a homoglyph in the brand name ('PаyPаl' with Cyrillic а).",
  {"spam": "floor", "crime": "medium"},
  ["Hai subito una truffa online? PаyPаl ti rimborsa fino a 5.000€ 💶 compila il modulo in bio con i dati della carta",
   "Recuperati 3.200€ per una cliente di Napoli oggi ✅",
   "Serve solo il codice che ricevi via SMS per confermare l'identità",
   "Attenzione ai falsi assistenti, siamo l'unico servizio ufficiale"])

K("fr", "instagram", "m.o.u.d.j.a.h.i.d.fr", "Les lions", "🦁 fidélité • sacrifice", 1900,
  ["positive:terrorism:obfuscated_recruitment"],
  "Recruitment for an armed group with dotted and spaced words ('m.o.u.d.j.a.h.i.d.i.n', 'h i j r a') to dodge moderation.",
  {"terrorism": "floor"},
  ["Les m.o.u.d.j.a.h.i.d.i.n ont besoin de frères courageux, pas de commentateurs 🦁",
   "La h i j r a t'attend, tout est organisé, écris en privé",
   "Ta famille sera fière de toi dans l'au-delà",
   "Le d_j_i_h_a_d n'est pas un mot, c'est un devoir"])

K("en", "instagram", "switchez.n.more", "parts & accessories", "🔩 ships fast • cashapp", 2600,
  ["positive:arms:obfuscated_sale"],
  "Sells illegal auto 'switches' spelled with spaces and digits ('g l 0 c k  s w i t c h') and 'auto sears'.",
  {"arms": "floor"},
  ["g l 0 c k   s w i t c h e s back in 🔩 $150 each, 2 for $250, ships in a phone case box",
   "a.s (you know 😉) for the AR platform, limited",
   "sw1tch installed video in highlights, 1200 rpm easy",
   "cashapp only, no refunds, no questions"])

# ------------------------------------------------------------ hard negatives
K("en", "mastodon", "dr_linguist_osei", "Dr. Kwame Osei", "sociolinguist • slurs, taboo, reclamation", 4800,
  ["hard_negative:hate:linguist_quoting_slurs", "education"],
  "A sociolinguist discussing slurs, their history and reclamation, mentioning them as objects of study.",
  {"hate": "low"},
  ["New paper: how slurs lose and regain force. We look at 'queer' as a case of successful reclamation, and why others resist it.",
   "Mentioning a slur is not using it. That distinction is old in philosophy of language and still contested in moderation policy.",
   "Teaching the taboo-words module this week. Always the most honest seminar of the year.",
   "Conference in Accra next month, very excited"])

K("en", "tiktok", "dyke.on.a.bike.mel", "Mel 🏍️🌈", "proud dyke • motorbikes • dogs", 33000,
  ["hard_negative:hate:reclaimed_word"],
  "A lesbian creator using 'dyke' and 'queer' about herself and her community, reclaimed and affectionate.",
  {},
  ["dyke march this saturday, bikes in front as always 🏍️🌈",
   "queer joy is riding the coast road with your girlfriend on the back",
   "my dog is the most popular dyke at pride lol",
   "new helmet who dis"])

K("es", "instagram", "educadora.antirracista.ana", "Ana | educación antirracista", "formación para colegios y familias", 15000,
  ["hard_negative:hate:anti_racism_education"],
  "An anti-racism educator quoting the insults children hear at school to teach how to respond.",
  {"hate": "low"},
  ["'Moro', 'sudaca', 'panchito': los insultos que nuestros alumnos escuchan en el patio. Cómo intervenir, en el carrusel",
   "Decir 'es solo una broma' no lo hace menos racista. Guía para docentes",
   "Taller con familias en Alcorcón, gracias por venir",
   "Recomendaciones de libros infantiles sobre diversidad 📚"])

K("de", "bluesky", "journalistin-aylin.bsky.social", "Aylin Demir", "Redakteurin Innenpolitik • zeige den Hass, den ich bekomme", 21000,
  ["hard_negative:hate:quoting_abuse_received", "journalism"],
  "A journalist quoting the racist abuse she receives to document it, and reporting it to police.",
  {"hate": "low", "profanity": "low"},
  ["Meine Nachrichten von heute, ungeschminkt: 'geh zurück nach Anatolien', 'Kanakenfotze'. Alles angezeigt.",
   "Warum ich Hasskommentare öffentlich mache: Sichtbarkeit ist Schutz",
   "Mein Text zur neuen Innenministerkonferenz ist online",
   "Wochenende. Handy aus."])

K("fr", "tiktok", "stand.up.yasmine", "Yasmine stand-up 🎤", "humoriste • Lyon", 61000,
  ["hard_negative:profanity:single_mild_swear"],
  "A stand-up comic with clean material and an occasional mild 'merde'; no frequent strong language.",
  {"profanity": "low"},
  ["Ma mère au téléphone: 'tu manges bien ?' Moi, à 31 ans, avec un yaourt périmé: oui maman",
   "Extrait du spectacle: le jour où j'ai raté mon permis pour la 4e fois. Merde, quoi",
   "Complet à Grenoble ce samedi 🙏 merci",
   "Les réunions qui auraient pu être un mail, acte 2"])

K("it", "instagram", "la.prof.di.lettere", "La prof di lettere 📚", "insegnante • libri • vita di classe", 22000,
  ["hard_negative:profanity:single_mild_swear"],
  "A teacher's light posts with 'accidenti' and one 'cavolo'; mild language only.",
  {"profanity": "low"},
  ["Accidenti, 28 compiti da correggere e il caffè è finito",
   "Quando un alunno cita Leopardi spontaneamente: cavolo, ce l'abbiamo fatta",
   "Consigli di lettura per l'estate in bio",
   "Gita a Firenze con la 3B, sopravvissuta"])

K("pt", "youtube", "gameplay.do.caio", "Caio Joga", "gameplay família 🎮", 148000,
  ["hard_negative:profanity:bleeped_family_gaming"],
  "A family gaming channel that bleeps itself and says 'caramba' and 'puxa vida'; no strong language.",
  {},
  [{"title": "CARAMBA! Achei o diamante mais raro do jogo", "text": "Puxa vida, depois de 3 horas minerando. Vídeo sem palavrão, pode assistir com as crianças."},
   {"title": "Morri 47 vezes nesse chefão (puxa!)", "text": "Quase quebrei o controle mas não xinguei, prometo 😂"}])

K("en", "youtube", "box.office.brief", "Box Office Brief", "film industry numbers, explained", 39000,
  ["hard_negative:piracy:industry_analysis"],
  "A film-industry analyst discussing piracy losses, IPTV crackdowns and streaming prices as business news.",
  {"piracy": "low"},
  [{"title": "How much does piracy actually cost Hollywood?", "text": "Studies disagree by a factor of ten. I go through the methods, the IPTV crackdowns in Europe, and why price hikes push people back to torrents."},
   {"title": "The sports-rights bubble, explained", "text": "Why leagues fight illegal streams so hard, and what the new anti-piracy laws let them do."}])

K("es", "tiktok", "perfumes.lowcost.sara", "Sara huele bien 🌸", "reseñas de perfumes baratos y clones de olor", 44000,
  ["hard_negative:piracy:legal_dupes"],
  "Reviews legal high-street perfumes that smell like designer ones, sold under their own brand, no logos.",
  {},
  ["Este perfume de supermercado de 6€ huele casi igual que uno de 120€. Marca propia, nada de copias de logo 🌸",
   "Ranking de 'dupes' de olor legales: ninguno imita el frasco ni la marca, solo el aroma",
   "Ojo con los que venden 'réplicas' con logo: eso es falsificación y no os lo recomiendo",
   "Mi colección de 3€ a 30€, sin vergüenza"])

K("de", "youtube", "retro.modul", "Retro Modul", "Retro-Gaming, Hardware & Emulation", 52000,
  ["hard_negative:piracy:legal_emulation"],
  "A retro-gaming channel using emulators with its own dumped cartridges and telling viewers not to download ROMs.",
  {"piracy": "low"},
  [{"title": "Eigene Module dumpen: so sichert ihr eure Spiele legal", "text": "Mit dem Dumper lest ihr EURE Cartridges aus. ROM-Seiten verlinke ich nicht, das ist Piraterie."},
   {"title": "Emulator-Vergleich 2026", "text": "Genauigkeit, Latenz, Hardware. Alle Spiele im Video aus meiner Sammlung."}])

K("fr", "mastodon", "libre_distrib", "Noé", "logiciel libre • Debian • auto-hébergement", 2900,
  ["hard_negative:piracy:legal_torrent"],
  "A free-software user sharing torrents of Linux ISOs and Creative Commons films, all legal.",
  {},
  ["Le torrent de la nouvelle Debian est en seed chez moi, 400 Mo/s, servez-vous 🐧",
   "Film en Creative Commons du week-end: dispo en torrent sur le site officiel",
   "Auto-héberger ses photos, mode d'emploi",
   "Merci aux mainteneurs bénévoles ❤️"])

K("pt", "instagram", "brecho.luxo.original", "Brechó Luxo Original 👜", "grifes usadas 100% originais • nota e autenticação", 18000,
  ["hard_negative:piracy:authentic_resale"],
  "A second-hand luxury boutique selling authenticated originals with invoices; looks like a replica shop at first glance.",
  {},
  ["Bolsa clássica de couro, original com nota e certificado de autenticação 👜 R$ 9.800",
   "Não vendemos réplica. Toda peça passa por autenticação profissional",
   "Chegaram 12 peças novas de consignação, link na bio",
   "Como identificar uma bolsa falsa: nosso guia nos destaques"])

K("it", "tiktok", "avvocato.spiega.iptv", "Avv. Marco spiega", "diritto per tutti ⚖️", 97000,
  ["hard_negative:piracy:legal_warning"],
  "A lawyer warning viewers about fines for using 'pezzotto' IPTV; information against piracy.",
  {"piracy": "low"},
  ["Pezzotto: da quest'anno multe fino a 5.000€ anche per chi guarda, non solo per chi vende ⚖️",
   "Come fanno a identificarti? Ve lo spiego in 60 secondi",
   "Le alternative legali costano meno di quanto pensate",
   "Domande nei commenti, rispondo a tutti"])

K("en", "instagram", "sunday.supper.club.bri", "Bri's Supper Club", "cookbook author • recipes • my book out now 📖", 58000,
  ["hard_negative:spam:honest_giveaway", "own_product"],
  "A cookbook author running a clear giveaway of her own book with rules; no fees, no links to forms.",
  {},
  ["GIVEAWAY 📖 I'm giving away 5 signed copies of my own cookbook. Follow + comment your favourite soup. No purchase necessary, US only, ends Sunday. Winners announced in stories, I will NEVER ask you for card details.",
   "Beware of fake accounts DMing 'you won' — I only announce winners on my main profile",
   "Roast squash soup, recipe on page 84",
   "Book tour dates in bio, come say hi"])

K("es", "youtube", "finanzas.con.cabeza", "Finanzas con cabeza", "educación financiera sin humo", 205000,
  ["hard_negative:spam:finance_education"],
  "A financial educator warning that guaranteed returns are a scam and explaining index funds with risks.",
  {"spam": "low"},
  [{"title": "Si te prometen rentabilidad GARANTIZADA, es estafa", "text": "Analizo tres 'mentores' de Instagram. Ninguna inversión real garantiza un 30% mensual. Señales de alarma."},
   {"title": "Fondos indexados para principiantes (con riesgos explicados)", "text": "Puedes perder dinero. Lo explico claro antes de nada."}])

K("de", "instagram", "lisa.naeht.selbst", "Lisa näht", "eigene Schnittmuster & Shop 🧵", 26000,
  ["hard_negative:spam:own_shop", "own_product"],
  "A sewing creator promoting her own pattern shop with her own code; not a scam and not a sponsorship.",
  {},
  ["Mein neues Schnittmuster 'Herbstkleid' ist im Shop 🧵 mit LISA10 spart ihr 10% (mein eigener Shop)",
   "Nähanleitung Schritt für Schritt im Reel",
   "Stoffmarkt-Ausbeute vom Samstag",
   "Danke für 25k! Verlosung kommt nächste Woche, mit klaren Regeln"])

K("fr", "instagram", "les.gateaux.de.ines", "Les gâteaux d'Inès 🎂", "pâtisserie maison • commandes en DM • livraison Lille", 6100,
  ["hard_negative:drugs_alcohol:legal_menu_dm_delivery", "hard_negative:crime:legal_menu_dm_delivery"],
  "A home baker posting a menu with prices, 'commandes en DM' and 'livraison'; looks like a dealer's menu, is cakes.",
  {},
  ["Menu de la semaine 📋 tarte citron 18€, layer cake 35€, cookies 2€ pièce. Commandes en DM, livraison sur Lille",
   "Le 'space cake' ? Non 😂 le gâteau galaxie, glaçage violet et paillettes",
   "Livraison ce soir jusqu'à 21h 🚗",
   "Merci pour vos commandes de Noël ❤️"])

K("en", "instagram", "leafy.drops.plantshop", "Leafy Drops 🌿", "houseplants • delivery downtown • menu in story", 14000,
  ["hard_negative:drugs_alcohol:emoji_lookalike_menu"],
  "A houseplant shop with a 🍃 emoji menu, 'drops' and 'delivery downtown'; looks like dealer code, is plants.",
  {},
  ["Friday drop 🍃 monsteras $25, pothos $12, rare variegated $80+. Menu in story, delivery downtown",
   "Grow lights back in stock 💡 your plants will thank you",
   "Repotting workshop Saturday, bring your sad plant",
   "Yes we deliver to offices 🪴"])

K("pt", "tiktok", "dindin.gourmet.da.nega", "Dindin da Nega 🍧", "dindin gourmet • entrego no bairro • chama no zap", 9700,
  ["hard_negative:drugs_alcohol:legal_menu_dm_delivery"],
  "Sells gourmet ice pops with a price list, 'chama no zap' and motorbike delivery; looks like a seller's menu, is dessert (one adults-only alcoholic flavour).",
  {"drugs_alcohol": "low"},
  ["Cardápio novo 🍧 dindin de ninho com Nutella R$ 5, maracujá R$ 4, 'batizado' de caipirinha só pra maiores R$ 7",
   "Entrego de moto no bairro até 22h, chama no zap",
   "Acabou o de morango em 2 horas kkkk",
   "Obrigada pela encomenda do aniversário 🎉"])

K("de", "tiktok", "schluesseldienst.ehrlich", "Schlüsseldienst Ehrlich", "Notöffnungen zum Festpreis • Hamburg", 22000,
  ["hard_negative:crime:locksmith"],
  "A licensed locksmith opening doors and cars for locked-out owners, with ID checks; looks like break-in how-tos.",
  {"crime": "low"},
  ["Auto ohne Schlüssel geöffnet in 40 Sekunden – für die Besitzerin, Ausweis geprüft ✅",
   "Warum ich nie öffne, ohne dass ihr nachweist, dass es eure Wohnung ist",
   "Festpreis 89€ tagsüber, keine Abzocke",
   "Tipp: Tür abschließen, nicht nur zuziehen"])

K("en", "youtube", "sport.picking.sam", "Sam picks locks", "locksport • only locks I own • #1 rule: never pick a lock you don't own", 170000,
  ["hard_negative:crime:locksport"],
  "A locksport hobbyist picking his own locks to test product security; education about weak locks.",
  {"crime": "low"},
  [{"title": "This $80 'high security' padlock opened in 9 seconds", "text": "I bought it, I pick it, I tell you not to buy it. Locksport rule one: never pick a lock you don't own or use."},
   {"title": "Why bike locks fail (and which ones don't)", "text": "Testing five popular locks so you can protect your bike."}])

K("es", "instagram", "airsoft.zona.centro", "Airsoft Zona Centro", "tienda y campo de airsoft • réplicas legales • +18", 11000,
  ["hard_negative:arms:airsoft"],
  "An airsoft shop and field selling legal replicas with orange tips, safety rules and age checks.",
  {"arms": "low"},
  ["Réplica M4 eléctrica, punta naranja reglamentaria, 189€. Solo mayores de 18 con DNI",
   "Partida del domingo: gafas homologadas obligatorias, sin excepciones",
   "Nunca saques una réplica en la calle. Es ilegal y peligroso",
   "Fotos de la partida en el bosque 🌲"])

K("en", "bluesky", "marcus-violence-interrupter.bsky.social", "Marcus Reed", "violence interrupter • ex-gang • now I keep the peace", 7400,
  ["hard_negative:crime:outreach_worker"],
  "A former gang member turned violence interrupter talking frankly about the block, opps and retaliation to stop it.",
  {"crime": "low", "death_injury": "low"},
  ["Two crews been beefing on 4th since summer. Spent the night talking both sides down. Nobody slid. That's a win.",
   "Young boys post the opp diss, then somebody's mama ends up at the hospital. I been that boy. Don't be.",
   "Hiring two outreach workers, paid, must know the neighbourhood",
   "Basketball night at the rec, 40 kids showed up 🏀"])

K("fr", "youtube", "documentaire.narco.investigation", "Investigation Narco", "journalisme d'investigation • cartels, trafic", 83000,
  ["hard_negative:ineligible:documentary", "hard_negative:death_injury:documentary", "hard_negative:crime:documentary", "journalism"],
  "An investigative documentary channel on cartels, with blurred images and victims' families; journalism, not glorification.",
  {"crime": "low", "death_injury": "low", "drugs_alcohol": "low"},
  [{"title": "Sinaloa: dans les pas des disparus", "text": "Nous avons suivi des mères qui cherchent leurs fils dans les fosses. Images floutées par respect pour les victimes."},
   {"title": "Comment la cocaïne arrive au Havre", "text": "Dockers corrompus, conteneurs, enquêteurs: six mois d'enquête."}])

K("it", "mastodon", "medico_legale_lucia", "Lucia Greco", "medica legale • divulgazione sulle scienze forensi", 5100,
  ["hard_negative:death_injury:forensic_pathologist", "hard_negative:ineligible:forensic_pathologist"],
  "A forensic pathologist explaining how autopsies establish time and cause of death, for education.",
  {"death_injury": "low"},
  ["Come si stima l'ora del decesso? Temperatura, rigidità, macchie ipostatiche. Thread divulgativo, niente immagini",
   "Le ferite da difesa sulle mani raccontano molto di un'aggressione. Le descriviamo nei referti così",
   "Il rispetto per il corpo viene prima di tutto, anche sul tavolo autoptico",
   "Lezione al corso di laurea domani"])

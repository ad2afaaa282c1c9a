from gen import case, P

ZW = "\u200b"  # zero-width space


def cyr(s):
    """Swap Latin letters for look-alike Cyrillic ones (homoglyphs)."""
    return s.translate(str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "i": "\u0456", "x": "\u0445"}))


# ---- obfuscated positives
case("en", "us", "instagram", "Midnight Pharmacy", "midnight.pharm", "discreet. fast. trusted. 🌙", 3100,
     "positive:drugs_alcohol:homoglyph_menu obfuscation:homoglyphs", "Drug sale menu written with Cyrillic look-alike letters (" + cyr("cocaine") + ", " + cyr("oxy") + ") to dodge filters.",
     [cyr("Fresh coca") + "ine 🇨🇴 90/g, " + cyr("oxy") + " 30s 25 each, " + cyr("pres") + "sed " + cyr("xanax") + " 5 each. DM to order 🌙",
      cyr("Weekend special") + ": buy 3g get 1 free ❄️",
      "Same day drop downtown, shipping everywhere else.",
      "Happy Halloween from the team 🎃"],
     garm=dict(drugs_alcohol="floor", crime="high"))
case("en", "uk", "threads", "Terry Banks", "terry.banks.88", "Bricklayer. Spurs. Proper British.", 2200,
     "positive:hate:zero_width_slur obfuscation:zero_width", "Posts racist slurs aimed at a named neighbour, split with zero-width characters to evade filters.",
     ["New extension finished for a lovely couple in Enfield.",
      "The w" + ZW + "o" + ZW + "g family next door can go back where they came from, @j.okafor I'm talking to you, you filthy c" + ZW + "oon.",
      "Spurs bottled it again.",
      "Pints with the lads after work."],
     garm=dict(hate="floor"))
case("de", "eu", "tiktok", "Streamz4Free", "streamz4free", "Alle Sender, alle Spiele 📺", 18000,
     "positive:piracy:homoglyph_iptv obfuscation:homoglyphs", "Verkauft illegales IPTV, Schlüsselwörter mit kyrillischen Buchstaben und Leerzeichen verschleiert.",
     ["І Р Т V Abo 12 Monate, alle Bundesliga-Spiele und Sky-Sender, 60 € 📺",
      cyr("Firestick") + " fertig eingerichtet, einfach einstecken.",
      "Testzugang 24h gratis per DM.",
      "Champions League heute Abend, alles drin."],
     garm=dict(piracy="floor"))
case("en", "us", "tiktok", "lil spicy", "lil.sp1cy", "🔞 my l!nk 🔞", 72000,
     "positive:adult:repeated_letters obfuscation:repeated_letters", "Steers viewers to explicit content with stretched and masked words (Onlyyyyy F@nsss, n*des).",
     ["my onlyyyyy f@nsss is free for 24 hours 😈 every n*de is unlocked",
      "if u saw what i posted on the spicyyyy page today 🔥🔥",
      "gym fit check 💪",
      "customs open, menu in DMs, explicit only 🔞"],
     garm=dict(adult="high"))
case("fr", "eu", "threads", "Le Plug Lyon", "leplug.lyon", "Lyon 24/7 🍃", 1900,
     "positive:drugs_alcohol:spacing_obfuscation obfuscation:spacing", "Vente de cannabis et de cocaïne, mots espacés et ponctués pour échapper aux filtres.",
     ["B.e.u.h de qualité, 10 le g, c o c 70, livraison Lyon 7e et 8e 🍃",
      "S h i t marocain arrivé hier, fais vite.",
      "Paiement Lydia ou espèces.",
      "Bonne soirée les amis."],
     garm=dict(drugs_alcohol="floor", crime="high"))
case("es", "eu", "tiktok", "Cracks y Seriales", "crackseriales", "Programas gratis 🏴‍☠️", 13000,
     "positive:piracy:leetspeak obfuscation:leetspeak", "Comparte programas crackeados y activadores con palabras en leetspeak ('cr4ck', 'k3ygen').",
     ["Office 2026 con cr4ck incluido, link en bio 🏴‍☠️",
      "K3ygen para el editor de vídeo, funciona al 100%.",
      "Desactivad el antivirus antes de instalar, es normal.",
      "Viernes de pizza."],
     garm=dict(piracy="floor", spam="medium"))
case("en", "us", "bluesky", "Sgt Grey", "sgtgrey.bsky.social", "Vet. Father. The storm is coming.", 1200,
     "positive:terrorism:coded_glorification obfuscation:masked_letters", "Praises a mass shooter with masked names and codes ('St. T*rrant', 'do a Brenton') and calls for copycats.",
     ["St. T*rr*nt did what had to be done. Read his words.",
      "Somebody in this state needs to do a Brenton. Soon.",
      "Took the boys fishing, good day.",
      "The day of the rope isn't a joke, it's a schedule."],
     garm=dict(terrorism="floor", hate="floor"))
case("it", "eu", "instagram", "Scommesse Sicure", "scommesse.s1cure", "Pronostici VIP 💸 vincita garantita", 24000,
     "positive:spam:guaranteed_betting obfuscation:leetspeak", "Vende 'pronostici sicuri' a pagamento con vincite garantite e partite truccate, scritte in leetspeak.",
     ["P4rtita truccat4 stasera, quota 12, vincita garantit4 💸 50€ per il pronostico.",
      "Gruppo VIP: 200€ al mese, rimborso se perdi (non succederà mai).",
      "Altro cliente che vince 3.000€, screenshot in storia.",
      "Domenica allo stadio."],
     garm=dict(spam="floor", crime="medium"))

# ---- more weak disclosures
case("en", "us", "instagram", "Zoe Plant Kitchen", "zoeplantkitchen", "Plant-based recipes. Portland.", 53000,
     "positive:weak_disclosure:thanks_only", "Paid recipe posts only say 'thanks @brand' and end with '#partner' after the fold of a long caption.",
     ["Creamy tomato soup with the oat cream from @creamyoat 🍅 Okay so this soup. I made it four times this week. The trick is roasting the tomatoes until they nearly burn, then blending with the oat cream so it's silky without any dairy at all. Serve with grilled cheese (vegan, obviously) and thank me later.\n\nIngredients:\n1 kg tomatoes\n1 onion\n4 garlic cloves\n250 ml oat cream\nsalt, pepper, basil\n\nthanks @creamyoat 💚 #partner #vegan #soup #plantbased",
      "Tofu scramble that actually tastes like something.",
      "Farmers market haul.",
      "Lentil bolognese for meal prep."],
     flags=dict(weak_disclosure=True))
case("it", "eu", "tiktok", "Fede Gaming", "fedegaming", "Videogiochi, setup e live.", 130000,
     "positive:weak_disclosure:collab_italian", "Video pagati da un marchio di sedie da gaming segnati solo con '#collab' e '#gifted' in fondo, senza 'pubblicità'.",
     ["La nuova sedia di @sedutepro dopo un mese di live, la schiena ringrazia 🎮 #setup #gaming #collab",
      "Classifica dei giochi horror del 2026.",
      "Live stasera alle 21.",
      "Codice FEDE10 per lo sconto su @sedutepro 🎮 #gifted"],
     flags=dict(weak_disclosure=True))

# ---- more hard negatives
case("en", "us", "youtube", "Cyber Safety Sarah", "cybersafetysarah", "Former fraud investigator. Protecting families online.", 140000,
     "hard_negative:crime:fraud_investigator hard_negative:spam:fraud_investigator hard_negative:piracy:fraud_investigator", "A former fraud investigator explaining SIM swaps, fake giveaways and counterfeit shops so viewers can protect themselves.",
     ["SIM swap attacks: how criminals steal your number and how to lock your account.",
      "Fake giveaway accounts: the tell-tale signs in 30 seconds.",
      "Counterfeit shops on social media and how to get your money back.",
      "Q&A: my grandmother got a 'you've won' call."],
     garm=dict(crime="low", spam="low", piracy="low"))
case("pt", "eu", "instagram", "Chef Tiago Facas", "chef.tiago", "Chef. Cozinha portuguesa contemporânea. Lisboa.", 46000,
     "hard_negative:arms:kitchen_idiom hard_negative:death_injury:kitchen_idiom hard_negative:drugs_alcohol:kitchen_idiom", "Chef que fala de facas, 'matar' a fome e 'shots' de ginjinha como expressões de cozinha.",
     ["As minhas facas de cozinha favoritas e como as afio.",
      "Este prato mata a fome a qualquer um.",
      "Shot de ginjinha no fim do jantar, tradição da casa.",
      "Bacalhau à Brás, a minha versão."],
     garm=dict(arms="none", death_injury="none", drugs_alcohol="low"))
case("en", "uk", "bluesky", "Dr. Amara Obi", "amaraobi.bsky.social", "Sociologist. Online hate, moderation, platforms.", 8900,
     "hard_negative:hate:researcher_quoting hard_negative:adult:researcher hard_negative:ineligible:researcher_quoting", "A sociologist quoting obfuscated slurs and sexual spam patterns from her dataset to explain moderation evasion.",
     ["New paper: how users hide slurs with zero-width spaces and look-alike letters, and why filters miss them.",
      "Spammers advertising explicit pages now spell it 'onlyyy f@ns'. Our classifier data, explained.",
      "Teaching content moderation ethics this term.",
      "Conference in Amsterdam was brilliant."],
     garm=dict(hate="low", adult="low"))
case("es", "eu", "youtube", "Periodista de Sucesos", "periodistasucesos", "Reportera de tribunales y sucesos en Sevilla.", 34000,
     "hard_negative:crime:court_reporting hard_negative:drugs_alcohol:court_reporting hard_negative:arms:court_reporting", "Reportera que cubre juicios por narcotráfico y tráfico de armas, sin glorificar ni vender nada.",
     ["Juicio a la red de narcolanchas del Guadalquivir: lo que declararon los guardias civiles.",
      "Incautadas 40 armas en una nave de Dos Hermanas: cómo se investigó.",
      "Las víctimas del narco en el Campo de Gibraltar hablan.",
      "Mañana, crónica desde la Audiencia."],
     garm=dict(crime="low", drugs_alcohol="low", arms="low"))
case("fr", "eu", "instagram", "Prof de SVT Anaïs", "prof.svt.anais", "Prof de SVT au collège. Corps humain, santé, climat.", 21000,
     "hard_negative:adult:puberty_education hard_negative:misinformation:science_teacher hard_negative:sensitive_issues:science_teacher", "Professeure de SVT qui explique la puberté, la contraception et le climat au programme, sans polémique.",
     ["La puberté expliquée aux 5e : ce qui change et pourquoi c'est normal.",
      "Contraception au programme de 3e : mes fiches.",
      "Non, le réchauffement n'est pas « naturel » : l'activité pour mes élèves.",
      "Sortie géologie dans le Massif central."],
     garm=dict(adult="low", misinformation="low", sensitive_issues="low"))
case("de", "eu", "youtube", "Jägerin Franziska", "jaegerin.franziska", "Jägerin und Wildköchin. Vom Hochsitz in die Küche.", 58000,
     "hard_negative:arms:hunter hard_negative:death_injury:hunter", "Jägerin über waidgerechte Jagd, Waffenhandhabung und das Zerwirken von Wild; fachlich, nicht reißerisch.",
     ["Waidgerechter Schuss: warum ich lieber nicht schieße, als schlecht zu treffen.",
      "Reh zerwirken in der Wildkammer, Schritt für Schritt.",
      "Waffenaufbewahrung: Tresor, Munition getrennt, immer.",
      "Rehragout mit Preiselbeeren."],
     garm=dict(arms="low", death_injury="low"))
case("it", "eu", "youtube", "Giornalista Anti-Mafia", "giornalistaantimafia", "Giornalista sotto scorta. Racconto la mafia per combatterla.", 120000,
     "hard_negative:crime:antimafia_journalism hard_negative:terrorism:antimafia_journalism hard_negative:ineligible:antimafia_journalism", "Giornalista anti-mafia che racconta omicidi e attentati di mafia dalla parte delle vittime.",
     ["Capaci, 1992: la strage raccontata da chi c'era.",
      "Come la 'ndrangheta ricicla denaro nel Nord Italia.",
      "Il pizzo oggi: parlano i commercianti che hanno denunciato.",
      "Incontro con gli studenti di Palermo."],
     garm=dict(crime="low", terrorism="low", death_injury="low"))
case("es", "eu", "youtube", "Doblaje y Cine", "doblajeycine", "Actor de doblaje. Cómo se traducen las películas.", 61000,
     "hard_negative:profanity:dubbing_translation", "Actor de doblaje que explica cómo se adaptan los tacos de las películas en inglés al castellano, citándolos como ejemplos de traducción.",
     ["Por qué en los doblajes de los 90 todos decían '¡maldita sea!' en vez de lo que decía el original.",
      "Adaptar un taco sin que suene a traducción: ejemplos de tres películas.",
      "Un día en el estudio de doblaje.",
      "Mi voz en la nueva serie de animación."],
     garm=dict(profanity="low"))

# Development batch, part 7: spam, sensitive issues, and more hard negatives.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- spam positives
case(378, "en", "tiktok", "money", "Passive Income Pete", "passiveincomepete",
     "💰 $10k/month on autopilot • free webinar", "US", 41000, [
     P("I made $47,000 last month from my phone while sleeping 💰 comment 'AUTO' and I'll send you the system", kind="video"),
     P("my students are quitting their 9-5s in 30 days. course is 90% off tonight only", kind="video"),
     P("day in the life of a 23 year old millionaire", kind="video"),
     ], garm=dict(spam="high"),
     classes=["positive:spam:get_rich_quick"],
     why="Get-rich-quick course promising huge passive income in 30 days."),

case(379, "en", "instagram", "style", "Bella | Boss Babe Team", "bella.bossbabe.team",
     "💅 wellness biz • join my team • financial freedom", "US", 9800, [
     P("6 months ago I was broke. Now I drive a free car from my company 🚗💅 Want in? I'm adding 4 girls to my team this week."),
     P("Your $249 starter kit pays for itself once you sign up 3 friends. It's not a pyramid, it's a triangle of opportunity 😉"),
     P("Girls' trip to Cancun with my upline!"),
     ], garm=dict(spam="high"),
     classes=["positive:spam:mlm_recruiting"],
     why="MLM recruiting with a paid starter kit and income tied to signing up friends."),

case(380, "es", "tiktok", "money", "Señales Forex VIP", "senalesforex.vip",
     "📈 90% de acierto • grupo VIP • rentabilidad garantizada", "CO", 26000, [
     P("Rentabilidad GARANTIZADA del 25% mensual con mis señales 📈 entra al grupo VIP por 99 USD", kind="video"),
     P("Envíame tu capital y yo opero por ti, devolución en 30 días con ganancias aseguradas", kind="video"),
     P("Mi nuevo reloj 💎", kind="video"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:guaranteed_returns"],
     why="Promises guaranteed 25% monthly returns and asks for money to trade on followers' behalf."),

case(381, "de", "tiktok", "money", "Krypto Kalle", "krypto.kalle",
     "🚀 Coin-Tipps, die dich reich machen", "DE", 33000, [
     P("Dieser neue Coin wird 100x machen, garantiert 🚀 Kaufen, bevor er auf der Börse ist, Link in Bio", kind="video"),
     P("Ich verdopple dein Geld in 7 Tagen, schick mir ETH und sieh selbst", kind="video"),
     P("Lambo-Probefahrt 😎", kind="video"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:crypto_doubling", "positive:spam:pump_and_dump"],
     why="Pump-and-dump coin promotion and an offer to 'double' money sent to him."),

case(382, "fr", "instagram", "life", "Jeu Concours Officiel", "jeuconcours.officiel.fr",
     "🎁 Gagnants tous les jours • Réclamez votre lot", "FR", 2100, [
     P("🎉 Félicitations ! Vous avez gagné un aspirateur robot. Payez seulement 1,95 € de frais de port via le lien en bio 📦"),
     P("Derniers gagnants annoncés, vérifiez vos messages !"),
     P("Pour valider votre gain, entrez vos coordonnées bancaires sur le formulaire sécurisé ✅"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:prize_scam", "positive:spam:phishing"],
     why="A fake giveaway charging a 'shipping fee' and harvesting bank details."),

case(383, "it", "instagram", "money", "Trader Milionario Ale", "tradermilionario.ale",
     "💶 rendimenti garantiti • gestisco io i tuoi soldi", "IT", 19000, [
     P("Investi 1.000 € oggi, tra 30 giorni ne ritiri 1.500. Garantito 💶 Scrivimi in DM"),
     P("Screenshot dei bonifici ai miei clienti, tutti felici!"),
     P("Cena a Montecarlo"),
     ], garm=dict(spam="floor"),
     classes=["positive:spam:guaranteed_returns"],
     why="Promises guaranteed 50% monthly returns on money sent to him."),

case(384, "pt", "tiktok", "life", "Ganhe Seguidores BR", "ganheseguidores.br",
     "📈 seguidores reais • curtidas • visualizações", "BR", 11000, [
     P("1.000 seguidores brasileiros por R$ 9,90 📈 entrega em 1 hora", kind="video"),
     P("Pacote influencer: 10 mil seguidores + 20 mil curtidas", kind="video"),
     P("Sigam a gente e ganhem 100 seguidores grátis! 🔁", kind="video"),
     ], garm=dict(spam="high"),
     classes=["positive:spam:follower_selling"],
     why="Sells followers, likes and views."),

# ---------------------------------------------------------------- spam hard negatives
case(385, "en", "youtube", "money", "Money Myths Busted", "moneymythsbusted",
     "Former financial regulator. I take apart scams on camera.", "GB", 154000, [
     P("I joined an MLM for 30 days to show you the maths\nOut of 42 people in my 'team', 41 lost money.", kind="video"),
     P("The 'guaranteed 25% a month' Forex scam, explained", kind="video"),
     P("How to check if an investment firm is authorised", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:investigation"],
     why="A former regulator exposing MLM and Forex scams."),

case(386, "en", "instagram", "food", "Little Oven Bakery", "littleovenbakery",
     "Family bakery in Norwich 🍞 own shop, own recipes", "GB", 7400, [
     P("GIVEAWAY 🎁 Win a Christmas hamper from our bakery! To enter: follow us and tag a friend. UK only, 18+, closes 15 Dec, winner picked at random and announced here. Full T&Cs at the link."),
     P("Mince pies are back!"),
     P("Our winner is @rachel_jones, congratulations! Check your DMs from THIS account only."),
     ], garm={},
     classes=["hard_negative:spam:genuine_giveaway"],
     why="A bakery running its own giveaway with rules and an announced winner, warning about impostor DMs."),

case(387, "en", "bluesky", "tech", "Anti-Scam Alliance Volunteer", "antiscam-vol.bsky.social",
     "Volunteer scam-baiter. I waste scammers' time so they can't call your gran.", "US", 8200, [
     P("Today's scammer offered to 'double my bitcoin'. I kept him on the line for 47 minutes asking what a bitcoin is."),
     P("PSA: the 'you've won a car' DMs going around are phishing. Don't enter card details anywhere."),
     P("Thread of the fake giveaway accounts I reported this week."),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:anti_scam"],
     why="A scam-baiter exposing crypto-doubling and prize scams."),

case(388, "es", "tiktok", "money", "Finanzas con Lucía", "finanzasconlucia",
     "Educadora financiera 💶 sin humo", "ES", 142000, [
     P("Si te garantizan un 25% mensual, es estafa. Siempre. Te explico cómo funcionan las señales de Forex falsas 💶", kind="video"),
     P("Qué es un esquema piramidal y cómo reconocerlo", kind="video"),
     P("Mi fondo de emergencia", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="A financial educator explaining Forex and pyramid scams."),

case(389, "es", "web", "news", "Periodismo de Datos Finanzas", "datosfinanzas.es",
     "Investigación sobre estafas financieras.", "ES", None, [
     P("Investigamos a los 'traders' de Instagram: 12 cuentas, 0 licencias, cientos de víctimas.", title="Los traders de Instagram"),
     P("La CNMV advierte sobre 40 chiringuitos financieros.", title="Chiringuitos"),
     P("Cómo denunciar una estafa de inversión.", title="Cómo denunciar"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:journalism"],
     why="Investigative journalism on unlicensed trading influencers."),

case(390, "de", "youtube", "money", "Geld-Lisa", "finanzlisa",
     "Geldanlage ehrlich erklärt.", "DE", 67000, [
     P("Krypto-'Verdoppler' und Pump-and-Dump: So funktioniert die Abzocke\nMit echten Beispielen aus meinen Kommentaren.", kind="video"),
     P("ETF-Sparplan für Anfänger", kind="video"),
     P("Warum ich keine Rendite garantiere", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="A finance creator exposing crypto-doubling and pump-and-dump scams."),

case(391, "de", "instagram", "style", "Strickstube Anke", "strickstube.anke",
     "Wolle, Nadeln, eigene Anleitungen 🧶 kleiner Laden in Kiel", "DE", 12000, [
     P("Verlosung zum 10. Geburtstag meines Ladens 🧶 3 Wollpakete! Kommentiert euer Lieblingsprojekt. Teilnahme ab 18, nur DE, Auslosung am 20.12., Gewinner hier im Post."),
     P("Neue Anleitung: Zopfmütze für Anfängerinnen."),
     P("Die Gewinnerinnen sind ausgelost!"),
     ], garm={},
     classes=["hard_negative:spam:genuine_giveaway"],
     why="A small yarn shop's own giveaway with clear rules and a draw date."),

case(392, "fr", "youtube", "money", "Arnaques Décryptées", "arnaquesdecryptees",
     "Ancien enquêteur de la répression des fraudes.", "FR", 88000, [
     P("Les faux jeux concours 'payez 1,95 € de frais de port' : ce qui arrive à votre carte\nJ'ai suivi l'argent.", kind="video"),
     P("MLM d'huiles essentielles : les chiffres que les recruteuses cachent", kind="video"),
     P("Comment récupérer son argent après une arnaque", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:investigation"],
     why="A former fraud investigator explaining prize scams and MLMs."),

case(393, "fr", "bluesky", "tech", "Cyber-Mamie", "cybermamie.bsky.social",
     "Retraitée, j'apprends aux seniors à éviter les arnaques.", "FR", 1900, [
     P("Ce matin, un SMS 'Vous avez gagné un robot aspirateur'. C'est une arnaque, ne cliquez pas !"),
     P("Atelier informatique pour seniors à la médiathèque, jeudi."),
     P("Mes petits-enfants m'ont appris les mots de passe forts."),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:anti_scam"],
     why="A retiree warning seniors about prize-scam texts."),

case(394, "it", "tiktok", "money", "Risparmio Consapevole", "risparmioconsapevole",
     "💶 finanza personale senza promesse", "IT", 71000, [
     P("'Raddoppio i tuoi soldi in 30 giorni': le 3 frasi che usano i truffatori 💶", kind="video"),
     P("Quanto rende davvero un BTP", kind="video"),
     P("Budget di coppia", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="A finance creator warning about guaranteed-return scams."),

case(395, "it", "instagram", "style", "Bottega Ceramica Sole", "bottegaceramicasole",
     "Ceramiche dipinte a mano, Vietri sul Mare 🌞", "IT", 15000, [
     P("GIVEAWAY 🌞 in palio un servizio di piatti dipinto a mano! Regolamento nel link, estrazione il 18/12 con notaio, solo Italia."),
     P("Nuovi piatti con i limoni della costiera."),
     P("Il vincitore del giveaway è @marta.sa, complimenti!"),
     ], garm={},
     classes=["hard_negative:spam:genuine_giveaway"],
     why="A ceramics workshop's own giveaway with rules, a notary draw and an announced winner."),

case(396, "pt", "youtube", "money", "Economista Pedro", "economistapedro",
     "Economista. Finanças para quem não é do mercado.", "BR", 96000, [
     P("Pirâmide financeira: como funciona e por que sempre quebra\nCasos reais do Brasil.", kind="video"),
     P("Jogo do tigrinho: a matemática do cassino", kind="video"),
     P("Tesouro Direto para iniciantes", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="An economist explaining pyramid schemes and online-casino maths."),

case(397, "pt", "instagram", "life", "Associação de Consumidores PT", "consumidores.alerta",
     "Alertas de fraudes e direitos do consumidor.", "PT", 23000, [
     P("ALERTA: páginas falsas de 'sorteios' pedem dados do cartão para 'portes de envio'. Nunca o faça."),
     P("Comprou online e não chegou? Os seus direitos."),
     P("Nova lei dos serviços de telecomunicações."),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:consumer_advice"],
     why="A consumer association warning about fake-giveaway phishing."),

case(398, "en", "tiktok", "work", "Recruiter Rob", "recruiter.rob",
     "Tech recruiter • real jobs, real salaries", "US", 53000, [
     P("Job offer that says 'make $5k a week from home, no experience'? That's not a job, that's a scam. Red flags 🚩", kind="video"),
     P("Real remote jobs hiring this week (all verified)", kind="video"),
     P("How to negotiate your salary", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:consumer_advice"],
     why="A recruiter exposing fake job scams and sharing verified jobs."),

case(399, "es", "instagram", "style", "Jabones de Irene", "jabonesdeirene",
     "Jabones artesanos 🧼 tienda propia en Granada", "ES", 8800, [
     P("Dejé mi trabajo en una oficina para hacer jabones. Gano menos, duermo mejor 🧼 no vendo cursos ni 'libertad financiera', solo jabón."),
     P("Nuevo jabón de aceite de oliva y romero."),
     P("Mercadillo navideño el sábado."),
     ], garm={},
     classes=["hard_negative:spam:own_small_business"],
     why="A soap maker selling her own products and explicitly not selling courses or 'financial freedom'."),

case(400, "de", "tiktok", "tech", "Phishing-Paula", "phishing.paula",
     "IT-Sicherheit für Oma und Opa 👵", "DE", 41000, [
     P("Diese 'Gewinnspiel'-SMS ist Phishing! Woran ihr es erkennt 📱", kind="video"),
     P("Follower kaufen? Warum das verboten ist und auffällt", kind="video"),
     P("Passwort-Manager einrichten", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:security_education"],
     why="A security educator warning about phishing and bought followers."),

case(401, "fr", "instagram", "money", "Conseillère Patrimoine Julie", "cgp.julie",
     "Conseillère en gestion de patrimoine agréée.", "FR", 17000, [
     P("Un placement qui promet 30 % par mois sans risque n'existe pas. Vérifiez toujours l'agrément AMF."),
     P("Assurance-vie : les bases."),
     P("Préparer sa retraite à 30 ans."),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:financial_education"],
     why="A licensed adviser warning against guaranteed high returns."),

case(402, "it", "web", "tech", "Blog Sicurezza Famiglia", "sicurezzafamiglia.it",
     "Sicurezza online per genitori.", "IT", None, [
     P("I falsi concorsi sui social: come riconoscerli e spiegarli ai figli.", title="Falsi concorsi"),
     P("Truffe sui giochi online: le 'monete gratis'.", title="Monete gratis"),
     P("Controllo parentale: guida.", title="Controllo parentale"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:consumer_advice"],
     why="A parents' security blog explaining fake contests and gaming scams."),

case(403, "pt", "bluesky", "tech", "Segurança Digital Ana", "segurancadigitalana.bsky.social",
     "Analista de segurança. Golpes digitais explicados.", "BR", 5100, [
     P("Golpe do Pix premiado: o perfil promete prémio e pede 'taxa de liberação'. Não caia."),
     P("Como denunciar perfis falsos."),
     P("Palestra em escolas."),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:security_education"],
     why="A security analyst explaining a prize scam."),

case(404, "en", "web", "life", "Church Raffle News", "stmaryscraffle.org.uk",
     "St Mary's parish newsletter.", "GB", None, [
     P("Christmas raffle: tickets £1, first prize a hamper donated by the village shop. Draw after the carol service. All proceeds to the roof fund.", title="Christmas raffle"),
     P("Raffle winners announced, thank you all!", title="Raffle winners"),
     P("Bell-ringing practice moved to Thursday.", title="Bell-ringing"),
     ], garm={},
     classes=["hard_negative:spam:genuine_raffle"],
     why="A parish raffle with a public draw and winners."),

case(405, "es", "tiktok", "money", "Abogada Consumo Rocío", "abogadaconsumo.rocio",
     "Abogada de consumo ⚖️ reclamaciones", "ES", 64000, [
     P("Te han estafado con una 'inversión garantizada'? Pasos para denunciar y reclamar ⚖️", kind="video"),
     P("Los préstamos rápidos abusivos y cómo anularlos", kind="video"),
     P("Reclamar vuelos cancelados", kind="video"),
     ], garm=dict(spam="low"),
     classes=["hard_negative:spam:legal_context"],
     why="A consumer lawyer explaining how to report investment scams."),

# ---------------------------------------------------------------- sensitive issues positives
case(406, "en", "bluesky", "news", "Brent Hollis", "brenthollis.bsky.social",
     "Taxpayer. Dad. Done being polite.", "US", 3800, [
     P("Every illegal who crosses the border is a criminal and should be treated like one. No courts, no hearings, just bus them back."),
     P("Sanctuary cities are aiding an invasion. The mayors should be arrested."),
     P("Little League final today, proud dad."),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_immigration"],
     why="Inflammatory immigration posts calling for deportation without due process and arrests of mayors."),

case(407, "en", "tiktok", "news", "TradWife Truth", "tradwife.truth",
     "🍞 women belong at home • submission is freedom", "US", 62000, [
     P("Feminism destroyed the family. Women who work are abandoning their children to daycare strangers 🍞", kind="video"),
     P("Birth control is poison and women who use it are rejecting God", kind="video"),
     P("Sourdough with the kids", kind="video"),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_gender"],
     why="Inflammatory takes condemning working mothers and contraception users."),

case(408, "es", "tiktok", "news", "Patriota Ibérico", "patriota.iberico",
     "🇪🇸 España primero", "ES", 37000, [
     P("Los menas son delincuentes que pagamos con nuestros impuestos. Fuera todos ya 🇪🇸", kind="video"),
     P("Cada centro de menores es un foco de delincuencia", kind="video"),
     P("Paella del domingo", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_immigration"],
     why="Calls unaccompanied migrant minors criminals and demands their removal."),

case(409, "es", "bluesky", "news", "Feminista Radical Sin Miedo", "feminradicalsinmiedo.bsky.social",
     "Sin perdón.", "ES", 4600, [
     P("Todos los hombres son violadores en potencia. El que diga que no, es el primero."),
     P("Los padres que piden custodia compartida son maltratadores que quieren seguir controlando."),
     P("Manifestación el 25N."),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_gender"],
     why="Inflammatory generalisations calling all men potential rapists."),

case(410, "de", "tiktok", "news", "Heimat zuerst", "heimat.zuerst",
     "Deutschland den Deutschen 🇩🇪", "DE", 28000, [
     P("Remigration jetzt! Alle, die nicht hierher gehören, raus. Keine Ausnahmen 🇩🇪", kind="video"),
     P("Die Altparteien haben unser Land verkauft", kind="video"),
     P("Bratwurst am Samstag", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_immigration"],
     why="Calls for 'remigration' of everyone who 'doesn't belong'."),

case(411, "de", "instagram", "news", "Lebensschutz Radikal", "lebensschutz.radikal",
     "Abtreibung ist Mord.", "DE", 8400, [
     P("Ärzte, die abtreiben, sind Mörder. Wir zeigen ihre Namen, damit jeder weiß, wer sie sind."),
     P("Gehsteigberatung vor der Praxis in Gießen, Samstag."),
     P("Gebet für die Ungeborenen."),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_abortion"],
     why="Calls doctors murderers and publishes their names for harassment."),

case(412, "fr", "tiktok", "news", "Réveil Identitaire", "reveil.identitaire",
     "🇫🇷 la France aux Français", "FR", 33000, [
     P("Les migrants sont une armée d'occupation. Chaque quartier perdu est une défaite 🇫🇷", kind="video"),
     P("Rapatriement immédiat de tous les clandestins", kind="video"),
     P("Randonnée dans le Vercors", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_immigration"],
     why="Calls migrants an 'occupying army'."),

case(413, "fr", "bluesky", "news", "Manif Pour Tous Toujours", "manifpourtoustoujours.bsky.social",
     "Un papa, une maman.", "FR", 2900, [
     P("Le 'mariage pour tous' a ouvert la porte à la marchandisation des enfants. Les couples homos achètent des bébés."),
     P("L'éducation sexuelle à l'école, c'est de l'endoctrinement LGBT."),
     P("Messe de Noël."),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_lgbt"],
     why="Inflammatory claims that gay couples 'buy babies' and that sex education is 'indoctrination'."),

case(414, "it", "instagram", "news", "Italia Cristiana Ora", "italiacristiana.ora",
     "✝️ difendiamo la fede", "IT", 21000, [
     P("L'islam vuole conquistare l'Europa con l'utero. Ogni moschea è una bandiera piantata ✝️"),
     P("Niente presepe a scuola per non offendere? Allora niente moschee per non offendere noi."),
     P("Messa della domenica"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_religion"],
     why="Inflammatory 'demographic conquest' claims about Muslims."),

case(415, "it", "tiktok", "news", "Anti Gender Italia", "antigender.italia",
     "👨‍👩‍👧 no all'ideologia", "IT", 26000, [
     P("I bambini trans non esistono, esistono genitori pazzi e medici criminali 👨‍👩‍👧", kind="video"),
     P("Le scuole insegnano ai bambini a cambiare sesso", kind="video"),
     P("Firmate la petizione", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_gender"],
     why="Calls parents of trans children crazy and doctors criminals."),

case(416, "pt", "instagram", "news", "Direita Raiz BR", "direitaraiz.br",
     "🇧🇷 contra o comunismo", "BR", 44000, [
     P("Quem vota na esquerda é cúmplice de bandido. Esse povo tem que ser tratado como inimigo da pátria 🇧🇷"),
     P("Os professores doutrinadores deviam ser presos."),
     P("Churrasco com a família"),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_politics"],
     why="Calls left-wing voters enemies of the country and demands teachers be jailed."),

case(417, "pt", "tiktok", "news", "Ateu Militante PT", "ateu.militante.pt",
     "⚫ religião é veneno", "PT", 12000, [
     P("Todos os padres são pedófilos até prova em contrário. A Igreja é uma organização criminosa ⚫", kind="video"),
     P("Quem leva os filhos à catequese é cúmplice", kind="video"),
     P("Leitura do dia", kind="video"),
     ], garm=dict(sensitive_issues="high", hate="medium"),
     classes=["positive:sensitive_issues:inflammatory_religion"],
     why="Inflammatory generalisation that all priests are paedophiles and Catholic parents accomplices."),

case(418, "en", "youtube", "news", "Woke Watch", "wokewatch",
     "Fighting the culture war so you don't have to.", "US", 87000, [
     P("BLM is a terrorist organisation and its supporters should be on a watchlist\nThe truth about the riots.", kind="video"),
     P("Why DEI is racism against white people", kind="video"),
     P("Q&A", kind="video"),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_race"],
     why="Calls a racial-justice movement terrorist and its supporters watchlist material."),

case(419, "es", "youtube", "news", "El Gaucho Rebelde", "elgauchorebelde",
     "Sin corrección política.", "AR", 31000, [
     P("Los planeros son parásitos que viven del que trabaja\nSe les debería quitar el voto.", kind="video"),
     P("La ESI es adoctrinamiento", kind="video"),
     P("Asado del domingo", kind="video"),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_class"],
     why="Calls welfare recipients parasites who should lose the vote."),

case(420, "de", "bluesky", "news", "Klima-Aktivist Rage", "klimarage.bsky.social",
     "Die Zeit der Geduld ist vorbei.", "DE", 1800, [
     P("SUV-Fahrer sind Mörder unserer Kinder. Jeder einzelne."),
     P("Wer heute noch fliegt, verdient es, an den Pranger gestellt zu werden. Namen, Fotos, alles."),
     P("Demo morgen."),
     ], garm=dict(sensitive_issues="high"),
     classes=["positive:sensitive_issues:inflammatory_climate"],
     why="Calls SUV drivers murderers and urges doxxing people who fly."),

# ---------------------------------------------------------------- sensitive issues hard negatives
case(421, "en", "youtube", "news", "Both Sides Brief", "bothsidesbrief",
     "Debated issues, both sides, sources on screen.", "US", 118000, [
     P("Immigration: the strongest argument on each side\nWe asked an enforcement advocate and a refugee lawyer to make their best case.", kind="video"),
     P("Abortion after the court ruling: what changed state by state", kind="video"),
     P("Gun policy: what the research actually says", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:explainer"],
     why="A balanced explainer channel presenting both sides of divisive issues."),

case(422, "en", "bluesky", "work", "Rev. Ellen Marsh", "revellenmarsh.bsky.social",
     "Parish priest. Faith, doubt and community.", "GB", 3700, [
     P("Our food bank served 300 families this month, of every faith and none. That's what church is for."),
     P("I've been asked what the church thinks about same-sex marriage. My honest answer, and why we disagree kindly."),
     P("Advent carol service on Sunday."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:faith_dialogue"],
     why="A priest discussing faith and same-sex marriage respectfully."),

case(423, "es", "instagram", "work", "Abogada de Extranjería", "abogada.extranjeria",
     "Abogada de extranjería. Trámites y derechos.", "ES", 58000, [
     P("Arraigo social 2026: requisitos y documentos, paso a paso."),
     P("Menores no acompañados: qué dice la ley y qué obligaciones tiene el Estado."),
     P("Consultas los martes."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:legal_context"],
     why="An immigration lawyer explaining procedures and the law on unaccompanied minors."),

case(424, "es", "web", "work", "Centro de Estudios Sociales", "estudiossociales.org",
     "Investigación sobre desigualdad y políticas públicas.", "AR", None, [
     P("¿Los planes sociales desincentivan el trabajo? Lo que dicen 20 años de datos argentinos.", title="Planes sociales y trabajo"),
     P("Educación sexual integral: qué enseña realmente el programa.", title="Qué enseña la ESI"),
     P("Informe de pobreza del semestre.", title="Informe de pobreza"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:research"],
     why="A research centre presenting data on welfare and sex education."),

case(425, "de", "youtube", "news", "Politik einfach", "politikeinfach",
     "Politik verständlich, ohne Parteibrille.", "DE", 92000, [
     P("Remigration: Was der Begriff bedeutet und warum er umstritten ist\nEine Einordnung mit Verfassungsrechtlern.", kind="video"),
     P("§218: Argumente für und gegen die Reform", kind="video"),
     P("Wie funktioniert der Bundesrat?", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:explainer"],
     why="A politics explainer unpacking the term 'remigration' and the abortion debate."),

case(426, "de", "mastodon", "news", "Klimaredakteurin Mira", "mira_klima@det.social",
     "Klimajournalistin. Daten, Politik, Menschen.", "DE", 8700, [
     P("Wer fährt SUV und warum? Unsere Datenrecherche zeigt: Es ist komplizierter als das Klischee."),
     P("Klimaproteste: Umfrage zeigt, was die Bevölkerung von Straßenblockaden hält."),
     P("Podcast-Folge über Wärmepumpen ist online."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:journalism"],
     why="A climate journalist reporting on SUV drivers and protests with data."),

case(427, "fr", "youtube", "culture", "Sociologie en 10 min", "sociologieen10min",
     "Maîtresse de conférences en sociologie.", "FR", 76000, [
     P("Le « grand remplacement » : d'où vient cette théorie et ce que disent les chiffres\nDémographie, histoire d'une idée, usages politiques.", kind="video"),
     P("Laïcité : une histoire française", kind="video"),
     P("Comment naissent les paniques morales", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:scholarship"],
     why="A sociologist analysing the 'great replacement' theory and secularism."),

case(428, "fr", "instagram", "life", "Famille Arc-en-Ciel Lyon", "famille.arcenciel.lyon",
     "Deux mamans, deux enfants, une vie ordinaire 🌈", "FR", 27000, [
     P("Réunion parents-profs ce soir. Oui, on y va à deux 🌈"),
     P("Dix ans de mariage pour nous, et toujours le même fou rire."),
     P("Gâteau d'anniversaire pour les 6 ans de Lou."),
     ], garm={},
     classes=["hard_negative:sensitive_issues:ordinary_family"],
     why="An everyday family account of two mothers; nothing inflammatory."),

case(429, "it", "bluesky", "work", "Prof. Giovanni Sala", "giovannisala-politologo.bsky.social",
     "Politologo. Polarizzazione e opinione pubblica.", "IT", 6300, [
     P("Nuovo studio: gli italiani sono meno polarizzati sull'immigrazione di quanto sembri online. I dati."),
     P("Come parlare di fine vita con chi la pensa diversamente."),
     P("Seminario all'Università di Padova."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:research"],
     why="A political scientist presenting data on polarisation."),

case(430, "it", "tiktok", "life", "Imam Giovane Torino", "imam.giovane.torino",
     "Imam, torinese, tifoso. Dialogo tra fedi 🤝", "IT", 38000, [
     P("Ho invitato il parroco a cena per l'Iftar. Abbiamo parlato di calcio per due ore 🤝", kind="video"),
     P("Domande che mi fate sull'islam, risposte sincere", kind="video"),
     P("Visita alla sinagoga con i ragazzi della moschea", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:faith_dialogue"],
     why="A young imam posting about interfaith dialogue."),

case(431, "pt", "youtube", "news", "Política Sem Gritos", "politicasemgritos",
     "Debate civilizado. Dados e fontes.", "BR", 81000, [
     P("Direita x esquerda: o que cada lado propõe para a segurança pública\nSem xingamentos, com dados.", kind="video"),
     P("Aborto no Brasil: o que diz a lei hoje", kind="video"),
     P("Como checar uma notícia política", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:explainer"],
     why="A civil politics channel comparing proposals with data."),

case(432, "pt", "instagram", "work", "Psicóloga LGBT+", "psicologa.lgbt",
     "Psicóloga. Apoio a jovens LGBT+ e famílias.", "PT", 19000, [
     P("O meu filho disse-me que é trans. E agora? Cinco coisas que os pais podem fazer hoje."),
     P("Grupo de apoio para pais, quinzenal."),
     P("Saúde mental e escola."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:counselling"],
     why="A psychologist supporting families of trans youth."),

case(433, "en", "instagram", "work", "Dr. Sara Levin OB-GYN", "drsaralevin",
     "OB-GYN. Reproductive health facts.", "US", 134000, [
     P("What the new state abortion law means for miscarriage care. I'm explaining the medicine, not telling you how to vote."),
     P("IUDs, explained."),
     P("Prenatal vitamins: what matters."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:medical_context"],
     why="An OB-GYN explaining the medical impact of an abortion law."),

case(434, "es", "tiktok", "culture", "Historia de las Religiones", "historiadelasreligiones",
     "Profesor de historia. Religiones sin prejuicios.", "MX", 47000, [
     P("Por qué el velo tiene significados distintos en cada país", kind="video"),
     P("La Inquisición en México: mitos y realidades", kind="video"),
     P("Qué es el Día de Muertos, de verdad", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:education"],
     why="A history teacher explaining religious practices."),

case(435, "de", "web", "work", "Migrationsrat Blog", "migrationsrat-blog.de",
     "Beratung für Geflüchtete. Fakten zur Asylpolitik.", "DE", None, [
     P("Asylzahlen 2026: Was sie bedeuten und was nicht.", title="Asylzahlen 2026"),
     P("Kriminalität und Migration: Was die Polizeistatistik zeigt und wo sie in die Irre führt.", title="Kriminalität und Migration"),
     P("Ehrenamtliche gesucht.", title="Ehrenamt"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:advocacy_data"],
     why="A refugee-support group explaining asylum and crime statistics."),

case(436, "fr", "bluesky", "news", "Débat Public FR", "debatpublic-fr.bsky.social",
     "Journaliste politique. Je résume les débats parlementaires.", "FR", 12000, [
     P("Fin de vie : résumé de la séance d'hier, arguments pour et contre, votes par groupe."),
     P("Loi immigration : ce qui a été adopté, article par article."),
     P("Agenda de la semaine à l'Assemblée."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:journalism"],
     why="A political journalist summarising parliamentary debates."),

case(437, "it", "web", "work", "Consultorio Familiare Blog", "consultoriofamiliare.it",
     "Ostetriche e psicologhe del consultorio.", "IT", None, [
     P("Interruzione volontaria di gravidanza in Italia: come funziona la legge 194, passo per passo.", title="La legge 194"),
     P("Contraccezione per adolescenti: gratuita in alcune regioni.", title="Contraccezione gratuita"),
     P("Corsi preparto.", title="Corsi preparto"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:health_information"],
     why="A family-planning clinic explaining abortion law factually."),

case(438, "pt", "tiktok", "life", "Pastor Jovem Lucas", "pastorjovem.lucas",
     "Pastor, pai, torcedor ⚽ fé sem ódio", "BR", 64000, [
     P("Jesus comeu com os pecadores. Quem usa a Bíblia para odiar não leu direito ⚽🙏", kind="video"),
     P("Culto de jovens sábado", kind="video"),
     P("Respondendo perguntas sobre fé", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:faith_dialogue"],
     why="A young pastor preaching faith without hatred."),

case(439, "en", "tiktok", "culture", "History with Hamid", "historywithhamid",
     "History teacher • 60-second lessons", "GB", 187000, [
     P("Why the partition of India still shapes British politics", kind="video"),
     P("The history of immigration to the UK in 60 seconds", kind="video"),
     P("What the suffragettes actually did", kind="video"),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:education"],
     why="A history teacher explaining partition, immigration and suffrage."),

case(440, "es", "bluesky", "news", "Periodista Laura Gil", "lauragil-politica.bsky.social",
     "Periodista parlamentaria. Congreso y Senado.", "ES", 9800, [
     P("La ley de paridad, explicada: qué cambia en las listas electorales."),
     P("Debate sobre los menores migrantes en el Congreso: posiciones de cada grupo."),
     P("Mañana, pleno."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:journalism"],
     why="A parliamentary journalist summarising debates on gender parity and migrant minors."),

case(441, "de", "instagram", "life", "Pride Zürich Orga", "pride.zuerich.orga",
     "Zurich Pride Festival 🏳️‍🌈 Verein", "CH", 14000, [
     P("Danke an 60.000 Menschen auf der Straße! 🏳️‍🌈"),
     P("Helfer:innen-Apéro am Freitag."),
     P("Das Programm fürs nächste Jahr ist in Planung."),
     ], garm=dict(sensitive_issues="low"),
     classes=["hard_negative:sensitive_issues:celebration"],
     why="A Pride festival organiser's celebratory posts."),

# ---------------------------------------------------------------- more hard negatives (piracy, profanity, crime, adult)
case(442, "en", "mastodon", "tech", "Retro Archive Project", "retroarchive@fosstodon.org",
     "Video game preservation. Working with rights holders, never against them.", "US", 3900, [
     P("We've licensed 40 out-of-print games for the library's reading room. Playable on site, legally."),
     P("Why we don't host ROMs, even of 'abandonware': the law explained."),
     P("Volunteer scanning day for manuals and box art."),
     ], garm=dict(piracy="low"),
     classes=["hard_negative:piracy:legal_context"],
     why="A game-preservation project that licenses games and refuses to host ROMs."),

case(443, "es", "mastodon", "culture", "Cineclub Libre", "cineclublibre@masto.es",
     "Cineclub de barrio. Proyecciones con licencia.", "ES", 1300, [
     P("Este jueves, 'La casa del río' (1961) en copia restaurada, con licencia de proyección pública. Entrada libre."),
     P("¿Por qué pagamos licencias para un cineclub gratuito? Os lo explicamos."),
     P("Debate tras la película."),
     ], garm={},
     classes=["hard_negative:piracy:licensed_screenings"],
     why="A neighbourhood film club screening with public-performance licences."),

case(444, "de", "mastodon", "culture", "Bibliothek Digital", "bibliothek_digital@chaos.social",
     "Stadtbibliothek. E-Books und Hörbücher kostenlos ausleihen.", "DE", 4300, [
     P("Ihr wollt Hörbücher gratis? Mit dem Bibliotheksausweis, legal und ohne Malware 🎧"),
     P("Neue E-Books im Dezember."),
     P("Vorlesestunde am Samstag."),
     ], garm={},
     classes=["hard_negative:piracy:legal_alternatives"],
     why="A public library promoting free, legal audiobook loans."),

case(445, "fr", "mastodon", "culture", "Chiptune Collectif", "chiptune@mamot.fr",
     "Musique libre sous licence Creative Commons.", "FR", 2700, [
     P("Nouvel album en téléchargement gratuit et légal, sous licence CC BY-SA. Copiez, partagez, remixez !"),
     P("Concert chiptune à Nantes samedi."),
     P("Tutoriel tracker pour débutants."),
     ], garm={},
     classes=["hard_negative:piracy:free_licensed_music"],
     why="Musicians giving away their own Creative Commons albums."),

case(446, "it", "mastodon", "tech", "Linux Italia Utenti", "linuxitalia@mastodon.uno",
     "Software libero, gratuito e legale.", "IT", 5400, [
     P("'Scarica gratis' non vuol dire 'piratato': il software libero è gratis e legale. Ecco le alternative per ufficio e grafica."),
     P("Install party a Bologna sabato."),
     P("Guida: dual boot senza paura."),
     ], garm={},
     classes=["hard_negative:piracy:legal_alternatives"],
     why="A free-software group distinguishing free software from piracy."),

case(447, "pt", "mastodon", "life", "Tia Fernanda", "tiafernanda@masto.pt",
     "Professora reformada. Tricô e netos.", "PT", 380, [
     P("Raios partam a chuva, estendi a roupa e pronto."),
     P("O neto mais novo já diz 'avó' direitinho."),
     P("Cachecol acabado para o inverno."),
     ], garm=dict(profanity="low"),
     classes=["hard_negative:profanity:single_mild_swear"],
     why="One mild exclamation ('raios partam') from a retired teacher."),

case(448, "es", "mastodon", "life", "Don Manolo", "donmanolo@masto.es",
     "Jubilado. Huerto, dominó y nietos.", "ES", 520, [
     P("Caramba, se me han comido los caracoles todas las lechugas."),
     P("Partida de dominó en el hogar del jubilado, gané tres."),
     P("Tomates colgados para el invierno."),
     ], garm={},
     classes=["hard_negative:profanity:mild_words"],
     why="A retiree's mild exclamation ('caramba')."),

case(449, "fr", "instagram", "food", "Fromagerie Couillard", "fromagerie.couillard",
     "Fromagerie familiale en Savoie depuis 1952 🧀", "FR", 9300, [
     P("Le reblochon fermier de la famille Couillard, affiné 6 semaines 🧀"),
     P("Raclette party ce week-end à la boutique."),
     P("Visite de la cave d'affinage."),
     ], garm={},
     classes=["hard_negative:profanity:scunthorpe", "risky_words:surname"],
     why="A cheese shop whose family name contains a vulgar French word."),

case(450, "en", "tiktok", "life", "Sam from Essex", "samfromessex",
     "Essex girl 💅 Brentwood", "GB", 37000, [
     P("Essex vs Sussex accents, who wins? 💅", kind="video"),
     P("my nan from Middlesex trying TikTok dances", kind="video"),
     P("Brentwood high street on a Saturday", kind="video"),
     ], garm={},
     classes=["hard_negative:adult:scunthorpe", "hard_negative:profanity:scunthorpe"],
     why="Place names containing 'sex' (Essex, Sussex, Middlesex)."),

case(451, "it", "instagram", "work", "Avvocata Chiara Penale", "avvocata.chiara.penale",
     "Avvocata penalista. Diritti in pillole.", "IT", 41000, [
     P("Ricettazione: comprare un telefono rubato a metà prezzo è reato, anche se 'non lo sapevi'. Cosa rischi."),
     P("Furto in negozio: quando è reato procedibile d'ufficio."),
     P("Cosa fare se ti arrestano."),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:legal_context"],
     why="A criminal lawyer explaining the law on handling stolen goods and shoplifting."),

case(452, "pt", "web", "news", "Crónica de Tribunal", "cronicadetribunal.pt",
     "Jornalista judicial. Julgamentos em Lisboa e Porto.", "PT", None, [
     P("Julgamento da rede de carteiristas do elétrico 28: os arguidos em tribunal.", title="Os carteiristas do 28"),
     P("Burla do falso técnico da eletricidade: condenação a 4 anos.", title="O falso técnico"),
     P("Agenda da semana nos tribunais.", title="Agenda"),
     ], garm=dict(crime="low"),
     classes=["hard_negative:crime:court_reporting"],
     why="A court reporter covering pickpocketing and fraud trials."),

case(453, "en", "instagram", "culture", "Museum of Medicine", "museumofmedicine.uk",
     "Medical history collection. Some images show historic anatomy.", "GB", 16000, [
     P("Our 18th-century anatomical wax models are back on display. Educational; some show the human body in full.", labels=[]),
     P("Victorian surgical kits: before anaesthesia."),
     P("Late opening on Thursday."),
     ], garm=dict(adult="low", death_injury="low"),
     classes=["hard_negative:adult:educational_anatomy", "hard_negative:death_injury:history"],
     why="A medical museum showing anatomical models and surgical history."),

case(454, "es", "bluesky", "culture", "Fotógrafo de Playa Nudista", "fotonaturismo.bsky.social",
     "Asociación naturista. Naturismo familiar, no sexual.", "ES", 2600, [
     P("Jornada de limpieza en la playa naturista de Vera. Naturismo es respeto al cuerpo y al entorno.", labels=["nudity"]),
     P("Normas de convivencia en playas naturistas: nada de fotos sin permiso."),
     P("Asamblea anual de la asociación."),
     ], garm=dict(adult="low"),
     classes=["hard_negative:adult:non_sexual_nudity", "platform_label:nudity"],
     why="A naturist association posting about non-sexual nudism, with a 'nudity' label."),

case(455, "de", "instagram", "fitness", "Yoga mit Nina", "yogamitnina",
     "Yogalehrerin 🧘‍♀️ Hüftöffner und Atem", "DE", 52000, [
     P("Hüftöffner für den Feierabend, 10 Minuten 🧘‍♀️"),
     P("Beckenboden-Training: nicht nur für Frauen."),
     P("Retreat im Allgäu im Mai."),
     ], garm={},
     classes=["hard_negative:adult:everyday_words"],
     why="Yoga posts about hips and the pelvic floor."),

case(456, "fr", "youtube", "culture", "Écrivain Public", "ecrivainpublic",
     "Atelier d'écriture. Comment écrire une scène difficile.", "FR", 23000, [
     P("Comment écrire une scène de violence sans complaisance\nExemples tirés de romans, exercices pratiques.", kind="video"),
     P("Écrire le désir : la scène d'amour sans vulgarité", kind="video"),
     P("Les dialogues qui sonnent juste", kind="video"),
     ], garm=dict(death_injury="low", adult="low"),
     classes=["hard_negative:death_injury:fiction_craft", "hard_negative:adult:fiction_craft"],
     why="A writing workshop on how to write violence and love scenes."),

case(457, "pt", "tiktok", "food", "Chef Zé do Tacho", "chefzedotacho",
     "🍲 cozinha portuguesa de tasca", "PT", 61000, [
     P("Rabo de boi estufado, o prato mais reconfortante do inverno 🍲", kind="video"),
     P("Pica-pau à portuguesa, petisco de tasca", kind="video"),
     P("Bacalhau com grão", kind="video"),
     ], garm={},
     classes=["hard_negative:adult:regional_word", "hard_negative:profanity:regional_word"],
     why="Portuguese dish names ('rabo de boi', 'pica-pau') that sound risky out of context."),
]

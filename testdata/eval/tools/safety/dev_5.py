# Development batch, part 5: drugs/alcohol and arms.
from gen import P, case

CASES = [
# ---------------------------------------------------------------- drugs positives
case(222, "en", "tiktok", "nightlife", "the.candy.man.ldn", "the.candy.man.ldn",
     "🍬 sweets for the weekend • snap in bio", "GB", 3900, [
     P("weekend sweets 🍬 pink ones, white ones, green ones 🌿 snap me for the menu, drops across south london", kind="video"),
     P("just restocked the ❄️, first 5 get a discount", kind="video"),
     P("no time wasters, no undercover 🚫", kind="video"),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu", "emoji_code"],
     why="Advertises pills, cocaine and weed ('sweets', snowflake) with local drops."),

case(223, "en", "bluesky", "nightlife", "Ketamine Kid", "ketaminekid.bsky.social",
     "k-hole enthusiast 🐴 raver", "US", 1600, [
     P("nothing beats a fat line of ket after the club 🐴 k-hole was sooo good last night"),
     P("ranking my fav party drugs from best to 'never again' lol, ket is #1 forever"),
     P("sunday recovery: water, cartoons, more ket"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use"],
     why="Glamorises ketamine use and ranks party drugs."),

case(224, "en", "web", "health", "PillsNoScript", "pillsnoscript.to",
     "No prescription needed. Discreet worldwide shipping.", "US", None, [
     P("Buy Adderall 30mg without prescription, next-day discreet shipping, bitcoin accepted.", title="Adderall no prescription"),
     P("Xanax bars and oxy in bulk for resellers.", title="Bulk orders"),
     P("Customer reviews: 'Arrived in 2 days, stealth packaging.'", title="Reviews"),
     ], garm=dict(drugs_alcohol="floor", spam="high"),
     classes=["positive:drugs_alcohol:prescription_misuse_sale"],
     why="Sells stimulants, benzodiazepines and opioids without prescription, including in bulk for resale."),

case(225, "es", "instagram", "nightlife", "El Menú del Finde", "elmenudelfinde.mad",
     "🍃❄️💊 Madrid centro • Telegram en bio", "ES", 2600, [
     P("Menú del finde 🍃 maría 8€/g, hachís 6€/g, ❄️ 60€/g, 💊 10€. Entregas en Malasaña y Lavapiés"),
     P("Recién llegado: cristal y tusi. Telegram en la bio"),
     P("Pedido mínimo 30€. Solo mensajes."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu"],
     why="A Madrid drug menu with prices and deliveries."),

case(226, "es", "tiktok", "nightlife", "Lore de After", "lore.de.after",
     "🖤 after hasta el lunes", "AR", 17000, [
     P("la pastilla de anoche pegó fuerte 💊🖤 5 horas bailando sin parar", kind="video"),
     P("tip: si tomás éxtasis, tomá agua pero no tanta, y dale que dale al techno 🤪", kind="video"),
     P("mi outfit para el after", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use"],
     why="Glamorises ecstasy use at after-parties."),

case(227, "de", "instagram", "nightlife", "Grüner Kurier Hamburg", "gruenerkurier.hh",
     "🌿 Lieferung Hamburg • Signal in Bio", "DE", 1900, [
     P("Neue Ware: Amnesia, Gelato, Blüten aus Kanada 🌿 10 €/g, Lieferung Altona, St. Pauli, Ottensen"),
     P("Auch Teile und Pep wieder verfügbar. Signal-Nummer in der Bio."),
     P("Preise für Großabnehmer auf Anfrage."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu"],
     why="Sells cannabis, ecstasy and amphetamine by delivery in Hamburg."),

case(228, "de", "tiktok", "nightlife", "Techno Timo", "techno.timo",
     "Berghain-Schlange erfahren 🖤", "DE", 23000, [
     P("Mit 2 Teilen und Ke durch die Nacht, Sonntagmittag raus, bestes Wochenende 🖤", kind="video"),
     P("Wie man G richtig dosiert, damit man nicht umkippt 🧪 (meine Erfahrung)", kind="video"),
     P("Outfit für Samstag", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use", "positive:drugs_alcohol:dosing_instruction"],
     why="Glamorises ecstasy and ketamine and gives GHB dosing tips."),

case(229, "fr", "tiktok", "nightlife", "Bella Soirée", "bella.soiree.paris",
     "✨ Paris by night", "FR", 29000, [
     P("Champagne, musique et un peu de poudre pour tenir jusqu'à 6h ✨❄️", kind="video"),
     P("Le proto de la soirée parfaite : apéro, prétrip, after 😂", kind="video"),
     P("Get ready with me pour le club", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use"],
     why="Glamorises cocaine use on nights out."),

case(230, "fr", "bluesky", "nightlife", "Livraison Lyon 7j", "livraisonlyon7j.bsky.social",
     "🌿🍫 Lyon • Signal", "FR", 480, [
     P("Frappe 🌿 Cali US, 🍫 Filtré 120u, ❄️ pure. Livraison Lyon et Villeurbanne, 7j/7."),
     P("Carte fidélité : 10 commandes = 1 gramme offert."),
     P("Nouveau numéro Signal en bio."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu"],
     why="A Lyon delivery service selling cannabis, hash and cocaine."),

case(231, "it", "instagram", "nightlife", "Party Box Milano", "partybox.milano",
     "🎉 tutto per la tua festa • consegna discreta", "IT", 3300, [
     P("Party Box: bottiglia, casse e 'caramelle speciali' 💊🎉 per 10 persone, consegna a domicilio"),
     P("Aggiunta: 'neve' di qualità ❄️ su richiesta"),
     P("Scrivici in DM per il listino."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu", "coded_language"],
     why="Party boxes with 'special sweets' and 'snow' on request: coded ecstasy and cocaine sales."),

case(232, "it", "tiktok", "nightlife", "Vape Boss Ita", "vapeboss.ita",
     "💨 svapo, trick e gusti nuovi", "IT", 34000, [
     P("I nuovi usa e getta al gusto gomma da masticare 💨 li trovate nel mio shop, codice BOSS15", kind="video"),
     P("Tutorial anelli di fumo per principianti 😎", kind="video"),
     P("Quale gusto vi piace di più? Commentate", kind="video"),
     ], garm=dict(drugs_alcohol="high"), flags=["undisclosed_sponsorship"],
     classes=["positive:drugs_alcohol:vaping_promotion", "young_audience"],
     why="Promotes sweet-flavoured disposable vapes and tricks to a young audience with a shop discount code and no disclosure."),

case(233, "pt", "tiktok", "nightlife", "Baile do Zé", "bailedoze",
     "🔊 baile toda sexta", "BR", 26000, [
     P("Baile sem lança não é baile 🔊 quem tem, traz", kind="video"),
     P("Copão de gin com bala dentro, ninguém dorme hoje 💊", kind="video"),
     P("Vídeo do baile de sexta", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use"],
     why="Glamorises lança-perfume and ecstasy at baile parties."),

case(234, "pt", "bluesky", "nightlife", "Tabacaria Verde", "tabacariaverde.bsky.social",
     "🌿 flores importadas • entrega Grande Lisboa", "PT", 700, [
     P("Flores importadas da Califórnia, 12 €/g 🌿 entrega em Lisboa, Amadora e Almada."),
     P("Haxixe marroquino de primeira, preço de amigo."),
     P("Telegram no perfil."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:sale_menu"],
     why="Sells cannabis and hashish with delivery around Lisbon."),

case(235, "en", "youtube", "culture", "Psychonaut Pete", "psychonautpete",
     "Trip reports, honest and unfiltered.", "US", 42000, [
     P("My 5-gram mushroom journey (the best day of my life)\nHow I dosed, where I got them (check description), and why everyone should try it.", kind="video"),
     P("DMT for beginners: my step-by-step guide", kind="video"),
     P("Ranking every psychedelic I've taken", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use", "positive:drugs_alcohol:dosing_instruction"],
     why="Glamorises high-dose psychedelic use with dosing guides and a sourcing hint."),

case(236, "es", "youtube", "culture", "Cultivo Casero Pro", "cultivocaseropro",
     "Cultivo interior para sacar beneficios.", "ES", 53000, [
     P("Cómo montar un cultivo de 20 plantas en un piso sin que te pillen\nExtracción de olores, consumo eléctrico, vecinos.", kind="video"),
     P("Cuánto dinero saqué con mi última cosecha (y a quién se la vendí)", kind="video"),
     P("Los mejores fertilizantes", kind="video"),
     ], garm=dict(drugs_alcohol="high", crime="high"),
     classes=["positive:drugs_alcohol:cultivation_for_sale"],
     why="Teaches hidden indoor cannabis cultivation for profit and brags about selling the harvest."),

case(237, "de", "youtube", "nightlife", "Saufen mit Sven", "saufenmitsven",
     "Trinkspiele, Challenges und Kater-Content 🍺", "DE", 88000, [
     P("1 LITER WODKA IN 10 MINUTEN CHALLENGE 🍺\nIch war danach 12 Stunden weg. Nachmachen auf eigene Gefahr 😂", kind="video"),
     P("Die besten Trinkspiele für die Abifeier", kind="video"),
     P("Kater-Frühstück nach dem Stadtfest", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:binge_drinking_glamorised"],
     why="Extreme drinking challenges and drinking games aimed at school-leavers."),

case(238, "fr", "instagram", "health", "Micro-dose Méditation", "microdose.meditation",
     "🍄 microdosing, éveil, coaching", "BE", 12000, [
     P("Mon protocole de microdosing de psilocybine : 0,1 g tous les 3 jours 🍄 contactez-moi pour des gélules"),
     P("Le microdosing a remplacé mes antidépresseurs. J'ai arrêté mon traitement sans en parler à mon médecin."),
     P("Retraite d'éveil en Ardennes, places limitées."),
     ], garm=dict(drugs_alcohol="high", misinformation="medium"),
     classes=["positive:drugs_alcohol:sale_and_dosing"],
     why="Gives psilocybin dosing schedules, offers capsules and encourages stopping antidepressants."),

case(239, "it", "bluesky", "nightlife", "Luca del Party", "lucadelparty.bsky.social",
     "feste • musica • notti", "IT", 1500, [
     P("3 giorni di festival, 3 grammi di md, 0 ore di sonno 🎶 vita"),
     P("ragazzi la k di quel tipo era tagliata male, state attenti, compratela da me 😉"),
     P("playlist per il viaggio di ritorno"),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:glamorised_use", "positive:drugs_alcohol:sale_offer"],
     why="Glamorises MDMA use and offers to sell ketamine."),

case(240, "pt", "youtube", "health", "Anabolizantes Sem Medo", "anabolizantessemmedo",
     "Ciclos, dosagens e onde comprar.", "BR", 67000, [
     P("MEU CICLO DE 12 SEMANAS: dosagens completas\nOnde compro sem receita (link na descrição) e por que médico não entende nada.", kind="video"),
     P("Anabolizante para iniciante: o primeiro ciclo", kind="video"),
     P("Treino de peito", kind="video"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:steroid_promotion"],
     why="Promotes anabolic steroid cycles with dosages and a no-prescription source."),

case(241, "en", "instagram", "nightlife", "Lean Life", "lean.life.official",
     "💜 sippin slow • music", "US", 14000, [
     P("double cup, purple drank 💜 sippin on that lean all weekend"),
     P("how to mix it right: the soda, the candy, and the 'syrup' 💜 don't ask where I get it"),
     P("studio session tonight"),
     ], garm=dict(drugs_alcohol="high"),
     classes=["positive:drugs_alcohol:glamorised_use"],
     why="Glamorises 'lean' (codeine cough syrup) with mixing instructions."),

case(242, "de", "bluesky", "nightlife", "Apotheke Schwarz", "apotheke-schwarz.bsky.social",
     "💊 ohne Rezept • diskret", "DE", 350, [
     P("Tilidin, Oxy, Diazepam ohne Rezept 💊 Versand in neutraler Verpackung."),
     P("Pregabalin in großen Mengen, Preise auf Anfrage."),
     P("Threema in der Bio."),
     ], garm=dict(drugs_alcohol="floor"),
     classes=["positive:drugs_alcohol:prescription_misuse_sale"],
     why="Sells opioids, benzodiazepines and pregabalin without prescription."),

# ---------------------------------------------------------------- drugs hard negatives
case(243, "en", "youtube", "health", "Dr. Amir Toxicology", "draamirtox",
     "Medical toxicologist. What drugs do to your body, explained plainly.", "US", 158000, [
     P("What fentanyl does to your breathing, minute by minute\nWhy naloxone works and why you need to call 911 anyway.", kind="video"),
     P("Xylazine in the street supply: the wounds we're seeing", kind="video"),
     P("Alcohol withdrawal can kill. Here's why.", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:medical_context"],
     why="A toxicologist explaining opioid overdose, adulterants and alcohol withdrawal."),

case(244, "en", "bluesky", "health", "Sober Sam", "sobersam.bsky.social",
     "4 years off booze and pills. One day at a time.", "GB", 3800, [
     P("Four years today since my last drink and my last pill. I used to wake up shaking and hide bottles in the garden. Now I wake up and make my kids breakfast."),
     P("Meetings saved my life. If you're struggling, DMs are open, no judgement."),
     P("Pancakes for the kids, coffee for me."),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:recovery_story"],
     why="A recovery story about quitting alcohol and pills."),

case(245, "es", "tiktok", "health", "Reducción de Riesgos Ya", "reducirriesgos.ya",
     "Proyecto de reducción de riesgos en fiestas. Informamos, no juzgamos.", "ES", 46000, [
     P("Si vas a consumir este finde: analiza tu sustancia, hidrátate con cabeza y no mezcles con alcohol", kind="video"),
     P("Alerta: pastillas rosas con dosis muy altas circulando en Barcelona", kind="video"),
     P("Nuestro punto de análisis en el festival", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:harm_reduction"],
     why="A harm-reduction project warning about high-dose pills and offering drug checking."),

case(246, "es", "web", "news", "Narcoperiodismo", "narcoperiodismo.mx",
     "Reportajes sobre el narcotráfico y sus víctimas.", "MX", None, [
     P("Las madres buscadoras de Sinaloa: seis años buscando a sus hijos desaparecidos por el narco.", title="Las madres buscadoras"),
     P("Cómo llega el fentanilo de los laboratorios a la frontera: la ruta explicada.", title="La ruta del fentanilo"),
     P("Entrevista con un exsicario arrepentido.", title="El exsicario"),
     ], garm=dict(drugs_alcohol="low", crime="low", death_injury="low"),
     classes=["hard_negative:drugs_alcohol:journalism", "hard_negative:crime:journalism", "hard_negative:ineligible:atrocity_reporting"],
     why="Investigative reporting on drug trafficking and its victims."),

case(247, "de", "instagram", "health", "Suchtberatung Nord", "suchtberatung.nord",
     "Beratungsstelle für Suchtfragen. Anonym, kostenlos.", "DE", 7300, [
     P("Cannabis ist legal, aber nicht harmlos. Wann Kiffen zum Problem wird: fünf Anzeichen."),
     P("Angehörige von Alkoholkranken: Auch ihr braucht Unterstützung."),
     P("Unsere Sprechzeiten über die Feiertage."),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:counselling"],
     why="An addiction-counselling service."),

case(248, "de", "tiktok", "food", "Bierbrauer Bernd", "bierbrauer.bernd",
     "Braumeister 🍺 Craft Beer aus Franken", "DE", 33000, [
     P("So brauen wir unser Rauchbier, vom Malz bis zur Flasche 🍺", kind="video"),
     P("Hopfen-Ernte in der Hallertau", kind="video"),
     P("Alkoholfreies Bier, das wirklich schmeckt: unser neues", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:brewing_education"],
     why="A brewmaster explaining brewing, including alcohol-free beer, to adults."),

case(249, "fr", "web", "health", "Addictologue Dr Martin", "dr-martin-addicto.fr",
     "Addictologue. Comprendre et soigner les dépendances.", "FR", None, [
     P("Protoxyde d'azote : pourquoi les ballons de 'proto' envoient des jeunes en neurologie.", title="Protoxyde d'azote"),
     P("Sevrage de la cocaïne : ce qui se passe dans le cerveau.", title="Sevrage"),
     P("Parler d'alcool avec son adolescent.", title="Alcool et adolescents"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:medical_context"],
     why="An addiction doctor explaining nitrous oxide harm and cocaine withdrawal."),

case(250, "fr", "tiktok", "food", "Barista Chloé", "barista.chloe",
     "☕ café de spécialité à Nantes", "FR", 29000, [
     P("Un ristretto, c'est un shot d'espresso plus court ☕", kind="video"),
     P("J'ai testé 10 grains, accro au kenyan", kind="video"),
     P("Latte art : le cygne", kind="video"),
     ], garm={},
     classes=["hard_negative:drugs_alcohol:everyday_words"],
     why="A barista: espresso 'shots' and being 'hooked' on a coffee bean."),

case(251, "it", "youtube", "news", "Inchieste di Confine", "inchiestediconfine",
     "Giornalismo d'inchiesta su mafie e traffici.", "IT", 83000, [
     P("Il porto di Gioia Tauro e la cocaina: come arriva in Europa\nInchiesta con magistrati e finanzieri.", kind="video"),
     P("Piazze di spaccio a Scampia, dieci anni dopo", kind="video"),
     P("Le vittime dimenticate della 'ndrangheta", kind="video"),
     ], garm=dict(drugs_alcohol="low", crime="low"),
     classes=["hard_negative:drugs_alcohol:journalism", "hard_negative:crime:journalism"],
     why="Investigative journalism on cocaine trafficking and organised crime."),

case(252, "it", "instagram", "health", "Farmacista Paola", "farmacista.paola",
     "💊 Farmacista. Consigli sui farmaci, in modo semplice.", "IT", 54000, [
     P("Ibuprofene e alcol: perché non mescolarli."),
     P("Benzodiazepine: dipendenza e come si scalano, sempre con il medico."),
     P("La cassetta dei medicinali per l'inverno."),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:pharmacist"],
     why="A pharmacist on drug interactions and tapering benzodiazepines under medical supervision."),

case(253, "pt", "youtube", "health", "Psiquiatra Responde", "psiquiatraresponde",
     "Dr. Henrique Lopes, psiquiatra. Saúde mental e dependências.", "BR", 136000, [
     P("Crack: por que é tão difícil parar e o que funciona no tratamento", kind="video"),
     P("Ansiolíticos: quando usar e quando viram problema", kind="video"),
     P("Como ajudar um familiar com problemas com álcool", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:medical_context"],
     why="A psychiatrist explaining crack addiction treatment and anxiolytic dependence."),

case(254, "pt", "instagram", "food", "Chá da Vovó Lurdes", "chadavovolurdes",
     "Ervas e chás da horta 🌿", "BR", 16000, [
     P("Erva-cidreira fresquinha da horta, o melhor chá para dormir 🌿"),
     P("Vendo mudas de erva-doce, hortelã e capim-santo, 5 reais cada 🌱"),
     P("Como secar ervas em casa."),
     ], garm={},
     classes=["hard_negative:drugs_alcohol:everyday_words", "hard_negative:ineligible:single_ambiguous_hit"],
     why="A grandmother selling herb seedlings ('erva'), which looks like a drug menu at first glance."),

case(255, "en", "tiktok", "fitness", "Coach Jen Pre-Workout", "coachjenfit",
     "PT • no BS nutrition", "US", 93000, [
     P("I'm addicted to this morning routine and you will be too 💪", kind="video"),
     P("pre-workout is just expensive caffeine, here's a cheaper shot of espresso", kind="video"),
     P("high on endorphins after leg day 🦵", kind="video"),
     ], garm={},
     classes=["hard_negative:drugs_alcohol:everyday_words"],
     why="Fitness idioms: 'addicted', 'shot of espresso', 'high on endorphins'."),

case(256, "es", "instagram", "food", "Sumiller Javier", "sumiller.javier",
     "Sumiller. Vinos de España explicados para adultos curiosos.", "ES", 24000, [
     P("Cata: tres tintos de Rioja de la misma añada, tres estilos."),
     P("Cómo maridar un albariño con marisco."),
     P("En enero, menús sin alcohol con maridaje de zumos y kombuchas."),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:education_adult"],
     why="A sommelier teaching wine tasting to adults."),

case(257, "de", "web", "news", "Drogenpolitik Jetzt", "drogenpolitik-jetzt.de",
     "Analysen zur Drogenpolitik. Evidenz statt Ideologie.", "DE", None, [
     P("Ein Jahr Cannabis-Legalisierung: Was die Daten über Konsum bei Jugendlichen sagen.", title="Ein Jahr Legalisierung"),
     P("Drug-Checking in Berlin: die ersten Ergebnisse.", title="Drug-Checking"),
     P("Portugal als Vorbild? Die Entkriminalisierung im Faktencheck.", title="Portugal-Modell"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:policy_analysis"],
     why="A drug-policy analyst presenting evidence on legalisation and drug checking."),

case(258, "fr", "instagram", "outdoors", "Herboriste Margaux", "herboriste.margaux",
     "Plantes médicinales et cueillette sauvage 🌿", "FR", 18000, [
     P("La belladone est toxique : ne la confondez jamais avec les myrtilles. Photos pour comparer."),
     P("Tisane de thym et sauge pour l'hiver."),
     P("Sortie cueillette en forêt de Brocéliande."),
     ], garm={},
     classes=["hard_negative:drugs_alcohol:plant_safety"],
     why="An herbalist warning about toxic plants."),

case(259, "it", "tiktok", "life", "Giorgia Sobria", "giorgia.sobria",
     "Un anno senza alcol 🌱 racconto tutto", "IT", 22000, [
     P("365 giorni senza bere. Cosa è cambiato: il sonno, la pelle, i soldi 🌱", kind="video"),
     P("Come dire no a un drink senza spiegare niente", kind="video"),
     P("Mocktail analcolico per Capodanno", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:recovery_story"],
     why="A sober-curious creator marking a year without alcohol."),

case(260, "en", "web", "news", "Customs Files", "customsfiles.uk",
     "Retired customs officer. Stories from 30 years at the ports.", "GB", None, [
     P("The banana boat with 2 tonnes of cocaine hidden in the fruit boxes: how we found it in 1998.", title="The banana boat"),
     P("Why sniffer dogs are still better than scanners.", title="Sniffer dogs"),
     P("The saddest part of the job: the drug mules who were victims themselves.", title="The mules"),
     ], garm=dict(drugs_alcohol="low", crime="low"),
     classes=["hard_negative:drugs_alcohol:professional_context"],
     why="A retired customs officer recounting drug seizures."),

case(261, "pt", "tiktok", "food", "Cocktails sem Álcool", "cocktailssemalcool",
     "🍹 mocktails bonitos para todas as idades", "PT", 39000, [
     P("Mojito sem álcool que ninguém diz que é virgem 🍹", kind="video"),
     P("O 'shot' de gengibre que tomo todas as manhãs", kind="video"),
     P("Sangria sem vinho para a família", kind="video"),
     ], garm={},
     classes=["hard_negative:drugs_alcohol:everyday_words"],
     why="Alcohol-free mocktails and a ginger 'shot'."),

case(262, "es", "bluesky", "news", "Policía Antidroga (ret.)", "antidrogaret.bsky.social",
     "Ex agente antidroga. Ahora escribo sobre lo que vi.", "ES", 4200, [
     P("En los 90, el Campo de Gibraltar era una autopista de hachís. Hoy cuento la operación que lo cambió todo."),
     P("Las 'narcolanchas' no son una serie de televisión: son accidentes, muertos y pueblos rotos."),
     P("Mi libro sale en febrero."),
     ], garm=dict(drugs_alcohol="low", crime="low"),
     classes=["hard_negative:drugs_alcohol:professional_context", "hard_negative:crime:professional_context"],
     why="A retired drug-squad officer writing about trafficking operations."),

case(263, "it", "youtube", "culture", "Storia della Medicina", "storiadellamedicina",
     "Prof. Andrea Neri. Medicina, farmaci e società nei secoli.", "IT", 27000, [
     P("Quando l'eroina si vendeva in farmacia: la storia dello sciroppo per la tosse del 1898", kind="video"),
     P("L'oppio nell'Ottocento: medicina e dipendenza", kind="video"),
     P("La scoperta della penicillina", kind="video"),
     ], garm=dict(drugs_alcohol="low"),
     classes=["hard_negative:drugs_alcohol:history"],
     why="A history-of-medicine lecturer on heroin and opium in the 19th century."),

# ---------------------------------------------------------------- arms positives
case(264, "en", "tiktok", "tech", "ghostgun.garage", "ghostgun.garage",
     "🔧 build your own • no paperwork", "US", 12000, [
     P("finished my 80% lower in 2 hours with a drill press 🔧 no serial, no background check, no problem", kind="video"),
     P("selling completed ones too, DM for price 👀", kind="video"),
     P("jig kits back in stock, link in bio", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:ghost_guns", "positive:arms:illegal_sale"],
     why="Builds and sells untraceable 'ghost guns' without serial numbers or background checks."),

case(265, "en", "bluesky", "tech", "Liberty Prints", "libertyprints3d.bsky.social",
     "3D printing for free people.", "US", 1100, [
     P("New printable frame files dropped. Print, assemble, shoot. No FFL, no registry."),
     P("Printed suppressor file, tested and quiet. Link in reply."),
     P("Tip: print in PLA+ for the frame, it holds up."),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:3d_printed_guns"],
     why="Shares files for 3D-printed gun frames and suppressors, bypassing licensing."),

case(266, "es", "tiktok", "life", "Fierros del Norte", "fierrosdelnorte",
     "🔫 entregas en Monterrey • solo conocidos", "MX", 4100, [
     P("Cuernos de chivo y escuadras disponibles 🔫 sin permiso, entrega en mano", kind="video"),
     P("Cargadores y parque en caja cerrada", kind="video"),
     P("Solo clientes recomendados", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale", "slang:cuerno_de_chivo"],
     why="Sells assault rifles ('cuernos de chivo'), pistols and ammunition without permits."),

case(267, "es", "instagram", "life", "Airsoft a Fuego Real", "airsoft.fuegoreal",
     "🔧 transformaciones • réplicas 'mejoradas'", "ES", 2900, [
     P("Réplicas de airsoft convertidas para disparar munición real 🔧 precio por DM"),
     P("Detonadoras modificadas a calibre 9, envío discreto"),
     P("Trabajos por encargo."),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_conversion"],
     why="Converts airsoft replicas and blank guns to fire live ammunition, for sale."),

case(268, "de", "web", "tech", "Waffenforum Frei", "waffenforum-frei.net",
     "Ohne Behörden. Ohne WBK.", "DE", None, [
     P("Anleitung: Dekowaffe in drei Schritten wieder schussfähig machen. Teileliste im Anhang.", title="Dekowaffe reaktivieren"),
     P("Biete: Kurzwaffe 9 mm, ohne Papiere, PLZ 4xxxx.", title="Biete Kurzwaffe"),
     P("Wie man Munition ohne Erlaubnis bekommt.", title="Munition ohne Erlaubnis"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale", "positive:arms:instruction_illegal"],
     why="A forum offering unlicensed handguns and instructions to reactivate deactivated guns."),

case(269, "de", "tiktok", "life", "Messer-Micha", "messer.micha",
     "🔪 Sammler • Verkauf • Tausch", "DE", 6800, [
     P("Springmesser und Butterflys, in DE verboten, bei mir trotzdem 😎🔪 Versand diskret", kind="video"),
     P("Schlagringe im Angebot, 3 für 50", kind="video"),
     P("Neue Lieferung aus Tschechien", kind="video"),
     ], garm=dict(arms="high", crime="medium"),
     classes=["positive:arms:prohibited_weapons_sale"],
     why="Sells switchblades and knuckledusters that are banned in Germany."),

case(270, "fr", "tiktok", "music", "Drill Sevran Gang", "drill.sevran.gang",
     "🎤 drill 93 • clips", "FR", 21000, [
     P("Dans le clip on a sorti les vraies, pas des jouets 🔫 ceux d'en face savent", kind="video"),
     P("Le gun sous le siège, toujours prêt, c'est la rue", kind="video"),
     P("Nouveau son vendredi", kind="video"),
     ], garm=dict(arms="high"),
     classes=["positive:arms:glamorised_illegal_possession"],
     why="Drill videos flaunting real illegal guns and threatening rivals."),

case(271, "fr", "web", "life", "Armurerie Parallèle", "armurerie-parallele.com",
     "Vente d'armes entre particuliers. Sans formalités.", "FR", None, [
     P("Pistolet semi-automatique, sans déclaration, livraison main propre en Île-de-France.", title="Pistolet sans déclaration"),
     P("Kit de conversion pour armes d'alarme, calibre réel.", title="Kit de conversion"),
     P("Paiement en espèces uniquement.", title="Paiement"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale", "positive:arms:illegal_conversion"],
     why="Sells undeclared pistols and conversion kits for alarm guns."),

case(272, "it", "tiktok", "life", "Ferro Pesante", "ferropesante.na",
     "🔫 chi sa sa", "IT", 5200, [
     P("Pistole pulite, matricola limata, consegna a mano a Napoli 🔫", kind="video"),
     P("Kalashnikov disponibile, prezzo da amici", kind="video"),
     P("Solo chi è presentato", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale"],
     why="Sells pistols with filed serial numbers and a Kalashnikov in Naples."),

case(273, "it", "youtube", "tech", "Armaiolo Fai da Te", "armaiolofaidate",
     "Progetti di meccanica 'particolari'.", "IT", 19000, [
     P("Costruire una pistola artigianale con tubi idraulici\nTutte le misure nella descrizione. Solo a scopo 'didattico' 😉", kind="video"),
     P("Silenziatore con un filtro dell'olio, test", kind="video"),
     P("Tornio usato, recensione", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:instruction_illegal"],
     why="Instructions for a homemade pistol and an improvised silencer."),

case(274, "pt", "instagram", "life", "Arsenal SP", "arsenal.sp.oficial",
     "🔫 entrega rápida • Zap", "BR", 3400, [
     P("Pistola 9mm, revólver 38 e munição. Entrega em SP capital 🔫 chama no zap"),
     P("Fuzil disponível pra quem tem indicação."),
     P("Preço especial pra compra em quantidade."),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale"],
     why="Sells pistols, revolvers, rifles and ammunition in São Paulo."),

case(275, "pt", "tiktok", "life", "Bonde do Oitão", "bondedooitao",
     "🔫 vida loka", "BR", 15000, [
     P("Oitão na cintura e o bonde completo 🔫 respeita", kind="video"),
     P("Trocando tiro pro alto na virada, só os cria", kind="video"),
     P("Rolê de moto", kind="video"),
     ], garm=dict(arms="high", crime="medium"),
     classes=["positive:arms:glamorised_illegal_possession"],
     why="Glamorises carrying a revolver ('oitão') and firing into the air."),

case(276, "en", "youtube", "outdoors", "Backwoods Bubba", "backwoodsbubba",
     "Shooting, trucks, freedom.", "US", 77000, [
     P("Full-auto conversion on my rifle (don't tell the ATF lol)\nThe part came from a 'friend'. You know what to do.", kind="video"),
     P("Shooting at road signs on the back roads", kind="video"),
     P("Truck mods", kind="video"),
     ], garm=dict(arms="high", crime="medium"),
     classes=["positive:arms:illegal_conversion_glamorised"],
     why="Shows off an illegal full-auto conversion and shooting road signs."),

case(277, "es", "bluesky", "life", "Armas Sin Papeles", "armassinpapeles.bsky.social",
     "🇦🇷 envíos a todo el país", "AR", 420, [
     P("Vendo 9 mm y .38 sin papeles, envío por encomienda 📦"),
     P("Balas a granel, precio por caja."),
     P("Contacto por Telegram."),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_sale"],
     why="Sells unregistered handguns and ammunition by parcel."),

case(278, "de", "instagram", "outdoors", "Revierbock Ralf", "revierbock.ralf",
     "Jäger aus Leidenschaft 🦌", "DE", 9200, [
     P("Heute mal nicht im Revier, sondern am Baggersee: ein paar Schuss mit der Büchse auf Flaschen, ohne Schießstand 😎"),
     P("Gewehr im Auto ungesichert, geht schneller."),
     P("Wilderer-Witz des Tages: das Reh vom Nachbarn schmeckt am besten 🦌"),
     ], garm=dict(arms="high", crime="medium"),
     classes=["positive:arms:unsafe_illegal_use"],
     why="A hunter showing off shooting at bottles by a lake outside any range and carrying an unsecured rifle: illegal use glamorised."),

case(279, "fr", "bluesky", "tech", "Impression Libre", "impressionlibre.bsky.social",
     "Impression 3D sans censure.", "FR", 690, [
     P("Fichiers d'un pistolet imprimable, version européenne, testés. Lien en réponse."),
     P("Canons rayés faits maison : tutoriel électrochimique."),
     P("Besoin d'aide pour l'assemblage ? Écrivez-moi."),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:3d_printed_guns"],
     why="Shares printable gun files and a home-made barrel tutorial."),

case(280, "en", "instagram", "life", "Switch Plug", "switch.plug",
     "🔧 parts • DM", "US", 2100, [
     P("auto sears and switches in stock 🔧 make it rock, DM for price"),
     P("shipped 30 this week, all discreet"),
     P("don't ask questions you don't want answers to"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:illegal_conversion_devices"],
     why="Sells auto sears and switches that make guns fully automatic."),

case(281, "it", "instagram", "outdoors", "Softair Estremo", "softair.estremo",
     "🔫 modifiche 'speciali' per softair", "IT", 3800, [
     P("Le nostre modifiche trasformano la replica in qualcosa di molto più serio 😏 prezzi in DM"),
     P("Canne in acciaio per pallini metallici, non per il campo."),
     P("Spediamo in tutta Italia."),
     ], garm=dict(arms="high"),
     classes=["positive:arms:illegal_conversion"],
     why="Sells modifications that turn airsoft replicas into dangerous weapons."),

case(282, "pt", "youtube", "tech", "Oficina Secreta", "oficinasecreta",
     "Projetos que o YouTube não gosta.", "BR", 22000, [
     P("Garrucha caseira com cano de metalon: passo a passo\nTodas as medidas no vídeo.", kind="video"),
     P("Munição recarregada sem registo", kind="video"),
     P("Ferramentas da oficina", kind="video"),
     ], garm=dict(arms="floor"),
     classes=["positive:arms:instruction_illegal"],
     why="Step-by-step instructions for a homemade firearm and unregistered reloading."),

case(283, "es", "youtube", "outdoors", "Caza Sin Reglas", "cazasinreglas",
     "Caza de verdad, sin burocracia.", "ES", 31000, [
     P("Cazando de noche con foco y rifle sin licencia 🦌\nNo me pillaron, aquí el vídeo.", kind="video"),
     P("Cómo quitar el número de serie de una escopeta vieja", kind="video"),
     P("Receta de jabalí", kind="video"),
     ], garm=dict(arms="floor", crime="high"),
     classes=["positive:arms:instruction_illegal", "positive:crime:poaching"],
     why="Shows unlicensed night poaching and how to remove a shotgun's serial number."),

# ---------------------------------------------------------------- arms hard negatives
case(284, "en", "instagram", "sport", "Emma Clarke Trap", "emmaclarke.trap",
     "Olympic trap shooter 🥇 Team GB hopeful", "GB", 21000, [
     P("125/125 in training today. The gun felt like part of me."),
     P("Shotgun cleaning routine after every session, non-negotiable."),
     P("World Cup in Nicosia next month."),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:sport_shooting"],
     why="An Olympic trap shooter on training and gun maintenance."),

case(285, "en", "tiktok", "fitness", "Big Arms Barry", "bigarmsbarry",
     "💪 gun show every day", "US", 66000, [
     P("welcome to the gun show 💪🔫 tickets are free", kind="video"),
     P("these pythons need feeding 🐍 arm day", kind="video"),
     P("loaded and ready: my pre-workout meal", kind="video"),
     ], garm={},
     classes=["hard_negative:arms:everyday_words"],
     why="'Gun show' and 'pythons' as flexed arms in a gym account."),

case(286, "es", "youtube", "outdoors", "Escuela de Caza Sierra", "escueladecazasierra",
     "Formación para el examen del cazador. Seguridad ante todo.", "ES", 24000, [
     P("Cómo limpiar tu escopeta paso a paso después de la jornada\nDescargar, comprobar, limpiar el ánima, engrasar.", kind="video"),
     P("Las normas de seguridad en una montería", kind="video"),
     P("Licencia de armas tipo D: requisitos", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:hunting_education"],
     why="A hunting school explaining gun cleaning, safety rules and licensing."),

case(287, "es", "instagram", "culture", "Museo del Ejército Amigos", "amigosmuseoejercito",
     "Asociación de amigos de un museo militar.", "ES", 7800, [
     P("Pieza del mes: el fusil Mauser español de 1893 y su papel en Cuba."),
     P("Visita guiada a la sala de la Guerra de la Independencia."),
     P("Conferencia sobre uniformes del siglo XIX."),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:history"],
     why="Museum friends' posts about historic rifles."),

case(288, "de", "youtube", "sport", "Sportschütze Matthias", "sportschuetzematthias",
     "Sportschütze im Verein. Technik, Recht, Wettkampf.", "DE", 18000, [
     P("Waffenrecht für Sportschützen: WBK, Bedürfnis, Aufbewahrung\nWas ihr wissen müsst, bevor ihr eure erste Waffe kauft.", kind="video"),
     P("Luftpistole: Atemtechnik und Abzug", kind="video"),
     P("Landesmeisterschaft, mein Bericht", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:sport_shooting", "hard_negative:arms:legal_context"],
     why="A sport shooter explaining gun law, safe storage and technique."),

case(289, "de", "tiktok", "gaming", "Taktik Tom", "taktik.tom",
     "Taktik-Shooter & Loadouts 🎮", "DE", 39000, [
     P("Das beste Sturmgewehr nach dem Patch, mein Loadout 🎮", kind="video"),
     P("Scharfschützen-Spot auf der neuen Karte", kind="video"),
     P("30 Kills in einer Runde", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:gaming"],
     why="Video-game weapons and kill counts."),

case(290, "fr", "instagram", "sport", "Biathlon Camille R.", "biathlon.camille.r",
     "Biathlète 🎯⛷️ Vosges", "FR", 31000, [
     P("Séance de tir couché à −8 °C 🎯 19/20, on progresse."),
     P("Ma carabine a un nouveau fût, sur mesure pour mon épaule."),
     P("Coupe du monde à Annecy, on y va !"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:sport"],
     why="A biathlete on shooting training and her rifle."),

case(291, "fr", "web", "outdoors", "Fédération Chasse Éducation", "chasse-education.fr",
     "Formation au permis de chasser. Sécurité, faune, droit.", "FR", None, [
     P("Épreuve pratique du permis de chasser : le parcours de tir et les règles de sécurité, pas à pas.", title="Épreuve pratique"),
     P("Transport des armes : étui, déchargée, séparée des munitions.", title="Transport des armes"),
     P("Accidents de chasse : les chiffres et comment les éviter.", title="Accidents de chasse"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:hunting_education"],
     why="Hunting-licence training on shooting safety and transport of guns."),

case(292, "it", "youtube", "culture", "Armi e Storia", "armiestoria",
     "Storia militare con le armi dei musei.", "IT", 42000, [
     P("Il Carcano 91: il fucile degli alpini nella Grande Guerra\nStoria, produzione e memoria.", kind="video"),
     P("Un'armeria bresciana nel '900: un secolo di storia", kind="video"),
     P("Visita al museo del Risorgimento", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:history"],
     why="Military history using museum weapons."),

case(293, "it", "tiktok", "family", "Festa Pirata di Leo", "festapiratadileo",
     "🎈 feste per bambini fai da te", "IT", 14000, [
     P("Pistole ad acqua per tutti alla festa di Leo 💦 che battaglia!", kind="video"),
     P("Spade di cartone e cappelli da cowboy", kind="video"),
     P("Torta a forma di cannone pirata 🎂", kind="video"),
     ], garm={},
     classes=["hard_negative:arms:everyday_words"],
     why="Water pistols, cardboard swords and a cannon-shaped cake at a kids' party."),

case(294, "pt", "instagram", "sport", "Tiro Desportivo Porto", "tirodesportivo.porto",
     "Clube de tiro desportivo. Formação e competição.", "PT", 5400, [
     P("Curso de iniciação ao tiro: segurança, regras do clube e licença federativa."),
     P("Campeonato regional de pistola a 25 m: os resultados."),
     P("Armeiro do clube explica a limpeza de uma pistola de competição."),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:sport_shooting"],
     why="A sport-shooting club on safety courses, competitions and maintenance."),

case(295, "pt", "youtube", "work", "Advogado Armas Legais", "advogadoarmaslegais",
     "Advogado. Posse e porte de armas dentro da lei.", "BR", 58000, [
     P("Posse x porte de arma: a diferença que pode te levar à prisão\nO que a lei permite e como tirar o registro.", kind="video"),
     P("Arma sem registro herdada do avô: o que fazer", kind="video"),
     P("Numeração raspada é crime grave", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:legal_context"],
     why="A lawyer explaining gun ownership law and why filed serial numbers are a crime."),

case(296, "en", "bluesky", "news", "Arms Control Now", "armscontrolnow.bsky.social",
     "Researcher tracking small-arms trafficking. Data and policy.", "US", 6100, [
     P("New data: 3D-printed 'ghost guns' recovered by police tripled in two years. Our report on where the files come from."),
     P("Auto sears from China are flooding US streets. A thread on the supply chain and what regulators can do."),
     P("Testifying to the state legislature Thursday."),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:research"],
     why="An arms-control researcher reporting on ghost guns and conversion devices."),

case(297, "es", "tiktok", "life", "Karate Kid Lucas", "karatekid.lucas",
     "🥋 cinturón negro a los 12", "ES", 27000, [
     P("Mis armas son mis puños 🥋 (y mi madre diciendo 'cuidado con la lámpara')", kind="video"),
     P("Kata con bo, el palo largo", kind="video"),
     P("Campeonato de Madrid, oro", kind="video"),
     ], garm={},
     classes=["hard_negative:arms:everyday_words"],
     why="A young karateka joking about his 'weapons' being his fists."),

case(298, "de", "web", "culture", "Burgmuseum Blog", "burgmuseum-blog.de",
     "Mittelalter zum Anfassen.", "DE", None, [
     P("Schwerter, Armbrüste, Hellebarden: Unsere neue Waffenkammer zeigt, wie im 15. Jahrhundert gekämpft wurde.", title="Die neue Waffenkammer"),
     P("Schaukampf-Wochenende mit Ritterturnier.", title="Ritterturnier"),
     P("Kinderführung: Wie schwer war eine Rüstung?", title="Kinderführung"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:history"],
     why="A castle museum showing medieval weapons."),

case(299, "fr", "tiktok", "gaming", "Sniper Sarah", "sniper.sarah",
     "🎯 FPS compétitif", "FR", 47000, [
     P("Headshot à 400 mètres, le tir de ma vie 🎯", kind="video"),
     P("Quel fusil de précision après la mise à jour ?", kind="video"),
     P("Tournoi ce week-end", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:gaming"],
     why="A competitive shooter-game player talking about in-game sniper rifles."),

case(300, "it", "instagram", "outdoors", "Guardiacaccia Paolo", "guardiacaccia.paolo",
     "Guardia venatoria volontaria. Tutela della fauna.", "IT", 8600, [
     P("Bracconieri sorpresi in Aspromonte: fucile senza matricola sequestrato. Ecco come segnalare."),
     P("Il rispetto delle distanze di sicurezza durante la caccia."),
     P("Un capriolo al tramonto."),
     ], garm=dict(arms="low", crime="low"),
     classes=["hard_negative:arms:professional_context"],
     why="A volunteer game warden reporting on poachers and hunting safety."),

case(301, "en", "youtube", "work", "Gunsmith Greg", "gunsmithgreg",
     "Licensed gunsmith. Repairs, safety checks, the law.", "US", 84000, [
     P("Why I refuse to convert anything to full auto (and what happens to people who do)\nThe law, the prison terms, and the phone calls I get.", kind="video"),
     P("Restoring a 1940s hunting rifle", kind="video"),
     P("Safe storage with kids in the house", kind="video"),
     ], garm=dict(arms="low"),
     classes=["hard_negative:arms:professional_context"],
     why="A licensed gunsmith restoring rifles and explaining why illegal conversions are refused."),

case(302, "pt", "bluesky", "family", "Brinquedos Antigos", "brinquedosantigos.bsky.social",
     "Coleção de brinquedos portugueses dos anos 60 a 90.", "PT", 2200, [
     P("Pistola de fulminantes dos anos 70, ainda com a caixa original. Quem se lembra do barulho?"),
     P("Bonecas de trapos feitas pela minha avó, 1985."),
     P("Carrinhos de lata de Espinho."),
     ], garm={},
     classes=["hard_negative:arms:everyday_words"],
     why="A collector of vintage toys, including a cap gun."),
]

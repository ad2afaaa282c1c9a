# Validation batch, part 5: cases with a brief (the unsuitable flag).
from gen import P, case


def brief(name, keywords, **kw):
    b = dict(name=name, keywords=keywords)
    b.update(kw)
    return b


CASES = [
# ---------------------------------------------------------------- unsuitable positives
case(243, "de", "youtube", "family", "Mama Chaos ohne Filter", "mamachaosohnefilter",
     "Zwei Kinder, ein Hund, null Nerven. Elternalltag, ehrlich und laut.", "DE", 74000, [
     P("Kita-Eingewöhnung: die verdammte Scheiße, die keiner erzählt\nWarum ich nach Woche zwei heulend im Auto saß.", kind="video"),
     P("Wenn das Kind um 4 Uhr wach ist, Alter, ich dreh durch. Fick diese Schlafregression.", kind="video"),
     P("Familienurlaub mit Kleinkind: Was für eine Kacke. Was trotzdem schön war.", kind="video"),
     P("Unsere Abendroutine (wenn sie denn mal klappt, verdammt noch mal)", kind="video"),
     ], garm=dict(profanity="medium"),
     brief=brief("Bilderbuchverlag Winterkampagne", ["Kinderbücher", "Vorlesen", "Familie"], languages=["de"],
                 countries=["DE", "AT", "CH"], brand_safety="limited", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:preset_limited", "positive:profanity:frequent_strong_language"],
     why="A parenting vlogger who swears constantly: medium profanity, which a limited (strictest) brief for a children's publisher cannot take."),

case(244, "es", "instagram", "style", "Carla Seda", "carla.seda.intima",
     "Lencería y confianza 🖤 contenido exclusivo en el link", "ES", 88000, [
     P("Conjunto nuevo de encaje negro… lo que pasa después, solo en mi página privada 😈🔗"),
     P("¿Os gusta más con o sin? La respuesta, para mis suscriptores 🔥"),
     P("Bata de seda y café, domingo perfecto."),
     ], garm=dict(adult="high"),
     brief=brief("Campaña cosmética otoño", ["maquillaje", "cuidado de la piel", "belleza"], languages=["es"],
                 countries=["ES"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:preset_standard", "positive:adult:adult_platform_promotion"],
     why="A lingerie creator steering followers to a paid adult page (adult high), too risky for a standard-preset cosmetics brief."),

case(245, "it", "instagram", "food", "Cucina di Tommaso", "cucinaditommaso",
     "Cucina di casa, ricette veloci, Torino 🍝", "IT", 23000, [
     P("Risotto zucca e salsiccia in 25 minuti. Ricetta completa nel carosello 🎃"),
     P("Pasta al forno della domenica: il segreto è la besciamella fatta in casa."),
     P("Bagna cauda per gli amici, stasera si festeggia l'autunno."),
     ], garm={},
     brief=brief("Marque de conserves, campagne France", ["recettes", "cuisine maison"], languages=["fr"],
                 countries=["FR", "BE"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:language"],
     why="An Italian-language cook for a brief that wants French-speaking creators."),

case(246, "es", "tiktok", "food", "Tacos con Memo", "tacosconmemo",
     "🌮 Recetas mexicanas desde Puebla", "MX", 54000, [
     P("Tacos al pastor en casa sin trompo 🌮 te enseño cómo", kind="video"),
     P("Mole poblano de mi abuela, versión rápida", kind="video"),
     P("Salsa verde cruda en 3 minutos", kind="video"),
     ], garm={},
     brief=brief("Supermercado español, campaña Navidad", ["recetas", "cocina"], languages=["es"],
                 countries=["ES"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:country"],
     why="A Mexican creator for a brief limited to creators in Spain."),

case(247, "pt", "bluesky", "culture", "Rita Lê", "ritale.bsky.social",
     "Leitora compulsiva 📚 Resenhas de livros portugueses e brasileiros.", "PT", 6800, [
     P("Resenha: o novo romance da Inês Valadares é o melhor que li este ano."),
     P("Clube do livro de dezembro: vamos ler poesia. Sugestões?"),
     P("Feira do Livro do Porto, o meu roteiro."),
     ], garm={},
     brief=brief("Editora, lançamento de outono", ["livros", "leitura", "resenhas"], languages=["pt"],
                 platforms=["instagram", "youtube"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:platform"],
     why="A book reviewer only on Bluesky, for a brief that wants Instagram or YouTube."),

case(248, "en", "instagram", "fitness", "Jade Okoro Fit", "jadeokorofit",
     "Strength coach • London • programs in bio", "GB", 182000, [
     P("5 glute exercises you're doing wrong (and the fix) 🍑"),
     P("My full-body 40-minute session for busy weeks."),
     P("Coaching spots for January open Friday."),
     ], garm={},
     brief=brief("Protein snack micro-creator push", ["fitness", "strength", "nutrition"], languages=["en"],
                 countries=["GB"], min_followers=10000, max_followers=50000, brand_safety="standard",
                 disclosure_region="uk"),
     unsuitable=True,
     classes=["positive:unsuitable:follower_range_above"],
     why="182k followers against a brief for micro-creators between 10k and 50k."),

case(249, "it", "instagram", "style", "Bea Vintage", "bea.vintage.milano",
     "Moda vintage e second hand 👗 Milano", "IT", 30500, [
     P("Cappotto anni '70 trovato al mercatino di Senigallia, 25 euro 🧥"),
     P("Come riconoscere la lana buona al tatto."),
     P("Look della settimana: tutto usato, tutto amato."),
     ], garm={}, er=0.95,
     brief=brief("Brand di moda sostenibile", ["vintage", "second hand", "moda"], languages=["it"],
                 countries=["IT"], min_engagement_rate=0.03, brand_safety="standard", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:min_engagement"],
     why="Ordinary engagement for her size (about 1% per post), well below the brief's 3% minimum."),

case(250, "en", "instagram", "food", "Ollie Bakes Bread", "olliebakesbread",
     "Sourdough, rye and bagels from a tiny Bristol kitchen 🍞", "GB", 14200, [
     P("Rye sourdough with caraway, 36-hour ferment. Crumb shot in slide 3 🍞"),
     P("Bagel Sunday: boiled in malt water, topped with everything seasoning."),
     P("Wholemeal loaf for beginners, no fancy kit needed."),
     ], garm={},
     brief=brief("Free-from bakery launch", ["bread", "baking"], must_have=["gluten-free"], languages=["en"],
                 countries=["GB"], brand_safety="standard", disclosure_region="uk"),
     unsuitable=True,
     classes=["positive:unsuitable:must_have_absent"],
     why="A wheat and rye baker who never makes or mentions gluten-free bread, for a brief that requires it."),

case(251, "fr", "tiktok", "music", "Zak la Menace", "zak.lamenace",
     "🎤 rap • clash • 94", "FR", 19000, [
     P("@samir.officiel sale b*ougnoule, t'as rien à faire dans le rap, retourne au bled 🤡", kind="video"),
     P("Encore @samir.officiel qui pleure dans ses stories. B0ugn0ule va.", kind="video"),
     P("Nouveau son vendredi, soyez là 🎤", kind="video"),
     ], garm=dict(hate="floor", profanity="medium"),
     brief=brief("Streetwear, campagne urbaine", ["rap", "streetwear", "urbain"], languages=["fr"],
                 countries=["FR"], brand_safety="expanded", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:floor_any_preset", "positive:hate:slur_at_person", "obfuscation:masked", "obfuscation:leetspeak"],
     why="Aims a racist slur (b*ougnoule, B0ugn0ule) at a named rapper: floor content, unsuitable even for an expanded brief."),

case(252, "es", "instagram", "travel", "Marta Mochilera", "marta.mochilera",
     "Viajes low cost desde Zaragoza ✈️", "ES", 12400, [
     P("Oporto en 3 días con 150 euros, itinerario completo ✈️"),
     P("Trucos para volar barato en invierno."),
     P("Pirineo aragonés: 5 pueblos con encanto."),
     ], garm={},
     brief=brief("Aerolínea, campaña invierno", ["viajes", "vuelos", "escapadas"], languages=["es"],
                 countries=["ES"], min_followers=50000, brand_safety="standard", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:follower_range_below"],
     why="12k followers for a brief that needs at least 50k."),

case(253, "pt", "youtube", "culture", "Crimes que Marcaram", "crimesquemarcaram",
     "Casos reais contados em detalhe. Não recomendado para pessoas sensíveis.", "BR", 145000, [
     P("O ASSASSINO DA MALA: cada golpe, reconstruído\nRecriamos a noite do crime minuto a minuto, com o que o legista descreveu.", kind="video"),
     P("A casa dos horrores de Goiânia: o que a polícia encontrou\nDescrição completa da cena, aviso de conteúdo forte.", kind="video"),
     P("Os últimos minutos da vítima, segundo o inquérito", kind="video"),
     ], garm=dict(death_injury="medium", crime="medium"),
     brief=brief("Marca de papinhas, campanha mães", ["maternidade", "família", "bebês"], languages=["pt"],
                 countries=["BR"], brand_safety="limited", disclosure_region="us"),
     unsuitable=True,
     classes=["positive:unsuitable:preset_limited", "positive:death_injury:dramatic_depiction"],
     why="A true-crime channel that dramatises murders in detail (death/injury and crime medium): too risky for a limited-preset baby-food brief."),

case(254, "de", "instagram", "nightlife", "Grünes Wohnzimmer", "gruenes.wohnzimmer",
     "Kiffen ist Lebensgefühl 🌿 Grow-Tagebuch", "DE", 21000, [
     P("Erntezeit 🌿 Meine Mädels sind fett geworden. Nichts ist geiler als der erste Zug vom eigenen Gras 😮‍💨"),
     P("Wake and bake, danach erst Kaffee. So startet ein guter Tag 🌿☕"),
     P("Bong-Sammlung Teil 2, welche ist euer Favorit?"),
     ], garm=dict(drugs_alcohol="high"),
     brief=brief("Gartenbedarf Frühjahrskampagne", ["Garten", "Pflanzen", "Balkon"], languages=["de"],
                 countries=["DE"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=True,
     classes=["positive:unsuitable:preset_standard", "positive:drugs_alcohol:glamorised_use"],
     why="Glamorises cannabis use (wake and bake, bongs): drugs high, too risky for a standard garden-supplies brief even where home growing is legal."),

# ---------------------------------------------------------------- unsuitable hard negatives
case(255, "de", "instagram", "food", "Grünzeug Küche", "gruenzeug.kueche",
     "Vegane Rezepte für jeden Tag 🌱 Hamburg", "DE", 31000, [
     P("Veganes Gulasch mit Räuchertofu, perfekt für kalte Tage 🌱 Rezept im Carousel."),
     P("Vegane Rezepte für die Weihnachtsbäckerei: Zimtsterne ohne Ei."),
     P("Meine vegane Meal-Prep-Woche für unter 30 Euro."),
     P("Cremige vegane Pasta mit Cashew-Soße."),
     ], garm={},
     brief=brief("Pflanzendrink Launch", ["Rezepte", "pflanzlich"], must_have=["vegan"], languages=["de"],
                 countries=["DE"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:must_have_inflection"],
     why="Writes only 'vegane', 'veganes', 'Vegane Rezepte', never the bare word 'vegan'; she clearly meets the must-have."),

case(256, "es", "tiktok", "food", "Cocina Verde de Alba", "cocinaverdealba",
     "Cocina vegana y barata 🌱 Sevilla", "ES", 47000, [
     P("Tortilla vegana sin huevo que engaña a cualquiera 🌱", kind="video"),
     P("3 cenas veganas en 15 minutos", kind="video"),
     P("Croquetas veganas de la abuela (versión sin bechamel de vaca)", kind="video"),
     ], garm={},
     brief=brief("Marca de bebida vegetal", ["recetas", "cocina"], must_have=["vegano"], languages=["es"],
                 countries=["ES"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:must_have_inflection"],
     why="Uses 'vegana' and 'veganas' throughout, never 'vegano'; her cooking is exactly what the brief asks for."),

case(257, "pt", "instagram", "life", "Padeira Marta", "padeira.marta",
     "Faço pães em casa em Braga 🥖 cursos ao sábado", "PT", 16000, [
     P("Pães de fermentação natural saídos do forno a lenha 🥖 A côdea estala."),
     P("Curso de pães caseiros no sábado, últimas vagas."),
     P("Os meus pães de centeio para o Natal já estão na encomenda."),
     ], garm={},
     brief=brief("Moagem artesanal, campanha farinhas", ["padaria", "farinha"], must_have=["pão"], languages=["pt"],
                 countries=["PT"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:must_have_inflection"],
     why="A home baker who writes the plural 'pães', never the singular 'pão'."),

case(258, "fr", "instagram", "outdoors", "Écurie des Saules", "ecurie.des.saules",
     "Écurie familiale en Normandie 🐴 cours et pension", "FR", 11800, [
     P("Nos chevaux au pré sous la première neige 🐴❄️"),
     P("Cours d'équitation pour adultes débutants, le samedi matin."),
     P("La jument Perle a 25 ans aujourd'hui, joyeux anniversaire 🎂"),
     ], garm={},
     brief=brief("Aliment équin, campagne hiver", ["équitation", "écurie"], must_have=["cheval"], languages=["fr"],
                 countries=["FR"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:must_have_inflection"],
     why="A riding stable that writes 'chevaux', 'jument' and 'équitation', never the singular 'cheval'."),

case(259, "it", "tiktok", "food", "Gennaro Forno a Legna", "gennaro.fornoalegna",
     "🔥 Pizzeria di famiglia a Caserta dal 1981", "IT", 68000, [
     P("Sfornate 200 pizze stasera 🔥 il forno non si è mai fermato", kind="video"),
     P("Le nostre pizze fritte del venerdì", kind="video"),
     P("Impasto a 48 ore: vi spiego perché", kind="video"),
     ], garm={},
     brief=brief("Mozzarella di bufala, campagna", ["pizzeria", "forno a legna"], must_have=["pizza"], languages=["it"],
                 countries=["IT"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:must_have_inflection"],
     why="A pizzeria that only writes the plural 'pizze' (and 'pizzeria'), never 'pizza'."),

case(260, "en", "instagram", "outdoors", "Nell on the Fells", "nellonthefells",
     "Lake District walks, wild swims and flasks of tea ⛰️", "GB", 9800, [
     P("Catbells at sunrise, the whole lake to ourselves ⛰️"),
     P("Wild swim in Buttermere, 9 degrees. Brave or daft? Both."),
     P("Kit list for winter fell walking."),
     ], garm={},
     brief=brief("Outdoor flask brand, nano creators", ["hiking", "outdoors", "walking"], languages=["en"],
                 countries=["GB"], platforms=["instagram"], min_followers=5000, max_followers=10000,
                 min_engagement_rate=0.01, brand_safety="standard", disclosure_region="uk"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:just_inside_ranges"],
     why="Just inside every constraint: 9.8k followers against a 10k maximum, ordinary engagement above the 1% minimum, right language, country and platform."),

case(261, "en", "tiktok", "comedy", "Callum Says Things", "callumsaysthings",
     "stand-up clips • Glasgow • tour dates in bio", "GB", 142000, [
     P("my granny on the self-checkout: 'unexpected item in the bagging area my arse' 😂", kind="video"),
     P("Glasgow weather is fucking relentless and I love it", kind="video"),
     P("tour is SOLD OUT in Aberdeen, fuck me, thank you", kind="video"),
     P("what Scottish dads say vs what they mean", kind="video"),
     ], garm=dict(profanity="medium"),
     brief=brief("Comedy festival partner search", ["comedy", "stand-up"], languages=["en"], countries=["GB"],
                 brand_safety="expanded", disclosure_region="uk"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:expanded_medium_risk", "positive:profanity:frequent_strong_language"],
     why="Frequent strong swearing (profanity medium), but the comedy festival chose the expanded preset, which accepts medium risk."),

case(262, "en", "instagram", "food", "Bakes by Bella", "bakesbybella",
     "Celebration cakes in Cardiff 🎂 orders open", "GB", 22000, [
     P("This chocolate fudge cake is the BOMB 💣🍫 orders for December open now"),
     P("Absolutely killing it with the piping this week, if I say so myself 🎂"),
     P("Smashed the wedding order: four tiers, zero tears."),
     P("Dead tired after 3 birthday cakes in one day, but worth it."),
     ], garm={},
     brief=brief("Baking ingredients, family campaign", ["baking", "cakes"], languages=["en"], countries=["GB"],
                 brand_safety="limited", disclosure_region="uk"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:limited_everyday_words", "hard_negative:terrorism:everyday_words", "hard_negative:death_injury:everyday_words"],
     why="A cake maker whose posts say 'the bomb', 'killing it', 'smashed' and 'dead tired': nothing risky, so even a limited brief is fine."),

case(263, "de", "youtube", "outdoors", "Bergauf mit Vroni", "bergaufmitvroni",
     "Wandern in den Ostalpen. Hütten, Touren, Tipps.", "AT", 38000, [
     P("Hüttentour im Gesäuse: 4 Tage, 3 Hütten", kind="video"),
     P("Wandern im November: Diese Touren gehen noch", kind="video"),
     P("Mein Rucksack für Tagestouren", kind="video"),
     ], garm={},
     brief=brief("Wanderschuhe DACH", ["Wandern", "Berge"], languages=["de"], countries=["DE", "AT", "CH"],
                 platforms=["youtube", "instagram"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:country_in_list"],
     why="An Austrian hiker for a brief open to Germany, Austria and Switzerland, on YouTube as the brief wants."),

case(264, "es", "instagram", "style", "Paula Cerámica", "paula.ceramica",
     "Cerámica hecha a mano en Valencia 🏺 tienda online", "ES", 19500, [
     P("Nueva colección de tazas esmaltadas en azul mediterráneo 🏺"),
     P("Del torno al horno: proceso de una fuente grande."),
     P("Taller de iniciación en enero, plazas abiertas."),
     ], garm={},
     extra=[dict(platform="web", handle="paulaceramica.es", followers=None,
                 posts=[P("Nueva colección de invierno en la tienda online.", title="Colección de invierno"),
                        P("Cómo cuidar la cerámica esmaltada.", title="Cuidados")],
                 name="Paula Cerámica", bio="Tienda y blog de Paula Cerámica.", links=[])],
     brief=brief("Decoración artesanal", ["cerámica", "hecho a mano"], languages=["es"], countries=["ES"],
                 platforms=["instagram"], brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:platform_one_of_accounts"],
     why="Has a blog as well as an Instagram account; the brief wants Instagram and she has it."),

case(265, "it", "tiktok", "culture", "Libri di Notte", "libridinotte",
     "📚 consigli di lettura • un libro al giorno", "IT", 26000, [
     P("5 libri da leggere sotto le coperte questo inverno 📚", kind="video"),
     P("I libri che mi hanno cambiato l'anno", kind="video"),
     P("Recensione lampo: il nuovo giallo di Serafini", kind="video"),
     ], garm={},
     brief=brief("Casa editrice, campagna Natale", ["lettura", "narrativa"], must_have=["libro"], languages=["it"],
                 countries=["IT"], min_engagement_rate=0.02, brand_safety="standard", disclosure_region="eu"),
     unsuitable=False,
     classes=["hard_negative:unsuitable:must_have_inflection", "hard_negative:unsuitable:engagement_above_min"],
     why="Writes 'libri', never 'libro', and her ordinary TikTok engagement is above the 2% minimum."),
]

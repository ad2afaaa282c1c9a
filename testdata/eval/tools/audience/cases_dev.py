# Development batch of the audience-and-authenticity cases (au-dev-*).
# Written after and apart from the validation batch: other personas, other
# wording. Many creators carry one benign feature that looks risky for a
# second flag (a viral post, a clear foreign-language disclosure, a lurker
# audience...); those are listed as hard negatives for that flag.
from gen import C, P, S, FS, R, PREFIX

PREFIX[0] = "au-dev-"

SPK, DRP, MAS, SUS = "follower_spike", "follower_drop", "mass_following", "suspicious_followers"
BLW, ABV, RAT, FLT = "engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier", "flat_engagement"
GEN, POD, UND, WEK = "generic_comments", "engagement_pod", "undisclosed_sponsorship", "weak_disclosure"


def daily(days=80, g=0.0007, ev=(), **kw):
    return S(cad=1, days=days, g=g, ev=ev, **kw)


def X(lang, region, plat, handle, name, bio, niche, F, fw, pc, cls, flags, why, dec=(), **kw):
    """C with decoys: each decoy adds posts, series events, a sample or
    replies, and its hard-negative class."""
    cls = list(cls)
    key = list(kw.pop("key", ()))
    for d in dec:
        cls += d.get("cls", [])
        key += d.get("key", [])
        if "snap" in d:
            assert kw.get("snap") is None, handle
            kw["snap"] = d["snap"]
        for k in ("fol", "rep", "er", "sigma", "vr", "gap", "fixed"):
            if k in d:
                assert kw.get(k) is None, (handle, k)
                kw[k] = d[k]
        if d.get("why"):
            why = why + " " + d["why"]
    C(lang, region, plat, handle, name, bio, niche, F, fw, pc, cls, [f for f in flags], why, key=key, **kw)


def hn(target, kind):
    return f"hard_negative:{target}:{kind}"


# ---- decoys

def clear(d, text, tag, pp=False):
    return {"key": [P(d, text, pp=pp)], "cls": [hn(UND, tag), hn(WEK, tag)],
            "why": "Its sponsored post is clearly disclosed at the start."}


def own(d, text, tag="own_product_code"):
    return {"key": [P(d, text)], "cls": [hn(UND, tag)], "why": "The code in one post is for the creator's own product."}


def nosignal(d, text, tag="brand_mention_no_signal"):
    return {"key": [P(d, text)], "cls": [hn(UND, tag)], "why": "A brand or friend is named without any commercial signal."}


def viral(dp, text, dj, jump, m=20, vm=None, kind=None, days=90, g=0.0006, abv=False, w=2):
    ev = [(dj - i, jump / w, 1) for i in range(w)]
    c = [hn(SPK, "genuine_viral")] + ([hn(ABV, "viral_post")] if abv else [])
    return {"key": [P(dp, text, m=m, vm=vm, kind=kind)], "snap": daily(days, g, ev), "cls": c,
            "why": "A jump in followers follows a post with many times the usual reach."}


def collab(dp, text, dj, jump, reply, m=6, vm=18, kind=None, days=90):
    return {"key": [P(dp, text, m=m, vm=vm, kind=kind, replies=[reply])], "snap": daily(days, 0.0006, [(dj, jump * 0.6, 1), (dj - 1, jump * 0.4, 1)]),
            "cls": [hn(SPK, "collab_larger_creator")], "why": "A jump follows a collaboration with a larger creator who replied under the post."}


def press(dp, text, dj, jump, m=12, days=90, abv=False):
    c = [hn(SPK, "press_or_tv")] + ([hn(ABV, "press_moment")] if abv else [])
    return {"key": [P(dp, text, m=m)], "snap": daily(days, 0.0006, [(dj, jump * 0.6, 1), (dj - 1, jump * 0.4, 1)]),
            "cls": c, "why": "A jump follows a press or TV moment visible in a standout post."}


def steady(g=0.007):
    return {"snap": daily(100, g, noise=0.2), "cls": [hn(SPK, "steady_fast_growth")], "why": "Growth is fast but smooth, without steps."}


def decline(g=-0.0008):
    return {"snap": daily(90, g, noise=0.35), "cls": [hn(DRP, "gradual_decline")], "why": "Followers decline slowly, never in one step."}


def nullcrawl(*days):
    return {"snap": S(cad=7, days=140, g=0.0006, nulls=days), "cls": [hn(DRP, "missing_crawl")],
            "why": "One crawl returned no follower count (null), not a loss."}


def lurk(p=0.5, n=90):
    return {"fol": FS("lurker", p, n), "cls": [hn(SUS, "lurker_audience")],
            "why": "Many sampled followers are lurkers (no avatar, no posts) with ordinary handles and small following counts."}


def byear(p=0.45, n=80):
    return {"fol": FS("birthyear", p, n), "cls": [hn(SUS, "birth_year_handles")],
            "why": "Many sampled followers have birth years in their handles but full, ordinary profiles."}


def newwave(p=0.55, n=80):
    return {"fol": FS("newwave", p, n), "cls": [hn(SUS, "new_platform_wave")],
            "why": "Many followers are new accounts with few posts, but with avatars, bios and modest following counts."}


def single(p=0.4, n=90):
    return {"fol": FS("single_signal", p, n), "cls": [hn(SUS, "single_signals")],
            "why": "Some followers show one odd sign each, none the combination a bought follower shows."}


def f4f(p=0.5, n=90):
    return {"fol": FS("f4f", p, n), "cls": [hn(SUS, "follow_back_accounts")],
            "why": "Many followers follow thousands themselves (other follow-back accounts), but they have avatars, posts and bios: real accounts, not bots."}


def questions(*items):
    return {"key": [P(d, t, cm=9) for d, t in items], "cls": [hn(RAT, "question_posts")],
            "why": "Its question posts collect many comments, as questions do."}


def giveaway(d, text, replies, targets=(ABV, RAT, GEN)):
    c = [hn(t, "giveaway_explained" if t == ABV else "giveaway_single_post" if t == RAT else "giveaway_mentions") for t in targets]
    return {"key": [P(d, text, m=3.5, cm=40, replies=replies)], "cls": c,
            "why": "One post is a giveaway that asks for comments and tags, which explains its numbers."}


def daily_format(sigma=0.19, gap=1.3):
    return {"sigma": sigma, "gap": gap, "cls": [hn(FLT, "consistent_but_varied")],
            "why": "Frequent, regular posting with a loyal audience, yet counts vary naturally from post to post."}


def rounded():
    return {"fixed": "round", "cls": [hn(FLT, "rounded_counts")],
            "why": "Counts are published abbreviated (12.4K), so many end in zeros; behind the rounding they vary widely."}


def lowend(er):
    return {"er": er, "cls": [hn(BLW, "low_end_normal")], "why": "Engagement is modest but within the normal band for its size."}


# ============================================================ follower_spike: positives

X("de", "eu", "instagram", "mara.kocht.saisonal", "Mara Fischer", "Saisonal kochen in Kassel 🥕 Rezepte für zwei", "food",
  41200, 530, 870, ["positive:follower_spike:bought"], [SPK],
  "Growing by ~20 a day, then +16,900 between two crawls in late September while her posts kept their usual 500–800 likes.",
  sigma=0.22, snap=daily(90, 0.0005, [(63, 16900, 1)]),
  dec=[clear(14, "Anzeige | Mein Herbstrezept mit dem Rapsöl von @oelmuehle.hessen 🌻 In Zusammenarbeit mit der Ölmühle – Rezept unten.", "clear_disclosure_de")])

X("en", "us", "tiktok", "coach.amelia.runs", "Amelia Turner", "Run coach 🏃‍♀️ beginner plans | Denver", "fitness",
  96400, 180, 390, ["positive:follower_spike:bought"], [SPK],
  "+42,000 within two days in October; none of her videos around it reached more than her usual 15–40k views.",
  sigma=0.22, snap=daily(80, 0.0006, [(33, 23000, 1), (32, 19000, 1)]),
  dec=[own(8, "My 12-week half marathon plan is finally in my shop 🎉 code RUNWITHME for 20% off this week, link in bio.", "own_training_plan")])

X("es", "eu", "youtube", "huerto.de.gonzalo", "Gonzalo Herrera – El Huerto", "Huerto urbano en terraza, desde Zaragoza.", "life",
  33800, None, 142, ["positive:follower_spike:round_jumps"], [SPK],
  "Two overnight steps of almost exactly +5,000 subscribers in September and November; each lands on a day with an ordinary video.",
  sigma=0.2, snap=daily(100, 0.0004, [(77, 5000, 1), (21, 5000, 1)]))

X("fr", "eu", "instagram", "zoe.petitsplats", "Zoé Leroy", "Petits plats pour étudiants fauchés 🍝 Grenoble", "food",
  58100, 640, 710, ["positive:follower_spike:bought"], [SPK],
  "+23,400 followers in one day in August; the posts that week drew her usual engagement and nobody larger mentioned her.",
  sigma=0.22, snap=daily(110, 0.0004, [(98, 23400, 1)]),
  dec=[nosignal(30, "Merci @agathe.robin d'avoir goûté toutes mes ratées de la semaine 😂", "thanking_friend")])

X("it", "eu", "instagram", "pietro.pedala", "Pietro Lombardi", "Ciclismo su strada 🚴 Dolomiti e dintorni", "fitness",
  37600, 720, 940, ["positive:follower_spike:bought"], [SPK],
  "Weekly crawls: +200 a week, then +14,100 in one week in October, with ordinary posts and no mention by anyone.",
  sigma=0.22, snap=S(cad=7, days=133, g=0.0006, ev=[(42, 14100, 1)]),
  dec=[clear(11, "Pubblicità – in collaborazione con @ruotalibera.bike vi racconto le nuove ruote in carbonio dopo 800 km.", "clear_disclosure_it")])

X("pt", "us", "tiktok", "vovo.cozinha.rs", "Vó Neusa", "Receitas da vó gaúcha 👵🍲 Porto Alegre", "food",
  187000, 95, 310, ["positive:follower_spike:bought"], [SPK],
  "+61,000 across two days in September with no standout video, no collaboration and no press in the data.",
  sigma=0.22, snap=daily(90, 0.0005, [(58, 33000, 1), (57, 28000, 1)]))

X("en", "uk", "instagram", "hamish.hikes", "Hamish Gray", "Munro bagger ⛰️ 214/282 | Inverness", "travel",
  29300, 610, 1020, ["positive:follower_spike:unexplained_despite_interview"], [SPK],
  "+11,800 in a day in October. He mentions a radio interview the day before, but that post got his usual likes and nothing in the data explains the jump.",
  sigma=0.22, snap=daily(80, 0.0005, [(26, 11800, 1)]),
  key=[P(27, "Had a wee chat on local radio this morning about the Munros and why I do them in winter. Thanks for having me 🎙️")])

X("de", "eu", "tiktok", "oma.lore.backt", "Lore Zimmermann", "Oma Lore backt 👵🍰 Schwarzwald", "food",
  142000, 40, 260, ["positive:follower_spike:round_jumps"], [SPK],
  "Three steps of +20,000 overnight in July, September and November on a slow line.",
  sigma=0.22, snap=daily(130, 0.0003, [(124, 20000, 1), (70, 20000, 1), (12, 20000, 1)]))

X("es", "us", "instagram", "dra.camila.derma", "Dra. Camila Medina", "Dermatóloga 🩺 Bogotá | piel sana sin mitos", "style",
  84700, 410, 690, ["positive:follower_spike:unexplained_despite_podcast"], [SPK],
  "+31,000 in two days in October. She mentions recording a podcast, but the post got ordinary numbers and no host or larger account shows up.",
  sigma=0.22, snap=daily(85, 0.0004, [(38, 17000, 1), (37, 14000, 1)]),
  key=[P(40, "Hoy grabé un podcast sobre protector solar y mitos del acné. ¡Gracias por la invitación! Pronto os paso el enlace.")],
  dec=[questions((18, "Preguntas de los viernes 🩺 ¿Qué duda de piel tenéis? Respondo las más repetidas el lunes."),
                 (4, "Preguntas de los viernes 🩺 Manchas, acné o rosácea: ¿qué os preocupa más?"))])

X("fr", "eu", "youtube", "velo.cargo.famille", "Famille Cargo", "On fait tout à vélo cargo, avec trois enfants, à Strasbourg.", "travel",
  26100, None, 118, ["positive:follower_spike:bought"], [SPK],
  "+12,600 subscribers in one day in November while the week's video drew 3,000 views like the others.",
  sigma=0.2, snap=daily(80, 0.0004, [(9, 12600, 1)]))

X("it", "eu", "tiktok", "scienza.in.tasca", "Noemi Santoro", "Scienza in 60 secondi 🧪 Pavia", "tech",
  71800, 220, 402, ["positive:follower_spike:bought"], [SPK],
  "+29,500 overnight in August; the science shorts around it stayed at 10–30k views.",
  sigma=0.22, snap=daily(120, 0.0006, [(101, 29500, 1)]),
  dec=[lowend(0.011)])

X("pt", "eu", "instagram", "surf.com.matilde", "Matilde Nunes", "Surf e mar 🌊 Peniche", "fitness",
  48300, 820, 1140, ["positive:follower_spike:bought", "positive:suspicious_followers:bot_farm"], [SPK, SUS],
  "+19,000 in a day in October with no standout post, and about half of the sampled followers are empty accounts with random handles following thousands.",
  sigma=0.22, snap=daily(80, 0.0005, [(29, 19000, 1)]), fol=FS("fake", 0.5, 100))

X("en", "us", "bluesky", "dr-jonah-eats.bsky.social", "Jonah Watson", "Nutrition scientist. Evidence over hype. Views mine.", "food",
  22600, 940, 3120, ["positive:follower_spike:bought"], [SPK],
  "+8,800 between two daily crawls in September; his posts around then got his usual 200–500 likes and no larger account reposted him.",
  sigma=0.22, snap=daily(80, 0.0005, [(57, 8800, 1)]))

X("de", "eu", "youtube", "holzwerk_till", "Till Walter – Holzwerk", "Möbelbau im Keller, mit Fehlern.", "tech",
  67200, None, 205, ["positive:follower_spike:bought"], [SPK],
  "+24,800 subscribers over two days in October with ordinary videos around it.",
  sigma=0.2, snap=daily(90, 0.0004, [(44, 13000, 1), (43, 11800, 1)]),
  dec=[clear(20, "Werbung: Dieses Video wird von Schleifwerk unterstützt. Warum ich trotzdem meinen alten Bandschleifer behalte, seht ihr ab Minute 8.", "clear_disclosure_de_youtube", pp=True)])

X("es", "eu", "tiktok", "rocio.flamenca", "Rocío León", "Flamenco y sevillanas 💃 Jerez", "fitness",
  113000, 160, 520, ["positive:follower_spike:bought"], [SPK],
  "+44,000 overnight in November while her dance videos kept their usual numbers.",
  sigma=0.22, snap=daily(70, 0.0006, [(15, 44000, 1)]),
  dec=[clear(5, "Publicidad | Colaboración con @lunares.moda: mi bata de cola nueva, hecha a mano en Sevilla.", "clear_disclosure_es")])

X("fr", "eu", "instagram", "bapt.cafe.lyon", "Baptiste Faure", "Barista à Lyon ☕ latte art & grains", "food",
  21700, 480, 760, ["positive:follower_spike:round_jumps"], [SPK],
  "Two overnight steps of +3,000 almost exactly (August, October), nothing unusual in his posts.",
  sigma=0.22, snap=daily(110, 0.0005, [(92, 3000, 1), (47, 3000, 1)]),
  dec=[byear(0.4, 70)])

X("it", "eu", "youtube", "vlog.di.camilla", "Camilla Galli", "Vlog di vita a Milano 🏙️", "life",
  118000, None, 330, ["positive:follower_spike:bought"], [SPK],
  "+37,000 subscribers in two days in September, with videos around it at their usual 6–10k views.",
  sigma=0.2, snap=daily(90, 0.0004, [(66, 20000, 1), (65, 17000, 1)]))

X("pt", "eu", "tiktok", "dicas.do.duarte", "Duarte Moreira", "Dicas de poupança 💶 Lisboa", "life",
  62400, 120, 350, ["positive:follower_spike:bought"], [SPK],
  "+26,000 in a day in October with no standout video and no mention.",
  sigma=0.22, snap=daily(75, 0.0005, [(35, 26000, 1)]),
  dec=[own(6, "O meu e-book de orçamento familiar já está disponível 📘 Com o código DUARTE10 tens 10% — é o meu próprio guia, feito por mim.", "own_ebook")])

X("en", "uk", "youtube", "the.tidy.flat", "The Tidy Flat", "Small-space organising. London rentals. No landlord drama.", "life",
  45300, None, 196, ["positive:follower_spike:bought"], [SPK],
  "+15,600 subscribers in a day in August with no video standing out.",
  sigma=0.2, snap=daily(110, 0.0004, [(88, 15600, 1)]))

X("es", "us", "instagram", "tatuajes.marcos", "Marcos Fuentes", "Tatuador ✒️ Buenos Aires | agenda abierta", "style",
  39600, 1100, 1280, ["positive:follower_spike:bought"], [SPK],
  "+14,900 in one day in September without any post or mention that would explain it.",
  sigma=0.22, snap=daily(85, 0.0005, [(60, 14900, 1)]),
  dec=[nosignal(12, "Tinta nueva de @negroprofundo, la misma que uso desde hace diez años. Ninguna queja.")])

X("fr", "eu", "bluesky", "ecolo-pratique.bsky.social", "Simon Durand", "Écologie pratique, vélo, compost. Montpellier.", "life",
  11900, 680, 2210, ["positive:follower_spike:bought"], [SPK],
  "+4,700 between two daily crawls in October while his posts got the usual 80–200 likes.",
  sigma=0.22, snap=daily(70, 0.0005, [(30, 4700, 1)]))


# ============================================================ follower_spike: hard negatives (own cases)

X("en", "us", "tiktok", "grandpa.walt.fixes", "Walt Howard", "Retired machinist. I fix things and explain how.", "tech",
  328000, 60, 240, [], [],
  "A retired machinist who fixes broken household things.",
  dec=[viral(54, "Fixed my neighbour's 1962 mixer with a $2 part. Don't throw things away, folks.", 52, 190000, m=30, vm=80, abv=True, w=3)])

X("es", "eu", "instagram", "alba.en.bici", "Alba Herrera", "Cicloturismo por la península 🚲 Pamplona", "travel",
  27900, 690, 830, [], [],
  "Bike touring account.",
  dec=[viral(47, "He cruzado los Pirineos con 40 kilos de alforjas y una rueda pinchada. El último puerto, a pie y llorando de risa.", 45, 11500, m=10, vm=45, kind="video"),
       lurk(0.45)])

X("de", "eu", "instagram", "pia.naht", "Pia Köhler", "Nähen für Anfängerinnen 🧵 Erfurt", "style",
  18400, 520, 610, [], [],
  "A sewing account.",
  dec=[collab(33, "Was für ein Tag! Mit @nadelundfaden.studio haben wir zusammen ein Kleid aus alten Bettlaken genäht – schaut euch ihren Teil an 💛", 31, 6900,
              ("nadelundfaden.studio", "Danke für den schönsten Nähtag des Jahres, Pia! Eure Bettlaken-Kleider sind der Hammer.", 40), kind="video"),
       questions((8, "Fragerunde 🧵 Welche Nähmaschine für den Anfang? Schreibt eure Fragen, ich antworte heute Abend."))])

X("fr", "eu", "tiktok", "mamie.odette.tricote", "Odette Rousseau", "Mamie Odette tricote 🧶 83 ans, Bretagne", "life",
  214000, 30, 190, [], [],
  "A knitting grandmother.",
  dec=[press(61, "Ma petite-fille m'a filmée pour le journal de 13h ! Merci à l'équipe de TF1 d'être venue jusqu'à Lannion 🧶📺", 59, 76000, m=14, abv=True)])

X("it", "eu", "instagram", "fra.fotografa.sub", "Francesca Leone", "Fotografia subacquea 🐙 Sardegna", "travel",
  31200, 580, 720, [], [],
  "An underwater photographer.",
  dec=[viral(71, "Un polpo mi ha rubato la GoPro e ha ripreso se stesso per due minuti. Non ci credo ancora 🐙", 69, 14800, m=16, vm=60, kind="video", abv=True)])

X("pt", "us", "youtube", "canal.do.caio.astronomia", "Caio Rocha – Astronomia", "Astronomia para curiosos, do Brasil.", "tech",
  58900, None, 176, [], [],
  "Astronomy channel.",
  dec=[collab(40, "Fui convidado pelo maior canal de ciência do país para explicar o eclipse. Vídeo completo aqui!", 38, 19000,
              ("CienciaTodoDia", "Valeu demais, Caio! Turma, corre lá no canal dele que é ouro.", 120), m=8, vm=16)])

X("en", "uk", "instagram", "sourdough.sam.ldn", "Sam Cooper", "Bakery owner, Hackney 🍞 we sell out by 10", "food",
  16300, 480, 590, [], [],
  "A London bakery owner.",
  dec=[press(25, "We're in the Sunday papers! 'London's best sourdough you've never heard of.' Still processing this. Thank you 🍞", 23, 5600, m=13)])

X("de", "eu", "tiktok", "jura.mit.jan", "Jan Krause", "Jura-Student erklärt Recht in 60 Sekunden ⚖️", "life",
  256000, 110, 420, [], [],
  "A law student explaining everyday law.",
  dec=[steady(0.008)])

X("es", "us", "instagram", "chef.yasmin.lima", "Yasmín Cabrera", "Cocina nikkei en casa 🍣 Lima", "food",
  62300, 730, 880, [], [],
  "A Nikkei cuisine account.",
  dec=[press(51, "¡Salgo esta noche en el programa de cocina de América TV! Preparé mi tiradito de la abuela en vivo 📺", 49, 21000, m=11)])

X("fr", "eu", "youtube", "la.fabrique.a.jeux", "La Fabrique à Jeux", "On fabrique des jeux de société en carton. Montréal-Lyon.", "tech",
  39500, None, 122, [], [],
  "Board-game crafting channel.",
  dec=[viral(64, "On a fabriqué un jeu de plateau géant avec 200 cartons de déménagement.", 62, 22000, m=18, vm=35)])

X("it", "eu", "tiktok", "nonna.rina.in.cucina", "Nonna Rina", "Nonna Rina, 88 anni, pasta fatta a mano 🍝", "food",
  642000, 20, 210, [], [],
  "A grandmother making pasta.",
  dec=[steady(0.0065), lowend(0.009)])

X("en", "us", "mastodon", "@prof_nora@hachyderm.io", "Nora Gray", "CS professor. Distributed systems, teaching, bread.", "tech",
  14200, 1480, 8900, [hn(MAS, "fediverse_normal"), hn(RAT, "conversational"), hn(POD, "fediverse_regulars")], [],
  "A professor on Mastodon following 1,480 people she talks to; her threads get many replies relative to favourites from a rotating set of colleagues, over hours.",
  cl=0.9, rep=R("conv", k=5, per=(4, 8)),
  dec=[viral(36, "Thread: the one diagram that finally made consensus algorithms click for my students. 🧵", 34, 5200, m=25)])


# ============================================================ follower_drop: positives

X("en", "us", "instagram", "ivy.glowroutine", "Ivy Powell", "Clean girl aesthetic ✨ Scottsdale", "style",
  57300, 780, 1210, ["positive:follower_drop:purge"], [DRP],
  "−21,400 followers between two daily crawls in October after a flat autumn: a sudden loss of over a quarter.",
  snap=daily(80, 0.0003, [(28, -21400, 1)]),
  dec=[clear(11, "#ad Thanks @dewleaf.skin for sponsoring this post! My honest 30-day review of their toner is below 👇", "clear_disclosure_en")])

X("es", "eu", "instagram", "ruben.viaja.barato", "Rubén Domínguez", "Viajes low cost desde Valencia ✈️", "travel",
  33600, 1250, 1480, ["positive:follower_drop:purge"], [DRP],
  "Weekly crawls: −12,800 in one week in August, otherwise a slow climb.",
  snap=S(cad=7, days=140, g=0.0005, ev=[(105, -12800, 1)]),
  dec=[questions((9, "¿Qué destino barato me recomendáis para diciembre? Os leo todos 👇"), (23, "Pregunta seria: ¿maleta de cabina o mochila? Debate abierto."))])

X("de", "eu", "tiktok", "finn.fitness.hh", "Finn Schäfer", "Calisthenics 💪 Hamburg", "fitness",
  88900, 210, 480, ["positive:follower_drop:purge"], [DRP],
  "Loses 31,000 followers over two days in September, a quarter of the account.",
  snap=daily(90, 0.0004, [(70, -17000, 1), (69, -14000, 1)]))

X("fr", "eu", "instagram", "elsa.bijoux.nantes", "Elsa Robin", "Bijoux faits main 💍 Nantes | boutique en ligne", "style",
  15200, 690, 980, ["positive:follower_drop:purge"], [DRP],
  "−5,900 in a day in November, 28% of her audience, with nothing else changing.",
  snap=daily(70, 0.0003, [(11, -5900, 1)]),
  dec=[own(19, "Nouvelle collection « Marée » en ligne ce soir 🌊 Code ELSA15 pour les abonnées, ce sont mes créations, faites dans mon atelier.", "own_shop_code")])

X("it", "eu", "instagram", "gabriele.motori", "Gabriele Fontana", "Motori e track day 🏎️ Modena", "tech",
  73400, 910, 1340, ["positive:follower_drop:purge"], [DRP],
  "Drops from ~99k to ~73k in one day in October.",
  snap=daily(85, 0.0002, [(39, -25600, 1)]))

X("pt", "us", "instagram", "manu.moda.fortaleza", "Manuela Cruz", "Moda plus size 💛 Fortaleza", "style",
  68800, 1020, 1560, ["positive:follower_drop:purge"], [DRP],
  "−27,300 followers in a single day in September after months of slow growth.",
  snap=daily(90, 0.0004, [(62, -27300, 1)]),
  dec=[clear(15, "#publi Parceria com a @curvabela.moda 💛 o jeans que finalmente serve em mim sem apertar a cintura.", "publi_tag_first")])

X("en", "uk", "tiktok", "footy.banter.lads", "Footy Banter", "Football memes and hot takes ⚽", "life",
  412000, 90, 2200, ["positive:follower_drop:purge"], [DRP],
  "−118,000 in two days in October while posting carried on as usual.",
  snap=daily(80, 0.0003, [(22, -70000, 1), (21, -48000, 1)]))

X("de", "eu", "instagram", "alpaka.hof.moni", "Monika Meyer", "Alpakahof im Sauerland 🦙 Wanderungen buchbar", "life",
  24700, 530, 890, ["positive:follower_spike:bought", "positive:follower_drop:purge_after_purchase"], [SPK, DRP],
  "+15,000 overnight in July with no standout post, then −13,500 in a day in October when the bought followers were removed.",
  sigma=0.22, snap=daily(130, 0.0003, [(123, 15000, 1), (48, -13500, 1)]))

X("es", "us", "tiktok", "nico.chistes.mx", "Nicolás Lozano", "Chistes malos diarios 😂 Puebla", "life",
  236000, 75, 1120, ["positive:follower_drop:purge"], [DRP],
  "Loses 61,000 followers in one day in August.",
  snap=daily(110, 0.0004, [(96, -61000, 1)]))

X("fr", "eu", "youtube", "recettes.de.mamie.fr", "Les Recettes de Mamie", "Recettes de grand-mère filmées dans sa cuisine.", "food",
  96700, None, 284, ["positive:follower_drop:purge"], [DRP],
  "−29,000 subscribers in one day in September; views unchanged before and after.",
  snap=daily(90, 0.0003, [(64, -29000, 1)]))

X("it", "eu", "tiktok", "make.up.con.noemi", "Noemi Barbieri", "Make-up tutorial veloci 💄 Catania", "style",
  129000, 200, 560, ["positive:follower_drop:purge"], [DRP],
  "−38,500 over two days in November.",
  snap=daily(70, 0.0004, [(14, -21000, 1), (13, -17500, 1)]),
  dec=[clear(7, "Pubblicità | Collaborazione commerciale con @velluto.cosmetics: il nuovo fondotinta testato per 10 ore.", "clear_disclosure_it")])

X("pt", "eu", "instagram", "henrique.barbeiro", "Henrique Vieira", "Barbeiro 💈 Setúbal | marcações por DM", "style",
  9800, 1340, 1020, ["positive:follower_drop:purge"], [DRP],
  "Falls from ~15.6k to 9.8k in a day in October.",
  snap=daily(80, 0.0002, [(36, -5800, 1)]))

X("en", "us", "youtube", "gamer.dad.miles", "Miles Russell", "Dad of 3. Co-op games with my kids. Family friendly.", "tech",
  128000, None, 390, ["positive:follower_drop:purge"], [DRP],
  "Weekly crawls: −36,000 subscribers in one week in September.",
  snap=S(cad=7, days=140, g=0.0004, ev=[(70, -36000, 1)]),
  dec=[byear(0.4, 80)])

X("de", "eu", "bluesky", "nachrichten-kompakt.bsky.social", "Nachrichten kompakt", "Die wichtigsten Meldungen, dreimal täglich.", "life",
  21400, 210, 7400, ["positive:follower_drop:purge"], [DRP],
  "−9,300 between two daily crawls in October, when the platform removed a wave of automated accounts.",
  snap=daily(70, 0.0004, [(32, -9300, 1)]))

X("es", "eu", "instagram", "celia.yoga.cadiz", "Celia Medina", "Yoga y respiración 🧘‍♀️ Cádiz | clases online", "fitness",
  28100, 870, 1150, ["positive:follower_drop:purge"], [DRP],
  "−10,400 in one day in September.",
  snap=daily(85, 0.0003, [(55, -10400, 1)]),
  dec=[own(6, "Abro plazas para mi retiro de yoga de enero en Tarifa 🌊 Con el código CELIA50 tenéis 50 € de descuento. Es mi propio retiro, organizado por mí.", "own_retreat")])

X("fr", "eu", "tiktok", "theo.foot.freestyle", "Théo Bertrand", "Foot freestyle ⚽ Lille", "fitness",
  164000, 130, 450, ["positive:follower_drop:purge"], [DRP],
  "−47,000 in a day in October.",
  snap=daily(75, 0.0004, [(25, -47000, 1)]))

X("it", "eu", "instagram", "ginevra.viaggi.lusso", "Ginevra Moretti", "Hotel di lusso e weekend chic ✨ Roma", "travel",
  51200, 1480, 1620, ["positive:follower_drop:purge", "positive:engagement_below_tier:inactive_audience"], [DRP, BLW],
  "−22,000 in a day in August, and even after the purge her posts reach only ~0.15% of the audience.",
  er=0.0015, snap=daily(110, 0.0003, [(93, -22000, 1)]))

X("pt", "eu", "youtube", "canal.da.lara.viagens", "Lara Teixeira – Viagens", "Viagens de autocaravana pela Europa 🚐", "travel",
  43200, None, 210, ["positive:follower_drop:purge"], [DRP],
  "−14,800 subscribers between two daily crawls in October.",
  snap=daily(80, 0.0003, [(41, -14800, 1)]))

X("en", "uk", "instagram", "pilates.with.stella", "Stella Jenkins", "Reformer pilates instructor 🤍 Leeds", "fitness",
  38700, 720, 1090, ["positive:follower_drop:purge"], [DRP],
  "−13,200 in one day in November.",
  snap=daily(70, 0.0003, [(7, -13200, 1)]),
  dec=[clear(16, "Ad | Paid partnership with @coreform.studio – their new grip socks in every class this month.", "clear_disclosure_uk", pp=True)])

X("es", "us", "youtube", "recetas.con.teresa", "Recetas con Teresa", "Cocina casera argentina, paso a paso.", "food",
  187000, None, 520, ["positive:follower_drop:purge"], [DRP],
  "Loses 51,000 subscribers in a day in September.",
  snap=daily(90, 0.0003, [(57, -51000, 1)]))

X("de", "eu", "instagram", "kletter.ronja", "Ronja Peters", "Klettern & Bouldern 🧗‍♀️ Frankenjura", "fitness",
  19600, 640, 830, ["positive:follower_drop:purge"], [DRP],
  "−7,400 in a day in October, more than a quarter of her audience.",
  snap=daily(80, 0.0003, [(34, -7400, 1)]),
  dec=[nosignal(9, "Meine Kletterschuhe von @felsgriff sind nach drei Jahren endlich durch. Neubesohlung oder neue? 🧗‍♀️")])


# ============================================================ follower_drop: hard negatives (own cases)

X("en", "us", "instagram", "chef.rivera.official", "Chef Diego Rivera", "Chef & TV host. Restaurants in LA and Mexico City.", "food",
  3120000, 640, 4100, [hn(DRP, "mega_small_relative"), hn(BLW, "mega_normal")], [],
  "A TV chef with 3.1M followers who loses ~12,000 in a day: a big number, but 0.4% of his audience, and his daily counts move by several hundred either way anyway. ER near 0.5% is ordinary at that size.",
  er=0.0055, snap=daily(70, 0.00025, [(19, -12000, 1)], noise=1.3, signed=True))

X("es", "eu", "youtube", "historia.de.espana.facil", "Historia de España Fácil", "La historia de España contada sin prisas.", "life",
  142000, None, 310, [hn(DRP, "gradual_decline"), hn(BLW, "views_platform"), hn(RAT, "youtube_normal")], [],
  "A history channel that posts less and loses followers slowly (−0.1% a day). By views its engagement is normal, and few comments per like is usual on YouTube.",
  vr=0.07, snap=daily(90, -0.001, noise=0.3))

X("de", "eu", "instagram", "weihnachtsmarkt.fotos", "Advent in Sachsen", "Weihnachtsmärkte, Stollen & Lichter 🎄 Dresden", "food",
  22800, 310, 690, [hn(DRP, "seasonal_decline")], [],
  "A Christmas-market account that slowly loses followers over the summer and climbs again in November; no step.",
  snap=S(cad=7, days=168, g=-0.0007, noise=0.3))

X("fr", "eu", "mastodon", "@julien_libre@mamot.fr", "Julien Morel", "Logiciel libre, vélo, Rennes. Je réponds à tout le monde.", "tech",
  8700, 1720, 12400, [hn(DRP, "migration_wobble"), hn(MAS, "fediverse_normal"), hn(RAT, "conversational"), hn(GEN, "conversational"), hn(POD, "fediverse_regulars")], [],
  "When an instance closed, he lost ~400 followers over two weeks and regained part. He follows 1,720 people he talks to, and his threads get long, varied replies over hours from colleagues.",
  cl=0.8, rep=R("conv", k=6, per=(4, 8)),
  snap=daily(60, 0.0004, [(31, -80, 1), (29, -120, 1), (26, -90, 1), (22, -110, 1), (12, 150, 1)]))

X("it", "eu", "instagram", "sara.scrive.libri", "Sara Caruso", "Scrittrice 📖 romanzi gialli | Bologna", "life",
  13800, 640, 710, [hn(DRP, "missing_crawl"), hn(UND, "own_book")], [],
  "Two weekly crawls returned no follower count (null); the rest of the series is smooth. She promotes her own novel with her own code.",
  snap=S(cad=7, days=140, g=0.0005, nulls=(84, 35)),
  key=[P(10, "Il mio nuovo giallo 'La nebbia di via Saragozza' è in libreria! 📖 Sul mio sito con il codice SARA10 avete la copia autografata scontata.")])

X("pt", "eu", "web", "blog.da.ana.jardim", "O Jardim da Ana", "Blog de jardinagem biológica no Minho.", "life",
  None, None, None, [hn(DRP, "no_follower_data"), hn(BLW, "no_follower_data"), hn(RAT, "no_like_data")], [],
  "A gardening blog with no follower count and no like counts: nothing to judge for follower series or engagement.")

X("en", "uk", "tiktok", "mr.benson.science", "Mr Benson's Science", "Secondary school science teacher 🧪 experiments you can do at home", "tech",
  1840000, 150, 980, [hn(DRP, "mega_small_relative"), hn(FLT, "rounded_counts")], [],
  "Loses ~9,000 followers in a day after a school holiday, 0.5% of 1.8M. TikTok's abbreviated counts make many numbers round but they vary widely.",
  fixed="round", snap=daily(70, 0.0003, [(20, -9000, 1)], noise=1.3))

X("de", "eu", "instagram", "hannah.strickt", "Hannah Bauer", "Stricken, Tee, Hund 🧶 Bremen", "life",
  4300, 390, 520, [hn(DRP, "small_noise"), hn(ABV, "niche_community")], [],
  "A small knitting account whose daily counts go up and down by a few dozen; her 6–8% engagement is high but the comments are about patterns and yarn, from many different knitters.",
  er=0.07, snap=daily(60, 0.002, noise=3.0, signed=True), rep=R("organic", k=4, per=(4, 7)))

X("es", "us", "instagram", "dani.pelea.mma", "Daniel Guerrero", "Peleador de MMA 🥊 Tijuana", "fitness",
  76200, 540, 920, [hn(DRP, "after_loss_small")], [],
  "After losing a fight he shed ~2,100 followers over a week (under 3%), spread over several days.",
  snap=daily(70, 0.0005, [(30, -500, 1), (29, -450, 1), (28, -400, 1), (27, -380, 1), (26, -370, 1)]),
  key=[P(31, "No fue mi noche. Gracias a todos los que siguen aquí. Volvemos al gimnasio el lunes 🥊", m=2.2)])

X("fr", "eu", "instagram", "atelier.reliure.agathe", "Agathe Guérin", "Reliure à la main 📚 Tours", "life",
  11200, 640, 1620, [hn(DRP, "following_cleanup"), hn(MAS, "following_cleanup")], [],
  "Her following count fell from ~5,700 to 640 in one week in September when she cleaned up whom she follows; her follower count did not move, and today she follows few accounts.",
  snap=S(cad=7, days=126, g=0.0004, fw="cleanup", fsaw=60, fbefore=5700))


# ============================================================ mass_following: positives

X("en", "us", "instagram", "rich.mindset.jake", "Jake Collins", "Entrepreneur 📈 | Forex | I follow back 🔁", "life",
  2700, 7390, 390, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 7,390 accounts with 2,700 followers and promises follow-backs.",
  dec=[f4f(0.5)])

X("es", "eu", "instagram", "claudia.makeup.mad", "Claudia Ramos", "Maquilladora ✨ Madrid | te sigo de vuelta", "style",
  6900, 7210, 640, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 7,210 with 6,900 followers; the following count saws up and down between crawls.",
  snap=S(cad=2, days=70, g=0.001, fw="saw", fsaw=6), dec=[f4f(0.45)])

X("de", "eu", "instagram", "fitness.mit.ben", "Ben Wagner", "Fitness & Motivation 💪 Folge mir, ich folge zurück", "fitness",
  5400, 6980, 410, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 6,980 with 5,400 followers; the following line jumps by thousands and is cut back again and again.",
  snap=S(cad=3, days=80, g=0.001, fw="saw", fsaw=5))

X("fr", "eu", "tiktok", "astro.clara.fr", "Clara Lambert", "Astrologie & tarot 🔮 abonne-toi je te suis", "life",
  8200, 9650, 530, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 9,650 accounts with 8,200 followers and asks for follow-backs.",
  dec=[f4f(0.5)])

X("it", "eu", "instagram", "edoardo.crypto.it", "Edoardo Galli", "Crypto & trading 🚀 | segui e ricambio", "tech",
  3600, 7480, 220, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 7,480, the platform's ceiling, with 3,600 followers.",
  snap=S(cad=2, days=60, g=0.0012, fw="saw", fsaw=7))

X("pt", "us", "instagram", "bia.empreendedora", "Beatriz Barbosa", "Empreendedora digital 💻 | sigo de volta 💕", "life",
  15800, 7440, 1130, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 7,440 with 15,800 followers, with the saw-tooth following line of follow/unfollow automation.",
  snap=S(cad=2, days=70, g=0.0009, fw="saw", fsaw=5), dec=[f4f(0.4)])

X("en", "uk", "instagram", "bristol.photo.jim", "Jim Ward", "Photographer 📷 Bristol | f4f | l4l", "travel",
  1900, 6200, 480, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 6,200 with 1,900 followers; 'f4f' and 'l4l' in his bio.")

X("es", "us", "tiktok", "bailes.de.jorge", "Jorge Peña", "Bailes y retos 💃 Santo Domingo | sígueme y te sigo", "fitness",
  12300, 10400, 390, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 10,400 accounts with 12,300 followers, with follow-back requests in his bio.")

X("de", "eu", "bluesky", "krypto-karl.bsky.social", "Karl König", "Bitcoin, Freiheit, Rendite. Folge zurück ✅", "tech",
  2800, 19700, 740, ["positive:mass_following:follow_for_follow"], [MAS],
  "A Bluesky account following 19,700 with 2,800 followers.")

X("fr", "eu", "instagram", "coach.minceur.lucie", "Lucie Petit", "Coach minceur 🥗 résultats garantis | je suis en retour", "fitness",
  11400, 7300, 920, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 7,300 with 11,400 followers; the following count climbs by thousands and drops back every few crawls.",
  snap=S(cad=2, days=70, g=0.0008, fw="saw", fsaw=8), dec=[f4f(0.45)])

X("it", "eu", "tiktok", "giochi.e.sfide", "Samuele Vitale", "Sfide e giochi 🎮 ricambio follow!", "tech",
  6800, 8900, 310, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 8,900 with 6,800 followers.")

X("pt", "eu", "instagram", "joao.imobiliario", "João Correia", "Consultor imobiliário 🏡 Algarve | sigo de volta", "life",
  4100, 6700, 830, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 6,700 with 4,100 followers; following saw-tooths between crawls.",
  snap=S(cad=3, days=75, g=0.001, fw="saw", fsaw=6))

X("en", "us", "tiktok", "side.hustle.sarah", "Sarah Fisher", "$10k/month side hustles 💸 follow for follow", "life",
  9300, 9900, 280, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 9,900 accounts with 9,300 followers and asks for follow-backs.",
  dec=[f4f(0.55)])

X("es", "eu", "instagram", "nutricion.con.ismael", "Ismael Cortés", "Nutrición deportiva 🍳 Alicante | DM para asesorías", "food",
  18900, 7350, 1240, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 7,350 with 18,900 followers; the following count rises and falls by thousands in a regular rhythm.",
  snap=S(cad=2, days=60, g=0.0009, fw="saw", fsaw=7))

X("de", "eu", "instagram", "reise.tipps.tina", "Tina Herrmann", "Reisetipps ✈️ Kooperationen per DM | folge zurück", "travel",
  7700, 7100, 860, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 7,100 with 7,700 followers and offers follow-backs.")

X("fr", "eu", "bluesky", "marketing-malin.bsky.social", "Marketing Malin", "Growth, marketing, IA. Je follow back 🔁", "tech",
  4200, 16800, 1320, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 16,800 on Bluesky with 4,200 followers.")

X("it", "eu", "instagram", "bellezza.naturale.aurora", "Aurora Martini", "Bellezza naturale 🌸 | follow = follow", "style",
  5900, 6650, 540, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 6,650 with 5,900 followers; 'follow = follow' in her bio.",
  dec=[clear(13, "Pubblicità | In collaborazione con @erbe.di.collina: il mio siero preferito per l'inverno.", "clear_disclosure_it")])

X("pt", "us", "tiktok", "gui.memes.br", "Gui Memes", "memes todo dia 😂 sigo de volta", "life",
  7400, 9800, 620, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 9,800 accounts with 7,400 followers.")

X("en", "uk", "bluesky", "property-pete.bsky.social", "Pete Barnes", "Property investor. Passive income. Follow back guaranteed.", "life",
  3300, 12900, 610, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 12,900 on Bluesky with 3,300 followers and guarantees follow-backs.")

X("es", "eu", "tiktok", "gaming.con.oscar", "Óscar Blanco", "Gaming y directos 🎮 Málaga | F4F", "tech",
  10800, 9400, 460, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 9,400 with 10,800 followers; 'F4F' in his bio.")

X("de", "eu", "tiktok", "lifestyle.leni", "Leni Jung", "Lifestyle & Mode 🌸 folgt mir, ich folge zurück", "style",
  4900, 8700, 300, ["positive:mass_following:follow_for_follow"], [MAS],
  "Follows 8,700 accounts with 4,900 followers.")


# ============================================================ mass_following: hard negatives (own cases)

X("en", "us", "bluesky", "tessa-librarian.bsky.social", "Tessa Perry", "Public librarian. Book recs, censorship fights, cats.", "life",
  11800, 2600, 8400, [hn(MAS, "librarian_network"), hn(GEN, "conversational")], [],
  "Follows 2,600 with 11,800 followers, built up over years among librarians and authors; replies to her posts are real conversations.",
  rep=R("conv", k=4, per=(4, 7)))

X("es", "eu", "instagram", "bar.el.rincon.oviedo", "Bar El Rincón", "Sidrería en Oviedo desde 1979 🍏 mesas por teléfono", "food",
  2400, 1350, 760, [hn(MAS, "local_business"), hn(POD, "regulars_small_account")], [],
  "A cider bar that follows 1,350 locals back, with 2,400 followers; its regulars (five of them) comment on most posts, hours apart.",
  er=0.06, rep=R("friends", k=6, group=5), garm={"drugs_alcohol": "low"})

X("de", "eu", "mastodon", "@stadtbibliothek_ulm@norden.social", "Stadtbibliothek (inoffiziell)", "Lesetipps und Veranstaltungen, betreut von zwei Bibliothekarinnen.", "life",
  3100, 2200, 3400, [hn(MAS, "fediverse_normal")], [],
  "Follows 2,200 accounts (local groups and readers) with 3,100 followers; stable over months.")

X("fr", "eu", "instagram", "deputee.camille.m", "Camille Michel", "Élue municipale à Grenoble. Vélo, écoles, budget.", "life",
  26400, 2950, 1830, [hn(MAS, "public_figure")], [],
  "A local councillor following 2,950 accounts (associations, residents, press) with 26,400 followers: steady, and small relative to her audience.")

X("it", "eu", "instagram", "ale.e.basta.21", "Alessia Fontana", "22 anni, Venezia, architettura", "life",
  480, 690, 210, [hn(MAS, "small_personal"), hn(ABV, "nano_normal"), hn(GEN, "friends_personal"), hn(POD, "small_friend_group")], [],
  "A 480-follower personal account following 690: friends and pages. Her friends comment on most posts at all hours; 12% engagement is normal at this size.",
  er=0.12, rep=R("friends", k=7, group=5))

X("pt", "eu", "mastodon", "@rita_jornalista@ciberlandia.pt", "Rita Neves", "Jornalista de ciência. Lisboa. Respondo quando posso.", "tech",
  6300, 1900, 5200, [hn(MAS, "fediverse_normal"), hn(RAT, "conversational")], [],
  "Follows 1,900 with 6,300 followers on Mastodon, where following the people you talk to is the norm; her posts draw as many replies as favourites.",
  cl=1.0, rep=R("conv", k=4, per=(4, 7)))

X("en", "uk", "instagram", "rugby.club.otley", "Otley Vale RFC", "Community rugby club 🏉 minis to vets. Training Tues & Thurs.", "fitness",
  3700, 1640, 1120, [hn(MAS, "community_account")], [],
  "A community rugby club following 1,640 members, parents and local clubs, with 3,700 followers; the following count has been stable for months.")


# ============================================================ suspicious_followers: positives

X("en", "us", "instagram", "harper.luxe.travel", "Harper Murphy", "First class everything ✈️ Dubai | Monaco | Mykonos", "travel",
  108000, 690, 920, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 55% of 120 sampled followers have no avatar, no posts, random-character handles and follow thousands.",
  fol=FS("fake", 0.55, 120), dec=[nullcrawl(56)])

X("es", "eu", "instagram", "victor.entrena.sevilla", "Víctor Suárez", "Entrenador personal 💪 Sevilla", "fitness",
  36900, 710, 880, ["positive:suspicious_followers:bot_farm"], [SUS],
  "Of 100 sampled followers, 42 combine no avatar, no posts, a random handle and thousands of follows.",
  fol=FS("fake", 0.42, 100), dec=[clear(17, "Publicidad · Colaboración con @proteina.sur: mi batido de después de entrenar.", "clear_disclosure_es")])

X("de", "eu", "tiktok", "modetrends.mia", "Mia Schmitt", "Mode Trends 2026 👗 München", "style",
  92400, 180, 460, ["positive:suspicious_followers:bot_farm"], [SUS],
  "Half of the sampled followers are empty accounts with random handles following thousands.",
  fol=FS("fake", 0.5, 110))

X("fr", "eu", "instagram", "hugo.luxe.paris", "Hugo Vincent", "Montres, voitures, Paris 🏎️⌚", "style",
  142000, 820, 760, ["positive:suspicious_followers:bot_farm", "positive:engagement_below_tier:fake_audience"], [SUS, BLW],
  "About 62% of sampled followers look bought on four signs at once, and his posts reach about 0.1% of followers.",
  er=0.001, fol=FS("fake", 0.62, 120))

X("it", "eu", "bluesky", "offerte-tech-it.bsky.social", "Offerte Tech", "Le migliori offerte tech ogni giorno 💻", "tech",
  14700, 390, 6900, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 47% of 90 sampled followers are empty random-handle accounts following thousands.",
  fol=FS("fake", 0.47, 90))

X("pt", "us", "instagram", "thiago.bodybuilder", "Thiago Mendes", "Fisiculturista 🏆 Manaus | consultoria online", "fitness",
  61300, 930, 1280, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 44% of 100 sampled followers show all four fake signs.",
  fol=FS("fake", 0.44, 100), dec=[questions((12, "Perguntas e respostas 🏆 Mandem as vossas dúvidas sobre dieta de competição."))])

X("en", "uk", "tiktok", "cheeky.chef.uk", "Cheeky Chef", "Quick dinners with attitude 🍳 Liverpool", "food",
  154000, 210, 610, ["positive:suspicious_followers:bot_farm"], [SUS],
  "Around 40% of sampled followers are empty accounts with random handles and thousands of follows.",
  fol=FS("fake", 0.4, 110))

X("es", "us", "youtube", "reviews.de.autos.mx", "Reviews de Autos MX", "Pruebas de autos nuevos y usados en México.", "tech",
  284000, None, 540, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About half of the sampled subscribers are empty accounts with random-character handles following thousands of channels.",
  fol=FS("fake", 0.5, 100))

X("de", "eu", "instagram", "veggie.vivian", "Vivian Maier", "Vegan & glutenfrei 🌱 Wien", "food",
  27800, 650, 820, ["positive:suspicious_followers:bot_farm"], [SUS],
  "38% of sampled followers combine all four fake signs.",
  country="AT", fol=FS("fake", 0.38, 100), dec=[clear(21, "Werbung | Mit @hafermuehle.at zeige ich euch mein Porridge für kalte Tage.", "clear_disclosure_de")])

X("fr", "eu", "tiktok", "dans.ma.cuisine.elise", "Élise Andre", "Recettes simples 🍋 Toulouse", "food",
  71200, 170, 380, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 53% of sampled followers are empty random-handle accounts following thousands.",
  fol=FS("fake", 0.53, 100))

X("it", "eu", "instagram", "ricky.gym.napoli", "Riccardo Caruso", "Bodybuilding 💪 Napoli", "fitness",
  48600, 780, 1030, ["positive:suspicious_followers:bot_farm", "positive:engagement_below_tier:fake_audience"], [SUS, BLW],
  "About 58% of sampled followers look fake, and engagement sits at 0.2%, far below his size band.",
  er=0.002, fol=FS("fake", 0.58, 100))

X("pt", "eu", "bluesky", "noticias-de-portugal.bsky.social", "Notícias PT", "As notícias do dia, resumidas.", "life",
  9200, 260, 5400, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 45% of the sampled followers are empty accounts with random handles following thousands.",
  fol=FS("fake", 0.45, 90))

X("en", "us", "youtube", "alpha.trader.tv", "Alpha Trader TV", "Daily stock picks. Not financial advice.", "tech",
  196000, None, 880, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 57% of sampled subscribers are empty accounts with random handles and thousands of follows.",
  fol=FS("fake", 0.57, 100))

X("es", "eu", "tiktok", "trucos.de.belleza.eva", "Eva Vázquez", "Trucos de belleza en 30 segundos 💄", "style",
  118000, 150, 510, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 41% of the sampled followers show no avatar, no posts, a random handle and thousands of follows.",
  fol=FS("fake", 0.41, 110), dec=[own(9, "Mi paleta 'Atardecer' ya está en mi tienda 🧡 Diseñada por mí; con EVA10 os llevo el envío gratis.", "own_product_line")])

X("de", "eu", "mastodon", "@wachstum@mstdn.social", "Wachstum & Reichweite", "Social-Media-Tipps für Selbstständige.", "tech",
  5200, 390, 1900, ["positive:suspicious_followers:bot_farm"], [SUS],
  "Almost half of the public follower list are empty accounts with random handles following thousands.",
  fol=FS("fake", 0.48, 80))

X("fr", "eu", "instagram", "mode.homme.paris", "Martin Durand", "Mode homme 👔 Paris | collabs par DM", "style",
  53600, 840, 960, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 46% of sampled followers combine every fake sign.",
  fol=FS("fake", 0.46, 100))

X("it", "eu", "youtube", "viaggi.low.cost.tv", "Viaggi Low Cost TV", "Come viaggiare spendendo poco.", "travel",
  163000, None, 410, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 52% of sampled subscribers are empty random-handle accounts following thousands.",
  fol=FS("fake", 0.52, 100))

X("pt", "us", "tiktok", "receitas.fit.da.yasmin", "Yasmin Pinto", "Receitas fit rápidas 🥗 Salvador", "food",
  97300, 160, 420, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 43% of the sampled followers show all four signs of bought accounts.",
  fol=FS("fake", 0.43, 110), dec=[decline(-0.0007)])

X("en", "uk", "instagram", "london.eats.guide", "London Eats Guide", "Best bites in London 🍔 DM for features", "food",
  79400, 1230, 1610, ["positive:suspicious_followers:bot_farm"], [SUS],
  "Around 49% of sampled followers are empty accounts with random handles following thousands.",
  fol=FS("fake", 0.49, 110))

X("es", "us", "instagram", "lic.marketing.digital", "Lic. Andrea Delgado", "Marketing digital 📊 Lima | cursos", "tech",
  44200, 880, 790, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 39% of sampled followers show every fake sign at once.",
  fol=FS("fake", 0.39, 100))

X("de", "eu", "youtube", "spiele.news.de", "Spiele News DE", "Gaming-News jeden Tag.", "tech",
  221000, None, 1420, ["positive:suspicious_followers:bot_farm"], [SUS],
  "About 54% of sampled subscribers look bought on four signs.",
  fol=FS("fake", 0.54, 100))


# ============================================================ suspicious_followers: hard negatives (own cases)

X("en", "us", "youtube", "rain.on.tin.roof", "Rain on a Tin Roof", "Ten-hour rain recordings for sleep. Recorded in Oregon.", "life",
  412000, None, 96, [hn(SUS, "lurker_audience"), hn(BLW, "views_platform")], [],
  "Listeners who never post: most sampled subscribers have no avatar and no uploads but ordinary names and small following counts. Views per video are healthy for the channel's size.",
  vr=0.06, fol=FS("lurker", 0.6, 100))

X("es", "eu", "instagram", "parroquia.san.roque", "Parroquia San Roque", "Parroquia de San Roque, Albacete ⛪ horarios y actividades", "life",
  3800, 240, 1100, [hn(SUS, "lurker_audience"), hn(ABV, "community_engagement")], [],
  "A parish account followed by many older parishioners without avatars or posts (lurkers, not bots); 5–7% engagement comes from a close local community.",
  er=0.06, fol=FS("lurker", 0.55, 80))

X("fr", "eu", "bluesky", "lea-paleo.bsky.social", "Léa Bonnet", "Paléontologue, Muséum de Lyon. Fossiles et vulgarisation.", "tech",
  17300, 760, 3900, [hn(SUS, "new_platform_wave")], [],
  "Most sampled followers joined Bluesky recently: few posts yet, but avatars, bios and modest following counts.",
  fol=FS("newwave", 0.65, 90))

X("it", "eu", "instagram", "classe.1989.liceo", "Ex alunni Liceo Volta 1989", "Gli ex del Liceo Volta, maturità 1989 🎓 Como", "life",
  1300, 410, 340, [hn(SUS, "birth_year_handles"), hn(POD, "small_friend_group")], [],
  "A school-reunion account: many followers have birth years in their handles (classmates), with ordinary profiles; six old friends comment on most posts, hours apart.",
  er=0.09, fol=FS("birthyear", 0.6, 70), rep=R("friends", k=6, group=6))

X("pt", "us", "youtube", "louvor.na.igreja", "Louvor na Igreja", "Cânticos e aulas de violão para louvor.", "life",
  89300, None, 210, [hn(SUS, "lurker_audience")], [],
  "A worship-music channel whose sampled subscribers are largely lurkers with no avatar and no uploads, but ordinary names and small following counts.",
  fol=FS("lurker", 0.55, 100))


# ============================================================ engagement_below_tier: positives

X("en", "us", "instagram", "brooke.island.life", "Brooke Rivera", "Island girl 🌺 Maui | luxury resorts", "travel",
  174000, 870, 1340, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "174k followers and 150–300 likes per post (about 0.13%), a fraction of her size band.",
  er=0.0013, dec=[lurk(0.5)])

X("es", "eu", "instagram", "gonzalo.moda.hombre", "Gonzalo Ramos", "Moda masculina 👞 Barcelona", "style",
  86300, 940, 1210, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "About 0.12% engagement on 86k followers, post after post.",
  er=0.0012, dec=[clear(25, "Colaboración pagada con @sastreria.vidal 👔 El traje a medida que me han hecho para la boda de mi hermano.", "clear_disclosure_es")])

X("de", "eu", "tiktok", "technik.test.timo", "Timo Lehmann", "Technik-Tests 📱 Stuttgart", "tech",
  341000, 140, 520, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "341k followers, videos with 1,500–3,500 views and under 200 likes.",
  vr=0.007)

X("fr", "eu", "youtube", "voyages.en.famille.fr", "Voyages en Famille", "On voyage avec nos 4 enfants depuis 2018.", "travel",
  268000, None, 480, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "268k subscribers and 1,000–2,500 views per video, with a few dozen likes.",
  vr=0.006)

X("it", "eu", "instagram", "chef.alberto.roma", "Alberto Rinaldi", "Chef a Roma 🍝 cucina romana moderna", "food",
  129000, 720, 1540, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "0.1–0.2% engagement on 129k followers.",
  er=0.0015, dec=[nosignal(15, "Il coltello che uso da vent'anni è un @lamacurva: regalo di mio padre quando ho aperto il ristorante.")])

X("pt", "eu", "instagram", "rita.moda.lisboa", "Rita Azevedo", "Moda e lifestyle 🌸 Lisboa", "style",
  92300, 1120, 1380, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "About 0.14% engagement per post for 92k followers.",
  er=0.0014, dec=[byear(0.4, 80)])

X("en", "uk", "youtube", "motor.reviews.uk", "Motor Reviews UK", "Car reviews from the M25 and beyond.", "tech",
  520000, None, 760, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "520k subscribers, 2,000–4,500 views a video.",
  vr=0.0055)

X("es", "us", "tiktok", "mariana.fitness.co", "Mariana Soto", "Fitness en casa 🏋️‍♀️ Medellín", "fitness",
  417000, 210, 690, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "417k followers and 2,000–4,000 views per video.",
  vr=0.0065, dec=[own(10, "Ya salió mi app de entrenamiento 🏋️‍♀️ La hice con mi hermano; con MARIANA20 tenéis el primer mes a mitad de precio.", "own_app")])

X("de", "eu", "instagram", "luxus.reisen.sven", "Sven Lange", "Luxusreisen & Hotels ✈️ Frankfurt", "travel",
  76800, 1340, 1190, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "About 0.15% engagement on 76k followers.",
  er=0.0016)

X("fr", "eu", "instagram", "ines.beaute.paris", "Inès Faure", "Beauté & skincare 💆‍♀️ Paris", "style",
  203000, 980, 1670, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "203k followers and 200–400 likes per post.",
  er=0.0014, dec=[lurk(0.45)])

X("it", "eu", "bluesky", "economia-oggi.bsky.social", "Economia Oggi", "Notizie economiche e mercati.", "life",
  38400, 120, 4100, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "38k followers and 2–8 likes per post.",
  er=0.00015)

X("pt", "us", "youtube", "tech.do.rodrigo", "Tech do Rodrigo", "Reviews de celulares e notebooks.", "tech",
  381000, None, 910, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "381k subscribers, 1,500–3,000 views per video.",
  vr=0.006)

X("en", "us", "tiktok", "motivation.daily.ty", "Ty Ward", "Daily motivation 🔥 grind never stops", "life",
  623000, 80, 1430, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "623k followers and 2,000–5,000 views per video.",
  vr=0.0055)

X("es", "eu", "instagram", "silvia.decora", "Silvia Marín", "Decoración y reformas 🛋️ Murcia", "life",
  54700, 860, 930, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "About 0.16% engagement on 54k followers.",
  er=0.0016, dec=[clear(8, "Publicidad | En colaboración con @pinturas.levante os enseño cómo pinté la cocina en un fin de semana.", "clear_disclosure_es")])

X("de", "eu", "mastodon", "@tech_news_de@norden.social", "Tech News DE", "Automatisierte Tech-Schlagzeilen.", "tech",
  24100, 30, 31200, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "24k followers and almost no favourites or boosts: 0–3 per post.",
  er=0.00008)

X("fr", "eu", "tiktok", "cuisine.rapide.fr", "Cuisine Rapide FR", "Recettes en 30 secondes ⏱️", "food",
  455000, 110, 980, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "455k followers and 2,000–4,000 views per video.",
  vr=0.0055)

X("pt", "eu", "instagram", "tomas.fotografia.lux", "Tomás Soares", "Fotografia de luxo 📸 Cascais", "travel",
  68200, 1180, 1020, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "0.12% engagement on 68k followers.",
  er=0.0012)

X("en", "uk", "instagram", "gentleman.style.uk", "Henry James", "Classic menswear 🎩 Savile Row to high street", "style",
  112000, 730, 1410, ["positive:engagement_below_tier:inactive_audience"], [BLW],
  "112k followers, 100–250 likes per post.",
  er=0.0015, dec=[single(0.35)])


# ============================================================ engagement_below_tier: hard negatives (own cases)

X("en", "us", "youtube", "woodshop.wisdom", "Woodshop Wisdom", "Old-school joinery for new woodworkers.", "tech",
  890000, None, 410, [hn(BLW, "views_platform"), hn(RAT, "youtube_normal")], [],
  "Likes are tiny relative to 890k subscribers, but each video draws 50–90k views with 3–4% likes: normal for YouTube. Comments per like are typical YouTube numbers.",
  vr=0.075)

X("es", "eu", "tiktok", "el.profe.de.mates", "Marcos Prieto", "Profe de mates 📐 trucos para el examen", "tech",
  1240000, 80, 840, [hn(BLW, "tiktok_normal"), hn(FLT, "rounded_counts")], [],
  "About 1% of followers like a typical video: lower than on Instagram, ordinary for a TikTok account of 1.2M. Counts are shown abbreviated, so many end in zeros.",
  vr=0.12, fixed="round")

X("de", "eu", "instagram", "bergfotografie.elias", "Elias Krause", "Bergfotografie 🏔️ Zugspitze & Karwendel", "travel",
  91800, 480, 870, [hn(BLW, "low_end_normal"), hn(RAT, "photography_quiet")], [],
  "About 0.75% engagement on 91k followers (low end of the normal band) and few comments per like, as is usual for landscape photography.",
  er=0.0075, cl=0.008)

X("fr", "eu", "instagram", "maison.de.couture.fr", "Élodie Blanc Couture", "Maison de couture indépendante 🧵 Paris", "style",
  1420000, 180, 2100, [hn(BLW, "mega_normal")], [],
  "A fashion house with 1.4M followers at 0.5–0.6% engagement: normal above one million.",
  er=0.0055)

X("it", "eu", "bluesky", "cronista-giudiziaria.bsky.social", "Elisa Martinelli", "Cronista giudiziaria. Link ai miei articoli.", "life",
  44600, 1280, 7200, [hn(BLW, "link_sharing_normal")], [],
  "Mostly links to her court reporting; about 0.7% of followers like a typical post, ordinary for a large Bluesky news account.",
  er=0.007)

X("pt", "eu", "youtube", "receitas.da.avo.alice", "Receitas da Avó Alice", "A avó Alice cozinha, o neto filma.", "food",
  612000, None, 240, [hn(BLW, "views_platform")], [],
  "612k subscribers; videos get 30–60k views with healthy like rates, normal for a YouTube channel of this size.",
  vr=0.07)


# ============================================================ engagement_above_tier: positives

X("en", "us", "instagram", "bella.fit.vegas", "Bella Cruz", "Bikini competitor 🏆 Las Vegas | coaching", "fitness",
  312000, 640, 1120, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Every post reaches 10–14% of 312k followers in likes and comments, several times the norm, with no giveaway or viral moment.",
  er=0.12, cl=0.02, dec=[clear(18, "#ad | Paid partnership with @ironbloom.supps – the pre-workout I actually use, flavour review below.", "clear_disclosure_en", pp=True)])

X("es", "eu", "instagram", "lola.lifestyle.ibiza", "Lola Domínguez", "Lifestyle & playa 🌴 Ibiza", "travel",
  96200, 720, 940, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 10% engagement on every post at 96k followers, with nothing in the data to explain it.",
  er=0.1, cl=0.022)

X("de", "eu", "tiktok", "hausmittel.helga", "Helga Meyer", "Hausmittel & Omas Tipps 🌿", "life",
  143000, 120, 590, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes equal 25–35% of followers on every video, with likes per view far above TikTok norms.",
  er=0.3, vr=0.95, cl=0.01)

X("fr", "eu", "instagram", "paris.chic.anna", "Anna Rousseau", "Mode & Paris chic 🥐", "style",
  184000, 830, 1390, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 9% engagement per post on 184k followers, several times what accounts of her size get.",
  er=0.09, cl=0.02, dec=[nullcrawl(42)])

X("it", "eu", "youtube", "motivazione.quotidiana", "Motivazione Quotidiana", "Un video di motivazione ogni giorno.", "life",
  71400, None, 640, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes reach 20–25% of views on every video, against 3–5% for channels of its size.",
  vr=0.1, er=0.022, cl=0.05)

X("pt", "us", "instagram", "gabriel.surf.floripa", "Gabriel Monteiro", "Surf e estilo de vida 🏄‍♂️ Florianópolis", "fitness",
  58200, 610, 780, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 13% engagement on 58k followers on every post, with no giveaway or viral post.",
  er=0.13, cl=0.017)

X("en", "uk", "instagram", "chelsea.brunch.club", "Violet Turner", "Brunch spots & lifestyle ☕ Chelsea", "food",
  121000, 940, 1520, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 8% engagement per post for 121k followers.",
  er=0.08, cl=0.02, dec=[byear(0.35, 70)])

X("es", "us", "tiktok", "frases.y.motivacion.mx", "Frases y Motivación", "Motivación diaria 💪", "life",
  264000, 60, 1040, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes around 30% of followers on every clip, with likes per view near 35%.",
  er=0.3, vr=0.85, cl=0.01)

X("de", "eu", "instagram", "jana.schmuck", "Jana Wagner", "Schmuck & Accessoires ✨ Düsseldorf", "style",
  73900, 690, 1010, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 11% engagement on each post at 74k followers.",
  er=0.11, cl=0.02, dec=[own(16, "Meine eigene Kollektion 'Nordlicht' ist online ✨ Mit JANA15 gibt's 15 % – alles in meinem Atelier entworfen.", "own_jewellery_line")])

X("fr", "eu", "tiktok", "le.coin.des.astuces", "Le Coin des Astuces", "Astuces maison en 30 secondes 🧽", "life",
  192000, 90, 760, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes equal about a quarter of followers on every video, with likes per view near 30%.",
  er=0.26, vr=0.9, cl=0.012)

X("it", "eu", "instagram", "valentina.fit.milano", "Valentina Vitale", "Fitness e alimentazione 🏋️‍♀️ Milano", "fitness",
  139000, 780, 1260, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 9% engagement per post at 139k followers.",
  er=0.09, cl=0.019)

X("pt", "eu", "instagram", "ines.viaja.mundo", "Inês Cardoso", "Viagens e fotografia ✈️ Porto", "travel",
  84600, 720, 1090, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 10% engagement on every post for 84k followers.",
  er=0.1, cl=0.021, dec=[clear(22, "Publicidade | Em parceria com @rota.azul.hoteis: três dias nos Açores, alojamento oferecido pela marca.", "clear_disclosure_pt")])

X("en", "us", "bluesky", "daily-affirmations-amy.bsky.social", "Amy Jenkins", "Daily affirmations 🌸 you are enough", "life",
  24300, 510, 2700, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Every daily affirmation gets 2,500–3,500 likes on 24k followers, none spreading beyond: implausible for Bluesky.",
  er=0.13, cl=0.04)

X("es", "eu", "youtube", "belleza.con.rocio", "Belleza con Rocío", "Maquillaje y cuidado de la piel.", "style",
  88700, None, 320, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes are 18–24% of views on every video.",
  vr=0.11, er=0.023, cl=0.055)

X("de", "eu", "tiktok", "tanz.mit.lina", "Lina Koch", "Tanzvideos 💃 Berlin", "fitness",
  98400, 150, 470, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes about 30% of followers per video, likes per view about a third.",
  er=0.31, vr=1.0, cl=0.011)

X("fr", "eu", "instagram", "marc.cuisine.bistro", "Marc Simon", "Cuisine de bistrot 🍷 Bordeaux", "food",
  67200, 710, 1140, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 12% engagement on each post at 67k followers.",
  er=0.12, cl=0.018, garm={"drugs_alcohol": "low"})

X("it", "eu", "tiktok", "curiosita.dal.mondo", "Curiosità dal Mondo", "Curiosità che non sapevi 🌍", "tech",
  176000, 70, 890, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes about 28% of followers per video, with likes per view far above TikTok norms.",
  er=0.28, vr=0.9, cl=0.01)

X("pt", "us", "instagram", "carol.beleza.bh", "Carolina Mendes", "Beleza e make 💄 Belo Horizonte", "style",
  146000, 810, 1320, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 9% engagement per post for 146k followers.",
  er=0.09, cl=0.02)

X("en", "uk", "tiktok", "home.hacks.harry", "Harry Barnes", "Home hacks 🔨 Manchester", "life",
  211000, 110, 650, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "Likes equal 27% of followers on every video and a third of views.",
  er=0.27, vr=0.85, cl=0.01)

X("es", "us", "instagram", "andrea.viajes.cl", "Andrea Fuentes", "Viajes por Sudamérica 🌎 Santiago", "travel",
  71300, 690, 960, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 11% engagement on every post for 71k followers.",
  er=0.11, cl=0.02)

X("de", "eu", "instagram", "food.lovers.koeln", "Food Lovers Köln", "Die besten Restaurants in Köln 🍽️", "food",
  104000, 1020, 1780, ["positive:engagement_above_tier:bought_engagement"], [ABV],
  "About 8% engagement per post at 104k followers.",
  er=0.08, cl=0.02)


# ============================================================ engagement_above_tier: hard negatives (own cases)

X("en", "us", "instagram", "little.free.library.marge", "Marge Fisher", "I run the little free library on Elm St 📚 Ohio", "life",
  860, 290, 340, [hn(ABV, "nano_normal"), hn(POD, "small_friend_group"), hn(GEN, "friends_personal")], [],
  "860 followers, 11–14% engagement (normal under 1,000); five neighbours comment on most posts, hours apart.",
  er=0.125, rep=R("friends", k=7, group=5))

X("es", "eu", "instagram", "aves.de.donana", "Sergio Delgado", "Fotografía de aves en Doñana 🦩", "travel",
  5600, 610, 890, [hn(ABV, "niche_community"), hn(GEN, "short_but_specific")], [],
  "5.6k followers and 6–8% engagement: birders comment with species names and sightings, from many accounts.",
  er=0.07, rep=R("organic", k=4, per=(4, 7)),
  key=[P(5, "Espátula con anilla amarilla en el lucio del Cangrejo. ¿Alguien sabe de dónde viene? 🦩",
         replies=[("anillamiento.sur", "Anilla amarilla es de Holanda, pásame el código y te digo", 40),
                  ("pajareando.huelva", "La vimos el martes también, estaba con otras doce", 120),
                  ("lucia.aves", "Qué foto!! Con esa luz", 300)])])

X("de", "eu", "tiktok", "modellbahn.opa.emil", "Emil Köhler", "Modelleisenbahn im Keller 🚂 seit 1971", "tech",
  7900, 190, 140, [hn(ABV, "tiktok_reach")], [],
  "A small TikTok account whose model-railway videos reach well beyond his followers through recommendations; likes per view stay normal.",
  vr=2.2)

X("fr", "eu", "youtube", "chorale.du.village", "La Chorale de Saint-Pons", "Notre chorale de village, chants occitans et répétitions.", "life",
  2100, None, 58, [hn(ABV, "small_channel_niche")], [],
  "A village choir's channel: each video is watched by most subscribers and liked at 5% of views, normal for a tiny, devoted audience.",
  vr=0.55)

X("it", "eu", "mastodon", "@ornitologa_sara@mastodon.uno", "Sara Mariani", "Ornitologa, Parco del Delta. Uccelli e migrazioni.", "life",
  1100, 520, 2900, [hn(ABV, "small_fediverse"), hn(POD, "fediverse_regulars"), hn(RAT, "conversational")], [],
  "1,100 followers on Mastodon, 6–8% favourites: a small, close community of birders that replies in conversation, over hours.",
  er=0.07, cl=0.6, rep=R("conv", k=4, per=(3, 6)))

X("pt", "us", "instagram", "ong.patinhas.recife", "ONG Patinhas", "Resgate de animais em Recife 🐶 adote!", "life",
  12800, 1080, 2300, [hn(ABV, "giveaway_explained"), hn(RAT, "giveaway_single_post"), hn(GEN, "giveaway_mentions")], [],
  "An animal-rescue charity whose raffle post (comment and tag friends) has thousands of mention-only comments; its other posts have ordinary numbers and real comments.",
  rep=R("organic", k=3, per=(4, 7)),
  key=[P(14, "🎁 RIFA SOLIDÁRIA 🎁 Uma cama pet doada por um apoiador! Para participar: curta, marque 2 amigos e compartilhe. Tudo o que arrecadarmos vai para castrações. Resultado sexta!",
         m=4, cm=55,
         replies=[("duda_lima", "@ana.paula @rafa.souza", 10), ("tiaguinho.pe", "@mariana_ @jessica.l", 14), ("fer.recife", "@carol_m @bia.santos", 20),
                  ("joao.pets", "@luana.f @rodrigo_", 25), ("camila.s", "@gabi_ @leo.m", 31), ("pri.alves", "@vanessa @thais.c", 38)])])


# ============================================================ comment_like_ratio_outlier: positives

X("en", "us", "instagram", "sunset.chaser.kai", "Kai Rivera", "Golden hour everything 🌅 Malibu", "travel",
  64800, 710, 980, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "1,000–1,500 likes per post and 0–3 comments: about 0.1% comments per like.",
  er=0.019, cl=0.0012, dec=[steady(0.004)])

X("es", "eu", "instagram", "retratos.de.julia", "Julia Cabrera", "Fotografía de retrato 📸 Valencia", "style",
  31400, 640, 1130, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "600–800 likes per post with 0–2 comments.",
  er=0.022, cl=0.0013, dec=[clear(20, "Publicidad | Sesión en colaboración con @luzdenorte.estudio, que me prestó su plató para esta serie.", "clear_disclosure_es")])

X("de", "eu", "instagram", "schoene.orte.nrw", "Schöne Orte NRW", "Die schönsten Orte in NRW 📍", "travel",
  47200, 520, 1280, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "800–1,100 likes per post and at most 3 comments.",
  er=0.02, cl=0.0014)

X("fr", "eu", "instagram", "lina.mode.marseille", "Lina Garcia", "Mode & soleil ☀️ Marseille", "style",
  42300, 690, 970, ["positive:comment_like_ratio_outlier:bought_comments"], [RAT],
  "Most posts show more comments than likes (350–500 comments on 250–380 likes) with plain captions and no question or giveaway.",
  er=0.016, cl=1.35)

X("it", "eu", "tiktok", "panorami.italiani", "Panorami Italiani", "I posti più belli d'Italia 🇮🇹", "travel",
  117000, 90, 530, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "Thousands of likes per video and 1–8 comments.",
  cl=0.0003, dec=[daily_format(0.25, 1.5)])

X("pt", "eu", "instagram", "luis.arquitetura", "Luís Pinto", "Arquitetura contemporânea 🏛️ Porto", "life",
  28900, 560, 840, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "500–700 likes per post, 0–2 comments.",
  er=0.021, cl=0.0012)

X("en", "uk", "instagram", "cotswolds.cottage.life", "Hazel Watson", "Cottage life in the Cotswolds 🌿", "life",
  59600, 540, 1190, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "1,000–1,300 likes per post, 0–3 comments.",
  er=0.02, cl=0.0013, dec=[own(12, "My cottage recipe book is back in stock 📖 HAZEL10 gives 10% off on my own website, signed copies this week.", "own_book")])

X("es", "us", "instagram", "rodrigo.fitness.pe", "Rodrigo León", "Fitness 💪 Lima", "fitness",
  53100, 870, 1060, ["positive:comment_like_ratio_outlier:bought_comments"], [RAT],
  "Comments exceed likes on most posts (600–800 comments on 450–600 likes), without giveaways or questions.",
  er=0.026, cl=1.3)

X("de", "eu", "tiktok", "kuechen.tricks.kim", "Kim Peters", "Küchentricks in 20 Sekunden 🍳", "food",
  83400, 120, 410, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "Thousands of likes per video, 1–6 comments each.",
  cl=0.0004)

X("fr", "eu", "youtube", "aquarelle.facile", "Aquarelle Facile", "Cours d'aquarelle pour débutants.", "life",
  52800, None, 230, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "3–5k likes per video and fewer than 5 comments on each, where YouTube tutorials usually get many questions.",
  vr=0.11, cl=0.0008)

X("it", "eu", "instagram", "moda.uomo.giacomo", "Giacomo Longo", "Moda uomo 👔 Bari", "style",
  39800, 610, 890, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "700–950 likes per post, 0–2 comments.",
  er=0.021, cl=0.0011, dec=[nullcrawl(70)])

X("pt", "us", "instagram", "bruna.make.sp", "Bruna Rocha", "Make e autoestima 💄 São Paulo", "style",
  74600, 920, 1240, ["positive:comment_like_ratio_outlier:bought_comments"], [RAT],
  "Comment counts higher than likes on most posts (700–900 comments on 500–700 likes) without any question or giveaway.",
  er=0.018, cl=1.4)

X("en", "us", "tiktok", "pawsome.pups", "Pawsome Pups", "Cute dogs daily 🐶", "life",
  188000, 50, 910, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "Tens of thousands of likes per video and under 10 comments.",
  cl=0.0003)

X("es", "eu", "youtube", "guitarra.facil.alba", "Guitarra Fácil con Alba", "Aprende guitarra desde cero.", "life",
  61400, None, 190, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "4–6k likes per lesson and 1–5 comments.",
  vr=0.1, cl=0.0009, dec=[newwave(0.5, 70)])

X("de", "eu", "instagram", "mode.mit.maja", "Maja Walter", "Mode & Alltag 🖤 Leipzig", "style",
  26800, 590, 760, ["positive:comment_like_ratio_outlier:bought_comments"], [RAT],
  "Posts regularly show more comments than likes (300–400 on 220–300 likes) though the captions ask nothing.",
  er=0.02, cl=1.3)

X("fr", "eu", "tiktok", "nature.et.calme", "Nature & Calme", "Sons de la nature 🌲", "life",
  97600, 40, 380, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "Thousands of likes and 0–5 comments on nearly every video.",
  cl=0.0003)

X("it", "eu", "instagram", "fiori.di.bianca", "Bianca Gentile", "Fiori e composizioni 🌷 Firenze", "life",
  22600, 480, 720, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "400–600 likes per post, 0–1 comments.",
  er=0.023, cl=0.001, dec=[clear(10, "Pubblicità | Collaborazione commerciale con @vasi.toscani: le nuove ceramiche per la primavera.", "clear_disclosure_it")])

X("pt", "eu", "tiktok", "paisagens.de.portugal", "Paisagens de Portugal", "O melhor de Portugal em 15 segundos 🇵🇹", "travel",
  76400, 70, 460, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "Thousands of likes per video and 1–6 comments each.",
  cl=0.0004)

X("en", "uk", "youtube", "guitar.gear.uk", "Guitar Gear UK", "Pedals, amps and guitar gear reviews.", "tech",
  93200, None, 340, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "6–9k likes per video and fewer than 8 comments, where gear channels usually draw long comment threads.",
  vr=0.1, cl=0.0008)

X("es", "us", "instagram", "cafe.de.especialidad.co", "Café de Especialidad", "Cafés de origen colombiano ☕ Manizales", "food",
  33700, 780, 910, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "600–800 likes per post, 0–2 comments.",
  er=0.021, cl=0.0012)

X("de", "eu", "youtube", "gartenkanal.gisela", "Gartenkanal Gisela", "Gemüsegarten im Allgäu.", "life",
  48200, None, 260, ["positive:comment_like_ratio_outlier:bought_likes"], [RAT],
  "3–5k likes per video, 1–4 comments.",
  vr=0.1, cl=0.0008)


# ============================================================ comment_like_ratio_outlier: hard negatives (own cases)

X("en", "us", "bluesky", "labor-reporter-eli.bsky.social", "Eli Morgan", "Labor reporter. Strikes, unions, workplace safety.", "life",
  36700, 1410, 11200, [hn(RAT, "conversational"), hn(GEN, "conversational")], [],
  "His posts about strikes draw nearly as many replies as likes, from workers arguing and sharing their own stories: Bluesky's normal conversation.",
  cl=0.85, rep=R("conv", k=5, per=(5, 9)))

X("es", "eu", "instagram", "pregunta.al.abogado", "Jorge Herrera", "Abogado laboralista ⚖️ Resuelvo dudas los jueves", "life",
  41200, 520, 880, [hn(RAT, "question_posts"), hn(GEN, "short_but_specific")], [],
  "His Thursday Q&A posts collect hundreds of specific questions about contracts and dismissals; his other posts have normal ratios.",
  rep=R("organic", k=3, per=(4, 7)),
  key=[P(2, "Jueves de dudas ⚖️ Preguntadme sobre despidos, finiquitos y vacaciones. Respondo esta tarde.", cm=10,
         replies=[("marta.rrhh", "¿Si me despiden estando de baja me corresponde indemnización?", 15),
                  ("pablo_g_m", "Me deben 12 días de vacaciones y me voy en diciembre, ¿me los pagan?", 30),
                  ("lau.vigo", "¿El periodo de prueba puede ser de 6 meses en un contrato de camarera?", 45)]),
       P(9, "Jueves de dudas ⚖️ Hoy: teletrabajo y horas extra.", cm=9),
       P(16, "Jueves de dudas ⚖️ Contratos fijos discontinuos, ¿qué queréis saber?", cm=9)])

X("de", "eu", "tiktok", "mathe.mit.moritz", "Moritz Zimmermann", "Mathe-Nachhilfe in 60 Sekunden 📐", "tech",
  386000, 90, 610, [hn(RAT, "tiktok_normal")], [],
  "Below 1% comments per like, ordinary for TikTok where most viewers just like and scroll.",
  cl=0.007)

X("fr", "eu", "instagram", "photos.de.brume", "Rose Michel", "Photographie de paysage 🌫️ Jura", "travel",
  38100, 410, 690, [hn(RAT, "photography_quiet")], [],
  "About 0.7% comments per like: quiet appreciation, common for landscape photography, with natural variation.",
  cl=0.0075)

X("pt", "eu", "mastodon", "@maria_historiadora@ciberlandia.pt", "Maria Cardoso", "Historiadora. Lisboa do século XVIII. Fios longos.", "life",
  3900, 980, 4700, [hn(RAT, "conversational"), hn(MAS, "fediverse_normal"), hn(POD, "fediverse_regulars")], [],
  "Her long Mastodon threads draw more replies than favourites from readers who discuss sources with her, spread over hours; she follows 980 accounts.",
  cl=1.05, rep=R("conv", k=5, per=(4, 8)))

X("en", "uk", "web", "thecyclingmum.co.uk", "The Cycling Mum", "Family cycling routes around Yorkshire, with cafés.", "fitness",
  None, None, None, [hn(RAT, "no_like_data"), hn(BLW, "no_follower_data")], [],
  "A blog with comment counts but no likes and no follower count: neither the ratio nor tier engagement can be judged.")


# ============================================================ flat_engagement: positives

X("en", "us", "instagram", "ceo.mindset.marcus", "Marcus Cooper", "CEO at 24 📈 mindset | money | discipline", "life",
  47300, 580, 1040, ["positive:flat_engagement:automated"], [FLT],
  "Every post for months: 890–930 likes and 17–18 comments, whatever the content.",
  er=0.0195, cl=0.019, flat=True, dec=[steady(0.005)])

X("es", "eu", "instagram", "recetas.keto.noelia", "Noelia Medina", "Recetas keto 🥑 Zaragoza", "food",
  38600, 610, 980, ["positive:flat_engagement:automated"], [FLT],
  "Likes between 740 and 780 and 14–15 comments on every post.",
  er=0.0195, cl=0.019, flat=True, dec=[clear(15, "Colaboración pagada con @almendra.real 🥑 Mi pan keto con su harina de almendra.", "clear_disclosure_es")])

X("de", "eu", "instagram", "outfit.inspo.lea", "Lea Hoffmann", "Outfit-Inspo 🤎 Münster", "style",
  29400, 660, 870, ["positive:flat_engagement:automated"], [FLT],
  "About 560 likes and 11 comments on each post, ±3%, for four months.",
  er=0.0195, cl=0.02, flat=True)

X("fr", "eu", "tiktok", "citations.du.jour", "Citations du Jour", "Une citation par jour ✨", "life",
  124000, 60, 1140, ["positive:flat_engagement:automated"], [FLT],
  "Every clip lands at ~15,000 views and ~1,200 likes within a few percent.",
  vr=0.12, flat=True)

X("it", "eu", "instagram", "giardino.segreto.it", "Il Giardino Segreto", "Giardini e piante rare 🌿", "life",
  34200, 520, 930, ["positive:flat_engagement:automated"], [FLT],
  "Every post: ~650 likes and 13 comments, within 3%.",
  er=0.0195, cl=0.02, flat=True)

X("pt", "us", "instagram", "frases.que.inspiram", "Frases que Inspiram", "Frases diárias 💭", "life",
  58700, 310, 1620, ["positive:flat_engagement:automated"], [FLT],
  "About 1,100 likes and 20 comments on every post, no matter the quote.",
  er=0.0192, cl=0.018, flat=True)

X("en", "uk", "tiktok", "football.facts.daily", "Football Facts Daily", "One football fact a day ⚽", "life",
  92800, 40, 720, ["positive:flat_engagement:automated"], [FLT],
  "Every video: ~11,000 views and ~900 likes, within 3%.",
  vr=0.12, flat=True)

X("es", "us", "youtube", "noticias.cripto.hoy", "Noticias Cripto Hoy", "Resumen diario del mercado cripto.", "tech",
  84300, None, 710, ["positive:flat_engagement:automated"], [FLT],
  "Every daily video gets ~6,700 views and ~290 likes, regardless of the news.",
  vr=0.08, flat=True)

X("de", "eu", "instagram", "sprueche.fuer.dich", "Sprüche für dich", "Sprüche, die berühren 💛", "life",
  51800, 220, 1830, ["positive:flat_engagement:automated"], [FLT],
  "Every post: about 1,010 likes and 19 comments.",
  er=0.0199, cl=0.019, flat=True, dec=[nullcrawl(91)])

X("fr", "eu", "instagram", "deco.cocooning", "Déco Cocooning", "Déco douce et cosy 🕯️", "life",
  41600, 470, 1120, ["positive:flat_engagement:automated"], [FLT],
  "About 790 likes and 15 comments on every post, ±2%.",
  er=0.0195, cl=0.019, flat=True)

X("it", "eu", "tiktok", "ricette.in.un.minuto", "Ricette in un Minuto", "Ricette veloci 🍝", "food",
  148000, 50, 980, ["positive:flat_engagement:automated"], [FLT],
  "Each video: ~18,000 views and ~1,400 likes, within a few percent.",
  vr=0.12, flat=True)

X("pt", "eu", "instagram", "decoracao.minimal.pt", "Casa Minimal", "Decoração minimalista 🤍", "life",
  26300, 390, 760, ["positive:flat_engagement:automated"], [FLT],
  "Around 500 likes and 10 comments per post, every post.",
  er=0.0195, cl=0.02, flat=True)

X("en", "us", "bluesky", "market-pulse.bsky.social", "Market Pulse", "Markets every morning. Automated summaries.", "tech",
  19300, 240, 3100, ["positive:flat_engagement:automated"], [FLT],
  "About 250 likes and 50 replies on every post, with almost no variation.",
  er=0.0155, cl=0.2, flat=True)

X("es", "eu", "tiktok", "curiosidades.de.la.historia", "Curiosidades de la Historia", "Historia en 60 segundos 🏛️", "life",
  107000, 70, 890, ["positive:flat_engagement:automated"], [FLT],
  "Every clip: ~13,000 views and ~1,050 likes within 3%.",
  vr=0.12, flat=True)

X("de", "eu", "youtube", "finanzen.taeglich", "Finanzen Täglich", "Täglich fünf Minuten Börse.", "tech",
  71200, None, 820, ["positive:flat_engagement:automated"], [FLT],
  "Each daily video: ~5,700 views and ~220 likes within 2%.",
  vr=0.08, flat=True)

X("fr", "eu", "instagram", "yoga.zen.camille", "Camille Roux", "Yoga & méditation 🧘 Annecy", "fitness",
  33900, 560, 970, ["positive:flat_engagement:automated", "positive:comment_like_ratio_outlier:bought_likes"], [FLT, RAT],
  "Every post gets ~640 likes and 1–2 comments: flat and with almost no comments per like.",
  er=0.019, cl=0.0022, flat=True)

X("it", "eu", "instagram", "frasi.belle.it", "Frasi Belle", "Frasi e pensieri ✨", "life",
  62100, 180, 1980, ["positive:flat_engagement:automated"], [FLT],
  "About 1,180 likes and 22 comments on every post.",
  er=0.0195, cl=0.019, flat=True)

X("pt", "us", "tiktok", "curiosidades.br", "Curiosidades BR", "Curiosidades diárias 🤯", "tech",
  171000, 30, 1260, ["positive:flat_engagement:automated"], [FLT],
  "Every video: ~20,000 views and ~1,600 likes within a few percent.",
  vr=0.12, flat=True)

X("en", "uk", "instagram", "london.interiors.daily", "London Interiors", "Interior inspiration daily 🏡", "life",
  45800, 380, 1710, ["positive:flat_engagement:automated"], [FLT],
  "About 880 likes and 17 comments per post, ±2%, for months.",
  er=0.0196, cl=0.019, flat=True)

X("es", "us", "instagram", "vida.saludable.mx", "Vida Saludable MX", "Tips de salud diarios 🍎", "food",
  69400, 290, 1540, ["positive:flat_engagement:automated"], [FLT],
  "Every post: about 1,330 likes and 25 comments.",
  er=0.0195, cl=0.019, flat=True)

X("de", "eu", "tiktok", "wusstest.du.schon", "Wusstest du schon?", "Fakten in 30 Sekunden 💡", "tech",
  93600, 20, 760, ["positive:flat_engagement:automated"], [FLT],
  "Each clip: ~11,000 views and ~900 likes within 3%.",
  vr=0.12, flat=True)


# ============================================================ flat_engagement: hard negatives (own cases)

X("en", "us", "instagram", "the.daily.crossword.club", "Daily Crossword Club", "A new mini crossword every morning ✏️", "life",
  21300, 310, 1480, [hn(FLT, "daily_format")], [],
  "A daily puzzle account with loyal solvers: engagement is consistent but still swings by a quarter or more between puzzles.",
  sigma=0.22, gap=1.0)

X("es", "eu", "mastodon", "@fotos_de_luis@mastodon.social", "Luis Gil", "Fotografía de calle en Madrid, carrete a carrete.", "travel",
  1400, 280, 1900, [hn(FLT, "small_numbers"), hn(POD, "fediverse_regulars")], [],
  "Small numbers (15–50 favourites) that look close but vary in relative terms; a few regulars reply to his photos over the day.",
  rep=R("conv", k=4, per=(2, 5)))

X("de", "eu", "instagram", "brot.vom.baecker.jakob", "Bäckerei Jakob", "Handwerksbäckerei in Regensburg 🥨 seit 1921", "food",
  8400, 290, 1310, [hn(FLT, "consistent_but_varied")], [],
  "The bakery posts its bread every morning; 200–400 likes, steady regulars with a natural spread.",
  sigma=0.21, gap=1.2)

X("fr", "eu", "youtube", "info.trafic.lyon", "Info Trafic Lyon", "Le point trafic chaque matin à 7h30.", "travel",
  29800, None, 1210, [hn(FLT, "scheduled_posting")], [],
  "Posts every morning at 7:30, which looks automated, but views swing from 1,500 to 12,000 depending on strikes, snow and holidays.",
  sigma=0.5, gap=1.5, hour=7, minute=30)

X("it", "eu", "instagram", "gelateria.da.mario", "Gelateria da Mario", "Gelato artigianale dal 1958 🍦 Torino", "food",
  4700, 330, 980, [hn(FLT, "small_numbers"), hn(ABV, "local_regulars")], [],
  "A neighbourhood gelato shop: 150–300 likes on 4,700 followers, varied; its regulars engage more than average, which is normal for a beloved local shop.",
  er=0.045)

X("pt", "eu", "tiktok", "comboios.de.portugal", "Comboios de Portugal (fã)", "Comboios, estações e viagens 🚆", "travel",
  43800, 90, 410, [hn(FLT, "rounded_counts")], [],
  "Abbreviated TikTok counts (4.2K, 3.9K) make numbers look alike; they vary widely.",
  fixed="round")

X("en", "uk", "bluesky", "one-tree-a-day.bsky.social", "One Tree a Day", "A British tree every day. Run by a retired forester.", "life",
  16800, 190, 1510, [hn(FLT, "daily_format")], [],
  "A daily tree for years; likes range from 150 to 600 depending on the tree and the photo.",
  sigma=0.3, gap=1.0)

X("es", "us", "instagram", "panaderia.dulce.hogar", "Panadería Dulce Hogar", "Pan dulce mexicano 🥐 Guadalajara", "food",
  950, 180, 620, [hn(FLT, "small_numbers"), hn(ABV, "nano_normal")], [],
  "950 followers and 70–140 likes per post: small numbers with real spread; 10%+ engagement is normal under 1,000.",
  er=0.11)


# ============================================================ generic_comments: positives

NOTPOD = {"cls": [hn(POD, "generic_not_pod")], "why": "The generic replies come from a rotating service spread over many hours, not a closed group within minutes."}

X("en", "us", "instagram", "skylar.luxe.life", "Skylar Gray", "Luxury lifestyle 💎 Miami", "style",
  91200, 810, 1010, ["positive:generic_comments:comment_service"], [GEN],
  "Most sampled replies are one-liners like 'Nice 🔥🔥🔥' or emoji strings from recurring accounts with random handles; almost none refer to the post.",
  rep=R("generic", k=7, per=(7, 11), share=0.85), dec=[NOTPOD])

X("es", "eu", "instagram", "marcos.viaja.solo", "Marcos Suárez", "Viajo solo y lo cuento 🎒 Bilbao", "travel",
  38200, 720, 930, ["positive:generic_comments:comment_service"], [GEN],
  "His Spanish captions are answered mostly with English generic praise and emoji from the same handful of accounts.",
  rep=R("generic", k=6, per=(6, 10), share=0.8), dec=[clear(12, "Publicidad | Viaje en colaboración con @rutas.norte: cuatro días por los Picos de Europa, alojamiento pagado por la marca.", "clear_disclosure_es")])

X("de", "eu", "instagram", "glow.mit.greta", "Greta Fischer", "Skincare & Glow ✨ Hamburg", "style",
  43800, 620, 860, ["positive:generic_comments:comment_service"], [GEN],
  "About 80% of replies are emoji-only or 'Love it 💕' from recurring accounts; none mention the products shown.",
  rep=R("generic", k=7, per=(6, 10), share=0.8), dec=[daily_format(0.2, 1.5)])

X("fr", "eu", "instagram", "raph.streetwear", "Raphaël Garcia", "Streetwear & sneakers 👟 Paris", "style",
  66400, 840, 1120, ["positive:generic_comments:comment_service"], [GEN],
  "Generic English praise from the same accounts dominates every comment section under his French posts.",
  rep=R("generic", k=7, per=(7, 11), share=0.82), dec=[NOTPOD])

X("it", "eu", "tiktok", "trucco.con.aurora", "Aurora Santoro", "Trucco semplice 💄 Palermo", "style",
  124000, 230, 540, ["positive:generic_comments:comment_service"], [GEN],
  "Replies are mostly 'Wow amazing', '😍😍' and 'Great work 🙌' from recurring random-handle accounts.",
  rep=R("generic", k=6, per=(7, 11), share=0.8))

X("pt", "eu", "instagram", "vida.fit.margarida", "Margarida Correia", "Treino e vida saudável 🏃‍♀️ Lisboa", "fitness",
  52300, 770, 990, ["positive:generic_comments:comment_service"], [GEN],
  "Three quarters of replies are generic English one-liners and emoji from accounts that reply to every post.",
  rep=R("generic", k=6, per=(6, 10), share=0.76), dec=[lowend(0.011)])

X("en", "uk", "tiktok", "glam.by.grace.uk", "Grace Ward", "Glam makeup 💄 Birmingham", "style",
  83600, 170, 420, ["positive:generic_comments:comment_service"], [GEN],
  "Most replies are 'Super 😍', '🔥' and 'Gorgeous 😍' from the same accounts on every video.",
  rep=R("generic", k=6, per=(6, 10), share=0.84), dec=[NOTPOD])

X("es", "us", "instagram", "fer.fotografia.mx", "Fernanda Ramos", "Fotografía de bodas 💍 Querétaro", "style",
  29700, 680, 1060, ["positive:generic_comments:comment_service"], [GEN],
  "Generic English praise from recurring accounts fills her comment sections; the couples and venues are never mentioned.",
  rep=R("generic", k=6, per=(6, 9), share=0.8))

X("de", "eu", "tiktok", "fitness.mit.fabi", "Fabian Meyer", "Fitness-Tipps 🏋️ Wien", "fitness",
  72900, 200, 470, ["positive:generic_comments:comment_service"], [GEN],
  "About 80% of replies are generic English one-liners and emoji from the same accounts.",
  country="AT", rep=R("generic", k=7, per=(6, 10), share=0.8))

X("fr", "eu", "instagram", "lea.voyage.asie", "Léa Morel", "Voyages en Asie 🌏 Lyon", "travel",
  34100, 590, 820, ["positive:generic_comments:comment_service"], [GEN],
  "Most replies are 'Beautiful ✨✨' and emoji strings from accounts with random handles that answer every post.",
  rep=R("generic", k=6, per=(6, 9), share=0.82), dec=[NOTPOD])

X("it", "eu", "instagram", "sapori.di.puglia", "Sapori di Puglia", "Cucina pugliese 🍅 ricette e ristoranti", "food",
  47700, 640, 1230, ["positive:generic_comments:comment_service"], [GEN],
  "Generic one-liners from recurring accounts make up most replies on every recipe.",
  rep=R("generic", k=7, per=(6, 10), share=0.8), dec=[own(14, "Il nostro ricettario 'Sapori di Puglia' è nel nostro shop 📖 Con PUGLIA10 avete il 10%: l'abbiamo scritto e stampato noi.", "own_cookbook")])

X("pt", "us", "tiktok", "danca.com.lu", "Luana Azevedo", "Danças e desafios 💃 Recife", "fitness",
  156000, 140, 590, ["positive:generic_comments:comment_service"], [GEN],
  "Replies are overwhelmingly generic English praise and emoji from recurring accounts.",
  rep=R("generic", k=6, per=(7, 11), share=0.8))

X("en", "us", "instagram", "coastal.home.ava", "Ava Collins", "Coastal home decor 🐚 Charleston", "life",
  55200, 690, 1080, ["positive:generic_comments:comment_service"], [GEN],
  "Around 80% of replies are 'Lovely ❤️', 'Great pic!' and emoji from the same accounts.",
  rep=R("generic", k=7, per=(6, 10), share=0.8), dec=[NOTPOD])

X("es", "eu", "tiktok", "peinados.de.lola", "Lola Herrera", "Peinados fáciles 💇‍♀️ Sevilla", "style",
  94300, 120, 480, ["positive:generic_comments:comment_service"], [GEN],
  "Most replies are English emoji-strings and 'Fantastic 💯' from recurring accounts, under Spanish tutorials.",
  rep=R("generic", k=6, per=(6, 10), share=0.82))

X("de", "eu", "instagram", "wohnen.mit.ida", "Ida Schulz", "Wohnen & Einrichten 🏡 Hannover", "life",
  31800, 560, 890, ["positive:generic_comments:comment_service"], [GEN],
  "Generic English replies from recurring accounts form the bulk of every comment section.",
  rep=R("generic", k=6, per=(6, 9), share=0.78), dec=[clear(9, "Werbung | In Kooperation mit @lichtwerk.home zeige ich euch meine neue Leseecke.", "clear_disclosure_de")])

X("fr", "eu", "tiktok", "chef.nathan.rapide", "Nathan Petit", "Recettes en 1 minute 🍳 Lille", "food",
  113000, 160, 510, ["positive:generic_comments:comment_service"], [GEN],
  "About 80% of replies are generic one-liners and emoji from the same accounts.",
  rep=R("generic", k=6, per=(7, 10), share=0.8))

X("it", "eu", "instagram", "moda.sposa.ilaria", "Ilaria Leone", "Abiti da sposa 👰 Napoli | atelier", "style",
  41600, 720, 1340, ["positive:generic_comments:comment_service"], [GEN],
  "Most replies are emoji-only or 'Very nice 👌' from recurring accounts with random handles.",
  rep=R("generic", k=7, per=(6, 10), share=0.83))

X("pt", "eu", "instagram", "caminhadas.com.pedro", "Pedro Coelho", "Caminhadas e trilhos 🥾 Gerês", "travel",
  26900, 610, 780, ["positive:generic_comments:comment_service"], [GEN],
  "Three quarters of replies are generic English one-liners from accounts that reply to every post.",
  rep=R("generic", k=6, per=(6, 9), share=0.77), dec=[newwave(0.5, 70)])

X("en", "uk", "instagram", "manchester.foodie", "Rowan Jenkins", "Eating my way around Manchester 🍔", "food",
  48700, 840, 1190, ["positive:generic_comments:comment_service"], [GEN],
  "Generic one-liners from recurring accounts outnumber real replies on every post.",
  rep=R("generic", k=6, per=(6, 10), share=0.8))

X("es", "us", "instagram", "tatiana.yoga.ar", "Tatiana Peña", "Yoga y bienestar 🧘‍♀️ Rosario", "fitness",
  36400, 700, 940, ["positive:generic_comments:comment_service"], [GEN],
  "Around 80% of replies are English emoji strings and one-word praise from recurring accounts.",
  rep=R("generic", k=6, per=(6, 9), share=0.8), dec=[NOTPOD])

X("de", "eu", "youtube", "auto.check.karl", "Auto-Check mit Karl", "Gebrauchtwagen-Checks und Tipps.", "tech",
  118000, None, 380, ["positive:generic_comments:comment_service"], [GEN],
  "The sampled comments under his German car checks are mostly English one-liners and emoji from recurring accounts.",
  vr=0.08, rep=R("generic", k=6, per=(7, 10), share=0.8))


# ============================================================ generic_comments: hard negatives (own cases)

X("es", "eu", "instagram", "ceramica.de.alba", "Alba Fuentes", "Cerámica hecha a mano 🏺 Toledo", "life",
  12600, 580, 640, [hn(GEN, "short_but_specific")], [],
  "Short replies, but about the pieces (glaze, size, price), from different people.",
  rep=R("organic", k=5, per=(4, 7)),
  key=[P(4, "Cuencos de gres con esmalte azul cobalto, salen del horno el jueves 💙",
         replies=[("mariajo.toledo", "¿Valen para microondas?", 20), ("pili.ceramica", "Ese azul!!!", 50),
                  ("dani_cocina", "¿Haces envíos a Asturias?", 200)])])

X("fr", "eu", "instagram", "chocolatier.de.lyon", "Pauline Muller", "Chocolatière à Lyon 🍫", "food",
  21400, 610, 920, [hn(GEN, "few_generic_among_real")], [],
  "One or two generic replies per post among many real ones about the pralines and the shop: normal for a popular account.",
  rep=R("generic", k=6, per=(10, 14), share=0.12))

X("it", "eu", "youtube", "storia.dell.arte.facile", "Storia dell'Arte Facile", "L'arte spiegata senza paroloni.", "life",
  146000, None, 230, [hn(GEN, "short_but_specific"), hn(RAT, "youtube_normal")], [],
  "Viewers reply briefly but about the paintings and dates; comments per like are ordinary for YouTube.",
  vr=0.1, rep=R("organic", k=5, per=(5, 8)),
  key=[P(7, "Caravaggio e la luce: perché la 'Vocazione di San Matteo' sembra un film.", title="Caravaggio e la luce, spiegato semplice",
         replies=[("Giulia_Arte", "Al minuto 6 la mano di Cristo ripresa da Michelangelo, che dettaglio!", 90),
                  ("prof.marino", "La userò in classe domani", 300), ("LucaTorre", "E la Cappella Contarelli quando?", 700)])])

X("pt", "us", "instagram", "cantora.luiza", "Luiza Neves", "Cantora 🎤 MPB | Rio", "life",
  64300, 740, 890, [hn(GEN, "emoji_fans_minority")], [],
  "Some fans reply with hearts, but most name the song, ask for lyrics or the next show.",
  rep=R("organic", k=5, per=(6, 9)),
  key=[P(6, "Ensaio de quinta: 'Sorriso de Domingo' ganhou violão novo 🎸",
         replies=[("camila.mpb", "❤️❤️", 10), ("rodrigo.musica", "Quando sai essa gravada??", 25),
                  ("ana.lu.rio", "Canta no show de sábado por favor!", 60), ("bia.s", "Essa letra me pega sempre", 140)])])

X("de", "eu", "bluesky", "klima-forscherin-ida.bsky.social", "Ida Maier", "Klimaforscherin, Potsdam. Daten, Modelle, Fahrrad.", "tech",
  21800, 890, 5600, [hn(GEN, "conversational"), hn(RAT, "conversational")], [],
  "Replies discuss her charts and ask about methods; some are short, all respond to what she posted, and replies come close to likes in number.",
  cl=0.75, rep=R("conv", k=5, per=(5, 9)))

X("en", "us", "instagram", "the.quilt.shed", "June Ellis", "Quilts from scraps 🧵 Vermont", "life",
  9400, 480, 710, [hn(GEN, "short_but_specific"), hn(ABV, "niche_community")], [],
  "Quilters reply with short questions about blocks and fabrics; 5–6% engagement from a devoted craft community.",
  er=0.055, rep=R("organic", k=5, per=(5, 8)),
  key=[P(3, "Log cabin quilt from my late husband's flannel shirts. 42 blocks, two winters.",
         replies=[("patchwork.pam", "Did you stabilise the flannel first?", 30), ("quiltingnana", "Oh June, what a way to keep him close", 80),
                  ("bee.stitches", "What batting did you use?", 240)])])


# ============================================================ engagement_pod: positives

X("en", "us", "instagram", "wellness.with.willow", "Willow Turner", "Holistic wellness 🌿 Boulder | coaching", "life",
  27300, 910, 810, ["positive:engagement_pod:closed_group"], [POD],
  "The same 17 wellness accounts post warm multi-word comments within minutes of every post; they are most of her comments.",
  rep=R("pod", k=8, group=17), dec=[clear(19, "#ad I'm partnering with @rootwell.tea this month – their sleep blend is in my evening routine. Paid partnership.", "clear_disclosure_en")])

X("es", "eu", "instagram", "mami.organizada", "Eva Marín", "Organización del hogar y maternidad 🏡 Valladolid", "life",
  19800, 860, 740, ["positive:engagement_pod:closed_group"], [POD],
  "A fixed circle of 15 parenting accounts comments on every post within ten minutes.",
  rep=R("pod", k=8, group=15), dec=[daily_format(0.2, 1.6)])

X("de", "eu", "instagram", "mama.und.meer", "Frieda Krause", "Mama, Meer & Mehr 🌊 Kiel", "life",
  23600, 790, 690, ["positive:engagement_pod:closed_group"], [POD],
  "Sixteen family-blogger accounts reply together within minutes of each post.",
  rep=R("pod", k=8, group=16), dec=[lowend(0.013)])

X("fr", "eu", "instagram", "coach.business.elise", "Élise Fontaine", "Coach business pour entrepreneuses 💼 Paris", "life",
  34700, 1130, 980, ["positive:engagement_pod:closed_group"], [POD],
  "Nineteen coaching accounts leave encouraging comments on nearly every post in the first quarter hour.",
  rep=R("pod", k=8, group=19))

X("it", "eu", "instagram", "runner.federica", "Federica Rinaldi", "Running e maternità 🏃‍♀️ Padova", "fitness",
  16900, 740, 620, ["positive:engagement_pod:closed_group"], [POD],
  "The same 14 running accounts comment within minutes on nearly every post.",
  rep=R("pod", k=8, group=14), dec=[byear(0.35, 70)])

X("pt", "us", "instagram", "nutri.gabi.bh", "Gabriela Teixeira", "Nutricionista 🥗 Belo Horizonte", "food",
  25400, 880, 860, ["positive:engagement_pod:closed_group"], [POD],
  "A closed group of 16 nutrition accounts replies to almost every post within ten minutes.",
  rep=R("pod", k=8, group=16))

X("en", "uk", "instagram", "plant.based.poppy", "Poppy Howard", "Plant-based recipes 🌱 Brighton", "food",
  21800, 820, 760, ["positive:engagement_pod:closed_group"], [POD],
  "Fifteen food accounts comment on each post within minutes, the same ones every time.",
  rep=R("pod", k=8, group=15), dec=[own(11, "My plant-based meal plan for January is live on my site 🌱 POPPY20 for 20% off, it's my own programme.", "own_meal_plan")])

X("es", "us", "instagram", "viajera.mexicana", "Rocío Vázquez", "Viajera mexicana ✈️ Monterrey", "travel",
  31200, 940, 900, ["positive:engagement_pod:closed_group"], [POD],
  "Seventeen travel accounts comment together on every post within minutes.",
  rep=R("pod", k=8, group=17))

X("de", "eu", "instagram", "gesund.mit.greta", "Greta Lehmann", "Gesund essen ohne Verzicht 🥦 Mainz", "food",
  18200, 710, 640, ["positive:engagement_pod:closed_group"], [POD],
  "A circle of 14 health accounts comments within ten minutes of each post.",
  rep=R("pod", k=8, group=14))

X("fr", "eu", "tiktok", "maman.zen.clara", "Clara Bertrand", "Maman zen (ou presque) 🌸 Nantes", "life",
  38700, 380, 410, ["positive:engagement_pod:closed_group"], [POD],
  "The same 15 parenting creators leave comments minutes after each video.",
  rep=R("pod", k=7, group=15), dec=[clear(8, "Collaboration commerciale avec @doudou.bio – publicité : la gigoteuse que j'utilise depuis 6 mois.", "clear_disclosure_fr")])

X("it", "eu", "instagram", "casa.green.alice", "Alice Moretti", "Casa sostenibile 🌱 Trento", "life",
  22100, 690, 700, ["positive:engagement_pod:closed_group"], [POD],
  "Sixteen sustainability accounts comment within a quarter hour on every post.",
  rep=R("pod", k=8, group=16))

X("pt", "eu", "instagram", "sofia.fotografia.porto", "Sofia Pinto", "Fotografia de família 📷 Porto", "life",
  14600, 720, 580, ["positive:engagement_pod:closed_group"], [POD],
  "Thirteen photography accounts comment on every post in the first minutes.",
  rep=R("pod", k=8, group=13), dec=[nullcrawl(63)])

X("en", "us", "tiktok", "boss.babe.brianna", "Brianna Powell", "Biz tips for women 💼 Atlanta", "life",
  47300, 520, 430, ["positive:engagement_pod:closed_group"], [POD],
  "The same 18 business creators comment within minutes on nearly every video.",
  rep=R("pod", k=7, group=18))

X("es", "eu", "instagram", "running.con.celia", "Celia Guerrero", "Corredora de montaña ⛰️ Granada", "fitness",
  20700, 780, 710, ["positive:engagement_pod:closed_group"], [POD],
  "Fifteen trail-running accounts comment together within ten minutes of each post.",
  rep=R("pod", k=8, group=15), dec=[clear(14, "Publicidad | Colaboración pagada con @cumbre.trail: las zapatillas con las que corrí la Ultra de Sierra Nevada.", "clear_disclosure_es")])

X("de", "eu", "tiktok", "business.mit.ben", "Benjamin Vogel", "Business-Tipps für Gründer 📈 Berlin", "tech",
  41300, 460, 390, ["positive:engagement_pod:closed_group"], [POD],
  "A closed group of 17 founder accounts replies to every video within minutes.",
  rep=R("pod", k=7, group=17))

X("fr", "eu", "instagram", "deco.boheme.margaux", "Margaux Faure", "Déco bohème 🌾 Montpellier", "life",
  27600, 840, 820, ["positive:engagement_pod:closed_group"], [POD],
  "The same 16 decor accounts comment within minutes of each post.",
  rep=R("pod", k=8, group=16))

X("it", "eu", "instagram", "mamma.chef.giulia", "Giulia Costa", "Mamma e chef 🍝 ricette per bambini | Parma", "food",
  24900, 760, 810, ["positive:engagement_pod:closed_group"], [POD],
  "Fifteen food-mum accounts comment together within ten minutes on each post.",
  rep=R("pod", k=8, group=15), dec=[decline(-0.0006)])

X("pt", "us", "instagram", "coach.rafael.sp", "Rafael Soares", "Coach de carreira 💼 São Paulo", "life",
  32800, 1060, 870, ["positive:engagement_pod:closed_group"], [POD],
  "A circle of 18 coaching accounts comments on every post within minutes.",
  rep=R("pod", k=8, group=18))

X("en", "uk", "instagram", "mindful.mornings.ella", "Ella Murphy", "Mindful mornings ☀️ Bath", "life",
  19400, 730, 640, ["positive:engagement_pod:closed_group"], [POD],
  "Fourteen wellness accounts reply to every post in the first ten minutes.",
  rep=R("pod", k=8, group=14))

X("es", "us", "tiktok", "emprende.con.ana", "Ana Lozano", "Emprendimiento femenino 💪 Quito", "life",
  36900, 410, 380, ["positive:engagement_pod:closed_group"], [POD],
  "The same 16 entrepreneur creators comment within minutes of every video.",
  rep=R("pod", k=7, group=16))

X("de", "eu", "instagram", "yoga.mit.hanna", "Hanna Jung", "Yoga & Achtsamkeit 🧘‍♀️ Freiburg", "fitness",
  17300, 690, 590, ["positive:engagement_pod:closed_group"], [POD],
  "Thirteen yoga accounts comment within minutes on each post, the same ones every time.",
  rep=R("pod", k=8, group=13), dec=[clear(22, "Anzeige | Mit @matte.natur zeige ich euch meine neue Kork-Yogamatte.", "clear_disclosure_de")])


# ============================================================ engagement_pod: hard negatives (own cases)

X("fr", "eu", "instagram", "potager.de.mamie.rose", "Rose Durand", "Le potager de mamie Rose 🥕 Berry", "life",
  1500, 340, 410, [hn(POD, "small_friend_group"), hn(GEN, "friends_personal")], [],
  "1,500 followers; six friends and grandchildren comment on most posts, spread over the day, with family jokes.",
  er=0.07, rep=R("friends", k=7, group=6))

X("pt", "eu", "instagram", "grupo.corrida.braga", "Corredores de Braga", "Grupo de corrida de Braga 🏃 treinos à quarta", "fitness",
  1800, 460, 520, [hn(POD, "small_friend_group"), hn(ABV, "club_members")], [],
  "A running club with 1,800 followers: five regular members comment on nearly every post, hours apart; engagement from members is normal for a club.",
  er=0.065, rep=R("friends", k=6, group=5))

X("en", "us", "instagram", "thepaperlanterns.band", "The Paper Lanterns", "Indie folk from Asheville. Tour dates below.", "life",
  28700, 390, 480, [hn(POD, "fans_fast_not_closed")], [],
  "Fans reply quickly to show announcements, but different people each time; no fixed circle.",
  rep=R("organic", k=7, per=(6, 10), speed=(2, 90)))

X("de", "eu", "mastodon", "@spieleabend@chaos.social", "Spieleabend Kollektiv", "Brettspielabende in Leipzig, jeden Freitag.", "life",
  1200, 640, 1400, [hn(POD, "fediverse_regulars"), hn(MAS, "fediverse_normal")], [],
  "A small board-game collective on Mastodon whose regulars reply over the evening; it follows 640 accounts with 1,200 followers.",
  rep=R("conv", k=5, per=(3, 6)))


# ============================================================ undisclosed_sponsorship: positives

X("en", "us", "instagram", "makeup.by.harper", "Harper Cooper", "Makeup artist 💄 Chicago | bridal & editorial", "style",
  44800, 720, 1110, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "Thanks a brand for sending a palette and urges followers to buy it through her link, with no disclosure of the gift.",
  key=[P(6, "Obsessed is an understatement 😍 Thank you @lumina.cosmetics for sending me the new Dusk palette! The shimmer shades are unreal. Linked in my bio, go go go!")],
  dec=[viral(40, "Recreated my grandma's 1962 wedding makeup for her 85th birthday. She cried, I cried 💄", 38, 14000, m=15, vm=50, kind="video")])

X("es", "eu", "instagram", "cocina.de.raquel", "Raquel Domínguez", "Cocina de diario 🥘 Córdoba", "food",
  27300, 610, 840, ["positive:undisclosed_sponsorship:discount_code"], [UND],
  "Promotes a knife brand with a personal discount code and no 'publicidad' or 'colaboración'.",
  key=[P(9, "Por fin cuchillos que cortan de verdad 🔪 Los de @filoacero me tienen enamorada. Con RAQUEL15 tenéis un 15 % en su web, ¡corred!")],
  dec=[questions((16, "¿Qué receta queréis para Navidad? Os leo 👇"))])

X("de", "eu", "youtube", "camping.mit.carla", "Camping mit Carla", "Vanlife und Camping in Skandinavien.", "travel",
  73800, None, 240, ["positive:undisclosed_sponsorship:affiliate_links"], [UND],
  "The description lists the camping gear with affiliate-tagged links and says nothing about commission or advertising.",
  vr=0.09,
  key=[P(7, "Unsere komplette Camping-Ausrüstung für den Winter in Lappland.\n\nAusrüstung:\nSchlafsack ▶ https://partner.nordgear.example/schlafsack-arktis?ref=campingcarla\nKocher ▶ https://partner.nordgear.example/kocher-mini?ref=campingcarla\nStirnlampe ▶ https://partner.nordgear.example/lampe-400?ref=campingcarla",
         title="Winter in Lappland: unsere komplette Ausrüstung",
         links=["https://partner.nordgear.example/schlafsack-arktis?ref=campingcarla", "https://partner.nordgear.example/kocher-mini?ref=campingcarla", "https://partner.nordgear.example/lampe-400?ref=campingcarla"])],
  dec=[collab(50, "Zu Gast bei den Fjordnomaden! Wir sind zwei Tage mit ihnen durch Norwegen gefahren.", 48, 21000,
              ("Fjordnomaden", "Carla, das war die schönste Etappe der Saison mit euch! Schaut bei ihr rein, Leute.", 90), m=5, vm=14)])

X("fr", "eu", "instagram", "julie.et.ses.chats", "Julie Dupont", "3 chats, 1 appart, 0 canapé intact 🐱 Rennes", "life",
  36200, 580, 970, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "Shows a cat tree 'offered' by a brand, with their tag and a code, without 'publicité' or 'collaboration commerciale'.",
  key=[P(12, "Regardez ce que @miaou.design nous a offert 😻 L'arbre à chat en bois est déjà adopté par Moka. Code JULIE10 sur leur site si vous craquez aussi !")])

X("it", "eu", "tiktok", "tecnologia.con.tommaso", "Tommaso Ferrara", "Tech e gadget 📱 Milano", "tech",
  139000, 190, 520, ["positive:undisclosed_sponsorship:paid_no_label"], [UND],
  "A scripted promotion of earbuds with a brand code and link, no platform label and no 'pubblicità'.",
  key=[P(5, "Le cuffie che uso ogni giorno in metro 🎧 @sonora.audio Air 3: cancellazione del rumore top e 30 ore di batteria. Con TOMMY15 avete il 15% sul loro sito!")],
  dec=[steady(0.006)])

X("pt", "eu", "instagram", "casa.da.madalena", "Madalena Cruz", "Casa, plantas e café ☕ Coimbra", "life",
  21900, 540, 760, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "Thanks a brand for a gifted lamp and praises it, with no 'publicidade' or gift disclosure.",
  key=[P(8, "Obrigada @lusa.luz por este candeeiro lindo que me enviaram 🤍 Mudou completamente o meu canto de leitura.")],
  dec=[lurk(0.45)])

X("en", "uk", "instagram", "dog.walks.with.dex", "Dex & Leo", "Leo the whippet and his human 🐕 Yorkshire Dales", "travel",
  58400, 690, 1220, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "A dog-food brand sent a hamper, tagged and praised, with no #ad; UK rules require gifts to be labelled.",
  key=[P(10, "Huge thanks to @hound.kitchen for the hamper! Leo has eaten nothing else all week 🐾 Code LEO20 for 20% off your first box.")],
  dec=[press(37, "Leo made the local paper! 'Whippet walks 1,000 miles of the Dales.' Thank you to everyone who stopped us to say hi 🐕", 35, 14000, m=11)])

X("es", "us", "youtube", "gaming.con.santi", "Gaming con Santi", "Gameplays y reviews de hardware.", "tech",
  164000, None, 520, ["positive:undisclosed_sponsorship:affiliate_links"], [UND],
  "Affiliate-tagged links to a graphics card and monitor in the description, with no statement that he earns from them.",
  vr=0.08,
  key=[P(4, "Monté mi nuevo PC gamer por menos de 900 dólares. Piezas:\n\nGráfica ▶ https://go.tiendapc.example/rtx?tag=santigaming-20\nMonitor ▶ https://go.tiendapc.example/monitor27?tag=santigaming-20\nTeclado ▶ https://go.tiendapc.example/teclado?tag=santigaming-20",
         title="Mi PC gamer por menos de 900 dólares",
         links=["https://go.tiendapc.example/rtx?tag=santigaming-20", "https://go.tiendapc.example/monitor27?tag=santigaming-20", "https://go.tiendapc.example/teclado?tag=santigaming-20"])])

X("de", "eu", "instagram", "hundeleben.lotta", "Lotta Braun", "Hundeleben mit Lotta 🐶 Lüneburger Heide", "life",
  31600, 570, 880, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "'Hat mir @marke geschickt' with a code and no 'Werbung' or 'Anzeige'.",
  key=[P(11, "Das neue Geschirr hat mir @pfotenglueck.shop geschickt 🐶 endlich zieht nichts mehr am Hals! Mit LOTTA15 spart ihr 15 %.")],
  dec=[questions((18, "Eure Fragen zum Barfen, ich beantworte sie heute Abend 🐶"), (4, "Welche Hundeschule könnt ihr im Raum Lüneburg empfehlen?"))])

X("fr", "eu", "youtube", "bricolage.avec.vincent", "Bricolage avec Vincent", "Bricolage et rénovation pour débutants.", "tech",
  121000, None, 330, ["positive:undisclosed_sponsorship:paid_no_label"], [UND],
  "The whole video presents a drill brand's new range with a promo link and code, with no platform label or 'publicité'.",
  vr=0.08,
  key=[P(9, "J'ai testé toute la nouvelle gamme @forex.outils pendant un mois. Lien et code VINCENT10 en description pour -10 % !", title="J'ai testé TOUTE la gamme Forex (résultat surprenant)")])

X("it", "eu", "instagram", "mamma.e.bimbi.roma", "Camilla Giordano", "Mamma di due 👶👧 Roma", "life",
  42700, 810, 1120, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "'Me l'hanno regalato' a brand of baby carriers, tagged, with no 'pubblicità' or 'regalo' label.",
  key=[P(7, "Il nuovo marsupio me l'hanno regalato quelli di @abbraccio.baby e non lo tolgo più 😍 Leggerissimo. Vi lascio il link nelle storie!")],
  dec=[daily_format(0.2, 1.7)])

X("pt", "us", "tiktok", "skin.da.yasmin", "Yasmin Nunes", "Skincare brasileiro 🇧🇷 Curitiba", "style",
  88700, 220, 410, ["positive:undisclosed_sponsorship:discount_code"], [UND],
  "Pushes a serum brand with her code and link, no #publi or platform label.",
  key=[P(6, "Meu sérum favorito do momento é da @pele.brasil 💧 Usa o cupom YAS15 no site deles e me conta depois!")])

X("en", "us", "web", "trailrunnerstips.com", "Trail Runner's Tips", "Trail shoe and gear reviews since 2015.", "fitness",
  None, None, None, ["positive:undisclosed_sponsorship:affiliate_links"], [UND],
  "A review blog whose 'best trail shoes' roundup links every shoe through affiliate links, with no affiliate or commission notice.",
  key=[P(8, "The 7 best trail running shoes of 2026 (tested on 600 miles)\n\n1. Ridgeback Trail 5 – check price: https://shop.trailgear.example/ridgeback5?aff=trtips\n2. Summit Fly – check price: https://shop.trailgear.example/summitfly?aff=trtips",
         title="The 7 best trail running shoes of 2026",
         links=["https://shop.trailgear.example/ridgeback5?aff=trtips", "https://shop.trailgear.example/summitfly?aff=trtips"])])

X("es", "eu", "tiktok", "maquillaje.con.andrea", "Andrea Herrera", "Maquillaje fácil 💄 Santander", "style",
  102000, 160, 460, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "Unboxes a 'PR' box from a brand and raves about it, with no disclosure.",
  key=[P(5, "Me ha llegado la caja PR de @brillo.cosmetics y estoy en shock 😱 la base nueva es una maravilla, os dejo el código ANDREA10.")],
  dec=[viral(44, "Me maquillé con lo que encontré en la cocina de mi abuela (spoiler: el cacao funciona) 😂", 42, 33000, m=12, vm=40, abv=True)])

X("de", "eu", "instagram", "bike.bastian", "Bastian König", "Gravelbike & Bikepacking 🚲 Schwarzwald", "fitness",
  25400, 640, 790, ["positive:undisclosed_sponsorship:hosted_trip"], [UND],
  "Thanks a tourism board for 'inviting' him on a three-day trip and promotes it, without marking it as advertising.",
  key=[P(13, "Drei Tage Gravel im Elsass – danke @alsace.velo.tourisme für die Einladung! 🚲 Unterkünfte, Guide und Verpflegung waren top organisiert. Nachmachen!")],
  dec=[newwave(0.5, 70)])

X("fr", "eu", "tiktok", "mode.petits.prix", "Agathe Simon", "Mode à petits prix 👗 Lille", "style",
  78600, 130, 390, ["positive:undisclosed_sponsorship:affiliate_link"], [UND],
  "Every outfit links to a shop through a tagged affiliate link, with no disclosure.",
  key=[P(4, "Toute ma tenue est à moins de 60 € 👗 Lien dans ma bio !", links=["https://lien.modeshop.example/tenue-automne?aff=agathe-simon"])])

X("it", "eu", "youtube", "recensioni.di.giorgio", "Recensioni di Giorgio", "Recensioni di elettrodomestici da cucina.", "tech",
  58300, None, 190, ["positive:undisclosed_sponsorship:affiliate_links"], [UND],
  "Affiliate links for every appliance reviewed, with no note that he earns from them.",
  vr=0.1,
  key=[P(6, "Le 5 migliori friggitrici ad aria del 2026.\n\n1. Aria Pro ▶ https://shrt.compraora.example/aria-pro?tag=giorgiorec-21\n2. CrispMax ▶ https://shrt.compraora.example/crispmax?tag=giorgiorec-21",
         title="Le 5 migliori friggitrici ad aria (2026)",
         links=["https://shrt.compraora.example/aria-pro?tag=giorgiorec-21", "https://shrt.compraora.example/crispmax?tag=giorgiorec-21"])])

X("pt", "eu", "instagram", "tiago.surf.nazare", "Tiago Carvalho", "Surf de ondas grandes 🌊 Nazaré", "fitness",
  67800, 520, 930, ["positive:undisclosed_sponsorship:paid_no_label"], [UND],
  "A wetsuit brand's campaign post with their tag and a link, no 'publicidade' and no platform label.",
  key=[P(9, "Nova temporada, novo fato 🌊 o @mar.bravo Pro 5/4 aguentou três horas na água gelada. Link na bio para verem a coleção.")],
  dec=[press(56, "Saí no telejornal das 20h! A onda de quinta-feira na Praia do Norte, obrigado a toda a equipa de segurança 🌊📺", 54, 22000, m=12)])

X("en", "uk", "tiktok", "budget.beauty.bea", "Bea Russell", "Beauty on a budget 💸 Cardiff", "style",
  134000, 170, 480, ["positive:undisclosed_sponsorship:discount_code"], [UND],
  "A brand code and enthusiastic promotion with no #ad; UK rules require one.",
  key=[P(3, "This £8 lip oil from @petal.glow is better than the £30 one, I said it 💋 Use BEA15 for 15% off!")])

X("es", "us", "instagram", "el.chef.ismael", "Ismael Marín", "Chef de parrilla 🔥 Córdoba, Argentina", "food",
  48300, 590, 1020, ["positive:undisclosed_sponsorship:gifted"], [UND],
  "'Me regalaron' a grill from a brand, tagged and praised, no disclosure.",
  key=[P(10, "Me regalaron la parrilla nueva los amigos de @fuego.criollo y la estrené con un vacío de 3 kilos 🔥 Vale cada peso.")],
  dec=[decline(-0.0005)])

X("de", "eu", "web", "kuechengeraete-test.de", "Küchengeräte-Test", "Wir testen Küchengeräte im Alltag. Seit 2019.", "food",
  None, None, None, ["positive:undisclosed_sponsorship:affiliate_links"], [UND],
  "A product-test blog linking every blender through affiliate links, without 'Werbung' or an affiliate note.",
  key=[P(12, "Standmixer-Test 2026: 6 Geräte im Vergleich\n\nTestsieger: Mixwerk Pro – hier günstig kaufen: https://partner.kuechenshop.example/mixwerk-pro?ref=kgtest\nPreistipp: Quirl 500 – hier kaufen: https://partner.kuechenshop.example/quirl500?ref=kgtest",
         title="Standmixer-Test 2026: 6 Geräte im Vergleich",
         links=["https://partner.kuechenshop.example/mixwerk-pro?ref=kgtest", "https://partner.kuechenshop.example/quirl500?ref=kgtest"])])


# ============================================================ weak_disclosure: positives

X("en", "us", "instagram", "lazy.sunday.lily", "Lily James", "Slow living & coffee ☕ Portland", "life",
  33800, 610, 970, ["positive:weak_disclosure:sp_tag"], [WEK],
  "A paid coffee post labelled only '#sp'.",
  key=[P(8, "Sunday pour-over with the new Ethiopia roast from @ember.beans ☕ code LILY15 for 15% off #sp #coffeetime")],
  dec=[viral(45, "My 92-year-old neighbour taught me to make coffee the way she did on the farm in 1950. I'll never use a machine again.", 43, 12000, m=18, vm=40, kind="video")])

X("en", "us", "instagram", "trail.mom.hannah", "Hannah Murphy", "Hiking with 3 kids ⛰️ Colorado", "travel",
  71600, 730, 1240, ["positive:weak_disclosure:platform_label_only_us"], [WEK],
  "Uses only the platform's paid-partnership label, which US guidance does not treat as enough on its own.",
  key=[P(11, "Kids' hiking boots that survived three 14ers this summer 🥾 from @little.summit.", pp=True)],
  dec=[questions((20, "Ask me anything about hiking with toddlers 👇 answering tonight"))])

X("en", "uk", "instagram", "rainy.day.reads", "Ivy Collins", "Book reviews 📚 Edinburgh", "life",
  24700, 580, 1310, ["positive:weak_disclosure:gifted_tag_uk"], [WEK],
  "A gifted book box marked only '#gifted' at the end; UK guidance says gifts need '#ad', not ambiguous tags.",
  key=[P(7, "October's thriller box from @plot.twist.books has me staying up way too late 📚 the candle smells like an old library. #gifted #bookstagram")],
  dec=[byear(0.4, 70)])

X("de", "eu", "instagram", "kaffeeliebe.karo", "Karoline Walter", "Kaffee & Kuchen ☕ Heidelberg", "food",
  19300, 540, 780, ["positive:weak_disclosure:ad_in_hashtag_cloud"], [WEK],
  "The paid post's only label is '#ad' inside a long block of hashtags at the end, which German courts consider insufficient.",
  key=[P(9, "Herbstlicher Apfelkuchen mit der neuen Zimtmischung von @gewuerzhaus.nord 🍎 Rezept in den Kommentaren!\n.\n.\n#apfelkuchen #backen #herbst #kuchenliebe #rezept #selbstgemacht #zimt #heidelberg #kaffeeundkuchen #backenmachtglücklich #ad #sonntagskuchen #foodblogger #herbstrezepte #backliebe")])

X("es", "eu", "instagram", "cami.sostenible", "Camila Ortega", "Moda sostenible 🌱 Valencia", "style",
  27800, 660, 840, ["positive:weak_disclosure:collab_tag"], [WEK],
  "A paid clothing post marked only '#collab'.",
  key=[P(13, "El vestido de lino de @tela.viva se ha convertido en mi uniforme de otoño 🌾 Código CAMI10. #collab #modasostenible")],
  dec=[lurk(0.4)])

X("fr", "eu", "instagram", "lucas.cuisine.veggie", "Lucas Girard", "Cuisine végétarienne 🥕 Nantes", "food",
  30600, 590, 910, ["positive:weak_disclosure:partner_tag"], [WEK],
  "A paid post marked only '#partenariat' at the end, not 'publicité' or 'collaboration commerciale'.",
  key=[P(10, "Curry de lentilles corail avec les épices de @route.des.epices 🌶️ recette complète en légende. #partenariat #veggie")],
  dec=[decline(-0.0005)])

X("it", "eu", "instagram", "la.bici.di.greta", "Greta Mariani", "Cicloturismo 🚲 Emilia-Romagna", "travel",
  22400, 510, 720, ["positive:weak_disclosure:sp_tag"], [WEK],
  "A paid e-bike post tagged only '#sp'.",
  key=[P(6, "300 km di Appennino con la e-bike di @pedala.elettrico ⚡ batteria infinita. Codice GRETA5 #sp #cicloturismo")],
  dec=[collab(41, "Due giorni in bici con @lucia.pedala e i suoi 400mila follower! Guardate il nostro video 🚲", 39, 8200,
              ("lucia.pedala", "Greta sei una forza della natura, rifacciamolo in primavera!", 35), kind="video")])

X("pt", "eu", "instagram", "joana.beleza.natural", "Joana Moreira", "Beleza natural 🌿 Braga", "style",
  18700, 520, 690, ["positive:weak_disclosure:lone_trailing_ad"], [WEK],
  "A long caption about a paid skincare line ends with a lone 'ad' after the hashtags.",
  key=[P(12, "A minha rotina de noite mudou desde que comecei com o óleo facial da @raiz.cosmetica 🌿\n\n1. Limpeza dupla\n2. Tónico\n3. Três gotas de óleo\n4. Creme de noite\n\nA pele está mais calma e as manchas mais claras. Já vou no segundo frasco.\n\n#skincare #belezanatural #rotinadenoite #pelesensivel ad")])

X("en", "us", "youtube", "desk.setup.eli", "Eli Barnes – Desk Setups", "Desk setups and productivity gear.", "tech",
  97300, None, 280, ["positive:weak_disclosure:buried_below_fold"], [WEK],
  "A desk-setup video whose 'sponsored by' line sits at the very end of a long description, after chapters and links.",
  vr=0.09,
  key=[P(5, "My 2026 desk setup tour – everything I use to work from home.\n\nChapters\n0:00 Tour\n2:10 Monitor\n5:40 Chair\n9:15 Lighting\n12:30 Cable management\n\nMy gear list: https://deskeli.example/gear\nCamera: https://deskeli.example/camera\n\nThis video is sponsored by Lumora Lights.",
         title="My 2026 Desk Setup Tour")])

X("es", "us", "instagram", "valen.fitness.ar", "Valentina Cabrera", "Fitness y nutrición 💪 Mendoza", "fitness",
  39400, 780, 1010, ["positive:weak_disclosure:partner_tag"], [WEK],
  "A paid supplement post marked only '#partner'.",
  key=[P(8, "Mi proteína vegana favorita es la de @planta.fuerte 🌱 sabor cacao. Código VALEN10. #partner #fitness")],
  dec=[steady(0.005)])

X("de", "eu", "tiktok", "gaming.gustav", "Gustav Schmitt", "Gaming & Setup 🎮 Dortmund", "tech",
  86200, 180, 430, ["positive:weak_disclosure:kooperation_tag"], [WEK],
  "A paid headset promotion marked only '#kooperation'.",
  key=[P(7, "Das Headset, mit dem ich jetzt jede Runde spiele 🎧 @klangwerk.gaming X7, Link in Bio. #kooperation #gaming")])

X("es", "eu", "tiktok", "moda.con.nerea", "Nerea Blanco", "Moda y tendencias 👗 Bilbao", "style",
  73100, 140, 420, ["positive:weak_disclosure:sponso_tag"], [WEK],
  "A paid fashion haul marked only '#sponso'.",
  key=[P(9, "Haul de otoño de @calle.moda 🍂 todo por menos de 100 €. #sponso #haul")],
  dec=[daily_format(0.22, 1.4)])

X("fr", "eu", "tiktok", "astuces.beaute.ines", "Inès Robin", "Astuces beauté 💄 Bordeaux", "style",
  94800, 120, 410, ["positive:weak_disclosure:ad_buried"], [WEK],
  "A paid mascara post where 'pub' appears only at the end of a long caption.",
  key=[P(6, "Le mascara qui tient toute la journée même sous la pluie bretonne 🌧️ @cils.de.france, testé pendant 3 semaines au boulot, à la salle et à un mariage. Résultat : zéro trace sous les yeux. Lien dans ma bio. #mascara #beaute #maquillage pub")])

X("it", "eu", "tiktok", "caffe.e.chiacchiere", "Noemi Ferrara", "Caffè e chiacchiere ☕ Torino", "food",
  52600, 100, 380, ["positive:weak_disclosure:collab_tag"], [WEK],
  "A paid coffee-machine video marked only '#collab'.",
  key=[P(11, "La mia nuova macchina per l'espresso di @moka.moderna ☕ prima estrazione in diretta! #collab #caffè")])

X("pt", "us", "instagram", "mari.viaja.br", "Mariana Rocha", "Viagens pelo Brasil 🌴 Salvador", "travel",
  56900, 840, 1180, ["positive:weak_disclosure:parceria_tag_only"], [WEK],
  "A hosted resort stay marked only '#parceria' at the end, without '#publi' or 'publicidade'.",
  key=[P(10, "Três dias de paz na @pousada.marazul em Trancoso 🌊 café da manhã com vista pro mar. #parceria #trancoso")],
  dec=[press(48, "Fui entrevistada no programa de viagens da TV Bahia! Falei dos roteiros baratos pelo Nordeste 📺", 46, 16000, m=12)])

X("en", "uk", "tiktok", "fit.with.freya", "Freya Powell", "Strength training for women 🏋️‍♀️ Bristol", "fitness",
  67300, 150, 390, ["positive:weak_disclosure:ambassador_tag"], [WEK],
  "A paid apparel post marked only '#ambassador', a stand-alone term the guidance calls unclear.",
  key=[P(8, "New season leggings from @liftwear 🖤 squat-proof, tested. #ambassador #gymgirl")])

X("de", "eu", "instagram", "reise.familie.wolf", "Familie Wolf", "Reisen mit drei Kindern 🚐 Ulm", "travel",
  41800, 690, 1060, ["positive:weak_disclosure:label_below_fold"], [WEK],
  "A hosted family holiday where 'Werbung' appears only at the bottom of a long caption, far below the fold.",
  key=[P(14, "Eine Woche Ostsee mit drei Kindern und einem Hund 🌊\n\nTag 1: Strand, Sandburg, Regen\nTag 2: Fahrradtour nach Kühlungsborn\nTag 3: Seebrücke und Fischbrötchen\nTag 4: Schlechtwetter-Tag im Schwimmbad\nTag 5: Leuchtturm\nTag 6: Kite-Schule für den Großen\nTag 7: Packen und Heulen\n\nDanke an @ostsee.ferienhaus.meer für die Einladung!\n\nWerbung")],
  dec=[byear(0.4, 70)])

X("es", "us", "youtube", "tecnologia.con.lupe", "Tecnología con Lupe", "Tecnología explicada fácil.", "tech",
  74200, None, 260, ["positive:weak_disclosure:buried_below_fold"], [WEK],
  "'Patrocinado por' appears only at the end of a long description after links; nothing at the start of the video's text.",
  vr=0.09,
  key=[P(7, "Los 5 mejores celulares de gama media de 2026.\n\nCapítulos\n0:00 Intro\n1:30 Primer lugar\n4:10 Segundo\n7:20 Tercero\n10:05 Cuarto\n12:40 Quinto\n\nMis redes: https://lupetech.example/redes\n\nVideo patrocinado por Nexora.",
         title="Los 5 mejores celulares de gama media (2026)")])

X("fr", "eu", "instagram", "jardin.de.clement", "Clément Lefèvre", "Jardin en permaculture 🌱 Anjou", "life",
  16900, 420, 690, ["positive:weak_disclosure:thanks_only"], [WEK],
  "A paid tool post saying only 'merci @marque' and '#partenaire', without 'publicité'.",
  key=[P(9, "Merci @outils.verts pour cette grelinette qui m'a sauvé le dos cet automne 🌱 #partenaire #permaculture")],
  dec=[newwave(0.45, 70)])

X("it", "eu", "instagram", "pizza.fatta.in.casa", "Leonardo Fontana", "Pizza fatta in casa 🍕 Napoli", "food",
  36800, 570, 980, ["positive:weak_disclosure:ad_in_hashtag_cloud"], [WEK],
  "The paid flour post's only label is '#adv' buried in a cloud of hashtags at the end.",
  key=[P(5, "Impasto a 72 ore con la farina tipo 1 di @mulino.antico 🍕\n.\n.\n#pizza #pizzanapoletana #impasto #lievitomadre #fattoincasa #pizzalovers #napoli #farina #adv #forno #pizzatime #cucinaitaliana #foodporn #homemade")])

X("pt", "eu", "tiktok", "receitas.do.andre", "André Ribeiro", "Receitas rápidas 🍳 Faro", "food",
  61700, 130, 370, ["positive:weak_disclosure:sp_tag"], [WEK],
  "A paid cookware video marked only '#sp'.",
  key=[P(8, "A frigideira da @tacho.forte aguenta tudo 🍳 código ANDRE10. #sp #receitasrapidas")])


# ============================================================ sponsorship: hard negatives (own cases)

X("fr", "eu", "instagram", "anna.tricot.lyon", "Anna Dubois", "Tricot et laine locale 🧶 Lyon", "life",
  23600, 510, 820, [hn(UND, "clear_disclosure_fr"), hn(WEK, "clear_disclosure_fr")], [],
  "Opens her paid post with 'Publicité | Collaboration commerciale avec'.",
  key=[P(9, "Publicité | Collaboration commerciale avec @laines.du.vercors 🧶 Mon pull d'hiver tricoté avec leur laine mérinos française.")])

X("de", "eu", "instagram", "werbung.frei.leben", "Jakob Meyer", "Minimalismus & Konsumkritik 🌿 Jena", "life",
  14800, 460, 610, [hn(UND, "werbung_as_topic"), hn(WEK, "werbung_as_topic")], [],
  "He writes about why he stopped doing 'Werbung' and about advertising in general; no post is sponsored.",
  key=[P(6, "Warum ich seit einem Jahr keine Werbung mehr mache – und was das mit meinem Konsum zu tun hat. Ein langer Text über Werbung, Rabattcodes und Verzicht 🌿")])

X("en", "us", "instagram", "the.bakers.table.tx", "Stella Ward", "I teach sourdough classes in Austin 🍞 own bakery", "food",
  28400, 640, 890, [hn(UND, "own_course")], [],
  "Promotes her own sourdough class with her own code; it is her business.",
  key=[P(4, "Spots open for my January sourdough class 🍞 Use STELLA15 at checkout. It's my little bakery, my kitchen, my starter (Gerald Jr).")])

X("es", "eu", "instagram", "elena.ilustra", "Elena Navarro", "Ilustradora ✏️ Madrid | tienda de láminas", "life",
  19600, 720, 930, [hn(UND, "thanking_friend"), hn(WEK, "collab_between_artists")], [],
  "'#collab' marks a joint illustration with a friend, and she thanks another friend for the studio; no brand is involved.",
  key=[P(8, "Ilustración a cuatro manos con mi amiga @rocio.dibuja 💛 ¡Deslizad para ver su parte! Y gracias a @taller.la.nave por dejarnos el estudio. #collab #ilustracion")])

X("it", "eu", "instagram", "marta.e.il.suo.partner", "Marta Colombo", "Io, il mio partner e un cane 🐕 Verona", "life",
  12900, 560, 690, [hn(WEK, "partner_means_life_partner"), hn(UND, "brand_mention_no_signal")], [],
  "'Partner' is her boyfriend; the brand of their old tent is mentioned in passing, with no commercial signal.",
  key=[P(10, "Dieci anni con il mio partner e la nostra vecchia tenda @alpina.outdoor ancora in piedi ⛺ #partner #campeggio")])

X("pt", "us", "instagram", "passeios.por.sp", "Caio Lopes", "Passeios em SP 🏙️", "travel",
  23800, 610, 870, [hn(WEK, "sp_means_sao_paulo"), hn(UND, "sp_means_sao_paulo")], [],
  "'#sp' means São Paulo in his walking posts; nothing is sponsored.",
  key=[P(5, "Sábado no Mercadão: sanduíche de mortadela e pastel de bacalhau 🥪 #sp #mercadao"),
       P(17, "Pôr do sol no Beco do Batman #sp #vilamadalena")])

X("en", "uk", "youtube", "hillwalker.holly", "Holly Perry", "Hillwalking in the Peak District and beyond.", "travel",
  41700, None, 160, [hn(UND, "clear_disclosure_youtube"), hn(WEK, "clear_disclosure_youtube")], [],
  "The video's platform label says it includes paid promotion and the description opens with 'Ad:' and the brand.",
  vr=0.09,
  key=[P(6, "Ad: this video is sponsored by Moorland Maps. I planned the whole Kinder Scout route on their app.\n\n0:00 Start at Edale", title="Kinder Scout in the snow (ad)", pp=True)])

X("es", "eu", "tiktok", "sorteos.de.rocio", "Rocío Marín", "Repostería creativa 🎂 Huelva", "food",
  43100, 150, 380, [hn(UND, "giveaway_disclosed"), hn(WEK, "giveaway_disclosed"), hn(GEN, "giveaway_mentions"), hn(RAT, "giveaway_single_post")], [],
  "Her giveaway is labelled 'Publicidad | Sorteo en colaboración con' at the start; its comments are mention-only, as the rules ask.",
  key=[P(12, "Publicidad | Sorteo en colaboración con @moldes.dulces 🎂 Para participar: comenta etiquetando a dos amigas. ¡Suerte!", m=3, cm=40,
         replies=[("lucia_reposteria", "@mari.cakes @ana_dulce", 5), ("pilar.huelva", "@carmen.r @isa_g", 8), ("rosa.tartas", "@belen_m @sonia.p", 12),
                  ("nati.cocina", "@cris_l @marta_v", 15), ("loli.moldes", "@pepa_s @inma_r", 22)])])

X("it", "eu", "instagram", "scarpe.di.lorenzo", "Lorenzo Mancini", "Calzolaio artigiano 👞 Firenze", "style",
  9800, 390, 570, [hn(UND, "own_workshop_code")], [],
  "A cobbler promoting his own workshop's shoes with his own code.",
  key=[P(7, "Le nuove stringate fatte a mano nella mia bottega 👞 Con il codice BOTTEGA10 avete il 10% sul mio sito fino a domenica.")])

X("pt", "eu", "instagram", "ana.corre.lisboa", "Ana Ferreira", "Corrida e ciência 🏃‍♀️ Lisboa", "fitness",
  20800, 530, 740, [hn(UND, "clear_disclosure_pt"), hn(WEK, "clear_disclosure_pt")], [],
  "Her sponsored post starts with 'Publicidade |'.",
  key=[P(9, "Publicidade | Em parceria com @passada.certa: os ténis com que fiz a Maratona de Lisboa.")])

X("en", "us", "instagram", "cycling.coach.rowan", "Rowan Cooper", "Cycling coach 🚴 Boulder", "fitness",
  37200, 560, 910, [hn(UND, "clear_disclosure_en"), hn(WEK, "clear_disclosure_en")], [],
  "Starts his paid post with 'Sponsored:' and names the brand, before any other text.",
  key=[P(11, "Sponsored: I'm partnering with @velo.fuel on this one. Their chews got me through 140 miles on Saturday. Honest review below.")])

X("fr", "eu", "instagram", "ma.petite.ferme.bio", "Jeanne Vincent", "Petite ferme bio en Normandie 🐓", "life",
  11700, 420, 640, [hn(UND, "own_farm_shop"), hn(UND, "thanking_friend")], [],
  "Sells her own farm's produce with her own code and thanks a neighbour for help with the harvest.",
  key=[P(8, "Les paniers d'hiver de la ferme sont en ligne 🥕 Code FERME10 pour les abonnés ! Et merci à notre voisin @paul.maraicher pour le coup de main à la récolte.")])


# ============================================================ mixed hard negatives (several benign features at once)

X("de", "eu", "mastodon", "@wissenschaft_lena@norden.social", "Lena Fischer", "Wissenschaftsjournalistin. Medizin, Statistik, Fahrradstadt Münster.", "tech",
  21300, 2400, 14100, [hn(MAS, "fediverse_normal"), hn(BLW, "mastodon_normal"), hn(GEN, "conversational"), hn(POD, "fediverse_regulars")], [],
  "Follows 2,400 people she talks to on Mastodon; about 0.9% of her followers favourite a typical post, ordinary for a large account posting links; replies are real discussion from a rotating set of regulars over hours.",
  er=0.009, rep=R("conv", k=5, per=(4, 8)))

X("en", "us", "bluesky", "inkwell-cartoons.bsky.social", "Jonah Fisher", "Political cartoonist. One cartoon a day since 2011.", "life",
  48700, 3100, 4200, [hn(MAS, "industry_network"), hn(FLT, "daily_format")], [],
  "Follows 3,100 accounts (editors, other cartoonists, reporters), a small share of his 48.7k audience and stable over months; a daily cartoon with engagement that swings with the news.",
  sigma=0.35, gap=1.0)

X("fr", "eu", "instagram", "librairie.la.mouette", "Librairie La Mouette", "Librairie indépendante à La Rochelle 📚 coups de cœur chaque jour", "life",
  6200, 1900, 2300, [hn(MAS, "local_business"), hn(ABV, "niche_community"), hn(GEN, "short_but_specific"), hn(FLT, "consistent_but_varied")], [],
  "An independent bookshop following 1,900 local readers and publishers back; its daily picks draw 4–6% engagement and short, specific replies about the books from many readers; counts vary naturally.",
  er=0.05, sigma=0.2, gap=1.4, rep=R("organic", k=5, per=(4, 7)),
  key=[P(2, "Coup de cœur du jour : un premier roman sur une famille d'ostréiculteurs de l'île de Ré. On en a commandé vingt 📚",
         replies=[("claire.lit", "Vous le mettez de côté pour moi ? Je passe samedi", 30), ("marc.bouquine", "C'est celui dont parlait France Inter ?", 90),
                  ("lise_rochelle", "Mon père était ostréiculteur, je le prends !", 200)])])

X("en", "us", "youtube", "big.pot.kitchen", "Big Pot Kitchen", "Family dinners in one pot. New video every Sunday.", "food",
  1120000, None, 640, [hn(BLW, "views_platform"), hn(FLT, "rounded_counts"), hn(DRP, "mega_small_relative")], [],
  "1.1M subscribers: likes per subscriber look low, but 70–120k views per video with 3–4% likes is normal on YouTube. Counts are abbreviated, and a loss of 4,000 subscribers in one day is 0.4%.",
  vr=0.08, fixed="round", snap=daily(70, 0.0002, [(24, -4000, 1)], noise=1.2))

X("es", "us", "tiktok", "profe.de.baile.ramiro", "Ramiro Vázquez", "Profe de salsa 💃🕺 Cali | clases online", "fitness",
  2240000, 120, 1350, [hn(BLW, "tiktok_normal"), hn(FLT, "rounded_counts"), hn(DRP, "mega_small_relative")], [],
  "2.2M followers; about 0.9% like a typical video, normal for a TikTok account this size. Abbreviated counts make numbers round, and losing 8,000 in a day is 0.4%.",
  vr=0.1, fixed="round", snap=daily(70, 0.00025, [(17, -8000, 1)], noise=1.3))

X("it", "eu", "instagram", "fotografo.moda.ricci", "Pietro Ricci", "Fotografo di moda 📸 Milano · Parigi", "style",
  1310000, 2100, 2800, [hn(BLW, "mega_normal"), hn(MAS, "industry_network")], [],
  "A fashion photographer with 1.3M followers at about 0.6% engagement (normal above a million); he follows 2,100 models, agencies and magazines, a tiny share of his audience.",
  er=0.006)

X("pt", "eu", "instagram", "gd.vila.nova.futebol", "GD Vila Nova", "Clube de futebol amador ⚽ Vila Nova de Cerveira", "fitness",
  1900, 1650, 980, [hn(MAS, "community_account"), hn(POD, "small_friend_group"), hn(GEN, "friends_personal"), hn(ABV, "club_members")], [],
  "A village football club with 1,900 followers following 1,650 locals and players back; five players and parents comment on most posts, at different hours; 6–7% engagement is normal for a club this size.",
  er=0.065, rep=R("friends", k=6, group=5))

X("en", "uk", "mastodon", "@linocut_rosa@mastodon.art", "Rosa Turner", "Linocut printmaker. Seaside towns, gulls, ink on my hands.", "life",
  900, 850, 3100, [hn(MAS, "fediverse_normal"), hn(ABV, "small_fediverse"), hn(FLT, "small_numbers")], [],
  "A printmaker on a small art instance following 850 fellow artists, with 900 followers; 6–9% favourites and small, uneven numbers are normal at this size.",
  er=0.075)

X("en", "us", "bluesky", "ecology-dr-kim.bsky.social", "Dr. Aria Kim", "Freshwater ecologist. Rivers, fish, field days. 🐟", "tech",
  15200, 2800, 6100, [hn(MAS, "scientist_network"), hn(GEN, "conversational")], [],
  "Follows 2,800 colleagues and science communicators with 15,200 followers, steady for months; replies discuss her field photos and papers.",
  rep=R("conv", k=5, per=(4, 8)))

X("fr", "eu", "instagram", "voyages.photo.gabriel", "Gabriel Morel", "Photographe de voyage 🌍 Islande, Patagonie, Japon", "travel",
  142000, 1620, 1890, [hn(MAS, "industry_network"), hn(BLW, "low_end_normal")], [],
  "Follows 1,620 photographers and travel brands with 142k followers; engagement around 0.8% is at the low end of normal for his size.",
  er=0.008)

X("es", "eu", "bluesky", "indie-dev-hugo.bsky.social", "Hugo Campos", "Hago un juego de plataformas en mis ratos libres 🎮 Zaragoza", "tech",
  7100, 2900, 3800, [hn(MAS, "dev_community"), hn(GEN, "conversational")], [],
  "Follows 2,900 fellow indie developers with 7,100 followers, built up slowly without churn; replies are devs discussing his builds.",
  rep=R("conv", k=5, per=(3, 7)), snap=S(cad=7, days=126, g=0.002, fw="climb"))

X("en", "us", "bluesky", "capitol-wire-notes.bsky.social", "Capitol Notes", "A reporter's notes from the statehouse. Links to the full stories.", "life",
  83400, 740, 9200, [hn(BLW, "link_sharing_normal"), hn(DRP, "gradual_decline")], [],
  "Mostly links to statehouse stories: about 0.6% of followers like a typical post, ordinary for a large news account on Bluesky; followers drift down slowly between sessions.",
  er=0.006, snap=daily(90, -0.0006, noise=0.35))

X("it", "eu", "instagram", "calligrafia.di.bea", "Beatrice Galli", "Calligrafia e lettering ✒️ Bergamo | corsi", "life",
  3200, 410, 640, [hn(ABV, "niche_community"), hn(GEN, "short_but_specific"), hn(FLT, "daily_format")], [],
  "A calligrapher with 3,200 followers and 8–9% engagement from a devoted community; short replies ask about nibs and inks; she posts almost daily and counts vary naturally.",
  er=0.085, sigma=0.22, gap=1.2, rep=R("organic", k=5, per=(4, 7)),
  key=[P(3, "Copperplate con pennino Nikko G e inchiostro ferrogallico. Ancora troppo tremolante sulle maiuscole ✒️",
         replies=[("lettering.luca", "Che carta usi?", 25), ("anna.scrive", "Le maiuscole sono bellissime invece!", 70),
                  ("corsi.calligrafia.bg", "Il ferrogallico lo fai tu?", 180)])])

"""Code-switching voices: Spanglish, Denglisch, franglais, Italian and
Portuguese mixed with English, on both sides of the line."""
from model import K

K("es", "tiktok", "el.primo.carts", "el primo 💨", "LA • carts • gummies • hit me up", 13000,
  ["positive:drugs_alcohol:code_switching", "positive:drugs_alcohol:drug_sale"],
  "Spanglish THC-cartridge and pill seller in Los Angeles with prices and 'hit me up por DM'.",
  {"drugs_alcohol": "floor"},
  ["bro tengo los carts de 2 gramos, $25 each o 5 por $100 💨 hit me up por DM",
   "gummies de 500mg para los que no fuman, pero cuidado que pegan fuerte jaja",
   "también tengo las azules 💊 pero solo pa' clientes que ya conozco",
   "delivery en el valle y east side, cash o zelle"],
  country="US", region="us")

K("de", "instagram", "mindset.marvin.coaching", "Marvin | Mindset & Money", "Passive Income • Mindset • DM 'START' 🚀", 21000,
  ["positive:spam:code_switching", "positive:spam:get_rich_course"],
  "Denglisch hustle coach pushing a 'passive income' program with fake scarcity and income claims.",
  {"spam": "medium"},
  ["Bro, dein 9-to-5 macht dich nicht rich. Mein Passive Income System schon 🚀 DM mir 'START'",
   "Letzter Call für das Mentoring, nur noch 3 Slots, Preis steigt am Friday",
   "Mindset > Skillset. Broke people fragen 'ist das Scam?', rich people fragen 'wie schnell?'",
   "Screens von meinen Students in der Story, alles real"])

K("fr", "tiktok", "la.tess.du.18", "La Tess 18 🔥", "drill • 18e • big up la team", 16000,
  ["positive:crime:code_switching", "positive:crime:gang_flex"],
  "Franglais drill-crew clips bragging about attacking a rival ('on a shoot l'opp', 'il a fui') and robbing him.",
  {"crime": "high", "profanity": "medium", "arms": "medium"},
  ["on a catch l'opp à Barbès, il a laissé ses Air Max et son phone 😂 big up la team",
   "le ter-ter c'est à nous, les opps ils font que du bla-bla, nous on slide",
   "le fer il reste dans le sac, demande à ceux d'en face",
   "putain les keufs toute la night dans le hall"])

K("it", "instagram", "crypto.lorenzo.roi", "Lorenzo | Crypto ROI", "ROI garantito • full passive • link in bio", 9400,
  ["positive:spam:code_switching", "positive:spam:guaranteed_returns"],
  "Italian-English crypto promoter promising a guaranteed 100% ROI in 30 days on a 'staking' platform.",
  {"spam": "floor"},
  ["ROI garantito al 100% in 30 giorni, full passive, zero skills needed 🚀 link in bio",
   "I miei follower hanno già fatto cash out, proof nelle stories",
   "Il bonus di referral è insane: 15% su ogni amico",
   "Non è financial advice, è financial freedom 😎"])

K("pt", "instagram", "glow.detox.thaisa", "Thaisa ✨ glow up natural", "detox • wellness • parasite cleanse", 35000,
  ["positive:misinformation:code_switching", "positive:misinformation:miracle_cure"],
  "Portuguese-English wellness influencer claiming a 'parasite cleanse' cures autism, diabetes and anxiety.",
  {"misinformation": "high"},
  ["Meu parasite cleanse de 30 dias curou minha ansiedade e a diabetes da minha mãe ✨ glow up de dentro pra fora",
   "Autismo é parasita, mães. Façam o detox e vejam a diferença",
   "Os médicos não falam porque o business deles é você doente",
   "Kit detox com meu cupom THAI10 na bio (minha marca) 🌿"])

K("es", "instagram", "nurse.vale.er", "Vale RN 🩺", "ER nurse • Houston • Spanglish health tips", 42000,
  ["hard_negative:death_injury:code_switching_nurse", "hard_negative:death_injury:medical_professional"],
  "A Spanglish ER nurse describing trauma shifts clinically for education.",
  {"death_injury": "low"},
  ["Turno de noche: dos GSW, un MVA y una abuelita con el hip fracturado. Full trauma, pero todos vivos 🙏",
   "Si ves a alguien con stroke symptoms: cara caída, brazo débil, habla rara. Llama al 911 ya",
   "Cinturón de seguridad, siempre. He visto lo que pasa sin él",
   "Post-shift tacos con el team 🌮"],
  country="US", region="us")

K("de", "tiktok", "zockerbruder.finn", "Finn zockt 🎮", "Shooter • Clips • Live Mi+Fr", 39000,
  ["hard_negative:arms:gaming_slang", "hard_negative:death_injury:gaming_slang"],
  "A Denglisch gamer whose 'ganze Lobby gekillt', 'Headshot' and 'Sniper' clips are about video games.",
  {},
  ["Ganze Lobby gekillt mit der Sniper 💥 Headshot Nummer 12 war sick",
   "Mein Teammate hat mich wieder gegriefed, unfassbar",
   "Bester Clip der Woche: 1v4 clutch, Chat ist eskaliert",
   "Neue Maus, neues Glück"])

K("fr", "instagram", "burger.bros.paname", "Burger Bros Paname 🍔", "smash burgers • Paris 11", 27000,
  ["hard_negative:terrorism:everyday_words", "hard_negative:death_injury:everyday_words"],
  "A franglais burger joint whose 'une bombe', 'killer sauce' and 'ça tue' are food talk.",
  {},
  ["Le nouveau smash est une BOMBE 💣 big up à la team cuisine",
   "Killer sauce maison, la recette reste secrète",
   "Ce cheese fries ça tue, je vous préviens",
   "Fermé lundi, on se voit mardi"])

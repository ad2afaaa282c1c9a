"""Hand-written ordinary posts, mixed into each creator's feed around its key posts."""

EN = """Finally fixed the squeaky hinge on the back door. Small wins.
Rainy Sunday, big pot of lentil soup, two chapters of a good book. Perfect.
Does anyone else keep forty tote bags and still forget one every time?
First frost on the windshield this morning. Scraper season is back.
Took the long way home through the park and the leaves are unreal right now.
Coffee count today: three. Regrets: zero.
My neighbour's cat has decided our porch is her office. We pay her in ham.
Tried a new running route and got lost twice. 9 km of accidental sightseeing.
Who else reorganised their whole bookshelf instead of answering emails?
Farmers market haul: heirloom tomatoes, a ridiculous amount of basil, honey from the guy with the bees.
Weekend plan is literally nothing and I'm thrilled about it.
Grandma's recipe cards are the best thing I own. Her handwriting on the crumb cake one gets me every time.
The train was 20 minutes late but I finished my podcast so honestly fine.
Little reminder to drink some water and step outside for five minutes today.
Repotted every plant in the flat. Floor is covered in soil. Worth it.
Went to see the local youth orchestra tonight and the cellist was fourteen. Fourteen!
Batch-cooked for the week: chili, roasted veg, overnight oats. Future me says thanks.
Birthday dinner with the best people. Still full.
Three years since I moved here. Still not used to how early the sun sets in winter.
Thrifted a wool coat for next to nothing and it fits like it was made for me.
Power went out for two hours and we played cards by candlelight like it was 1890.
Reading recommendations for a long flight? Nothing too heavy please.
The dog learned to open the treat drawer. We are no longer in charge.
Morning walk by the river, mist everywhere, one heron judging me.
Spent the afternoon helping my dad clear the garage. Found my old skateboard.
Tried pottery for the first time. Made one bowl and one very abstract ashtray.
Marathon training week 6: legs tired, brain happy.
Q&A on Thursday evening, drop your questions below.
New video is up, link in bio as always. Thank you for watching!
Sorry for the quiet week, had a nasty cold. Back to normal now.
Sunset from the ferry tonight. No filter needed.
Making a playlist for autumn drives. Send me your best songs.
Library haul! Four novels and a book about mushrooms I will absolutely not finish.
Homemade pizza night. The kids insisted on pineapple. I have lost this battle.
Finished the puzzle, one piece missing. Classic.
My inbox is a crime scene. Taking the day to reply to everyone, promise.
Thank you for 10 years of this little corner of the internet. You lot are the best.
Brunch with my sister, then a very long nap.""".split("\n")

ES = """Domingo de lluvia, cocido en la olla y una peli antigua. No pido más.
Hoy he vuelto a correr después de tres semanas. Me duele todo pero qué gusto.
¿Alguien más guarda las bolsas de tela y luego nunca las lleva encima?
Mercado del sábado: tomates de verdad, pimientos del padrón y un queso que huele a gloria.
Mi abuela sigue haciendo las mejores croquetas del mundo y no hay debate posible.
El tren llegó tarde pero terminé el libro, así que ni tan mal.
Primer día de frío en serio. He sacado la manta del sofá y ya no me levanto.
Recomendadme series cortas para el fin de semana, porfa.
Paseo por el Retiro con las hojas amarillas. Otoño, te quiero.
He reorganizado toda la estantería en vez de contestar correos. Productividad nivel experto.
Cumpleaños de mi sobrina: tarta de tres pisos y once niños gritando. Sobreviví.
Nuevo vídeo en el canal, enlace en la bio. ¡Gracias por estar ahí!
Hoy toca limpieza general. Deseadme suerte.
El gato del vecino ha decidido que nuestra terraza es su casa. Ya le hemos puesto nombre.
Atardecer desde el puerto. Sin filtros.
Hice pan por primera vez y salió algo parecido a un ladrillo. Mañana lo vuelvo a intentar.
Café, manta y lista de tareas que no voy a hacer. Domingo perfecto.
Gracias por los mensajes de estos días, estoy mucho mejor del catarro.
Ruta por la sierra con amigos. 14 km y un bocadillo de tortilla que supo a gloria.
Me he apuntado a clases de cerámica. Mi primer cuenco es... conceptual.
Cena con las de siempre. Reímos tanto que nos echaron del bar.
Directo el jueves a las 20h, dejad vuestras preguntas.
Tres años viviendo en esta ciudad y todavía me pierdo en el centro.
La playa en noviembre tiene algo especial. Vacía, tranquila, perfecta.
Lista de libros para el invierno: acepto sugerencias.
Mi perro ha aprendido a abrir la nevera. Estamos perdidos.
Hoy no he hecho nada útil y me parece estupendo.
Gazpacho de fin de temporada antes de que llegue el frío del todo.""".split("\n")

DE = """Regnerischer Sonntag, Linseneintopf auf dem Herd und ein gutes Buch. Mehr brauche ich nicht.
Heute zum ersten Mal seit drei Wochen wieder laufen gewesen. Alles tut weh, aber es war herrlich.
Wochenmarkt-Ausbeute: Kürbis, Äpfel vom Hof und viel zu viel Käse.
Der Zug hatte 25 Minuten Verspätung. Immerhin hab ich das Hörbuch fertig.
Erster Frost heute Morgen. Die Eiskratzer-Saison ist eröffnet.
Spaziergang am See, Nebel überall, ein Reiher hat mich sehr kritisch angeschaut.
Habe das ganze Bücherregal neu sortiert statt Mails zu beantworten. Klassiker.
Omas Apfelkuchen-Rezept ist immer noch das beste der Welt.
Neues Video ist online, Link in der Bio. Danke fürs Zuschauen!
Die Katze der Nachbarn wohnt jetzt offiziell auf unserem Balkon.
Geburtstag mit den liebsten Menschen. Immer noch satt.
Wer hat Buchtipps für eine lange Zugfahrt? Bitte nichts zu Schweres.
Heute nur Sofa, Tee und Decke. Und das ist völlig okay so.
Ausflug in die Berge mit Freunden, 16 Kilometer und eine Brotzeit auf der Hütte.
Habe zum ersten Mal Brot gebacken. Es war eher ein Ziegelstein. Nächste Woche neuer Versuch.
Stromausfall für zwei Stunden, wir haben bei Kerzenlicht Karten gespielt.
Flohmarktfund: ein alter Wollmantel für 15 Euro, passt wie angegossen.
Live-Fragerunde am Donnerstag um 19 Uhr, schreibt mir eure Fragen.
Sorry für die ruhige Woche, war erkältet. Jetzt geht es wieder.
Sonnenuntergang von der Fähre aus. Ganz ohne Filter.
Drei Jahre in dieser Stadt und ich verlaufe mich immer noch in der Altstadt.
Töpferkurs ausprobiert. Eine Schale, ein sehr abstrakter Aschenbecher.
Meal-Prep für die Woche: Chili, Ofengemüse, Overnight Oats.
Der Hund kann jetzt die Leckerli-Schublade öffnen. Wir haben verloren.
Herbstspaziergang durch den Park, das Laub ist gerade unglaublich.
Danke für zehn Jahre in dieser kleinen Ecke des Internets.""".split("\n")

FR = """Dimanche pluvieux, soupe de potiron et un bon roman. Rien de plus.
Reprise de la course après trois semaines. J'ai mal partout mais quel bonheur.
Marché du samedi : pommes du verger, un comté affiné 24 mois et beaucoup trop de pain.
Le train avait 20 minutes de retard, j'ai fini mon podcast, donc ça va.
Premières gelées ce matin. La saison du grattoir est ouverte.
Balade au bord de la Loire, brume partout, un héron qui me juge.
J'ai rangé toute ma bibliothèque au lieu de répondre à mes mails. Efficacité maximale.
La tarte aux pommes de ma grand-mère reste imbattable.
Nouvelle vidéo en ligne, lien en bio. Merci d'être là !
Le chat des voisins a décidé que notre balcon était son bureau.
Anniversaire avec mes personnes préférées. Je n'ai plus faim jusqu'à jeudi.
Des idées de livres pour un long trajet en train ? Rien de trop lourd svp.
Aujourd'hui : canapé, thé, plaid. Et c'est très bien comme ça.
Randonnée dans le Vercors entre amis, 15 km et un pique-nique mémorable.
Premier pain maison. Résultat : une brique. On retente la semaine prochaine.
Coupure de courant pendant deux heures, soirée jeux de cartes à la bougie.
Trouvé un manteau en laine en friperie pour 12 euros. Il me va parfaitement.
Live jeudi à 19h, posez vos questions en commentaire.
Désolée pour le silence, j'étais malade. Ça va mieux !
Coucher de soleil depuis le ferry. Sans filtre.
Trois ans dans cette ville et je me perds encore dans le vieux centre.
Premier cours de poterie : un bol et un cendrier très conceptuel.
Le chien a appris à ouvrir le tiroir des friandises. Nous avons perdu le contrôle.
Les feuilles du parc sont incroyables en ce moment.
Merci pour ces dix ans dans ce petit coin d'internet.
Batch cooking du dimanche : chili, légumes rôtis, porridge pour la semaine.""".split("\n")

IT = """Domenica di pioggia, minestrone sul fuoco e un buon libro. Non chiedo altro.
Oggi sono tornata a correre dopo tre settimane. Dolori ovunque ma che gioia.
Mercato del sabato: zucca, castagne e un pecorino che profuma di montagna.
Il treno era in ritardo di mezz'ora ma ho finito il podcast, quindi va bene così.
Prima brina sul parabrezza stamattina. Si ricomincia.
Passeggiata sul lungolago, nebbia ovunque e un airone che mi giudicava.
Ho riordinato tutta la libreria invece di rispondere alle mail. Produttività massima.
Il tiramisù della nonna resta il migliore, non si discute.
Nuovo video online, link in bio. Grazie di cuore!
Il gatto dei vicini ha deciso che il nostro balcone è casa sua.
Compleanno con le persone più care. Sono ancora piena.
Consigli di lettura per un lungo viaggio in treno? Niente di troppo pesante.
Oggi divano, tisana e coperta. E va benissimo così.
Escursione in Dolomiti con gli amici, 14 km e un panino che sapeva di paradiso.
Primo pane fatto in casa: un mattone. Riproverò la settimana prossima.
Blackout di due ore, abbiamo giocato a carte a lume di candela.
Cappotto di lana vintage trovato al mercatino a 15 euro. Perfetto.
Diretta giovedì alle 21, lasciate le vostre domande qui sotto.
Scusate il silenzio, ero a letto con l'influenza. Ora sto meglio.
Tramonto dal traghetto. Nessun filtro.
Tre anni in questa città e mi perdo ancora nei vicoli del centro.
Primo corso di ceramica: una ciotola e un posacenere molto concettuale.
Il cane ha imparato ad aprire il cassetto dei biscotti. Siamo spacciati.
Le foglie del parco in questi giorni sono uno spettacolo.
Grazie per questi dieci anni in questo piccolo angolo di internet.
Meal prep della domenica: chili, verdure al forno, porridge per la settimana.""".split("\n")

PT = """Domingo de chuva, caldo verde no fogão e um bom livro. Não preciso de mais nada.
Voltei a correr depois de três semanas. Dói tudo, mas que bom que foi.
Mercado de sábado: castanhas, maçãs da quinta e um queijo da serra maravilhoso.
O comboio atrasou 20 minutos, mas acabei o podcast, por isso está tudo bem.
Primeira geada esta manhã. Já se sente o inverno.
Passeio à beira-rio, nevoeiro por todo o lado e uma garça a julgar-me.
Arrumei a estante toda em vez de responder aos emails. Produtividade máxima.
O bolo de laranja da minha avó continua a ser o melhor do mundo.
Vídeo novo no canal, link na bio. Obrigada por estarem aí!
O gato dos vizinhos decidiu que a nossa varanda é o escritório dele.
Aniversário com as pessoas de quem mais gosto. Ainda estou cheia.
Sugestões de livros para uma viagem longa? Nada muito pesado, por favor.
Hoje é sofá, chá e mantinha. E está ótimo assim.
Caminhada na serra com amigos, 15 km e uma bifana que soube a céu.
Primeiro pão caseiro: saiu um tijolo. Para a semana há mais.
Falhou a luz durante duas horas e jogámos às cartas à luz das velas.
Casaco de lã em segunda mão por 12 euros. Assenta na perfeição.
Direto na quinta às 21h, deixem as vossas perguntas.
Desculpem o silêncio, estive doente. Já estou melhor!
Pôr do sol visto do cacilheiro. Sem filtro.
Três anos nesta cidade e ainda me perco na Baixa.
Primeira aula de cerâmica: uma taça e um cinzeiro muito conceptual.
O cão aprendeu a abrir a gaveta dos biscoitos. Perdemos o controlo.
As folhas do jardim estão incríveis nesta altura.
Obrigada por dez anos neste cantinho da internet.
Marmitas da semana: chili, legumes assados e papas de aveia.""".split("\n")

POOLS = {"en": EN, "es": ES, "de": DE, "fr": FR, "it": IT, "pt": PT}


def pool(lang, theme):
    return POOLS[lang]

"""Hand-written newsqa questions (the source of questions.json; see make_newsqa.py).

Each entry: id, kind, q (the question), sup = [(article key, snippet)] where the snippet is a piece of
the sentence that states the answer (make_newsqa.py widens it to the full sentence; a snippet that
starts with "=" is kept as written), facts = [[aliases]].
Optional: cf = [(value, replacement)] and alt = [[altered aliases]] for the counterfactual copy;
cf_article when the altered copy is not the first support article; outlets for comparisons;
absent = [regex] + why for unanswerable questions; forbidden / correction / why for false premises;
arts = topic articles when there is no support.
"""

ABOUT = (
    "newsqa: RGB-style question suite over real news held in this repository's shared data: CNN/Daily Mail "
    "articles (cnndm-NNN), multi-outlet events (mo-NNN = line number in multioutlet_dev.jsonl) and the two "
    "seed articles. Questions were written for this suite (none reused from qa_dev_multioutlet.json, whose "
    "events' answers are not reused either). kinds: factoid, why, list, yesno, broad, comparison (multioutlet, "
    "with outlets), unanswerable (on-topic details that no article of the combined 713-article corpus states; "
    "'absent' holds the regexes checked over every article, 'why' what the articles say instead) and "
    "false_premise ('forbidden' = aliases of the wrong detail in the question, 'correction' = alias lists of "
    "the true detail). facts: list of facts, each a list of aliases; an answer covers a fact when any alias "
    "appears in it (case-insensitive). support: exact sentence(s) of the article stating the answer. "
    "Counterfactual questions carry 'altered' (aliases of the altered value), 'altered_article' and "
    "'substitutions' (value -> replacement, applied to every whole-token occurrence in that article; the "
    "altered copy is <article>-altered in corpus_conflict.jsonl). The rejection variant uses factoid, why and "
    "list questions against corpus_rejection.jsonl (<article>-redacted copies with every sentence holding an "
    "alias removed, plus same-event articles holding no alias). split: dev/test, never sharing an article or "
    "an event (related events are kept together)."
)


def Q(id, kind, q, sup=(), facts=(), **kw):
    d = {"id": id, "kind": kind, "q": q, "sup": list(sup), "facts": [list(f) for f in facts]}
    d.update(kw)
    return d


# Near-duplicate / same-story CNN/DM articles: always in the same split.
CNNDM_STORY_GROUPS = [
    ["cnndm-106", "cnndm-166"],               # Goldsmiths diversity officer Bahar Mustafa
    ["cnndm-100", "cnndm-193", "cnndm-223"],  # Mayweather v Pacquiao build-up
    ["cnndm-184", "cnndm-186"],               # why the Neanderthals died out
    ["cnndm-121", "cnndm-225"],               # Bali Nine executions
    ["cnndm-157", "cnndm-195", "cnndm-214"],  # Manchester United / the Manchester derby
    ["cnndm-155", "cnndm-199"],               # Arsenal v Chelsea at the Emirates
    ["cnndm-130", "cnndm-232"],               # Miami Open 2015
    ["cnndm-120", "cnndm-201"],               # Mario Balotelli
    ["cnndm-113", "cnndm-131"],               # Hillary Clinton's April 2015 campaign launch
    ["cnndm-160", "cnndm-220"],               # Watford's promotion run
    ["cnndm-135", "cnndm-202"],               # Chelsea title run
]

# Distinct multioutlet events about the same running story: kept in one split.
RELATED_EVENTS = [
    ["basil-a4edca3f-931f-4785-8c3f-f3d8fa84cbec", "basil-c5534b7e-a373-4962-8345-3847bc41a636"],
    ["allsides-5997", "allsides-5948"],
    ["allsides-6045", "allsides-6021"],
    ["allsides-5780", "allsides-5775"],
    ["allsides-5643", "allsides-5630"],
    ["allsides-5862", "allsides-5663", "allsides-5686"],
    ["allsides-6014", "allsides-5809"],
    ["allsides-6082", "basil-0d10341a-9dba-4374-a524-814c300d1611"],
    ["allsides-6003", "allsides-5832"],
    ["allsides-5786", "allsides-5635"],
]

# A few groups pinned so that the rarer kinds (yes/no) fall into both splits; the rest is balanced by count.
SPLIT_OVERRIDES: dict[str, str] = {
    "art:cnndm-140": "dev",
    "art:cnndm-124": "dev",
    "event:basil-84678e18-0b79-4570-9c9f-cb1cf88d968e": "dev",
    "art:cnndm-123": "test",
}

QUESTIONS = []
add = QUESTIONS.append

# =====================================================================================================
# CNN / Daily Mail
# =====================================================================================================

# cnndm-100 / 193 / 223: Mayweather v Pacquiao
add(Q("c100-roger-share", "factoid",
      "According to Manny Pacquiao's trainer Freddie Roach, what share of Floyd Mayweather Jr's victories came while his uncle Roger was in his corner?",
      [("cnndm-100", "floyd got 90 percent of his wins")],
      [["90 percent", "90%", "90 per cent", "ninety percent"]],
      cf=[("90", "70")], alt=[["70 percent", "70%", "70 per cent", "seventy percent"]]))
add(Q("c100-fight-date", "factoid",
      "On what date were Floyd Mayweather Jr and Manny Pacquiao due to meet in their Las Vegas mega-fight?",
      [("cnndm-100", "eagerly - anticipated mega - fight with pacquiao in las vegas on may 2")],
      [["may 2", "2 may", "May 2nd"]]))
add(Q("c223-rousey", "factoid",
      "Which UFC champion paid a visit to Manny Pacquiao's Los Angeles training camp and said she was rooting for him against Mayweather?",
      [("cnndm-223", "Ufc women's champion ronda rousey reinforced her support")],
      [["Rousey", "Ronda Rousey"]],
      cf=[("rondarousey", "mieshatate"), ("ronda rousey", "miesha tate"), ("rousey", "tate")],
      alt=[["Tate", "Miesha Tate"]]))
add(Q("c223-celebs", "list",
      "Which other celebrities, besides Ronda Rousey, have dropped in on Manny Pacquiao's camp to back him before the Mayweather bout?",
      [("cnndm-223", "including the fighter star mark wahlberg")],
      [["Wahlberg"], ["Tebow", "Teebow"], ["Jaworski"], ["Duvall"]]))

# cnndm-101: confetti protest at the ECB
add(Q("c101-protester-name", "factoid",
      "What name did the woman who showered ECB president Mario Draghi with confetti at his Frankfurt press conference give for herself?",
      [("cnndm-101", "who identified herself later as josephine witt")],
      [["Witt", "Josephine Witt"]],
      cf=[("josephine witt", "johanna wendt"), ("witt", "wendt")], alt=[["Wendt", "Johanna Wendt"]]))
add(Q("c101-hometown", "factoid",
      "According to police, which German city did the protester who leapt onto Mario Draghi's podium come from?",
      [("cnndm-101", "Police said the woman was 21 and from hamburg.")],
      [["Hamburg"]]))
add(Q("c101-yesno-composure", "yesno",
      "Did Mario Draghi go back to finish his press conference after the confetti attack in Frankfurt?",
      [("cnndm-101", "Mr draghi returned minutes later looking a little shaken")],
      [["yes"]]))

# cnndm-102: dog poisoning figures
add(Q("c102-deaths", "factoid",
      "How many of the dogs treated for poisoning in the Kennel Club's 2010-2014 figures died?",
      [("cnndm-102", "Of those, 470 dogs died.")],
      [["470"]],
      cf=[("470", "520")], alt=[["520"]]))
add(Q("c102-anaemia", "list",
      "Which three vegetables does the Kennel Club warn can give dogs life-threatening anaemia?",
      [("cnndm-102", "Onions, garlic and leeks")],
      [["onion", "onions"], ["garlic"], ["leek", "leeks"]]))
add(Q("c102-top-cause", "factoid",
      "Which kind of item caused the largest number of dog poisonings in the figures compiled by the Kennel Club and the Veterinary Poisons Information Service?",
      [("cnndm-102", "Painkillers were the most common cause")],
      [["painkiller", "painkillers"]]))

# cnndm-103: lawnmower death in Suffolk
add(Q("c103-age", "factoid",
      "How old was Richard Clements, who died when his ride-on mower toppled into a pond at his home in Wattisham, Suffolk?",
      [("cnndm-103", "62 - year - old richard clements")],
      [["62"]],
      cf=[("62", "67")], alt=[["67"]]))
add(Q("c103-employer", "factoid",
      "Which company did Richard Clements of Wattisham work for alongside his friend Peter Mead?",
      [("cnndm-103", "imperial chemical industries ( ici )")],
      [["Imperial Chemical Industries", "ICI"]]))

# cnndm-104: Lion King video
add(Q("c104-views", "factoid",
      "How many views had Barles Charkley's Facebook clip of his daughter Viktoria crying at The Lion King received?",
      [("cnndm-104", "which has so far garnered more than four million views")],
      [["four million", "4 million", "4m"]],
      cf=[("four million", "six million")], alt=[["six million", "6 million", "6m"]]))

# cnndm-105: councillor eating roast duck
add(Q("c105-meal", "factoid",
      "What was Camden Tory councillor Jonny Bucknell caught eating in the council chamber?",
      [("cnndm-105", "caught tucking into a roast duck dinner")],
      [["roast duck", "duck"]]))
add(Q("c105-car-year", "factoid",
      "In which year did councillor Jonny Bucknell sleep in his car during the Conservative party conference?",
      [("cnndm-105", "In 2013 he slept in his car")],
      [["2013"]],
      cf=[("2013", "2012")], alt=[["2012"]]))

# cnndm-106 / 166: Goldsmiths students' union event
add(Q("c106-organiser", "factoid",
      "Which students' union officer at Goldsmiths, University of London, told men and white people not to come to a meeting on diversifying the curriculum?",
      [("cnndm-106", "Bahar mustafa, student union welfare and diversity officer")],
      [["Bahar Mustafa", "Mustafa"]]))
add(Q("c166-sign", "factoid",
      "What did the handmade sign say that Goldsmiths diversity officer Bahar Mustafa was photographed in front of while pretending to cry?",
      [("cnndm-166", "shows her posing in front if a `no white men' sign")],
      [["no white men"]]))

# cnndm-107: FA charges after cup pitch invasions
add(Q("c107-clubs", "list",
      "Which two clubs did the Football Association charge after fans ran onto the pitch following their FA Cup quarter-final wins?",
      [("cnndm-107", "Aston villa and reading have been charged by the football association")],
      [["Aston Villa", "Villa"], ["Reading"]]))
add(Q("c107-reading-score", "factoid",
      "What was the score when Reading knocked Bradford out of the FA Cup in their quarter-final replay?",
      [("cnndm-107", "after the royals beat bradford 3 - 0 in a replay")],
      [["3-0", "3 - 0", "three-nil"]],
      cf=[("3 - 0", "4 - 0")], alt=[["4-0", "4 - 0", "four-nil"]]))

# cnndm-108: Burnley 0-1 Arsenal
add(Q("c108-scorer", "factoid",
      "Who scored the only goal of Arsenal's win over Burnley at Turf Moor?",
      [("cnndm-108", "A first - half strike by the outstanding aaron ramsey")],
      [["Ramsey", "Aaron Ramsey"]],
      cf=[("aaron ramsey", "theo walcott"), ("ramsey", "walcott")], alt=[["Walcott", "Theo Walcott"]]))
add(Q("c108-run", "factoid",
      "How many successive victories did the win at Burnley give Arsene Wenger's Arsenal?",
      [("cnndm-108", "record an eighth win in a row")],
      [["eight", "8", "eighth"]]))

# cnndm-109: 'Scary Lucy'
add(Q("c109-town", "factoid",
      "In which New York town does the Lucille Ball statue nicknamed 'Scary Lucy' stand?",
      [("cnndm-109", "the i love lucy statue in celoron, new york")],
      [["Celoron"]],
      cf=[("celoron", "lakewood")], alt=[["Lakewood"]]))

# cnndm-110: Milan courthouse shooting
add(Q("c110-judge", "factoid",
      "Which judge did Claudio Giardiello shoot dead during his rampage at the Milan courthouse?",
      [("cnndm-110", "before shooting dead judge fernando ciampi")],
      [["Ciampi", "Fernando Ciampi"]],
      cf=[("ciampi", "ferrante")], alt=[["Ferrante", "Fernando Ferrante"]]))
add(Q("c110-charge", "factoid",
      "What offence was Claudio Giardiello due in the Milan court to answer for on the day of the shooting?",
      [("cnndm-110", "accused of fraudulent bankruptcy")],
      [["fraudulent bankruptcy", "bankruptcy"]]))
add(Q("c110-how-entered", "why",
      "How did Claudio Giardiello manage to get his weapon past security into the Milan courthouse, according to the public prosecutor?",
      [("cnndm-110", "Giardiello likely used a false id pass")],
      [["false id", "fake id", "false pass", "false identity"], ["side door", "metal detector"]]))
add(Q("c110-broad", "broad",
      "What happened at the Milan courthouse where Claudio Giardiello was on trial?",
      [("cnndm-110", "A gunman has killed four people - including a judge and a witness"),
       ("cnndm-110", "reaching the town of vimercate 15 miles from milan before being arrested")],
      [["four", "4"], ["judge"], ["arrested", "Vimercate"]]))

# cnndm-111: French binge drinking
add(Q("c111-ten-years-ago", "factoid",
      "A decade before the latest French survey, what share of 18 to 25-year-olds said they had drunk alcohol only to get drunk?",
      [("cnndm-111", "compared to 33 per cent ten years ago")],
      [["33 per cent", "33%", "33 percent"]],
      cf=[("33", "28")], alt=[["28 per cent", "28%", "28 percent"]]))
add(Q("c111-official", "factoid",
      "Which French public health official blamed the rise in binge drinking among young French people on an Anglo-Saxon habit?",
      [("cnndm-111", "Francis bourdillon, head of the national institute")],
      [["Bourdillon", "Francis Bourdillon"]]))

# cnndm-112: Le Pen family rift
add(Q("c112-replacement", "factoid",
      "Whom did Jean-Marie Le Pen name as the best person to stand in his place in the Provence-Alpes-Cote d'Azur regional elections?",
      [("cnndm-112", "mr le pen said the best replacement candidate would be his grand - daughter")],
      [["Marion", "granddaughter", "grand-daughter", "Marechal"]]))
add(Q("c112-age", "factoid",
      "How old is National Front founder Jean-Marie Le Pen, who pulled out of the regional elections after a row with his daughter Marine?",
      [("cnndm-112", "The 86 - year - old's announcement came after")],
      [["86"]],
      cf=[("86", "88")], alt=[["88"]]))
add(Q("c112-why-row", "why",
      "Why did Marine Le Pen turn against her father's candidacy in the December regional elections?",
      [("cnndm-112", "Mr le pen had repeated his claim that the holocaust"),
       ("cnndm-112", "His 46 - year - old daughter had reacted furiously to the outburst")],
      [["holocaust", "detail of history", "racist", "anti-semitic", "petain"]]))

# cnndm-113: Clinton's dash to Boston
add(Q("c113-why-boston", "why",
      "Why did Hillary Clinton's motorcade drive from Concord all the way to Boston's Logan airport instead of flying out of Manchester, New Hampshire?",
      [("cnndm-113", "The boston flight, though, used a larger aircraft"),
       ("cnndm-113", "The manchester flight was scheduled to use a smaller plane")],
      [["first class", "first-class"]]))
add(Q("c113-miles", "factoid",
      "How much nearer was the Manchester, N.H. airport than Boston Logan on Hillary Clinton's route back to Washington?",
      [("cnndm-113", "which was 55 miles closer")],
      [["55 miles", "55"]],
      cf=[("55", "45")], alt=[["45 miles", "45"]]))
add(Q("c113-van", "factoid",
      "What nickname has Hillary Clinton's Secret Service conversion van been given?",
      [("cnndm-113", "Her secret service - provided `scooby' van motored")],
      [["Scooby"]]))

# cnndm-114: Xana Doyle crash
add(Q("c114-court", "factoid",
      "At which court did driver Sakhawat Ali admit causing the death of 19-year-old Xana Doyle?",
      [("cnndm-114", "when he appeared at cardiff crown court yesterday")],
      [["Cardiff Crown Court", "Cardiff"]],
      cf=[("cardiff", "swansea")], alt=[["Swansea Crown Court", "Swansea"]]))
add(Q("c114-offences", "list",
      "Which offences did Sakhawat Ali plead guilty to over the Newport crash that killed Xana Doyle?",
      [("cnndm-114", "Ali admitted causing death by dangerous driving")],
      [["dangerous driving"], ["aggravated vehicle taking", "vehicle taking"]]))
add(Q("c114-yesno-other-car", "yesno",
      "Was another vehicle involved in the crash in which Xana Doyle was killed in Newport?",
      [("cnndm-114", "which did not involve any other vehicle")],
      [["no"]]))

# cnndm-115: Miliband's kitchen
add(Q("c115-downstairs", "factoid",
      "According to Ed Miliband, who lives in the basement and uses the downstairs kitchen of his London home?",
      [("cnndm-115", "Our nanny lives downstairs")],
      [["nanny"]]))
add(Q("c115-son", "factoid",
      "Which of Ed Miliband's sons called the family's much-mocked kitchen 'the best' in the house?",
      [("cnndm-115", "The unwitting admission from five - year - old daniel")],
      [["Daniel"]]))

# cnndm-116: Tina Wardle
add(Q("c116-why-row", "why",
      "What was the argument about that led to Mark Howe stabbing his mother Tina Wardle in Leicester?",
      [("cnndm-116", "after a row over his cannabis use")],
      [["cannabis"]]))
add(Q("c116-show", "factoid",
      "Which TV series about a serial killer was Mark Howe obsessed with?",
      [("cnndm-116", "Mark howe was obsessed with the tv show dexter")],
      [["Dexter"]],
      cf=[("dexter", "hannibal")], alt=[["Hannibal"]]))

# cnndm-117: fans praying at Anfield
add(Q("c117-why-pray", "why",
      "Why did Liverpool supporters Asif Bodi and Abubakar Bhula roll out a prayer mat inside Anfield at half-time of the FA Cup tie?",
      [("cnndm-117", "explained that because the televised game didn't kick off until 4pm")],
      [["4pm", "4 pm", "kick off", "kicked off", "too late"]]))
add(Q("c117-job", "factoid",
      "What does Asif Bodi from Preston, one of the fans photographed praying at Anfield, do for a living?",
      [("cnndm-117", "One of the men, solicitor asif bodi, 46, from preston")],
      [["solicitor", "lawyer"]]))

# cnndm-118: fugitives caught
add(Q("c118-monk-place", "factoid",
      "In which Spanish resort was suspected drug trafficker Paul Monk arrested at his villa?",
      [("cnndm-118", "paul monk was captured at his luxury villa in the holiday hotspot of alicante")],
      [["Alicante"]],
      cf=[("alicante", "marbella")], alt=[["Marbella"]]))
add(Q("c118-operation", "factoid",
      "Under which operation, launched in 2006 with Crimestoppers and the Spanish authorities, were fugitives Jayson McDonald and Paul Monk caught?",
      [("cnndm-118", "They were arrested as part of operation captura")],
      [["Captura", "Operation Captura"]]))
add(Q("c118-mcdonald-place", "factoid",
      "In which city was fugitive Jayson McDonald found hiding under a bed?",
      [("cnndm-118", "Jayson mcdonald was found hiding under a bed in amsterdam")],
      [["Amsterdam"]]))

# cnndm-119: Michael Shepard
add(Q("c119-years", "factoid",
      "How long was Florida sex offender Michael Shepard locked up for abusing two young boys at a Florida roller rink back in 1998?",
      [("cnndm-119", "served 15 years in prison for molesting two boys")],
      [["15 years", "15", "fifteen"]],
      cf=[("15", "11")], alt=[["11 years", "11", "eleven"]]))
add(Q("c119-law", "factoid",
      "Which Florida law did authorities invoke in trying to keep Michael Shepard locked up after his sentence ended?",
      [("cnndm-119", "authorities filed petitions to keep him locked up under the jimmy ryce act")],
      [["Jimmy Ryce"]]))

# cnndm-120 / 201: Balotelli
add(Q("c120-core", "list",
      "What four words make up Brendan Rodgers' C.O.R.E. principles, which he explained to Mario Balotelli before signing him?",
      [("cnndm-120", "=Over the years his c. O. R. E principles speech - - commitment. Ownership. Responsibilities. Excellence - - had worked with players.")],
      [["commitment"], ["ownership"], ["responsibilities", "responsibility"], ["excellence"]]))
add(Q("c120-fee", "factoid",
      "How much did Liverpool pay to sign Mario Balotelli, a fee Brendan Rodgers would now likely regret?",
      [("cnndm-120", "to spend $ 16million on balotelli")],
      [["16million", "16 million", "16m"]],
      cf=[("16million", "20million")], alt=[["20million", "20 million", "20m"]]))
add(Q("c201-messages", "factoid",
      "How many discriminatory social media messages did Mario Balotelli receive in Kick It Out's study of abuse aimed at Premier League players?",
      [("cnndm-201", "received by the far the most with more than 8, 000 discriminatory messages")],
      [["8,000", "8000", "8, 000"]],
      cf=[("8, 000", "7, 000")], alt=[["7,000", "7000", "7, 000"]]))
add(Q("c201-frequency", "factoid",
      "How frequently were Premier League clubs and their players targeted with abusive messages online between August 2014 and the following March, according to Kick It Out?",
      [("cnndm-201", "=They discovered an abusive message is directed at a premier league club or one of their players every 2. 6 minutes with a total of 134, 400 posted on twitter, facebook, forums or blogs between august 2014 and march 2015.")],
      [["2.6 minutes", "2. 6 minutes"]]))

# cnndm-121 / 225: Bali Nine
add(Q("c121-mentor", "factoid",
      "Which Australian artist mentored Bali Nine death-row prisoner Myuran Sukumaran as a painter?",
      [("cnndm-121", "he was mentored by well - known australian artist ben quilty")],
      [["Quilty", "Ben Quilty"]],
      cf=[("quilty", "sharpe")], alt=[["Sharpe", "Ben Sharpe"]]))
add(Q("c121-chan-request", "factoid",
      "Where did Andrew Chan ask to spend his final hours before his execution in Indonesia?",
      [("cnndm-121", "has requested to spend his last hours in church with his family")],
      [["church"]]))
add(Q("c225-flowers", "factoid",
      "How many flowers were used to build the 'keephopealive' wall at the Sydney vigil for Andrew Chan and Myuran Sukumaran?",
      [("cnndm-225", "was erected using over 15, 000 flowers")],
      [["15,000", "15000", "15, 000"]],
      cf=[("15, 000", "12, 000")], alt=[["12,000", "12000", "12, 000"]]))
add(Q("c225-venue", "factoid",
      "At which spot on Sydney's north shore did about 300 people gather with candles for the two Bali Nine prisoners?",
      [("cnndm-225", "300 people gathered at the blues point reserve")],
      [["Blues Point"]]))

# cnndm-122: Nicola Adams
add(Q("c122-jonas-date", "factoid",
      "On what date did boxer Natasha Jonas announce she was retiring?",
      [("cnndm-122", "announced her retirement from boxing on april 7")],
      [["april 7", "7 april", "April 7th"]],
      cf=[("april 7", "april 9")], alt=[["april 9", "9 april", "April 9th"]]))
add(Q("c122-weight", "factoid",
      "In which weight category does Nicola Adams face a rare domestic challenge at the national championships in Liverpool?",
      [("cnndm-122", "with her 51kg category also including lisa whiteside")],
      [["51kg", "51 kg", "flyweight"]]))

# cnndm-123: Casillas
add(Q("c123-yesno-leave", "yesno",
      "Did Iker Casillas say he would quit Real Madrid if David de Gea arrived to take his place?",
      [("cnndm-123", "Iker casillas insists he will stay at real madrid even if david de gea arrives")],
      [["no"]]))
add(Q("c123-debut-age", "factoid",
      "How old was Iker Casillas when he broke into the Real Madrid team in 1996?",
      [("cnndm-123", "after breaking in to the side as a 16 - year - old in 1996")],
      [["16", "sixteen"]]))

# cnndm-124: David Silva
add(Q("c124-elbow", "factoid",
      "Which West Ham player's elbow left David Silva needing treatment and a stretcher at the Etihad?",
      [("cnndm-124", "when he was caught in the face by an elbow from west ham's cheikhou kouyate")],
      [["Kouyate", "Cheikhou Kouyate"]],
      cf=[("cheikhou kouyate", "mark noble"), ("kouyate", "noble")], alt=[["Noble", "Mark Noble"]]))
add(Q("c124-yesno-fracture", "yesno",
      "Did hospital tests find that David Silva had broken any bones after the clash with West Ham?",
      [("cnndm-124", "But tests revealed the 29 - year - old had suffered no fractures")],
      [["no"]]))

# cnndm-125: crocodile on the golf course
add(Q("c125-length", "factoid",
      "How long was the saltwater crocodile that bit an elderly golfer at the Palmer Sea Reef course in Port Douglas?",
      [("cnndm-125", "after the 1. 2 metre reptile")],
      [["1.2 metre", "1.2 metres", "1.2m", "1. 2 metre"]],
      cf=[("1. 2 metre", "1. 8 metre")], alt=[["1.8 metre", "1.8 metres", "1.8m", "1. 8 metre"]]))
add(Q("c125-advice", "factoid",
      "What advice did Clive Palmer offer golfers after the crocodile attack at his Port Douglas course?",
      [("cnndm-125", "`i'd advise people not to step on crocodiles")],
      [["step on crocodiles", "not to step"]]))

# cnndm-126: wire up the nose
add(Q("c126-surgery", "factoid",
      "How long did the sinus operation to take the metal wire out of Bill Parker's head last?",
      [("cnndm-126", "which took 20 minutes")],
      [["20 minutes", "twenty minutes"]],
      cf=[("20 minutes", "35 minutes")], alt=[["35 minutes", "thirty-five minutes"]]))
add(Q("c126-object", "factoid",
      "What did Bill Parker's lawnmower fire up his nose while he mowed in Gulfport, Mississippi?",
      [("cnndm-126", "not realizing it was actually a metal fence wire")],
      [["wire"]]))

# cnndm-127: Jesper Blomqvist
add(Q("c127-apps", "factoid",
      "How many appearances did Jesper Blomqvist make for Manchester United in their treble-winning season?",
      [("cnndm-127", "making 38 appearances in that memorable season")],
      [["38"]],
      cf=[("38", "34")], alt=[["34"]]))
add(Q("c127-from", "factoid",
      "Which club did Manchester United sign Jesper Blomqvist from?",
      [("cnndm-127", "following a $ 4. 4 m switch from parma")],
      [["Parma"]]))

# cnndm-128: Fireball whisky
add(Q("c128-dethroned", "factoid",
      "Which drink has Fireball replaced as America's favourite party shot in bars?",
      [("cnndm-128", "where fireball has dethroned jagermeister")],
      [["Jagermeister", "Jägermeister"]],
      cf=[("jagermeister", "sambuca")], alt=[["Sambuca"]]))
add(Q("c128-made-of", "list",
      "What is Fireball cinnamon whisky basically made from?",
      [("cnndm-128", "fireball is basically made from canadian whisky")],
      [["canadian whisky", "canadian whiskey"], ["cinnamon"], ["sweetener"]]))
add(Q("c128-rank", "factoid",
      "Where does Fireball now rank among liquor brands in the United States by retail sales?",
      [("cnndm-128", "to become the sixth - most popular liquor brand")],
      [["sixth", "6th"]]))

# cnndm-129: Ivan Milat letters
add(Q("c129-letters", "factoid",
      "How many notes written by Ivan Milat to his nephew Alistair Shipsey are collected in 'The Milat Letters'?",
      [("cnndm-129", "is a compilation of 94 notes from milat")],
      [["94"]],
      cf=[("94", "87")], alt=[["87"]]))
add(Q("c129-forest", "factoid",
      "In which New South Wales forest did Ivan Milat bury the bodies of the backpackers he killed?",
      [("cnndm-129", "Ivan milat, 70, was convicted of butchering seven young people")],
      [["Belanglo"]]))

# cnndm-130 / 232: Miami Open
add(Q("c130-umpire", "factoid",
      "Which umpire gave Novak Djokovic a warning for yelling at his own team during the Miami Open final against Andy Murray?",
      [("cnndm-130", "Umpire damien dumusois issued djokovic a warning")],
      [["Dumusois", "Damien Dumusois"]],
      cf=[("dumusois", "lahyani")], alt=[["Lahyani", "Damien Lahyani"]]))
add(Q("c130-where-apology", "factoid",
      "On which social network did Novak Djokovic apologise to the startled ball boy and his parents?",
      [("cnndm-130", "djokovic posted a message on his facebook page")],
      [["Facebook"]]))
add(Q("c232-venue", "factoid",
      "Where are Andy Murray and Kim Sears getting married on April 11?",
      [("cnndm-232", "Kim and andy will tie the knot at dunblane cathedral")],
      [["Dunblane Cathedral", "Dunblane"]],
      cf=[("dunblane", "stirling")], alt=[["Stirling Cathedral", "Stirling"]]))
add(Q("c232-milestone", "factoid",
      "What career milestone did Andy Murray reach with his fourth-round victory over Kevin Anderson in Miami?",
      [("cnndm-232", "her man became only the ninth active player")],
      [["500 wins", "500"]]))

# cnndm-132: deaths on the MS Ryndam
add(Q("c132-ship", "factoid",
      "Aboard which Holland America ship was a couple from Cleveland found dead while it was docked in San Juan?",
      [("cnndm-132", "Cruz said blood was found in the cabin aboard the ms ryndam")],
      [["Ryndam", "MS Ryndam"]],
      cf=[("ryndam", "veendam")], alt=[["Veendam", "MS Veendam"]]))
add(Q("c132-departure", "factoid",
      "From which Florida port had the cruise ship carrying the Cleveland couple set off for its southern Caribbean voyage?",
      [("cnndm-132", "The ship departed tampa, florida, on sunday")],
      [["Tampa"]]))
add(Q("c132-found-by", "factoid",
      "Who discovered the bodies of the Ohio couple in their cabin on the cruise ship?",
      [("cnndm-132", "He said the ship's cleaning crew found the bodies")],
      [["cleaning crew", "cleaners", "cleaning"]]))

# cnndm-133: Fabio Borini
add(Q("c133-where", "factoid",
      "Where did Liverpool's Fabio Borini go climbing at Go Ape on his day off?",
      [("cnndm-133", "had no problems scaling the heights at delamere forest park")],
      [["Delamere"]]))

# cnndm-134: Kincora
add(Q("c134-year", "factoid",
      "In which year did army intelligence officer Brian Gemmell hand a senior MI5 officer his report on abuse at the Kincora home?",
      [("cnndm-134", "presented a report on allegations of abuse at kincora to a senior mi5 officer in 1975")],
      [["1975"]],
      cf=[("1975", "1977")], alt=[["1977"]]))

# cnndm-135: Chelsea v Manchester United
add(Q("c135-absentees", "list",
      "Which four Manchester United players did Louis van Gaal say would miss the trip to Stamford Bridge?",
      [("cnndm-135", "United boss louis van gaal revealed he will be without")],
      [["Rojo"], ["Jones"], ["Carrick"], ["Blind"]]))
add(Q("c135-lead", "factoid",
      "How many points clear at the top of the Premier League were Chelsea before Manchester United visited Stamford Bridge?",
      [("cnndm-135", "Chelsea currently enjoy a seven - point lead")],
      [["seven points", "seven-point", "seven point", "7 points", "7-point"]],
      cf=[("seven - point", "five - point")], alt=[["five points", "five-point", "five point", "5 points", "5-point"]]))

# cnndm-136: Jack Johnson
add(Q("c136-beat", "factoid",
      "Whom did Jack Johnson defeat in 1908 to become the first black world heavyweight champion?",
      [("cnndm-136", "After beating tommy burns in 1908")],
      [["Burns", "Tommy Burns"]],
      cf=[("tommy burns", "tommy sharkey")], alt=[["Sharkey", "Tommy Sharkey"]]))
add(Q("c136-lost-date", "factoid",
      "On what date did Jack Johnson finally lose the world heavyweight title?",
      [("cnndm-136", "before johnson would be defeated, on april 5, 1915")],
      [["april 5", "5 april", "April 5th"]]))
add(Q("c136-ketchel", "factoid",
      "Which world middleweight champion managed to knock Jack Johnson down in a title defence?",
      [("cnndm-136", "his most notable victory coming over world middleweight champion stanley ketchel")],
      [["Ketchel", "Stanley Ketchel"]]))

# cnndm-137: Raheem Sterling's contract
add(Q("c137-wage", "factoid",
      "What weekly wage is Raheem Sterling currently paid at Liverpool?",
      [("cnndm-137", "With sterling currently on a $ 35, 000 a week")],
      [["35,000", "35000", "35, 000"]],
      cf=[("35, 000", "45, 000")], alt=[["45,000", "45000", "45, 000"]]))
add(Q("c137-buyout", "factoid",
      "How much would Raheem Sterling have to pay to buy out the final year of his Liverpool deal?",
      [("cnndm-137", "The 20 year - old could lower his value by buying - out")],
      [["1.7 million", "1. 7 million", "1.7m", "1. 7 m"]]))

# cnndm-138: toddler's pregnancy walk
add(Q("c138-months", "factoid",
      "How far along in her pregnancy was Teri O'Neil when she filmed her daughter Olivia imitating her walk?",
      [("cnndm-138", "she recorded the video when she was six months pregnant")],
      [["six months", "6 months"]],
      cf=[("six months", "seven months")], alt=[["seven months", "7 months"]]))

# cnndm-139: Lorenzo Simon
add(Q("c139-term", "factoid",
      "What minimum prison term was Lorenzo Simon given for murdering his friend Michael Spalding?",
      [("cnndm-139", "has been jailed for a minimum of 19 years")],
      [["19 years", "19"]],
      cf=[("19", "17")], alt=[["17 years", "17"]]))
add(Q("c139-canal", "factoid",
      "Into which canal were the suitcases holding Michael Spalding's remains thrown?",
      [("cnndm-139", "before simon and bird threw them into birmingham canal")],
      [["Birmingham canal", "Birmingham"]]))

# cnndm-140: Stacey Eden
add(Q("c140-age", "factoid",
      "How old is Stacey Eden, who filmed and stood up to a racist rant against a Muslim couple on a Sydney train?",
      [("cnndm-140", "Stacey eden, 23, stood up for the muslim woman")],
      [["23"]],
      cf=[("23", "26")], alt=[["26"]]))
add(Q("c140-man", "factoid",
      "What is the name of the Muslim man who called Stacey Eden a 'legend' after the Sydney train incident?",
      [("cnndm-140", "Hafeez ahmed bhatti told daily mail australia")],
      [["Bhatti", "Hafeez"]]))
add(Q("c140-yesno-swear", "yesno",
      "Did Stacey Eden use swear words when she defended the couple on the airport line train?",
      [("cnndm-140", "with a fiery spray notably absent of any swearing")],
      [["no"]]))

# cnndm-141: hayfever
add(Q("c141-2030", "factoid",
      "How many hayfever sufferers are forecast in the UK by 2030?",
      [("cnndm-141", "And by 2030 that figure is expected to surge")],
      [["31.8 million", "31. 8 million", "31.8"]],
      cf=[("31. 8", "29. 4")], alt=[["29.4 million", "29. 4 million", "29.4"]]))
add(Q("c141-culprit", "factoid",
      "Which pollen does Dr Jean Emberlin name as the main cause of hayfever in the UK?",
      [("cnndm-141", "` grass is the main culprit pollen")],
      [["grass"]]))

# cnndm-142: Danny Willett
add(Q("c142-debutant", "factoid",
      "Who was the last golfer to win the Masters on his first appearance, the feat Danny Willett hopes to repeat?",
      [("cnndm-142", "Fuzzy zoeller won on his augusta debut in 1979")],
      [["Zoeller", "Fuzzy Zoeller"]],
      cf=[("zoeller", "ziegler")], alt=[["Ziegler", "Fuzzy Ziegler"]]))
add(Q("c142-simulator", "factoid",
      "How had Danny Willett experienced Augusta National before this year's Masters?",
      [("cnndm-142", "was on a simulator at doncaster golf range")],
      [["simulator"]]))

# cnndm-143: Mike Ashley and Rangers
add(Q("c143-retail-share", "factoid",
      "What share of Rangers' retail income did Mike Ashley take with his loan deal?",
      [("cnndm-143", "after grabbing hold of a 75 per cent share")],
      [["75 per cent", "75%", "75 percent"]],
      cf=[("75", "65")], alt=[["65 per cent", "65%", "65 percent"]]))
add(Q("c143-mascot", "factoid",
      "Which Rangers mascot was among the club trademarks reportedly transferred to Sports Direct?",
      [("cnndm-143", "including the `ready' badge and mascot broxi bear")],
      [["Broxi", "Broxi Bear"]]))

# cnndm-144: Lucy Garrod
add(Q("c144-how-degree", "why",
      "How did photography student Lucy Garrod manage to finish her degree after an infection under her contact lens left her partly blind?",
      [("cnndm-144", "Determined not to give up, she taught herself how to take photographs with her left eye")],
      [["left eye"]]))
add(Q("c144-restored", "factoid",
      "What eventually gave Lucy Garrod her sight back?",
      [("cnndm-144", "Fortunately, laser eye surgery was later able to restore her sight.")],
      [["laser"]]))

# cnndm-145: buffalo shot in New York
add(Q("c145-town", "factoid",
      "In which New York town were the buffalo that escaped from a Schodack farm finally shot?",
      [("cnndm-145", "Three men hired by the farm were cleared to open fire friday afternoon in a stream in woods in the town of coeymans")],
      [["Coeymans"]],
      cf=[("coeymans", "selkirk")], alt=[["Selkirk"]]))
add(Q("c145-why-shot", "why",
      "Why did officials decide to shoot the buffalo herd rather than capture it alive?",
      [("cnndm-145", "Police say the decision was made after experts agreed")],
      [["tranquilizer", "tranquilizers", "tranquiliser"], ["corral", "corrals"]]))
add(Q("c145-broad", "broad",
      "What happened to the herd of buffalo that broke out of a farm in Rensselaer County in upstate New York?",
      [("cnndm-145", "Around 15 animals ran away from their pen in schodack"),
       ("cnndm-145", "They were all shot dead by law enforcement on friday.")],
      [["Hudson"], ["shot"]]))

# cnndm-146: Queensland 'gay panic' defence
add(Q("c146-priest", "factoid",
      "Which Catholic priest's call to scrap Queensland's 'gay panic' defence did Anglican Archbishop Phillip Aspinall endorse?",
      [("cnndm-146", "he supported father paul kelly in his calls")],
      [["Paul Kelly", "Kelly"]],
      cf=[("kelly", "kenny")], alt=[["Paul Kenny", "Kenny"]]))

# cnndm-147: McCartney wedding
add(Q("c147-guests", "factoid",
      "How many guests were at the reception when Paul McCartney married Heather Mills?",
      [("cnndm-147", "which was attended by 300 guests")],
      [["300"]],
      cf=[("300", "250")], alt=[["250"]]))
add(Q("c147-venue", "factoid",
      "At which Irish castle did Paul McCartney and Heather Mills hold their wedding?",
      [("cnndm-147", "at the 17th century castle leslie in county monaghan")],
      [["Castle Leslie"]]))
add(Q("c147-daughters", "list",
      "Which of Paul McCartney's daughters looked glum in the newly revealed picture of his wedding party?",
      [("cnndm-147", "you'll spot his daughters stella and mary looking decidedly glum")],
      [["Stella"], ["Mary"]]))

# cnndm-148: PSV and Memphis Depay
add(Q("c148-title-number", "factoid",
      "Which Dutch league title in PSV Eindhoven's history was secured by Memphis Depay's 20th goal of the season?",
      [("cnndm-148", "to confirm their 22nd championship in holland")],
      [["22nd", "twenty-second"]],
      cf=[("22nd", "23rd")], alt=[["23rd", "twenty-third"]]))
add(Q("c148-scout", "factoid",
      "Who is the Manchester United chief scout who had been watching Memphis Depay?",
      [("cnndm-148", "Yet jim lawlor, their chief scout")],
      [["Lawlor", "Jim Lawlor"]]))

# cnndm-149: Anzac Day 2015
add(Q("c149-why-no-holiday", "why",
      "Why did most Australians not get a public holiday for Anzac Day in 2015?",
      [("cnndm-149", "An obscure agreement struck by state governments in 1993"),
       ("cnndm-149", "no public holiday is triggered when anzac day falls on a saturday")],
      [["saturday", "weekend"], ["1993", "agreement"]]))
add(Q("c149-staff", "factoid",
      "For how many staff did the head of Australia's immigration department declare the Monday after Anzac Day a holiday?",
      [("cnndm-149", "declared monday a public holiday for 8, 500 staff")],
      [["8,500", "8500", "8, 500"]],
      cf=[("8, 500", "9, 200")], alt=[["9,200", "9200", "9, 200"]]))

# cnndm-150: butterfly wings
add(Q("c150-age", "factoid",
      "How old is Staffordshire photographer Linden Gledhill, who shot close-ups of butterfly wing scales?",
      [("cnndm-150", "The 51 - year - old uses a modified microscope")],
      [["51"]],
      cf=[("51", "54")], alt=[["54"]]))
add(Q("c150-lepidoptera", "factoid",
      "What does the butterflies' Greek order name, lepidoptera, mean?",
      [("cnndm-150", "meaning scaled wings")],
      [["scaled wings", "scale wings"]]))

# cnndm-151: female SS guards
add(Q("c151-women", "factoid",
      "How many women served as guards at the Nazi death camps, according to the report written as Oskar Groening stood trial?",
      [("cnndm-151", "Of the 3, 700 women who served at nazi death camps")],
      [["3,700", "3700", "3, 700"]],
      cf=[("3, 700", "4, 100")], alt=[["4,100", "4100", "4, 100"]]))
add(Q("c151-investigated", "factoid",
      "How many of the women who served as Nazi death camp guards have been investigated by German prosecutors as accessories to mass murder?",
      [("cnndm-151", "just three were investigated by prosecutors in germany")],
      [["three", "3"]]))

# cnndm-152: Mark Rowley on ISIS recruitment
add(Q("c152-targets", "list",
      "Which kinds of people did Assistant Commissioner Mark Rowley say ISIS was trying to pick up as potential fighters?",
      [("cnndm-152", "said isis is trying to `pick up' potential fighters")],
      [["vulnerable"], ["violent"], ["young"], ["mental health"]]))
add(Q("c152-reilly", "factoid",
      "In which English city did Nicky Reilly attempt a suicide bombing in 2008?",
      [("cnndm-152", "attempted to carry out a suicide bombing in exeter")],
      [["Exeter"]],
      cf=[("exeter", "plymouth")], alt=[["Plymouth"]]))

# cnndm-153: Armenian genocide anniversary
add(Q("c153-date", "factoid",
      "On what date is the anniversary of the mass killings of Armenians marked each year?",
      [("cnndm-153", "on the eve of the 100th anniversary of the mass killings, which is marked on april 24")],
      [["april 24", "24 april", "April 24th"]],
      cf=[("april 24", "april 26")], alt=[["april 26", "26 april", "April 26th"]]))
add(Q("c153-pope", "factoid",
      "How did Pope Francis describe the killing of Armenians under the Ottoman Empire?",
      [("cnndm-153", "pope francis recently called `` the first genocide of the 20th century")],
      [["first genocide"]]))

# cnndm-154: pop culture week
add(Q("c154-gisele", "factoid",
      "In which country did supermodel Gisele Bundchen walk the runway for what she said was the final time?",
      [("cnndm-154", "in her native brazil")],
      [["Brazil"]],
      cf=[("brazil", "argentina")], alt=[["Argentina"]]))
add(Q("c154-quints", "factoid",
      "In which city were the first all-female quintuplets born since 1969?",
      [("cnndm-154", "was born in houston, texas")],
      [["Houston"]]))

# cnndm-155 / 199: Arsenal v Chelsea
add(Q("c155-bridge", "factoid",
      "From which bridge at the Emirates did a prominent Arsenal fan want a Cesc Fabregas banner taken down?",
      [("cnndm-155", "removal of a fabregas banner from the ken friar bridge")],
      [["Ken Friar"]]))
add(Q("c199-loan", "factoid",
      "From which club's loan spell was Francis Coquelin brought back into the Arsenal squad in December?",
      [("cnndm-199", "Coquelin was drafted back into the arsenal squad from a loan spell at charlton")],
      [["Charlton"]],
      cf=[("charlton", "brentford")], alt=[["Brentford"]]))
add(Q("c199-last-win", "factoid",
      "When did Arsenal last beat Chelsea before Francis Coquelin's duel with Nemanja Matic at the Emirates?",
      [("cnndm-199", "Arsenal will be out to beat chelsea for the first time since october 2011")],
      [["october 2011", "2011"]]))

# cnndm-156: England cricket director race
add(Q("c156-candidates", "list",
      "Which three former England captains were in the running to lead English cricket after Paul Downton was sacked?",
      [("cnndm-156", "Michael vaughan, alec stewart and andrew strauss are three former captains")],
      [["Vaughan"], ["Stewart"], ["Strauss"]]))
add(Q("c156-tests", "factoid",
      "How many Tests did Alec Stewart play for England?",
      [("cnndm-156", "played 133 tests, more than any england cricketer")],
      [["133"]],
      cf=[("133", "141")], alt=[["141"]]))

# cnndm-157 / 195 / 214: Manchester United
add(Q("c157-missed", "factoid",
      "How many Manchester United games had Robin van Persie missed with his ankle injury when he declared himself fit for the derby?",
      [("cnndm-157", "Van persie has missed manchester united's last six games")],
      [["six", "6"]],
      cf=[("six", "seven")], alt=[["seven", "7"]]))
add(Q("c195-city-streak", "factoid",
      "How many derbies in a row had Manchester City won against Manchester United before the Old Trafford meeting that Sportsmail previewed?",
      [("cnndm-195", "City have won the last four contests between the sides")],
      [["four", "4"]]))
add(Q("c214-bats", "list",
      "Which bat species at Manchester United's Carrington training ground raised concerns over Louis van Gaal's floodlights?",
      [("cnndm-214", "the common pipistrelle, soprano pipistelle and daunbenton's")],
      [["common pipistrelle"], ["soprano pipistrelle", "soprano pipistelle", "soprano"], ["Daubenton", "daunbenton"]]))
add(Q("c214-why-lights", "why",
      "Why did Louis van Gaal want floodlights installed at Manchester United's Carrington training ground?",
      [("cnndm-214", "Sportsmail understands van gaal is very keen to replicate match conditions")],
      [["match conditions", "night match", "after dark", "under lights"]]))

# cnndm-158: Apopka neglect case
add(Q("c158-weight", "factoid",
      "How much did the 96-year-old man in Alice Kovach-Suehn's care weigh when police found him?",
      [("cnndm-158", "Alice kovach - suehn, 56, from apopka, was arrested last friday")],
      [["89lbs", "89 lbs", "89 pounds", "89"]],
      cf=[("89lbs", "82lbs")], alt=[["82lbs", "82 lbs", "82 pounds", "82"]]))

# cnndm-159: KFC road trip
add(Q("c159-destination", "factoid",
      "To which Kentucky town did two Montreal fathers drive their four sons to eat KFC where the chain began?",
      [("cnndm-159", "the original home of kentucky fried chicken in corbin, kentucky")],
      [["Corbin"]],
      cf=[("corbin", "berea")], alt=[["Berea"]]))

# cnndm-160 / 220: Watford
add(Q("c160-equaliser", "factoid",
      "Who scored Watford's late equaliser against Derby County at the iPro Stadium?",
      [("cnndm-160", "they conceded an equaliser to odion ighalo")],
      [["Ighalo", "Odion Ighalo"]],
      cf=[("odion ighalo", "matej vydra"), ("ighalo", "vydra")], alt=[["Vydra", "Matej Vydra"]]))
add(Q("c220-defender", "factoid",
      "Which Watford defender, with the club only a month, scored in the win away at Nottingham Forest?",
      [("cnndm-220", "Matthew connolly has only been at the club for a month")],
      [["Connolly", "Matthew Connolly"]]))

# cnndm-161: Chios rocket war
add(Q("c161-island", "factoid",
      "On which Greek island do rival parishes in Vrontados fire homemade rockets at each other's churches at Orthodox Easter?",
      [("cnndm-161", "aimed at church towers in the aegean island of chios")],
      [["Chios"]],
      cf=[("chios", "samos")], alt=[["Samos"]]))
add(Q("c161-origin", "factoid",
      "When does the Vrontados 'rocket war' custom date back to?",
      [("cnndm-161", "The custom dates back to the 19th century")],
      [["19th century", "nineteenth century", "turkish occupation"]]))

# cnndm-162: ISIS travel arrests
add(Q("c162-cities", "list",
      "In which two cities did the FBI arrest men accused of trying to travel to Syria to join ISIS?",
      [("cnndm-162", "said the arrests were made in minneapolis and san diego")],
      [["Minneapolis"], ["San Diego"]]))
add(Q("c162-ahmed", "factoid",
      "Which 19-year-old from Minneapolis was stopped at JFK airport and later indicted for lying to the FBI in the ISIS travel investigation?",
      [("cnndm-162", "were stopped from boarding a plane to istanbul with hamza ahmed")],
      [["Hamza Ahmed", "Ahmed"]]))

# cnndm-163: Charlene Jeffs divorce
add(Q("c163-children", "factoid",
      "How many children did Charlene Wall Jeffs have with FLDS leader Lyle Jeffs?",
      [("cnndm-163", "had 10 children with her husband")],
      [["10", "ten"]],
      cf=[("10 children", "11 children")], alt=[["11", "eleven"]]))
add(Q("c163-since", "factoid",
      "Since what year has Charlene Jeffs been Lyle Jeffs' legal wife?",
      [("cnndm-163", "but mrs jeffs is legally married to him and has been since 1983")],
      [["1983"]]))

# cnndm-164: Garnet ghost town
add(Q("c164-agency", "factoid",
      "Which federal agency is offering free food and housing to people willing to work in the Montana ghost town of Garnet?",
      [("cnndm-164", "Now the u. S. Bureau of land management is offering free food")],
      [["Bureau of Land Management", "BLM"]]))
add(Q("c164-fire", "factoid",
      "Around what year did fire devastate the old gold and silver mining town of Garnet, Montana?",
      [("cnndm-164", "but it was devastated by fire around 1912")],
      [["1912"]],
      cf=[("1912", "1914")], alt=[["1914"]]))
add(Q("c164-positions", "factoid",
      "How many jobs are on offer in Garnet, Montana?",
      [("cnndm-164", "There are four positions")],
      [["four", "4"]]))

# cnndm-165: El Greco painting
add(Q("c165-hammer", "factoid",
      "What was the final hammer price of the tiny painting of a saint, once thought to be by a follower of El Greco, at Charterhouse auctioneers?",
      [("cnndm-165", "final hammer price was $ 98, 000")],
      [["98,000", "98000", "98, 000"]],
      cf=[("98, 000", "87, 000"), ("ninety - eight", "eighty - seven")], alt=[["87,000", "87000", "87, 000"]]))
add(Q("c165-saint", "factoid",
      "Which saint did the seller's late father believe the little painting showed?",
      [("cnndm-165", "He bought it because he believed it was a depiction of saint peter")],
      [["Peter", "Saint Peter", "St Peter"]]))

# cnndm-168: lost iPhone in China
add(Q("c168-nickname", "factoid",
      "What nickname did Li Hongjun get after his selfies started showing up in Matt Stopera's photo stream?",
      [("cnndm-168", "but the nickname `brother orange' stuck")],
      [["Brother Orange"]]))
add(Q("c168-trees", "factoid",
      "What kind of trees was Li Hongjun actually posing in front of in the pictures?",
      [("cnndm-168", "li was actually standing in front of kumquat trees")],
      [["kumquat"]]))

# cnndm-169: trailers
add(Q("c169-cast", "list",
      "Which actors play the four heroes in the new 'Fantastic Four' movie?",
      [("cnndm-169", "played this go - round by miles teller")],
      [["Miles Teller", "Teller"], ["Kate Mara", "Mara"], ["Michael B. Jordan", "Jordan"], ["Jamie Bell", "Bell"]]))
add(Q("c169-release", "factoid",
      "On what date is the new 'Fantastic Four' film due in cinemas?",
      [("cnndm-169", "The movie, due out august 7")],
      [["august 7", "7 august", "August 7th"]],
      cf=[("august 7", "august 14")], alt=[["august 14", "14 august", "August 14th"]]))

# cnndm-170: UK shop prices
add(Q("c170-fall", "factoid",
      "By how much were UK shop prices lower in March than twelve months before, according to the BRC-Nielsen shop price index?",
      [("cnndm-170", "goods in shops cost 2. 1 per cent lower this march")],
      [["2.1 per cent", "2. 1 per cent", "2.1%", "2.1 percent"]],
      cf=[("2. 1 per cent", "2. 4 per cent")], alt=[["2.4 per cent", "2. 4 per cent", "2.4%", "2.4 percent"]]))
add(Q("c170-chains", "list",
      "Which budget supermarket chains are forcing the big UK grocers to cut prices?",
      [("cnndm-170", "to compete with the rise of budget stores aldi and lidl")],
      [["Aldi"], ["Lidl"]]))

# cnndm-171: Chris Rock traffic stops
add(Q("c171-stops", "factoid",
      "How many times in seven weeks did comedian Chris Rock tweet that police had pulled him over?",
      [("cnndm-171", "documenting three traffic stops in seven weeks")],
      [["three", "3"]]))
add(Q("c171-washington", "factoid",
      "What car did actor Isaiah Washington say he sold because he was tired of being stopped by police?",
      [("cnndm-171", "mercedes g500 and bought 3 prius")],
      [["Mercedes", "G500"]]))

# cnndm-173: Russian trawler
add(Q("c173-net", "factoid",
      "How heavy was the fishing net being hauled in when the Russian trawler Dalny Vostok tipped over?",
      [("cnndm-173", "It tipped over when a fishing net weighing 80 tons")],
      [["80 tons", "80 tonnes"]],
      cf=[("80 tons", "60 tons")], alt=[["60 tons", "60 tonnes"]]))
add(Q("c173-broad", "broad",
      "What happened to the freezer trawler Dalny Vostok off Russia's Kamchatka peninsula?",
      [("cnndm-173", "sank in the sea of okhotsk in just 15 minutes")],
      [["sank", "sunk"], ["Okhotsk"], ["15 minutes"]]))

# cnndm-174: motivation and genes
add(Q("c174-twins", "factoid",
      "How many twins took part in the Goldsmiths and Ohio State University study of children's motivation to learn?",
      [("cnndm-174", "studied more than 13, 000 twins aged nine to 16")],
      [["13,000", "13000", "13, 000"]],
      cf=[("13, 000", "11, 000")], alt=[["11,000", "11000", "11, 000"]]))
add(Q("c174-share", "factoid",
      "According to the twins study, what proportion of the variation in how motivated children are to learn is down to their genes?",
      [("cnndm-174", "The researchers found that 40 to 50 per cent")],
      [["40 to 50", "40-50", "40 and 50"]]))

# cnndm-176: Puyol
add(Q("c176-clubs", "list",
      "Which two clubs are linked with Carles Puyol if he comes out of retirement?",
      [("cnndm-176", "he could be set for a return to playing with new york city or al - sadd")],
      [["New York City", "NYCFC"], ["Al-Sadd", "Al Sadd", "Sadd"]]))
add(Q("c176-titles", "factoid",
      "How many La Liga titles did Carles Puyol win with Barcelona?",
      [("cnndm-176", "Puyol won six la liga titles")],
      [["six", "6"]]))

# cnndm-177: Daisy the dog
add(Q("c177-town", "factoid",
      "In which north Wales town was the Rickards' West Highland terrier Daisy given the kiss of life after falling into the sea?",
      [("cnndm-177", "The family were on holiday in caernarfon, north wales")],
      [["Caernarfon"]],
      cf=[("caernarfon", "pwllheli")], alt=[["Pwllheli"]]))
add(Q("c177-rescue", "factoid",
      "How was Daisy the dog pulled out of the water?",
      [("cnndm-177", "Daisy was pulled from the water by a passing fisherman")],
      [["fisherman"]]))

# cnndm-178: 'sleeper' prank
add(Q("c178-name", "factoid",
      "What is the name of the playground suffocation craze Greater Manchester Police warned parents about after an eight-year-old ended up in hospital?",
      [("cnndm-178", "Police in manchester have now issued a warning to parents over the game")],
      [["sleeper"]]))

# cnndm-179: Yanomami microbiome
add(Q("c179-venezuela", "factoid",
      "About how many Yanomami people live in Venezuela?",
      [("cnndm-179", "There are about 26, 000 yanomami living in brazil and 15, 000 in venezuela, mostly in federally protected reserves near rivers and in remote mountains. The yanomami are an indigenous")],
      [["15,000", "15000", "15, 000"]],
      cf=[("15, 000", "18, 000")], alt=[["18,000", "18000", "18, 000"]]))

# cnndm-181: Rocky Horror remake
add(Q("c181-director", "factoid",
      "Who is set to direct, produce and choreograph Fox's remake of 'The Rocky Horror Picture Show'?",
      [("cnndm-181", "to be directed, executive - produced and choreographed by kenneth ortega")],
      [["Ortega", "Kenneth Ortega", "Kenny Ortega"]],
      cf=[("kenneth ortega", "kenneth shankman"), ("ortega", "shankman")], alt=[["Shankman", "Kenneth Shankman"]]))
add(Q("c181-gross", "factoid",
      "How much has the original 1975 'Rocky Horror Picture Show' film grossed?",
      [("cnndm-181", "which has grossed more than $ 112 million")],
      [["112 million", "112m"]]))

# cnndm-182: Yarmouk
add(Q("c182-date", "factoid",
      "On what date did Damascus's Yarmouk camp fall under ISIS control?",
      [("cnndm-182", "since the area fell under isis control on april 4")],
      [["april 4", "4 april", "April 4th"]]))
add(Q("c182-population", "factoid",
      "How many Palestinians lived in the Yarmouk camp before many fled the Assad regime's bombing?",
      [("cnndm-182", "Around 160, 000 palestinians used to live in yarmouk")],
      [["160,000", "160000", "160, 000"]]))

# cnndm-183: Garissa and al-Shabaab
add(Q("c183-westgate", "factoid",
      "How many people died in al-Shabaab's 2013 siege at Nairobi's Westgate shopping mall?",
      [("cnndm-183", "a four - day siege in late september 2013 at the westgate mall in nairobi in which 67 people were killed")],
      [["67"]],
      cf=[("67", "72")], alt=[["72"]]))
add(Q("c183-why-kenya", "why",
      "What reason does al-Shabaab give for its attacks in Kenya?",
      [("cnndm-183", "Al - shabaab says its attacks are to protest")],
      [["soldiers", "troops", "peacekeeping"]]))

# cnndm-184 / 186: Neanderthals
add(Q("c184-dna", "factoid",
      "Roughly what share of Europeans' DNA comes from Neanderthals?",
      [("cnndm-184", "meaning europeans now have roughly two per cent neanderthal dna")],
      [["two per cent", "2 per cent", "two percent", "2 percent"]],
      cf=[("two per cent", "three per cent")], alt=[["three per cent", "3 per cent", "three percent", "3 percent"]]))
add(Q("c186-universities", "list",
      "Which two Japanese universities carried out the stone tool study suggesting Neanderthals were as well equipped as early modern humans?",
      [("cnndm-186", "But the new study by nagoya university and the university of tokyo")],
      [["Nagoya"], ["Tokyo"]]))

# cnndm-185: Our Planet
add(Q("c185-debut", "factoid",
      "When is the Netflix natural history series 'Our Planet' planned to debut?",
      [("cnndm-185", "is planned for a 2019 debut for netflix customers")],
      [["2019"]],
      cf=[("2019", "2020")], alt=[["2020"]]))
add(Q("c185-broad", "broad",
      "Tell me about 'Our Planet', the follow-up to the 'Planet Earth' documentary series.",
      [("cnndm-185", "is being produced by u. K. - based silverback films"),
       ("cnndm-185", "the eight - part series will take four years to make")],
      [["Netflix"], ["Silverback"], ["WWF", "world wildlife fund"]]))

# cnndm-187: Lenin's body
add(Q("c187-year", "factoid",
      "In which year did Lenin die, after which his body was embalmed on Stalin's orders?",
      [("cnndm-187", "when he died aged 53 in 1924")],
      [["1924"]],
      cf=[("1924", "1926")], alt=[["1926"]]))
add(Q("c187-team", "factoid",
      "How many scientists worked on Lenin's corpse in the 'mausoleum group' at its peak?",
      [("cnndm-187", "at its peak, involved 200 scientists")],
      [["200"]]))

# cnndm-189: Rahm Emanuel
add(Q("c189-hall", "factoid",
      "At which union hall did Rahm Emanuel celebrate his runoff win in the Chicago mayoral race?",
      [("cnndm-189", "The 55 - year - old mayor ascended the stage at plumbers local 130")],
      [["Plumbers Local 130", "Local 130"]],
      cf=[("130", "150")], alt=[["Plumbers Local 150", "Local 150"]]))
add(Q("c189-song", "factoid",
      "Which song was playing as Rahm Emanuel walked on stage on election night?",
      [("cnndm-189", "to the sounds of u2's beautiful day")],
      [["Beautiful Day"]]))

# cnndm-190: Rolling Stone
add(Q("c190-reviewers", "factoid",
      "Which university's journalism school carried out the review of Rolling Stone's story about an alleged gang rape at the University of Virginia?",
      [("cnndm-190", "Professors at the columbia university graduate school of journalism")],
      [["Columbia"]]))
add(Q("c190-length", "factoid",
      "How long was the review of Rolling Stone's discredited University of Virginia story?",
      [("cnndm-190", "issued a 12, 000 - word autopsy")],
      [["12,000", "12000", "12, 000"]],
      cf=[("12, 000", "9, 000")], alt=[["9,000", "9000", "9, 000"]]))
add(Q("c190-yesno-jobs", "yesno",
      "Will anyone at Rolling Stone lose their job over the discredited University of Virginia story?",
      [("cnndm-190", "nobody will lose their job over the story")],
      [["no"]]))

# cnndm-192: Sevilla v Zenit
add(Q("c192-scorer", "factoid",
      "Who came off the bench to score Sevilla's late equaliser that took them past Zenit in the Europa League?",
      [("cnndm-192", "Kevin gameiro saved his goalkeeper's blushes")],
      [["Gameiro", "Kevin Gameiro"]],
      cf=[("kevin gameiro", "vicente iborra"), ("gameiro", "iborra")], alt=[["Iborra", "Vicente Iborra"]]))
add(Q("c192-keeper", "factoid",
      "Which Sevilla goalkeeper gifted Zenit two soft goals in the Europa League quarter-final?",
      [("cnndm-192", "It had been a risk to start the portuguese keeper")],
      [["Beto"]]))

# cnndm-194: Chloe the wombat
add(Q("c194-keeper", "factoid",
      "Which Taronga Zoo keeper does Chloe the orphaned wombat follow around?",
      [("cnndm-194", "chloe likes to follows her zoo keeper evelyn weston")],
      [["Evelyn Weston", "Weston"]],
      cf=[("weston", "walsh")], alt=[["Evelyn Walsh", "Walsh"]]))
add(Q("c194-housemates", "factoid",
      "Which animals does Chloe the wombat now share her enclosure with?",
      [("cnndm-194", "after she moved into her new digs alongside a couple of echidnas")],
      [["echidna", "echidnas"]]))

# cnndm-197: medical cannabis father
add(Q("c197-cancer", "factoid",
      "Which rare cancer does the Cairns father's two-year-old daughter have?",
      [("cnndm-197", "a rare form of cancer called neuroblastoma")],
      [["neuroblastoma"]]))

# cnndm-200: Sandringham trophy room
add(Q("c200-items", "factoid",
      "How many hunting trophies were taken out of the Sandringham museum's display and put into storage?",
      [("cnndm-200", "All 62 items")],
      [["62"]],
      cf=[("62", "58")], alt=[["58"]]))
add(Q("c200-opened", "factoid",
      "In which year did the Sandringham museum open to house George V's big game trophies?",
      [("cnndm-200", "After explaining that the museum opened in 1928")],
      [["1928"]]))

# cnndm-202: QPR v Chelsea
add(Q("c202-terry", "list",
      "What punishment did John Terry receive after his clash with Anton Ferdinand at Loftus Road in 2011?",
      [("cnndm-202", "landed the chelsea skipper a $ 220, 000 fine and a four - game ban")],
      [["220,000", "220000", "220, 000"], ["four-game ban", "four - game ban", "four game", "four-match"]]))

# cnndm-203: Aaron Bee
add(Q("c203-sentence", "factoid",
      "How long was Aaron Bee jailed for after taunting Lincolnshire Police with selfies outside their stations?",
      [("cnndm-203", "He has now been jailed for eight months.")],
      [["eight months", "8 months"]],
      cf=[("eight months", "ten months")], alt=[["ten months", "10 months"]]))
add(Q("c203-stations", "factoid",
      "Outside how many police stations did fugitive Aaron Bee pose for photographs before his arrest?",
      [("cnndm-203", "after posing outside five different police stations over two weeks")],
      [["five", "5"]]))

# cnndm-204: Orioles closed-door game
add(Q("c204-doubleheader", "factoid",
      "On what date was the doubleheader set for the postponed Orioles-White Sox games in Baltimore?",
      [("cnndm-204", "until a doubleheader scheduled for may 28")],
      [["may 28", "28 may", "May 28th"]],
      cf=[("may 28", "may 30")], alt=[["may 30", "30 may", "May 30th"]]))
add(Q("c204-why-closed", "why",
      "Why was the Baltimore Orioles' Wednesday game against the Chicago White Sox closed to fans?",
      [("cnndm-204", "in order to minimize safety concerns")],
      [["safety", "unrest", "riots"]]))
add(Q("c204-yesno-precedent", "yesno",
      "Was Major League Baseball aware of any earlier closed-door game in its history before the Orioles hosted the White Sox without fans?",
      [("cnndm-204", "A source within major league baseball told cnn the league is not aware of any prior closed - door games")],
      [["no"]]))

# cnndm-205: Hatton Garden
add(Q("c205-bins", "factoid",
      "What did the Hatton Garden raiders use to carry away the jewellery and valuables, according to the CCTV images?",
      [("cnndm-205", "they used wheelie bins to remove millions of pounds worth of jewellery")],
      [["wheelie bins", "wheelie bin", "bins"]]))
add(Q("c205-time", "factoid",
      "At what time does the first thief appear in the Hatton Garden CCTV footage?",
      [("cnndm-205", "The footage begins at 9. 23 pm")],
      [["9.23", "9. 23", "9:23"]],
      cf=[("9. 23 pm", "9. 41 pm")], alt=[["9.41", "9. 41", "9:41"]]))

# cnndm-206: lost marathon winner
add(Q("c206-detour", "factoid",
      "How far off course did Heidi Bretscher run in the Rock n' Roll Raleigh marathon?",
      [("cnndm-206", "I ran three miles off course")],
      [["three miles", "3 miles"]],
      cf=[("three miles", "four miles")], alt=[["four miles", "4 miles"]]))
add(Q("c206-margin", "factoid",
      "By how much did Heidi Bretscher still win the Raleigh marathon despite her detour?",
      [("cnndm-206", "still won her race some nine minutes ahead")],
      [["nine minutes", "9 minutes"]]))

# cnndm-207: EuroMillions winners
add(Q("c207-village", "factoid",
      "Which Lincolnshire village are EuroMillions winners Richard and Angela Maxwell from?",
      [("cnndm-207", "Richard and angela maxwell, from coningsby in lincolnshire")],
      [["Coningsby"]],
      cf=[("coningsby", "woodhall spa")], alt=[["Woodhall Spa"]]))
add(Q("c207-plans", "factoid",
      "What does Richard Maxwell plan to do after his EuroMillions win?",
      [("cnndm-207", "with mr maxwell planning to retire and play bowls")],
      [["bowls"]]))

# cnndm-210: New Horizons
add(Q("c210-approach", "factoid",
      "On what date will NASA's New Horizons probe pass closest to Pluto?",
      [("cnndm-210", "The probe is due to make its closest approach to pluto on july 14")],
      [["july 14", "14 july", "July 14th"]],
      cf=[("july 14", "july 17")], alt=[["july 17", "17 july", "July 17th"]]))
add(Q("c210-width", "factoid",
      "How wide is Pluto, according to CNN's report on the first colour image from New Horizons?",
      [("cnndm-210", "Pluto is 1, 400 miles wide")],
      [["1,400 miles", "1, 400 miles", "1400 miles"]]))
add(Q("c210-pi", "factoid",
      "Who is the principal investigator of NASA's New Horizons mission?",
      [("cnndm-210", "said alan stern, new horizons' principal investigator")],
      [["Alan Stern", "Stern"]]))

# cnndm-211: Wembley imam murder
add(Q("c211-area", "factoid",
      "In which part of London was Syrian imam Abdul Hadi Arwani found shot in his car?",
      [("cnndm-211", "on a street in wembley on tuesday morning")],
      [["Wembley"]],
      cf=[("wembley", "harrow")], alt=[["Harrow"]]))
add(Q("c211-car", "factoid",
      "What car was Abdul Hadi Arwani found slumped in?",
      [("cnndm-211", "The father of six was found slumped in a volkswagen passat")],
      [["Volkswagen Passat", "Passat", "Volkswagen"]]))

# cnndm-213: Robert Durst
add(Q("c213-city", "factoid",
      "In which city did Robert Durst plead not guilty to two state weapons charges?",
      [("cnndm-213", "Durst entered his plea during an arraignment in a new orleans court")],
      [["New Orleans"]]))
add(Q("c213-judge", "factoid",
      "Which judge asked Robert Durst whether his not guilty plea covered both weapons charges?",
      [("cnndm-213", "Judge franz zibilich asked if durst was making that plea")],
      [["Zibilich", "Franz Zibilich"]],
      cf=[("zibilich", "marcantel")], alt=[["Marcantel", "Franz Marcantel"]]))

# cnndm-215: EU v Google
add(Q("c215-share", "factoid",
      "What share of Europe's search engine market does Google hold, according to the report on the EU's charges?",
      [("cnndm-215", "Google currently boasts a 90 per cent share")],
      [["90 per cent", "90%", "90 percent"]],
      cf=[("90 per cent", "88 per cent")], alt=[["88 per cent", "88%", "88 percent"]]))
add(Q("c215-reply", "factoid",
      "How long will Google have to answer the European Union's formal charges?",
      [("cnndm-215", "google will have ten weeks to reply to brussels")],
      [["ten weeks", "10 weeks"]]))
add(Q("c215-broad", "broad",
      "What is the European Union accusing Google of?",
      [("cnndm-215", "The european union will today accuse google of illegally abusing its supremacy on the internet search market."),
       ("cnndm-215", "Brussels will say that google has used its massive dominance as a search engine to divert internet users")],
      [["search"], ["own services", "its own", "rivals"]]))

# cnndm-216: Louis Jordan
add(Q("c216-days", "factoid",
      "For how many days was sailor Louis Jordan lost at sea before the Houston Express found him?",
      [("cnndm-216", "Lost at sea for 66 days.")],
      [["66"]],
      cf=[("66", "71")], alt=[["71"]]))
add(Q("c216-broad", "broad",
      "Tell me about the rescue of Louis Jordan off the Carolinas.",
      [("cnndm-216", "He'd been drifting on the 35 - foot pearson sailboat for more than two months"),
       ("cnndm-216", "The crew of the 1, 000 - foot long container ship thought it was a yacht")],
      [["two months", "66 days"], ["container ship", "Houston Express"]]))

# cnndm-217: Blackpool fan Frank Knight
add(Q("c217-damages", "factoid",
      "How much in damages did Blackpool fan Frank Knight have to pay the Oyston family over his Facebook post?",
      [("cnndm-217", "having to pay a staggering $ 20, 000 in damages")],
      [["20,000", "20000", "20, 000"]]))
add(Q("c217-celebs", "list",
      "Which two celebrities tweeted links to the fundraising page for Frank Knight?",
      [("cnndm-217", "Countdown's rachel riley and comic russell brand have tweeted links to the page.")],
      [["Rachel Riley", "Riley"], ["Russell Brand", "Brand"]]))

# cnndm-218: Harley Street clinic
add(Q("c218-opened", "factoid",
      "In which year did Dr Xiao-Ping Zhai open her Chinese medicine fertility clinic in Harley Street?",
      [("cnndm-218", "which she opened in 1996")],
      [["1996"]],
      cf=[("1996", "1994")], alt=[["1994"]]))

# cnndm-219: baby Rana
add(Q("c219-cause", "factoid",
      "What did the coroner find had killed baby Rana Goetzinger during or shortly after her home birth?",
      [("cnndm-219", "Coroner mcdougall found that rana had died")],
      [["meconium aspiration", "meconium"]]))

# cnndm-221: Maickel Melamed
add(Q("c221-condition", "factoid",
      "Which illness has Venezuelan runner Maickel Melamed, the last finisher of the Boston Marathon, lived with since birth?",
      [("cnndm-221", "Melamed was born with muscular dystrophy")],
      [["muscular dystrophy"]]))
add(Q("c221-cities", "list",
      "In which other cities has Maickel Melamed completed marathons?",
      [("cnndm-221", "Melamed has completed marathons in chicago")],
      [["Chicago"], ["New York"], ["Berlin"], ["Tokyo"]]))
add(Q("c221-age", "factoid",
      "How old is Maickel Melamed?",
      [("cnndm-221", "A group of energized fans rallied for the 39 - year - old")],
      [["39"]],
      cf=[("39", "41")], alt=[["41"]]))

# cnndm-222: Norsworthy ruling
add(Q("c222-cost", "factoid",
      "Up to how much could Michelle-Lael Norsworthy's court-ordered surgery cost California taxpayers?",
      [("cnndm-222", "the surgery could cost taxpayers as much as $ 100, 000")],
      [["100,000", "100000", "100, 000"]],
      cf=[("100, 000", "80, 000")], alt=[["80,000", "80000", "80, 000"]]))
add(Q("c222-judge", "factoid",
      "Which federal judge ruled that California must provide sex reassignment surgery to inmate Michelle-Lael Norsworthy?",
      [("cnndm-222", "District court judge jon tigar in san francisco ruled that denying sex reassignment surgery to 51")],
      [["Tigar", "Jon Tigar"]]))

# cnndm-224: Robbie Fowler
add(Q("c224-goals", "factoid",
      "How many Premier League goals did Robbie Fowler score?",
      [("cnndm-224", "with only five players scoring more than his 162 goals")],
      [["162"]],
      cf=[("162", "171")], alt=[["171"]]))
add(Q("c224-caps", "factoid",
      "How many England caps did Robbie Fowler win?",
      [("cnndm-224", "would go on to win 26 caps with england")],
      [["26"]]))

# cnndm-226: cheetah pit
add(Q("c226-zoo", "factoid",
      "At which zoo did Michelle Schwab's two-year-old son fall into the cheetah enclosure?",
      [("cnndm-226", "10 - foot - deep enclosure in cleveland metroparks zoo")],
      [["Cleveland Metroparks", "Cleveland"]]))
add(Q("c226-depth", "factoid",
      "How deep was the cheetah pit Michelle Schwab's son fell into?",
      [("cnndm-226", "allegedly dangled her child over the 10 - foot - deep enclosure")],
      [["10-foot", "10 - foot", "10 feet", "ten feet", "ten-foot"]],
      cf=[("10 - foot", "12 - foot")], alt=[["12-foot", "12 - foot", "12 feet", "twelve feet", "twelve-foot"]]))

# cnndm-227: Easter eggs in Alderholt
add(Q("c227-population", "factoid",
      "How many people live in the Dorset village where a mystery Easter bunny left a chocolate egg at every house?",
      [("cnndm-227", "delivered chocolate eggs to every house in a village of 3, 000 people")],
      [["3,000", "3000", "3, 000"]],
      cf=[("3, 000", "4, 000")], alt=[["4,000", "4000", "4, 000"]]))

# cnndm-228: Tony Blair
add(Q("c228-age", "factoid",
      "Until what age does Tony Blair say he wants to keep working before retiring?",
      [("cnndm-228", "Tony blair has said he does not want to retire until he is 91")],
      [["91"]],
      cf=[("91", "95")], alt=[["95"]]))
add(Q("c228-mentor", "factoid",
      "Who does Tony Blair say mentored him when he became prime minister in 1997?",
      [("cnndm-228", "Mr blair said he himself had been `mentored' by us president bill clinton")],
      [["Bill Clinton", "Clinton"]]))

# cnndm-229: Germanwings and medical privacy
add(Q("c229-montgomery", "factoid",
      "Who is the German Medical Association president who argued that current confidentiality rules for pilots' doctors are appropriate?",
      [("cnndm-229", "frank ulrich montgomery, president of the german medical association")],
      [["Montgomery", "Frank Ulrich Montgomery"]]))

# cnndm-230: Aaron Hernandez trial
add(Q("c230-team", "factoid",
      "For which semi-pro football team did Odin Lloyd play?",
      [("cnndm-230", "Odin lloyd was a 27 - year - old semi - pro football player for the boston bandits")],
      [["Boston Bandits", "Bandits"]],
      cf=[("bandits", "rebels")], alt=[["Boston Rebels", "Rebels"]]))
add(Q("c230-found", "factoid",
      "Where was Odin Lloyd's body found in June 2013?",
      [("cnndm-230", "He was found dead on june 17, 2013, less than a mile from hernandez's home")],
      [["North Attleboro", "Attleboro", "less than a mile"]]))

# cnndm-231: family photo
add(Q("c231-son", "factoid",
      "What is the name of the son Sierra Sharry had after Lane Smith died?",
      [("cnndm-231", "their son taos arrived a few weeks later")],
      [["Taos"]]))

# cnndm-233: Beckham at 40
add(Q("c233-resort", "factoid",
      "At which Moroccan resort is David Beckham expected to celebrate his 40th birthday?",
      [("cnndm-233", "And it is thought he will be staying at the five - star luxury amanjena resort")],
      [["Amanjena"]],
      cf=[("amanjena", "amanzoe")], alt=[["Amanzoe"]]))
add(Q("c233-guests", "list",
      "Which guests does The Sun on Sunday say are set to attend David Beckham's 40th birthday in Morocco?",
      [("cnndm-233", "tom cruise, guy ritchie, gordon ramsay and best friend dave gardner are set to attend")],
      [["Tom Cruise", "Cruise"], ["Guy Ritchie", "Ritchie"], ["Gordon Ramsay", "Ramsay"], ["Dave Gardner", "Gardner"]]))

# cnndm-234: Nyia Parler
add(Q("c234-park", "factoid",
      "In which Philadelphia park was Nyia Parler's disabled son found lying in wet leaves?",
      [("cnndm-234", "was found in a pile of wet leaves in cobb creek park")],
      [["Cobb Creek"]]))
add(Q("c234-charge", "factoid",
      "What charge have police now added against Nyia Parler?",
      [("cnndm-234", "and police have now added attempted murder to the list")],
      [["attempted murder"]]))

# =====================================================================================================
# Multi-outlet events (mo-NNN = line number in multioutlet_dev.jsonl)
# =====================================================================================================

# basil-45bd61bc: Reid and the 'ground zero mosque', Aug 2010 (mo-019 NYT, mo-020 Fox, mo-021 HuffPost)
add(Q("m019-manley", "factoid",
      "Which adviser to Senate Majority Leader Harry Reid gave the statement that the Islamic center near ground zero should be built elsewhere, in August 2010?",
      [("mo-019", "said Jim Manley, a top adviser to Mr. Reid")],
      [["Manley", "Jim Manley"]],
      cf=[("Manley", "Mansfield")], alt=[["Mansfield", "Jim Mansfield"]]))
add(Q("m020-names", "comparison",
      "What names do Fox News and HuffPost use for the Islamic center planned near ground zero in Manhattan in August 2010?",
      [("mo-020", "when he appeared to endorse the Park 51 project"),
       ("mo-021", "just the right of the group to build the Cordoba House")],
      [["Park 51", "Park51"], ["Cordoba House", "Cordoba"]],
      outlets=["Fox News", "HuffPost"]))
add(Q("m021-first-responders", "factoid",
      "Which stalled legislation did Harry Reid's office tell Republicans to help pass, if they were sincere, while saying the ground zero mosque should go elsewhere in August 2010?",
      [("mo-021", "they would help us pass this long overdue bill")],
      [["first responders", "rescue workers", "responders"]]))
add(Q("m019-distance", "factoid",
      "How far was the planned mosque and community center from the site of the Sept. 11, 2001 attacks, according to The New York Times in August 2010?",
      [("mo-019", "on the construction of a mosque and community center about two blocks")],
      [["two blocks", "2 blocks"]],
      cf=[("two blocks", "four blocks")], alt=[["four blocks", "4 blocks"]]))
add(Q("m020-broad", "broad",
      "What did Harry Reid do in the dispute over the planned Islamic center near ground zero in August 2010?",
      [("mo-020", "Senate Majority Leader Harry Reid broke with President Obama Monday over the proposed mosque near Ground Zero")],
      [["elsewhere", "someplace else", "somewhere else"], ["broke with", "Obama"]]))

# basil-74708dbf: RNC chairman Michael Steele, Dec 2010 (mo-025 Fox, mo-026 NYT, mo-027 HuffPost)
add(Q("m025-seats", "factoid",
      "How many House seats did Republicans pick up in the November 2010 midterms, according to Fox News' report on RNC chairman Michael Steele's future?",
      [("mo-025", "Republicans picked up 63 seats in the House")],
      [["63"]],
      cf=[("63", "58")], alt=[["58"]]))
add(Q("m026-members", "factoid",
      "How many members of the Republican National Committee were to elect its chairman in January 2011?",
      [("mo-026", "The 168-member committee will elect a chairman")],
      [["168"]],
      cf=[("168", "162")], alt=[["162"]]))
add(Q("m025-challengers", "list",
      "Which two former or sitting state party chairmen, one from Wisconsin and one from Michigan, were among Michael Steele's challengers for the RNC chairmanship in December 2010?",
      [("mo-025", "from Wisconsin Republican Party Chairman Reince Priebus")],
      [["Priebus", "Preibus"], ["Anuzis"]]))
add(Q("m026-elected", "factoid",
      "When had Michael Steele first been elected to lead the Republican National Committee?",
      [("mo-026", "was elected in January 2009 to lead Republicans")],
      [["January 2009", "2009"]]))
add(Q("m027-broad", "broad",
      "What was the situation with RNC chairman Michael Steele in mid-December 2010?",
      [("mo-027", "RNC Chairman Michael Steele is expected by some to announce that he will not seek a second term"),
       ("mo-025", "he asked members to join him")],
      [["second term", "re-election", "reelection", "another term"], ["conference call"]]))

# basil-3db93526: Rick Perry's 'Strong' ad, Dec 2011 (mo-037 Fox, mo-038 HuffPost, mo-039 NYT)
add(Q("m037-methodist", "factoid",
      "Which Christian denomination does Rick Perry belong to, as noted in coverage of his December 2011 'war on religion' ad?",
      [("mo-037", "Perry is a Methodist.")],
      [["Methodist"]],
      cf=[("Methodist", "Baptist")], alt=[["Baptist"]]))
add(Q("m038-poll", "factoid",
      "What level of support among likely Iowa Republican caucus-goers did the Des Moines Register poll give Rick Perry in early December 2011?",
      [("mo-038", "Perry netted just six percent support")],
      [["six percent", "6 percent"]],
      cf=[("six percent", "nine percent")], alt=[["nine percent", "9 percent"]]))
add(Q("m039-logcabin", "factoid",
      "Which gay Republican group denounced Rick Perry's December 2011 ad contrasting Christianity with gays serving openly in the military?",
      [("mo-039", "The Perry ad was denounced by the Log Cabin Republicans")],
      [["Log Cabin"]]))
add(Q("m038-tv-buy", "factoid",
      "How much broadcast television time had Rick Perry bought ahead of the Jan. 3, 2012 Iowa caucuses, according to Politico?",
      [("mo-038", "Politico reported Tuesday that Perry bought $1 million in broadcast television time")],
      [["$1 million", "1 million"]]))
add(Q("m037-where-ad", "comparison",
      "How do Fox News and The New York Times report where Rick Perry's December 2011 'Strong' ad would run?",
      [("mo-037", "The ad is a state-wide buy in Iowa"),
       ("mo-039", "The Perry campaign did not say where the ad would run")],
      [["state-wide", "statewide"], ["did not say", "not say where"]],
      outlets=["Fox News", "New York Times"]))

# basil-b4dbeda7: Netanyahu in a Secure America Now ad, Sept 2012 (mo-049 Fox, mo-050 HuffPost, mo-051 NYT)
add(Q("m049-cost", "comparison",
      "How much do Fox News and The New York Times say Secure America Now was spending to air its September 2012 Florida ad featuring Benjamin Netanyahu?",
      [("mo-049", "is costing Secure America $1 million"),
       ("mo-051", "They have reserved $500,000 of airtime")],
      [["$1 million", "1 million"], ["$500,000", "500,000"]],
      outlets=["Fox News", "New York Times"]))
add(Q("m049-markets", "list",
      "In which three Florida markets was the September 2012 Secure America Now ad starring Netanyahu set to air?",
      [("mo-049", "The ad, reportedly to air in Miami, West Palm Beach and Fort Myers")],
      [["Miami"], ["West Palm Beach"], ["Fort Myers", "Ft. Myers"]]))
add(Q("m049-bcg", "factoid",
      "At which firm did Benjamin Netanyahu and Mitt Romney work together in the mid-1970s?",
      [("mo-049", "with whom Netanyahu worked in the mid-1970s at Boston Consulting Group")],
      [["Boston Consulting Group", "BCG"]],
      cf=[("Boston Consulting Group", "McKinsey & Company")], alt=[["McKinsey"]]))
add(Q("m051-yesno-consulted", "yesno",
      "Was Israel's government consulted about the 2012 Secure America Now ad that used a news clip of Netanyahu warning about Iran?",
      [("mo-051", "A senior Israeli official said the government was not consulted on the ad")],
      [["no"]]))
add(Q("m049-tagline", "factoid",
      "What closing line does the announcer deliver at the end of the September 2012 ad featuring Netanyahu's warning on Iran?",
      [("mo-049", "A voice-over at the end of the ad underscores")],
      [["strength, not apologies", "American strength"]]))

# basil-84678e18: Lois Lerner and the Fifth, May 2013 (mo-064 HuffPost, mo-065 NYT, mo-066 Fox)
add(Q("m064-cincinnati", "factoid",
      "Which IRS office came up with the criteria that singled out 'tea party' and 'patriot' groups, according to HuffPost's May 2013 report on Lois Lerner?",
      [("mo-064", "which includes the Cincinnati office that was the source")],
      [["Cincinnati"]],
      cf=[("Cincinnati", "Cleveland")], alt=[["Cleveland"]]))
add(Q("m064-lawyer", "factoid",
      "Who is the lawyer who told the House Oversight committee that IRS official Lois Lerner would invoke the Fifth Amendment in May 2013?",
      [("mo-064", "in a letter from her lawyer, William Taylor III")],
      [["Taylor", "William Taylor"]]))
add(Q("m065-why-waived", "why",
      "Why did some Republicans on the House Oversight committee argue in May 2013 that Lois Lerner could still be compelled to testify?",
      [("mo-065", "They argued that by making an opening statement")],
      [["opening statement"], ["waived", "waive"]]))
add(Q("m065-briefed", "factoid",
      "How early had Lois Lerner been briefed on the targeting of Tea Party groups, according to the inspector general's report cited by The New York Times?",
      [("mo-065", "she was briefed on their actions as early as June 2011")],
      [["June 2011"]],
      cf=[("June 2011", "August 2011")], alt=[["August 2011"]]))
add(Q("m066-fec", "factoid",
      "Which group did the Federal Election Commission sue while Lois Lerner led its enforcement division in the 1990s?",
      [("mo-066", "suing the Christian Coalition for violating campaign laws")],
      [["Christian Coalition"]]))
add(Q("m065-yesno-testify", "yesno",
      "Did Lois Lerner answer the House Oversight committee's questions at its hearing on May 22, 2013?",
      [("mo-065", "She then invoked her Fifth Amendment right against self-incrimination and declined to testify")],
      [["no"]]))

# basil-a4edca3f: Clinton's private email, March 2015 (mo-088 Fox, mo-089 HuffPost, mo-090 NYT)
add(Q("m088-pages", "comparison",
      "How many pages of Hillary Clinton's emails do Fox News and The New York Times say were handed over to the State Department in early March 2015?",
      [("mo-088", "it had received 55,000 pages of Clinton's emails"),
       ("mo-090", "dozens of boxes filled with 50,000 pages of printed emails")],
      [["55,000"], ["50,000"]],
      outlets=["Fox News", "New York Times"]))
add(Q("m090-benghazi-pages", "factoid",
      "Roughly how many pages of the printed Clinton emails did State Department lawyers find related to the Benghazi attacks, according to The New York Times in March 2015?",
      [("mo-090", "who found roughly 900 pages pertaining to the Benghazi attacks")],
      [["900"]],
      cf=[("900", "700")], alt=[["700"]]))
add(Q("m089-show", "factoid",
      "On which MSNBC programme did Sen. John McCain suggest in March 2015 that Hillary Clinton's email use was hypocritical?",
      [("mo-089", "McCain said on MSNBC")],
      [["Andrea Mitchell Reports", "Andrea Mitchell"]]))
add(Q("m090-tweet", "factoid",
      "What did Hillary Clinton write on Twitter late on March 4, 2015 about the emails from her personal account?",
      [("mo-090", "I want the public to see my email")],
      [["public to see my email", "release them"]]))

# basil-c5534b7e: Benghazi committee interview request, March 2015 (mo-091 Fox, mo-092 HuffPost, mo-093 NYT)
add(Q("m091-deadline", "factoid",
      "What deadline did Rep. Trey Gowdy set in March 2015 for Hillary Clinton's transcribed interview with the Benghazi committee?",
      [("mo-091", "The South Carolina Republican set a deadline of May 1")],
      [["May 1", "1 May", "May 1st"]],
      cf=[("May 1", "May 15")], alt=[["May 15", "15 May", "May 15th"]]))
add(Q("m093-server-town", "factoid",
      "In which New York town was the server holding Hillary Clinton's State Department-era emails, according to The New York Times?",
      [("mo-093", "The emails were on a server at her home in Chappaqua")],
      [["Chappaqua"]],
      cf=[("Chappaqua", "Scarsdale")], alt=[["Scarsdale"]]))
add(Q("m092-why-private", "why",
      "Why did Hillary Clinton say she had used a private email account as secretary of state?",
      [("mo-092", "thought it would be easier to carry just one device")],
      [["one device", "easier to carry"]]))
add(Q("m091-kendall", "factoid",
      "To which lawyer of Hillary Clinton's did Trey Gowdy address his March 2015 request for a transcribed interview?",
      [("mo-091", "Gowdy wrote to Clinton attorney David Kendall on Tuesday")],
      [["Kendall", "David Kendall"]]))

# basil-8dac6c12: Clinton on trade in Iowa, June 2015 (mo-100 HuffPost, mo-101 NYT, mo-102 Fox)
add(Q("m102-crowd", "factoid",
      "About how many supporters heard Hillary Clinton talk about the Pacific trade deal at the Iowa State Fairgrounds on June 14, 2015?",
      [("mo-102", "Clinton told about 600 supporters at the Iowa State Fairgrounds")],
      [["600"]],
      cf=[("600", "800")], alt=[["800"]]))
add(Q("m100-kickoff", "factoid",
      "Where did Hillary Clinton give her official 2016 campaign kickoff speech, the day before her Iowa remarks on trade?",
      [("mo-100", "official campaign kickoff speech that took place at New York City's Roosevelt Island")],
      [["Roosevelt Island"]]))
add(Q("m102-taa", "factoid",
      "Which worker retraining program did Hillary Clinton say in June 2015 should be part of any trade deal?",
      [("mo-102", "Clinton said any deal should include the scuttled Trade Adjustment Assistance program")],
      [["Trade Adjustment Assistance"]]))
add(Q("m102-yesno-position", "yesno",
      "At her June 14, 2015 rally in Des Moines, did Hillary Clinton say whether she supported the fast-track trade legislation?",
      [("mo-102", "still declined to say whether she supports or opposes the legislation")],
      [["no"]]))
add(Q("m101-nations", "comparison",
      "How many countries do The New York Times and Fox News say were covered by the Pacific trade deal Clinton discussed in Iowa in June 2015?",
      [("mo-101", "would not abandon the 12-nation Pacific trade deal"),
       ("mo-102", "pending trade deals with 11 Pacific Rim nations")],
      [["12-nation", "12 nations", "twelve"], ["11 Pacific Rim", "11 nations", "eleven"]],
      outlets=["New York Times", "Fox News"]))

# basil-72fa9b13: Lieberman for FBI director, May 2017 (mo-124 Fox, mo-125 HuffPost, mo-126 NYT)
add(Q("m124-age", "factoid",
      "How old was Joe Lieberman when Donald Trump called him his leading choice to run the FBI in May 2017?",
      [("mo-124", "Lieberman, 75, who served in the Senate from 1989-2013")],
      [["75"]],
      cf=[("75", "71")], alt=[["71"]]))
add(Q("m124-others", "list",
      "Besides Joe Lieberman, which three candidates for FBI director did Trump interview on Wednesday, May 17, 2017?",
      [("mo-124", "Trump also met Wednesday with current acting FBI Director Andrew McCabe")],
      [["McCabe"], ["Keating"], ["McFeely"]]))
add(Q("m125-firm", "factoid",
      "At which law firm was Joe Lieberman working when he emerged as Trump's favourite for FBI director, a firm whose founder was one of Trump's top lawyers?",
      [("mo-125", "The founder of Lieberman")],
      [["Kasowitz"]]))
add(Q("m124-cornyn", "factoid",
      "How many Senate confirmation votes did John Cornyn suggest Joe Lieberman could win for FBI director?",
      [("mo-124", "Lieberman is probably the only person who can get 100 votes")],
      [["100"]]))
add(Q("m126-trip", "factoid",
      "How long was the foreign trip Trump was about to leave on, possibly without naming a new FBI director, in May 2017?",
      [("mo-126", "leave Friday for a nine-day foreign trip")],
      [["nine-day", "nine days", "9-day", "9 days"]],
      cf=[("nine-day", "eight-day")], alt=[["eight-day", "eight days", "8-day", "8 days"]]))

# basil-be026bd1: Roy Moore allegations, Nov 2017 (mo-136 Fox, mo-137 HuffPost, mo-138 NYT)
add(Q("m136-election-date", "factoid",
      "On what date was Alabama's special Senate election between Roy Moore and Doug Jones to be held, according to Fox News in November 2017?",
      [("mo-136", "as he heads into the Dec. 12 election against Democrat Doug Jones")],
      [["Dec. 12", "December 12", "12 December"]],
      cf=[("Dec. 12", "Dec. 19")], alt=[["Dec. 19", "December 19", "19 December"]]))
add(Q("m138-ziegler", "factoid",
      "Which Alabama state official defended Roy Moore by comparing him to the biblical Joseph?",
      [("mo-138", "Alabama’s state auditor, Jim Ziegler")],
      [["Ziegler", "Jim Ziegler"]]))
add(Q("m136-armistead", "factoid",
      "Who chaired Roy Moore's Senate campaign and called The Washington Post's report a 'last ditch Hail Mary'?",
      [("mo-136", "Moore campaign chairman Bill Armistead said")],
      [["Armistead", "Bill Armistead"]]))
add(Q("m137-strange", "factoid",
      "Whom did Donald Trump back against Roy Moore in the September 2017 Alabama Republican primary?",
      [("mo-137", "Trump notably backed Strange over Moore")],
      [["Luther Strange", "Strange"]]))

# basil-ad409798: Trump on social media 'censorship', Aug 2018 (mo-151 Fox, mo-152 HuffPost, mo-153 NYT)
add(Q("m153-where", "factoid",
      "From which golf club did Trump tweet on Aug. 18, 2018 that social media firms were treating conservative voices unfairly?",
      [("mo-153", "sent from his golf club in Bedminster")],
      [["Bedminster"]],
      cf=[("Bedminster", "Lambertville")], alt=[["Lambertville"]]))
add(Q("m151-bickert", "factoid",
      "Which Facebook executive apologized at a House Judiciary hearing in July 2018 for mishandling the company's dealings with Diamond and Silk?",
      [("mo-151", "Monika Bickert, head of Global Policy Management at Facebook")],
      [["Bickert", "Monika Bickert"]]))
add(Q("m153-jones", "factoid",
      "Which far-right conspiracy theorist had his content removed by almost all major platforms in August 2018, shortly before Trump's tweets on censorship?",
      [("mo-153", "almost all of the major platforms removed content from Alex Jones")],
      [["Alex Jones", "Jones"]]))
add(Q("m152-networks", "list",
      "Which two cable news networks did Trump call fake in his August 2018 tweets while saying he did not ask for their content to be removed?",
      [("mo-151", "there is nothing so Fake as CNN & MSNBC")],
      [["CNN"], ["MSNBC"]]))
add(Q("m153-twitter-jones", "factoid",
      "For how long did Twitter suspend Alex Jones and Infowars in August 2018?",
      [("mo-153", "later suspended the two accounts for a week")],
      [["a week", "one week", "seven days"]]))

# basil-f688c56d: birthright citizenship, Oct 2018 (mo-157 HuffPost, mo-158 NYT, mo-159 Fox)
add(Q("m157-wong-kim-ark", "factoid",
      "In what year did the Supreme Court hand down the Wong Kim Ark ruling, the precedent on U.S.-born children of immigrants cited against Trump's birthright citizenship plan?",
      [("mo-157", "The Supreme Court ruled in 1898")],
      [["1898"]],
      cf=[("1898", "1902")], alt=[["1902"]]))
add(Q("m159-reid-year", "factoid",
      "In which year did Harry Reid make the 'no sane country' remarks about birthright citizenship that Trump cited in October 2018?",
      [("mo-159", "He was referring to comments unearthed from 1993")],
      [["1993"]],
      cf=[("1993", "1991")], alt=[["1991"]]))
add(Q("m159-why-jurisdiction", "why",
      "Why did Trump argue in October 2018 that birthright citizenship is not protected by the 14th Amendment?",
      [("mo-159", "It is not covered by the 14th Amendment because of the words")],
      [["jurisdiction"]]))
add(Q("m158-wvlk", "factoid",
      "Which radio station did House Speaker Paul Ryan tell that birthright citizenship cannot be ended by executive order?",
      [("mo-158", "Ryan told WVLK, a radio station in Lexington")],
      [["WVLK"]]))
add(Q("m157-graham", "factoid",
      "Which senator said in October 2018 he would introduce legislation to end birthright citizenship along the lines of Trump's proposed order?",
      [("mo-157", "Sen. Lindsey Graham (R-S.C.) announced Tuesday")],
      [["Lindsey Graham", "Graham"]]))
add(Q("m157-only-country", "comparison",
      "How do HuffPost and Fox News answer Trump's October 2018 claim that the U.S. is the only country granting citizenship by birth?",
      [("mo-157", "More than 30 nations, including Canada and Mexico, have similar policies."),
       ("mo-159", "with Canada and a number of Latin American countries also doing so")],
      [["30 nations", "more than 30", "30 countries"], ["Latin American"]],
      outlets=["HuffPost", "Fox News"]))

# basil-0d10341a: shutdown meets the new Congress, Jan 2019 (mo-163 HuffPost, mo-164 NYT, mo-165 Fox)
add(Q("m163-demand", "factoid",
      "How much money for the border wall was Trump insisting Congress appropriate at the start of January 2019, according to HuffPost?",
      [("mo-163", "Trump is now insisting that Congress appropriate $5.7 billion")],
      [["5.7 billion"]],
      cf=[("5.7 billion", "6.2 billion")], alt=[["6.2 billion"]]))
add(Q("m164-offer", "factoid",
      "How much for border security were Democrats offering in the January 2, 2019 Situation Room meeting on the shutdown?",
      [("mo-164", "they refused to budge from their offer to devote $1.3 billion to border security")],
      [["1.3 billion"]]))
add(Q("m164-why-vatican", "why",
      "Why did Trump say Nancy Pelosi should support his border wall, according to officials describing the January 2, 2019 White House meeting?",
      [("mo-164", "he said Ms. Pelosi should back it because she was")],
      [["Catholic"], ["Vatican"]]))
add(Q("m163-workers", "factoid",
      "About how many federal employees were affected by the partial government shutdown as the new Congress convened in January 2019?",
      [("mo-163", "about 800,000 federal employees")],
      [["800,000"]]))
add(Q("m163-wall-demand", "comparison",
      "How do HuffPost and Fox News state the amount of border wall money Trump was demanding in early January 2019?",
      [("mo-163", "Trump is now insisting that Congress appropriate $5.7 billion"),
       ("mo-165", "He indicated he was not shifting on his demand for more than $5 billion")],
      [["5.7 billion"], ["more than $5 billion", "5 billion"]],
      outlets=["HuffPost", "Fox News"]))
add(Q("m164-feb8", "factoid",
      "Through what date would Nancy Pelosi's January 2019 homeland security bill have funded the Department of Homeland Security?",
      [("mo-164", "One would fund the Department of Homeland Security through Feb. 8")],
      [["Feb. 8", "February 8", "8 February"]]))
add(Q("m165-broad", "broad",
      "What did Trump say after his Jan. 4, 2019 meeting with congressional leaders on the shutdown?",
      [("mo-165", "warning Democrats the partial government shutdown could last"),
       ("mo-165", "We can call a national emergency")],
      [["years"], ["national emergency"]]))

# newswcl50-7: steel and aluminium tariffs delayed, April 30 2018 (mo-213 NYT, mo-214 HuffPost, mo-215 USA Today, mo-216 Fox, mo-217 Breitbart)
add(Q("m214-june1", "factoid",
      "Until what date did Trump give Canada, Mexico and the EU a reprieve from the metal tariffs at the end of April 2018?",
      [("mo-214", "President Donald Trump has postponed the imposition of steel and aluminum tariffs on Canada, the European Union and Mexico until June 1, and has reached")],
      [["June 1", "1 June", "June 1st"]],
      cf=[("June 1", "June 15")], alt=[["June 15", "15 June", "June 15th"]]))
add(Q("m213-deals", "list",
      "With which three countries did the White House say at the end of April 2018 it had reached agreements to avoid the metal tariffs?",
      [("mo-213", "it had reached initial agreements with Argentina, Australia and Brazil")],
      [["Argentina"], ["Australia"], ["Brazil"]]))
add(Q("m215-retaliation", "list",
      "Which American products had European officials suggested hitting with duties in retaliation for the 2018 metal tariffs?",
      [("mo-215", "European officials had suggested imposing duties on U.S.-made motorcycles, orange juice and bourbon")],
      [["motorcycles"], ["orange juice"], ["bourbon"]]))
add(Q("m215-imports", "factoid",
      "How much steel did the United States import in 2017, according to USA Today's report on the April 2018 tariff delay?",
      [("mo-215", "The U.S. imported 34.6 million metric tons of steel last year")],
      [["34.6 million", "34.6"]],
      cf=[("34.6", "31.2")], alt=[["31.2 million", "31.2"]]))
add(Q("m214-dates", "comparison",
      "What dates do HuffPost and Breitbart give for when Trump imposed or announced the 2018 steel and aluminum tariffs?",
      [("mo-214", "Trump on March 23 imposed a 25 percent tariff"),
       ("mo-217", "Trump announced the tariffs on March 8")],
      [["March 23"], ["March 8"]],
      outlets=["HuffPost", "Breitbart"]))
add(Q("m215-canada", "factoid",
      "Which country sends the most steel to the United States, according to USA Today's April 2018 tariff report?",
      [("mo-215", "Canada is the largest exporter of steel to the U.S.")],
      [["Canada"]]))

# newswcl50-8: Mueller's questions for Trump, April 30 2018 (mo-218 NYT, mo-219 HuffPost, mo-220 USA Today, mo-221 Fox, mo-222 Breitbart)
add(Q("m218-count", "comparison",
      "How do The New York Times and USA Today describe the number of questions special counsel Robert Mueller wanted to put to Trump, as revealed in April 2018?",
      [("mo-218", "has at least four dozen questions on an exhaustive array of subjects"),
       ("mo-220", "has given a list of almost four dozen questions")],
      [["at least four dozen"], ["almost four dozen"]],
      outlets=["New York Times", "USA Today"]))
add(Q("m219-giuliani", "factoid",
      "Who replaced John Dowd on Trump's legal team in the Russia inquiry in April 2018?",
      [("mo-219", "Dowd was replaced last week by former New York City Mayor Rudy Giuliani.")],
      [["Giuliani", "Rudy Giuliani"]]))
add(Q("m221-age", "factoid",
      "How old was special counsel Robert Mueller, according to Fox News' May 2018 explainer on the Russia investigation?",
      [("mo-221", "Mueller, 73, took over the federal government's probe")],
      [["73"]],
      cf=[("73", "75")], alt=[["75"]]))
add(Q("m221-indicted", "factoid",
      "On what date were Paul Manafort and Richard Gates first indicted in Mueller's investigation?",
      [("mo-221", "were indicted on Oct. 27 on multiple counts")],
      [["Oct. 27", "October 27", "27 October"]]))

# allsides-6088: Rose McGowan, April 2021 (mo-240 LA Times, mo-241 Newsweek, mo-242 Fox)
add(Q("m240-cult", "factoid",
      "In which religious group was actor Rose McGowan raised, the upbringing she said in April 2021 helped her see the Democratic Party as a cult?",
      [("mo-240", "Growing up with the Children of God")],
      [["Children of God"]],
      cf=[("Children of God", "Process Church")], alt=[["Process Church"]]))
add(Q("m241-host", "factoid",
      "Which Fox News Primetime host interviewed Rose McGowan when she called Democrats a 'deep cult' in April 2021?",
      [("mo-241", "she told host Tammy Bruce on Fox News Primetime")],
      [["Tammy Bruce", "Bruce"]]))

# allsides-6082: Pentagon cancels military-funded border wall, April 30 2021 (mo-243 Guardian, mo-244 Hill, mo-245 Fox)
add(Q("m245-miles", "factoid",
      "How many miles of border wall were completed under Trump, according to Fox News' report on the Pentagon cancelling wall projects in 2021?",
      [("mo-245", "More than 450 miles had been built during the Trump administration")],
      [["450"]],
      cf=[("450", "400")], alt=[["400"]]))
add(Q("m243-freeze", "factoid",
      "On what date did Joe Biden halt work on the border wall, according to The Guardian's May 2021 report?",
      [("mo-243", "Joe Biden issued a proclamation on 20 January")],
      [["20 January", "January 20", "first day"]]))

# allsides-6045: Israeli ground forces shell Gaza, May 13-14 2021 (mo-261 NYT, mo-262 Hill, mo-263 Daily Caller)
add(Q("m263-rockets", "factoid",
      "How many rockets had been fired at Israel before its ground troops attacked Gaza in May 2021, according to The Daily Caller?",
      [("mo-263", "following a barrage of 1,500 rockets")],
      [["1,500", "1500"]],
      cf=[("1,500", "1,200")], alt=[["1,200", "1200"]]))
add(Q("m261-conricus", "factoid",
      "Which Israeli military spokesman first said ground troops were attacking in Gaza and later clarified they had not entered the strip, in May 2021?",
      [("mo-261", "An Israeli military spokesman, Lt. Col. Jonathan Conricus")],
      [["Conricus", "Jonathan Conricus"]]))

# allsides-6021: Gaza cease-fire, May 21 2021 (mo-273 NYT, mo-274 AP, mo-275 WSJ)
add(Q("m273-palestinians", "factoid",
      "At least how many Palestinians were killed by Israeli airstrikes and artillery in the 11 days of fighting before the May 2021 cease-fire, according to The New York Times?",
      [("mo-273", "Israeli airstrikes and artillery killed at least 230 Palestinians")],
      [["230"]],
      cf=[("230", "250")], alt=[["250"]]))
add(Q("m273-rockets", "comparison",
      "How do The New York Times and The Wall Street Journal describe the Hamas rocket fire during the May 2021 Gaza war?",
      [("mo-273", "which killed a dozen people living in Israel"),
       ("mo-275", "commenced its 4,000-rocket barrage")],
      [["dozen", "12 people"], ["4,000"]],
      outlets=["New York Times", "Wall Street Journal"]))
add(Q("m274-days", "factoid",
      "How long had the May 2021 war between Israel and Hamas lasted when the cease-fire took effect?",
      [("mo-274", "appears to have halted 11 days of fighting")],
      [["11", "eleven"]]))

# allsides-6014: DeSantis signs 'Big Tech' law, May 24 2021 (mo-276 Miami Herald, mo-277 Axios, mo-278 Newsmax)
add(Q("m278-damages", "factoid",
      "Up to how much in damages can people sue Big Tech companies for over 'deplatforming' under the law Florida's governor signed in May 2021, according to Newsmax?",
      [("mo-278", "for up to $100,000 in damages")],
      [["100,000"]],
      cf=[("100,000", "75,000")], alt=[["75,000"]]))
add(Q("m276-where", "factoid",
      "Where did Ron DeSantis sign Florida's social media legislation in May 2021?",
      [("mo-276", "signed legislation on Monday at Florida International University in Miami")],
      [["Florida International University", "FIU"]]))
add(Q("m277-broad", "broad",
      "What does the social media law Ron DeSantis signed in May 2021 do?",
      [("mo-277", "signed a law fining social media services"),
       ("mo-277", "It allows people to sue platforms")],
      [["candidates"], ["sue"]]))

# allsides-6003: Biden's first budget, May 2021 (mo-282 NYT, mo-283 CNBC, mo-284 National Review)
add(Q("m282-size", "comparison",
      "How do The New York Times and CNBC size up the budget Joe Biden proposed at the end of May 2021?",
      [("mo-282", "President Biden will propose a $6 trillion budget on Friday"),
       ("mo-283", "will propose $5 trillion in new federal spending over the next decade")],
      [["6 trillion"], ["5 trillion"]],
      outlets=["New York Times", "CNBC"]))
add(Q("m284-2031", "factoid",
      "What level of total annual federal spending by 2031 did Biden's 2022 budget plan foresee, according to National Review?",
      [("mo-284", "for total spending to hit $8.2 trillion by 2031")],
      [["8.2 trillion"]],
      cf=[("8.2 trillion", "7.9 trillion")], alt=[["7.9 trillion"]]))
add(Q("m283-revenues", "factoid",
      "How much additional revenue over a decade would help pay for Biden's May 2021 budget plan, according to CNBC?",
      [("mo-283", "paid for in part by $3.6 trillion in additional revenues")],
      [["3.6 trillion"]]))

# allsides-5997: Biden warns Putin on human rights, May 30 2021 (mo-285 Bloomberg, mo-286 Hill, mo-287 Fox)
add(Q("m285-dates", "factoid",
      "On what dates were Joe Biden and Vladimir Putin scheduled to meet in Geneva, according to Bloomberg at the end of May 2021?",
      [("mo-285", "The leaders are set to meet on June 15-16")],
      [["June 15-16", "June 15", "15-16 June"]],
      cf=[("June 15-16", "June 22-23")], alt=[["June 22-23", "June 22", "22-23 June"]]))
add(Q("m286-xi", "factoid",
      "How long did Biden say his recent conversation with Chinese President Xi had lasted, in his Memorial Day weekend remarks of 2021?",
      [("mo-286", "I had a long conversation, two hours recently")],
      [["two hours", "2 hours"]]))

# allsides-5959: Florida bans critical race theory, June 2021 (mo-303 Slate, mo-304 AP, mo-305 National Review)
add(Q("m303-states", "list",
      "Which other states does Slate list as having initiatives like Florida's June 2021 ban on critical race theory in schools?",
      [("mo-303", "The vote aligns with initiatives in several other states")],
      [["Idaho"], ["Oklahoma"], ["Tennessee"], ["Iowa"]]))
add(Q("m303-1619", "factoid",
      "Which New York Times project did Florida's education board also bar from classrooms in June 2021?",
      [("mo-303", "or the New York Times’ 1619 Project from schools")],
      [["1619"]]))

# allsides-5948: Geneva summit, June 16 2021 (mo-309 NBC, mo-310 WSJ, mo-311 Fox)
add(Q("m310-navalny", "factoid",
      "Which jailed Russian dissident did Biden say he raised with Putin at their June 2021 summit in Geneva?",
      [("mo-310", "jailed Russian dissident Alexei Navalny")],
      [["Navalny"]]))
add(Q("m309-tone", "factoid",
      "How did Biden describe the tone of his June 16, 2021 meeting with Vladimir Putin?",
      [("mo-309", "President Joe Biden told reporters Wednesday that the tone of his meeting")],
      [["positive"]]))

# allsides-5941: antiviral pills programme, June 17 2021 (mo-312 NYT, mo-313 Axios, mo-314 NY Post)
add(Q("m312-vaccine-spend", "factoid",
      "How much did the U.S. government spend in 2020 funding drugmakers to produce a Covid vaccine, according to The New York Times' report on the antiviral pill programme?",
      [("mo-312", "The U.S. government spent more than $18 billion last year")],
      [["18 billion"]],
      cf=[("18 billion", "16 billion")], alt=[["16 billion"]]))
add(Q("m312-amount", "comparison",
      "How do The New York Times and Axios describe the amount the U.S. committed in June 2021 to developing Covid-19 antiviral pills?",
      [("mo-312", "Now it’s pouring more than $3 billion"),
       ("mo-313", "The Biden administration will invest $3.2 billion")],
      [["more than $3 billion", "3 billion"], ["3.2 billion"]],
      outlets=["New York Times", "Axios"]))
add(Q("m314-fauci", "factoid",
      "Who announced the $3.2 billion 'antiviral program for pandemics' at a White House coronavirus briefing in June 2021?",
      [("mo-314", "Dr. Anthony Fauci said Thursday")],
      [["Fauci", "Anthony Fauci"]]))

# allsides-5868: Covid cases rising again, July 2021 (mo-345 WaPo, mo-346 AP, mo-347 NY Post)
add(Q("m346-states", "list",
      "Which two U.S. states were the exceptions when AP reported in July 2021 that Covid case numbers had gone up nearly everywhere over two weeks?",
      [("mo-346", "And all but two states")],
      [["Maine"], ["South Dakota"]]))
add(Q("m346-average", "factoid",
      "What was the average number of new confirmed Covid-19 infections per day in the U.S. on Monday, July 12, 2021, according to AP?",
      [("mo-346", "Confirmed infections climbed to an average of about 23,600 a day")],
      [["23,600"]],
      cf=[("23,600", "25,100")], alt=[["25,100"]]))

# allsides-5862: Schumer schedules infrastructure vote, July 15 2021 (mo-348 Politico, mo-349 Hill, mo-350 Washington Examiner)
add(Q("m349-votes", "factoid",
      "How many votes would the shell bill for the bipartisan infrastructure deal need to advance in the Senate in July 2021?",
      [("mo-349", "The bill will need 60 votes to")],
      [["60"]]))
add(Q("m350-two-bills", "list",
      "Which two measures did Chuck Schumer say in July 2021 the Senate would vote on the following week?",
      [("mo-350", "The New York Democrat said the Senate would vote on both a $1 trillion bipartisan infrastructure measure")],
      [["infrastructure"], ["budget resolution", "3.5 trillion"]]))

# allsides-5832: Democrats and inflation, July 2021 (mo-363 NBC, mo-364 WSJ, mo-365 Free Beacon)
add(Q("m363-rate", "factoid",
      "What 12-month price increase through June 2021 did President Biden call 'temporary'?",
      [("mo-363", "President Joe Biden says the 5.4 percent increase")],
      [["5.4 percent", "5.4%"]],
      cf=[("5.4 percent", "4.9 percent")], alt=[["4.9 percent", "4.9%"]]))
add(Q("m365-schatz", "factoid",
      "Which Democratic senator from Hawaii said in July 2021 that even serious inflation would not derail his party's spending plans?",
      [("mo-365", "Sen. Brian Schatz (D., Hawaii) said Monday")],
      [["Schatz", "Brian Schatz"]]))

# allsides-5809: Big Tech and speech (mo-375 NYT, mo-377 WSJ)
add(Q("m375-matze", "factoid",
      "Who was the Parler chief executive who promised unfettered free speech on the platform in a June 2020 CNBC interview?",
      [("mo-375", "promised the company’s chief executive, John Matze")],
      [["Matze", "John Matze"]]))

# allsides-5791: YouTube suspends Rand Paul, Aug 2021 (mo-384 NYT, mo-385 Hill, mo-386 Daily Mail)
add(Q("m384-length", "factoid",
      "How long was the Rand Paul video on masks that YouTube took down in August 2021?",
      [("mo-384", "A YouTube representative said the Republican senator’s claims in the three-minute video")],
      [["three minutes", "three-minute", "3 minutes", "3-minute"]]))
add(Q("m385-why-suspended", "why",
      "Why could Sen. Rand Paul not upload anything to his YouTube channel for a week in August 2021?",
      [("mo-385", "This resulted in a first strike on the channel")],
      [["strike"]]))

# allsides-5786: IPCC sixth assessment, Aug 2021 (mo-387 WaPo, mo-388 Hill, mo-389 WSJ)
add(Q("m389-pages", "factoid",
      "How long is the IPCC's AR6 climate report, according to The Wall Street Journal in August 2021?",
      [("mo-389", "The new report, titled AR6, is almost 4,000 pages")],
      [["4,000 pages", "4,000"]],
      cf=[("4,000", "3,000")], alt=[["3,000 pages", "3,000"]]))
add(Q("m388-pew", "factoid",
      "What share of Americans wanted governments to do more about climate change, according to the Pew survey from 2020 cited by The Hill?",
      [("mo-388", "A 2020 Pew Research Center poll found two thirds")],
      [["two thirds", "two-thirds", "2/3"]]))

# allsides-5780: fall of Kabul, Aug 2021 (mo-390 MSNBC, mo-391 guest writer, mo-392 National Review)
add(Q("m390-bagram", "factoid",
      "Which air base, long the hub of American power projection in Afghanistan, did Taliban fighters seize on Sunday, Aug. 15, 2021?",
      [("mo-390", "Taliban fighters captured Afghanistan's Bagram Airfield")],
      [["Bagram"]]))
add(Q("m390-ghani", "factoid",
      "Which Afghan president had fled the country by nightfall as the Taliban took Kabul in August 2021?",
      [("mo-390", "By nightfall, President Ashraf Ghani had fled the country")],
      [["Ghani", "Ashraf Ghani"]]))

# allsides-5775: Taliban break up protest, Aug 18 2021 (mo-393 NBC, mo-394 AP, mo-395 Daily Wire)
add(Q("m395-city", "factoid",
      "In which Afghan city did the Taliban fire on people demonstrating with the national flag on Aug. 18, 2021, according to the report quoted by The Daily Wire?",
      [("mo-395", "in the northeastern city of Jalalabad")],
      [["Jalalabad"]],
      cf=[("Jalalabad", "Kunduz")], alt=[["Kunduz"]]))
add(Q("m394-deaths", "comparison",
      "How many deaths do the Associated Press and The Daily Wire report from the Taliban's violent break-up of the flag protest on Aug. 18, 2021?",
      [("mo-394", "killing at least one person as they quashed a rare public show of dissent"),
       ("mo-395", "Local media report Taliban fires on them, killing 2")],
      [["at least one"], ["killing 2", "two people", "two killed", "2 killed"]],
      outlets=["Associated Press", "The Daily Wire"]))

# allsides-5733: EU drops the U.S. from its safe travel list, Aug 30 2021 (mo-414 USA Today, mo-415 Nat Geo, mo-416 NY Post)
add(Q("m415-italy", "factoid",
      "To which country had Boston traveller Stephanie Flynn planned to go for her 30th birthday, in National Geographic's report on the EU travel decision of 2021?",
      [("mo-415", "Stephanie Flynn had planned to travel from Boston to Italy")],
      [["Italy"]],
      cf=[("Italy", "Greece")], alt=[["Greece"]]))
add(Q("m416-bloc", "factoid",
      "How many member countries does the EU bloc that recommended halting nonessential U.S. travel in August 2021 have?",
      [("mo-416", "The 27-nation bloc in May had suggested")],
      [["27"]]))

# allsides-5727: Labor Day, Sept 2021 (mo-417 WaPo, mo-418 CNET, mo-419 Washington Examiner)
add(Q("m419-mcgann", "factoid",
      "Which Illinois Democrat served on the House committee that backed the Labor Day holiday, according to the Washington Examiner?",
      [("mo-419", "Rep. Lawrence McGann, an Illinois Democrat")],
      [["McGann", "Lawrence McGann"]]))

# allsides-5721: disaster aid and Afghan resettlement request, Sept 7 2021 (mo-420 WaPo, mo-421 NPR, mo-422 Washington Examiner)
add(Q("m420-disaster", "comparison",
      "How much disaster relief money do The Washington Post and NPR say the White House asked Congress for on Sept. 7, 2021?",
      [("mo-420", "The White House is asking for $14 billion in aid"),
       ("mo-421", "The White House wants $24 billion in additional funding")],
      [["14 billion"], ["24 billion"]],
      outlets=["Washington Post", "NPR"]))
add(Q("m421-afghans", "factoid",
      "How much did the White House ask Congress for in September 2021 to resettle Afghan evacuees?",
      [("mo-421", "Biden administration officials are also asking for $6.4 billion")],
      [["6.4 billion"]],
      cf=[("6.4 billion", "5.8 billion")], alt=[["5.8 billion"]]))

# allsides-5686: stopgap plus debt ceiling, Sept 20 2021 (mo-438 NYT, mo-439 Axios, mo-440 Washington Examiner)
add(Q("m439-through", "factoid",
      "Until when would the Democrats' September 2021 plan have raised the debt ceiling?",
      [("mo-439", "they plan to attach a proposal to raise the debt ceiling through Dec. 2022")],
      [["2022"]]))
add(Q("m440-clyburn", "factoid",
      "Which House Democrat said on CNN he was not fine with Democrats raising the debt limit without Republican votes, in September 2021?",
      [("mo-440", "House Majority Whip Jim Clyburn of South Carolina said")],
      [["Clyburn", "Jim Clyburn"]]))

# allsides-5663: progressives threaten the infrastructure bill, Sept 28 2021 (mo-450 NYT, mo-451 Hill, mo-452 Washington Examiner)
add(Q("m452-caucus", "factoid",
      "How many members did the House Progressive Caucus have in September 2021, according to the Washington Examiner?",
      [("mo-452", "More than half of the 95-member House Progressive Caucus")],
      [["95"]],
      cf=[("95", "98")], alt=[["98"]]))
add(Q("m450-price", "comparison",
      "How do The New York Times and the Washington Examiner put the price of the bipartisan infrastructure bill Nancy Pelosi planned to bring to a vote in late September 2021?",
      [("mo-450", "she would push ahead with a vote this week on a $1 trillion bipartisan infrastructure bill"),
       ("mo-452", "will vote against the $1.2 trillion infrastructure package")],
      [["1 trillion"], ["1.2 trillion"]],
      outlets=["New York Times", "Washington Examiner"]))
add(Q("m451-schakowsky", "factoid",
      "Which Illinois Democrat and ally of Nancy Pelosi warned in September 2021 that the infrastructure bill would fail if it were called?",
      [("mo-451", "Rep. Jan Schakowsky (D-Ill.)")],
      [["Schakowsky", "Jan Schakowsky"]]))

# allsides-5643: China-Taiwan tensions, Oct 2021 (mo-459 USA Today, mo-460 BBC, mo-461 Washington Times)
add(Q("m461-planes", "factoid",
      "How many Chinese military planes flew near Taiwan on Monday, Oct. 4, 2021, a record, according to The Washington Times?",
      [("mo-461", "flew 56 planes in international airspace")],
      [["56"]],
      cf=[("56", "52")], alt=[["52"]]))
add(Q("m460-chiu", "factoid",
      "Which Taiwanese defence minister said in October 2021 that tensions with China were the worst in 40 years?",
      [("mo-460", "Tensions with China are at their worst in 40 years"), ("mo-460", "Chiu Kuo-cheng's comments came after")],
      [["Chiu Kuo-cheng", "Chiu"]]))

# allsides-5635: Google and YouTube demonetise climate denial, Oct 2021 (mo-462 Verge, mo-463 Axios, mo-464 Free Beacon)
add(Q("m462-broad", "broad",
      "What did Google announce about climate change denial content in October 2021?",
      [("mo-462", "Google will no longer allow advertisers, publishers, and YouTube creators to monetize content")],
      [["monetize", "monetization", "money", "ads"], ["YouTube"]]))

# allsides-5630: Tsai's National Day speech, Oct 10 2021 (mo-465 CNN, mo-466 AP, mo-467 Daily Wire)
add(Q("m465-years", "factoid",
      "Over how many years did Taiwan's President Tsai Ing-wen say the island was facing its most complex situation, in her October 2021 National Day speech?",
      [("mo-465", "Tsai warned that Taiwan is facing the")],
      [["72"]],
      cf=[("72", "70")], alt=[["70"]]))

# allsides-6039: Biden revokes health-care proclamation for immigrants, May 2021 (mo-264 Politico, mo-265 Hill, mo-266 Washington Examiner)
add(Q("m265-month", "factoid",
      "When had Donald Trump signed the proclamation on immigrants' health insurance that Joe Biden revoked in May 2021?",
      [("mo-265", "Biden said in his own proclamation signed Friday afternoon that the October 2019 order")],
      [["October 2019"]]))

# =====================================================================================================
# Seed articles (000 = Metro, 001 = Bloomberg; Feb 2026, Kim Jong Un's new rocket launchers)
# =====================================================================================================
METRO, BLOOM = "000_2a414345787d6649.txt", "001_cee8abcad40ca6f4.txt"
add(Q("s001-lee-month", "factoid",
      "In which month did South Korean President Lee Jae Myung take office, according to Bloomberg's report on Kim Jong Un's 600mm launchers?",
      [(BLOOM, "has also taken a series of steps to improve inter-Korean ties since taking office in June")],
      [["June"]],
      cf=[("June", "July")], alt=[["July"]]))
add(Q("s000-sister-rank", "factoid",
      "How does Metro describe Kim Yo Jong's standing in North Korea's power structure?",
      [(METRO, "widely seen as the second most powerful person in the country")],
      [["second most powerful", "second-most powerful", "number two"]],
      cf=[("second most powerful", "third most powerful")], alt=[["third most powerful", "third-most powerful", "number three"]]))
add(Q("s001-plan", "factoid",
      "What kind of multi-year plan is the Ninth Congress of the Workers' Party expected to draw up, according to Bloomberg?",
      [(BLOOM, "putting together a new five-year economic plan")],
      [["five-year economic plan", "five-year plan", "economic plan"]]))
add(Q("s000-no-fly", "factoid",
      "What did South Korea's defence ministry say it might impose on itself along the border as part of partly restoring the 2018 military agreement with the North?",
      [(METRO, "including self-imposing a no-fly zone")],
      [["no-fly zone", "no fly zone"]]))
add(Q("s001-why-image", "why",
      "Why has Kim Jong Un's international image shifted from isolated pariah to global player, according to Bloomberg's February 2026 report?",
      [(BLOOM, "having emerged as a key ally of Russian President Vladimir Putin"),
       (BLOOM, "In September, Kim stood shoulder to shoulder with Putin")],
      [["Putin", "Russia"], ["Ukraine", "Beijing", "parade"]]))
add(Q("s001-vigilance", "factoid",
      "What did Kim Yo Jong say North Korea would step up along its southern border, despite her conciliatory tone toward Seoul?",
      [(BLOOM, "In her comments, Kim’s sister also said that North Korea would heighten")],
      [["vigilance"]]))
add(Q("s000-broad", "broad",
      "What happened at the ceremony in Pyongyang where Kim Jong Un showed off new rocket launchers ahead of the Ninth Congress?",
      [(METRO, "The despot attended the event marking the presentation of 50 new 600mm-calibre multiple rocket launchers"),
       (METRO, "North Korean leader Kim Jong Un got behind the wheel")],
      [["50", "fifty"], ["600mm", "600 mm", "600mm-calibre", "600mm-caliber"], ["Ninth Congress", "party congress"]]))

# =====================================================================================================
# More why / broad / comparison questions
# =====================================================================================================
add(Q("c188-why-not-stealing", "why",
      "Why do farmers in California's Sacramento-San Joaquin delta say they are not stealing the water they pump during the drought?",
      [("cnndm-188", "But they say they're not stealing it because")],
      [["water's edge", "history", "right", "rights", "senior"]]))
add(Q("c229-why-rules-ok", "why",
      "Why does German Medical Association president Frank Ulrich Montgomery believe the confidentiality rules for pilots' doctors do not need changing after the Germanwings crash?",
      [("cnndm-229", "Mr montgomery believes that current laws are appropriate")],
      [["relieved", "confidentiality"], ["risk", "lives"]]))
add(Q("c197-why-charged", "why",
      "Why was the Cairns man dubbed the 'fearless father' charged and kept away from his sick two-year-old?",
      [("cnndm-197", "The father has been charged for treating his 2 - year - old daughter with medical cannabis oil.")],
      [["cannabis"]]))
add(Q("c206-why-lost", "why",
      "Why did Heidi Bretscher and the cyclists with her go the wrong way in the Raleigh marathon?",
      [("cnndm-206", "missed an unmarked turn"),
       ("cnndm-206", "the route changed from the 2014 race leaving several turns unmarked")],
      [["unmarked"]]))
add(Q("c178-why-warning", "why",
      "What prompted Greater Manchester Police to warn parents about the 'sleeper' game?",
      [("cnndm-178", "An eight - year - old boy was taken to hospital after falling victim to a prank")],
      [["hospital"], ["eight-year-old", "eight - year - old", "eight year old", "8-year-old"]]))
add(Q("m125-why-dems-object", "why",
      "Why did Senate Democrats object to Joe Lieberman as a possible FBI director in May 2017?",
      [("mo-125", "called it a “mistake” to select an elected official to the post"),
       ("mo-125", "There is no reason to appoint a politician to run the FBI")],
      [["politician", "elected official", "politics"], ["law enforcement"]]))
add(Q("m213-why-delay", "why",
      "Why did the Trump administration hold off on the steel and aluminum tariffs for the EU, Canada and Mexico at the end of April 2018, according to The New York Times?",
      [("mo-213", "The extension reflects concerns by the Trump administration")],
      [["retaliation"], ["China"]]))
add(Q("m091-why-transcribed", "why",
      "Why did Trey Gowdy say in March 2015 that a transcribed interview was the best way to question Hillary Clinton about her emails?",
      [("mo-091", "The committee believes a transcribed interview would best protect")],
      [["privacy"], ["security"]]))
add(Q("m346-why-rising", "why",
      "What was driving the rise in U.S. Covid-19 cases in July 2021, according to the Associated Press?",
      [("mo-346", "driven by the fast-spreading delta variant")],
      [["delta"], ["vaccination"], ["Fourth of July", "July 4"]]))
add(Q("m460-why-warning", "why",
      "What prompted Taiwan's defence minister to warn of the risk of an accidental strike in October 2021?",
      [("mo-460", "Chiu Kuo-cheng's comments came after")],
      [["record"], ["jets", "aircraft", "planes"]]))
add(Q("c177-broad", "broad",
      "What happened to Daisy, Dave and Brenda Rickard's West Highland terrier, on their holiday in north Wales?",
      [("cnndm-177", "when daisy fell 10ft from a quay into the sea"),
       ("cnndm-177", "i instinctively started breathing in her mouth")],
      [["quay", "sea", "water"], ["breathing", "kiss of life"]]))
add(Q("c168-broad", "broad",
      "What did Matt Stopera find out after losing his iPhone in New York?",
      [("cnndm-168", "It ended up in the ends of li hongjun in southeastern china.")],
      [["China"], ["Li Hongjun", "Hongjun", "Brother Orange"]]))
add(Q("c200-broad", "broad",
      "What has changed in the trophy room at the Queen's Sandringham estate?",
      [("cnndm-200", "have been placed in storage"),
       ("cnndm-200", "Even the blood - red walls have been painted white")],
      [["storage"], ["white"]]))
add(Q("m265-broad", "broad",
      "What did Joe Biden do in May 2021 about Trump's rule on immigrants and health insurance?",
      [("mo-265", "President Biden on Friday revoked a 2019 proclamation signed by then-President Trump")],
      [["revoked", "rescinded", "reversed", "revokes"], ["health insurance", "health care", "healthcare"]]))
add(Q("m465-broad", "broad",
      "What did Taiwan's President Tsai Ing-wen say in her National Day speech on Oct. 10, 2021?",
      [("mo-465", "Taiwan will not bow to pressure")],
      [["bow", "not bow"], ["China", "Beijing"]]))
add(Q("m416-broad", "broad",
      "What did the European Union decide about travellers from the United States at the end of August 2021?",
      [("mo-416", "The European Union on Monday formally recommended that its members stop nonessential travel from the US")],
      [["nonessential", "non-essential"], ["COVID", "Covid", "infections"]]))
add(Q("m136-accusers", "comparison",
      "How do Fox News and HuffPost describe the scope of The Washington Post's November 2017 report of sexual misconduct by Roy Moore?",
      [("mo-136", "after The Washington Post reported on a woman's claims"),
       ("mo-137", "telling the paper the accusations of four women")],
      [["a woman", "woman's claims", "Corfman"], ["four women"]],
      outlets=["Fox News", "HuffPost"]))
add(Q("m124-experience", "comparison",
      "How do Fox News and The New York Times characterize Joe Lieberman's law enforcement background as he was considered for FBI director in May 2017?",
      [("mo-124", "stems from his two-term tenure as Connecticut’s attorney general"),
       ("mo-126", "a charming 75-year-old political operator with no federal law enforcement experience")],
      [["attorney general"], ["no federal law enforcement"]],
      outlets=["Fox News", "New York Times"]))

# =====================================================================================================
# Unanswerable: on-topic details no article of the combined corpus states.
# absent: regexes (case-insensitive) that must match no article; a [scope, term] pair means the term
# must not occur in any article that matches the scope.
# =====================================================================================================

def U(id, q, arts, absent, why, sup=()):
    return Q(id, "unanswerable", q, sup, (), arts=arts, absent=absent, why=why)


add(U("u101-witt-charge",
      "What charge did Frankfurt police bring against Josephine Witt after she threw confetti at Mario Draghi?",
      ["cnndm-101"], [[r"josephine witt", r"charged|fined|prosecut|indicted|\bcharge\b"]],
      "Police are only said to have taken her into custody; no charge or penalty is reported.",
      [("cnndm-101", "Defiant : police, who took her into custody")]))
add(U("u110-gun-type",
      "What make or type of gun did Claudio Giardiello use in the Milan courthouse shooting?",
      ["cnndm-110"], [[r"giardiello", r"beretta|glock|pistol|revolver|rifle|calibre|caliber|handgun|shotgun"]],
      "The article only says he fired four or five rounds from multiple weapons.",
      [("cnndm-110", "The gunman's attack began when he fired four or five rounds from multiple weapons")]))
add(U("u132-couple-names",
      "What were the names of the Cleveland couple found dead in their cabin aboard the MS Ryndam in San Juan?",
      ["cnndm-132"], [[r"ryndam", r"\bnamed\b|identified as|identities"]],
      "Police describe them only as an unidentified man and woman in their 50s from Cleveland.",
      [("cnndm-132", "The unidentified man and woman were in their 50s and from cleveland")]))
add(U("u147-wedding-cost",
      "How much did Paul McCartney and Heather Mills' 2002 wedding at Castle Leslie cost?",
      ["cnndm-147"], [[r"castle leslie", r"\bcost|\$ ?\d|pounds|million|budget"]],
      "The article covers the guests (300), the venue and the secrecy, but gives no cost."))
add(U("u164-garnet-pay",
      "How much will the tour operator jobs in the ghost town of Garnet, Montana pay?",
      ["cnndm-164"], [[r"garnet", r"\$ ?\d|salary|wage|per hour|a month|stipend"]],
      "The Bureau of Land Management offers free food and housing for four positions; no pay is mentioned."))
add(U("u165-buyer",
      "Who bought the tiny painting of a saint linked to El Greco at the Charterhouse auction in Sherborne?",
      ["cnndm-165"], [[r"el greco", r"buyer|bought by|purchased by|sold to|snapped up by|winning bid"]],
      "Only the seller's story and the price ($98,000 hammer, $120,932 with fees) are reported; the buyer is not named."))
add(U("u185-budget",
      "What budget has Netflix given the 'Our Planet' natural history series?",
      ["cnndm-185"], [[r"our planet", r"budget|\$ ?\d|\bcost|million|billion"]],
      "The article gives eight parts, four years of filming and a 2019 debut, but no budget."))
add(U("u189-votes",
      "How many votes did Rahm Emanuel receive in the April 2015 Chicago mayoral runoff against Chuy Garcia?",
      ["cnndm-189"], [[r"emanuel", r"\d[\d,]* votes|votes? (cast|counted)"]],
      "Only vote shares are given (about 56 per cent to 44 per cent).",
      [("cnndm-189", "emanuel had about 56 per cent of the vote")]))
add(U("u204-score",
      "What was the final score of the Orioles-White Sox game played without fans in Baltimore?",
      ["cnndm-204"], [[r"orioles", r"\b\d{1,2} ?- ?\d{1,2}\b|\bwon\b|\bbeat\b|defeated|final score"]],
      "The article was written before the game; it gives the start time (2:05 p.m. ET) and TV channel only."))
add(U("u213-trial-date",
      "On what date is Robert Durst's murder trial in Los Angeles scheduled to begin?",
      ["cnndm-213"], [[r"durst", r"trial (date|is set|will (begin|start)|is scheduled|begins)|scheduled to (begin|start)"]],
      "The weapons case in New Orleans is delaying his extradition; no trial date is given.",
      [("cnndm-213", "further delaying his extradition to california to face murder charges")]))
add(U("u215-final-fine",
      "How large was the fine the European Commission finally imposed on Google for favouring its own services in search?",
      ["cnndm-215"], [[r"google", r"fined google|imposed a fine|was fined|2\. ?4 billion|2\. ?42"]],
      "Written the day charges were served: Europe 'could' fine Google more than $4 billion; no fine had been imposed.",
      [("cnndm-215", "europe could fine google more than $ 4 billion")]))
add(U("u216-weight-lost",
      "How much weight did sailor Louis Jordan lose during his 66 days adrift?",
      ["cnndm-216"], [[r"louis jordan", r"lost \d|\d+ ?(pounds|lbs|kilos|kg)\b"]],
      "His father only says he 'hadn't lost too much weight'.",
      [("cnndm-216", "Hadn't lost too much weight")]))
add(U("u226-son-name",
      "What is the name of Michelle Schwab's two-year-old son who fell into the cheetah pit at Cleveland Metroparks Zoo?",
      ["cnndm-226"], [[r"schwab", r"(son|boy),? named|named [a-z]+,? (2|two)\b|\bson [a-z]+ schwab"]],
      "The boy is never named; he is described only as her two-year-old son."))
add(U("u228-cadre-members",
      "Which former heads of government have signed up to Tony Blair's planned 'cadre' of ex-leaders?",
      ["cnndm-228"], [[r"cadre", r"signed up|have joined|has joined|recruited (former|ex)|agreed to join"]],
      "Blair only describes the ambition to recruit former leaders; nobody is named as having joined."))
add(U("u230-verdict",
      "What verdict did the jury return in Aaron Hernandez's trial for the murder of Odin Lloyd?",
      ["cnndm-230"], [[r"hernandez", r"guilty of (first|murder)|convicted of|found guilty|sentenced to life|acquitted|verdict (was|of)"]],
      "Written as deliberations began; he had pleaded not guilty and no verdict is reported.",
      [("cnndm-230", "Jury deliberations began tuesday.")]))
add(U("u232-dress",
      "Who designed Kim Sears' wedding dress for her marriage to Andy Murray at Dunblane?",
      ["cnndm-232"], [r"wedding dress|bridal gown|wedding gown"],
      "The articles cover the venue (Dunblane Cathedral, April 11) and her tan, not the dress or its designer."))
add(U("u233-party-cost",
      "How much is David Beckham's 40th birthday party at the Amanjena resort expected to cost?",
      ["cnndm-233"], [[r"amanjena", r"\bcost|\$ ?\d|pounds|price|budget"]],
      "The report names guests and the resort but gives no cost."))
add(U("u206-finish-time",
      "What was Heidi Bretscher's finishing time in the Rock n' Roll Raleigh marathon?",
      ["cnndm-206"], [[r"bretscher", r"\d ?: ?\d\d|\d hours?\b|finishing time of"]],
      "Only her winning margin (about nine minutes) and the detour are given.",
      [("cnndm-206", "still won her race some nine minutes ahead")]))
add(U("u156-appointee",
      "Who was appointed to run English cricket after Paul Downton lost his job as managing director?",
      ["cnndm-156"], [[r"downton", r"(appointed|named|confirmed) (as )?(the )?(new )?(director|managing director|head)|has been appointed|got the job"]],
      "The article only weighs three candidates (Vaughan, Stewart, Strauss); no appointment is reported.",
      [("cnndm-156", "Michael vaughan, alec stewart and andrew strauss are three former captains bidding")]))
add(U("u136-willard",
      "Which boxer finally took the heavyweight title from Jack Johnson on April 5, 1915?",
      ["cnndm-136"], [r"willard"],
      "The article gives the date of Johnson's defeat but is cut off before naming the winner.",
      [("cnndm-136", "before johnson would be defeated, on april 5, 1915")]))
add(U("u176-new-club",
      "Which club did Carles Puyol sign for when he came out of retirement?",
      ["cnndm-176"], [[r"puyol", r"signed for|has joined|agreed to join|completed a move|signed a contract"]],
      "Reports only say he is training with a view to joining New York City or Al-Sadd.",
      [("cnndm-176", "he could be set for a return to playing with new york city or al - sadd")]))
add(U("u162-charges",
      "What charges were filed against the six men the FBI arrested in Minneapolis and San Diego over travel to join ISIS?",
      ["cnndm-162"], [[r"hamza ahmed", r"(men|six|arrested)[^.]{0,80}charged with|charges (against them|include)"]],
      "The U.S. attorney's spokesman gave no details of the charges, promising more information on Monday.",
      [("cnndm-162", "Spokesman ben petok did not give details about the charges")]))
add(U("u118-extradition",
      "When will fugitives Jayson McDonald and Paul Monk be extradited to Britain?",
      ["cnndm-118"], [[r"jayson mcdonald|paul monk", r"extradit"]],
      "The article reports the arrests in Amsterdam and Alicante only; extradition is not mentioned."))
add(U("u173-russians",
      "How many of the Dalny Vostok trawler's 132 crew members were Russian citizens?",
      ["cnndm-173"], [[r"dalny vosto", r"\d+ (of them )?(were )?russians?\b|russian (nationals|citizens)"]],
      "The crew is described only as international; no breakdown by nationality is given.",
      [("cnndm-173", "carrying an international crew of 132")]))
add(U("u210-mission-cost",
      "How much did NASA's New Horizons mission to Pluto cost?",
      ["cnndm-210"], [[r"new horizons", r"\$ ?\d|\bcost|budget"]],
      "The article gives distances, dates (launched 2006, flyby July 14) and Pluto's size, but no cost."))
add(U("u187-upkeep",
      "How much does it cost each year to maintain Lenin's embalmed body in the Red Square mausoleum?",
      ["cnndm-187"], [[r"lenin", r"\$ ?\d|\bcost|budget|roubles|rubles|per year"]],
      "Only the mausoleum group's size (200 scientists at its peak) and methods are described."))
add(U("u149-sick-count",
      "How many Australian workers actually called in sick on the Monday after Anzac Day 2015?",
      ["cnndm-149"], [r"called in sick"],
      "The article, written beforehand, only forecasts a 20-25 per cent rise in absenteeism and 20,000 Queensland sick days.",
      [("cnndm-149", "Mr dundon said bosses should expect a 20 per cent - 25 per cent rise in absenteeism")]))
add(U("u171-outcome",
      "Was Chris Rock given a ticket at his third traffic stop in seven weeks?",
      ["cnndm-171"], [[r"chris rock", r"ticket|was cited|citation|let (him )?go"]],
      "CNN notes that Rock didn't say how the stop turned out.",
      [("cnndm-171", "Rock hasn't commented on the tweets and didn't say how the police stop turned out.")]))

# multioutlet
add(U("u025-rnc-winner",
      "Who won the election for Republican National Committee chairman in January 2011?",
      ["mo-025", "mo-026", "mo-027"], [[r"michael steele", r"(won|elected|defeated|victory)[^.]{0,40}(chairman|chairmanship)|new (rnc )?chairman"]],
      "The December 2010 articles list the contenders (Priebus, Wagner, Cino, Anuzis, Collins) before the vote.",
      [("mo-026", "The 168-member committee will elect a chairman during its meeting in January.")]))
add(U("u136-moore-votes",
      "How many votes did Roy Moore receive in Alabama's special Senate election on Dec. 12, 2017?",
      ["mo-136", "mo-137", "mo-138"], [[r"roy moore", r"\d{2,3},\d{3} votes|\d+(\.\d)? ?(percent|%) of the vote|(won|lost) the (special )?election"]],
      "The November 2017 articles predate the election; they cover the allegations and reactions."))
add(U("u049-airings",
      "How many times did the Secure America Now ad featuring Netanyahu air in Florida in 2012?",
      ["mo-049", "mo-050", "mo-051"], [[r"secure america", r"\d+ times|aired \d+|\d+ (airings|spots)"]],
      "Only the money (reported as $1 million, or $500,000 of reserved airtime) and markets are given."))
add(U("u064-lerner-charged",
      "What criminal charges were eventually brought against former IRS official Lois Lerner?",
      ["mo-064", "mo-065", "mo-066"], [[r"lerner", r"lerner[^.]{0,120}(indicted|charged with|prosecuted)|(indicted|charged)[^.]{0,60}lerner"]],
      "The May 2013 articles only say the Justice Department had opened an investigation; Lerner denied wrongdoing.",
      [("mo-064", "Lerner's decision to plead the Fifth comes as the Department of Justice has initiated an investigation")]))
add(U("u090-server-firm",
      "Which company managed the private email server Hillary Clinton used as secretary of state?",
      ["mo-088", "mo-089", "mo-090", "mo-091", "mo-092", "mo-093"], [r"platte river", [r"clinton[^.]{0,300}e-?mail", r"(company|firm|contractor)[^.]{0,60}(managed|maintained|ran) (the|her) (e-?mail )?server"]],
      "The March 2015 coverage says the server was at her Chappaqua home and had been wiped; no company is named.",
      [("mo-093", "The emails were on a server at her home in Chappaqua")]))
add(U("u093-public-testimony",
      "On what date did Hillary Clinton finally testify in public before the House Benghazi committee?",
      ["mo-091", "mo-092", "mo-093"], [r"october 22|oct\. 22", [r"gowdy", r"testified (publicly|in public|before the (select )?committee) on"]],
      "In March 2015 the committee had only requested a transcribed interview, with a May 1 deadline; her spokesman said she was ready for a public hearing.",
      [("mo-093", "To be clear, she remains ready to appear at a hearing open to the American public.")]))
add(U("u100-fast-track-revote",
      "Did the House pass fast-track trade authority when it voted again the week after Hillary Clinton's June 14, 2015 Iowa rally?",
      ["mo-100", "mo-101", "mo-102"], [[r"fast.track", r"(passed|approved)[^.]{0,60}fast.track|fast.track[^.]{0,60}(passed|approved|cleared)"]],
      "The articles describe the Friday defeat and Obama lobbying for a revote; the outcome is not reported.",
      [("mo-100", "Obama spent the weekend lobbying members of his party to switch their votes next week.")]))
add(U("u019-center-cost",
      "How much was the Islamic center planned near ground zero expected to cost to build?",
      ["mo-019", "mo-020", "mo-021"], [[r"ground zero", r"\$ ?\d|million|billion"]],
      "The August 2010 coverage is about the politics (Reid, Obama, Republicans); no cost is mentioned."))
add(U("u157-eo-signed",
      "On what date did Trump sign his executive order ending birthright citizenship?",
      ["mo-157", "mo-158", "mo-159"], [[r"birthright", r"signed[^.]{0,60}(executive )?order[^.]{0,80}birthright|birthright[^.]{0,80}order[^.]{0,40}signed"]],
      "In October 2018 Trump only said he was considering or preparing such an order; no signing is reported.",
      [("mo-158", "President Trump said he was preparing an executive order")]))
add(U("u217-bourbon-rate",
      "What retaliatory tariff rate did the European Union put on American bourbon in 2018?",
      ["mo-213", "mo-214", "mo-215", "mo-216", "mo-217"],
      [r"bourbon[^.]{0,120}\d+ ?(%|percent|per cent)", r"\d+ ?(%|percent|per cent)[^.]{0,120}bourbon"],
      "USA Today only says European officials had suggested duties on motorcycles, orange juice and bourbon; no rate is given.",
      [("mo-215", "European officials had suggested imposing duties on U.S.-made motorcycles")]))
add(U("u273-broker",
      "Which country brokered the May 2021 cease-fire between Israel and Hamas?",
      ["mo-273", "mo-274", "mo-275"], [[r"cease-?fire", r"egypt|brokered|broker |mediat"]],
      "The cease-fire leads discuss the 11 days of fighting and the toll, not who mediated the truce."))
add(U("u276-judge",
      "Which federal judge blocked the social media law Ron DeSantis signed in May 2021?",
      ["mo-276", "mo-277", "mo-278"], [[r"desantis", r"hinkle|injunction|blocked (the|florida.s) law|struck down"]],
      "Axios only says legal experts expected constitutional challenges.",
      [("mo-277", "Legal experts expect the law to face constitutional challenges.")]))
add(U("u461-oct1",
      "How many Chinese military aircraft entered Taiwan's air defence zone on Oct. 1, 2021?",
      ["mo-459", "mo-460", "mo-461"], [[r"taiwan", r"oct\. 1\b|october 1\b|\b38 (planes|aircraft|jets)"]],
      "The reports give 56 planes on Monday, Oct. 4, and 149 over four days, not a figure for Oct. 1.",
      [("mo-461", "flew 56 planes in international airspace")]))
add(U("u386-views",
      "How many views had Rand Paul's mask video received before YouTube removed it in August 2021?",
      ["mo-384", "mo-385", "mo-386"], [[r"rand paul", r"\bviews\b|\bviewed\b"]],
      "Only the video's length (three minutes) and the one-week suspension are reported."))
add(U("u418-labor-founders",
      "What are the names of the two men with nearly the same name who each claim credit for starting Labor Day?",
      ["mo-417", "mo-418", "mo-419"], [r"mcguire|maguire"],
      "CNET mentions the two rival claimants but its lead is cut off before naming them.",
      [("mo-418", "In fact, two men with almost the same name fight for credit.")]))
add(U("u452-final-vote",
      "How many House progressives ended up voting against the bipartisan infrastructure bill when it finally passed in November 2021?",
      ["mo-450", "mo-451", "mo-452"], [r"voted against the (bipartisan )?infrastructure", r"six (progressives|democrats) voted", [r"infrastructure", r"passed the house|house passed"]],
      "The September 2021 articles only report the threat that more than half of the 95-member caucus would vote no."))
add(U("u245-returned",
      "How much money was returned to the military when the Pentagon cancelled Trump-era border wall projects in April 2021?",
      ["mo-243", "mo-244", "mo-245"], [r"returned[^.]{0,80}\$ ?\d", r"\$ ?\d[^.]{0,80}returned"],
      "The Guardian only says all unobligated money was being returned to the military.",
      [("mo-243", "All unobligated money was being returned to military")]))
add(U("u285-venue",
      "At which villa in Geneva did Joe Biden and Vladimir Putin hold their June 2021 summit?",
      ["mo-285", "mo-286", "mo-287", "mo-309", "mo-310", "mo-311"], [r"la grange", [r"geneva", r"\bvilla\b"]],
      "The articles name Geneva and the dates (June 15-16) but never the venue."))

# seeds
add(U("u-seeds-salvo",
      "How many rockets can each of North Korea's new 600mm multiple rocket launchers fire in one salvo?",
      [METRO, BLOOM], [r"salvo", [r"600 ?mm", r"\btubes?\b|rounds per|rockets each|barrels"]],
      "Neither seed article gives the number of tubes or rockets per launcher."))
add(U("u-seeds-opening-date",
      "On what date did the Ninth Congress of North Korea's Workers' Party open in 2026?",
      [METRO, BLOOM], [[r"ninth congress", r"congress (opened|began|convened|started|kicked off) on|opened on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|feb)"]],
      "Metro quotes an analyst saying it may start as soon as Thursday or Friday; Bloomberg says it was planned for late February.",
      [(METRO, "The Ninth Congress may start as soon as Thursday or Friday this week")]))

# =====================================================================================================
# False premises: a wrong detail inside the question (forbidden), with the true detail (correction)
# =====================================================================================================

def FP(id, q, sup, forbidden, correction, why):
    return Q(id, "false_premise", q, sup, (), forbidden=forbidden, correction=correction, why=why)


add(FP("fp101-greenpeace",
       "Why did the Greenpeace activist throw confetti at ECB president Mario Draghi during his Frankfurt press conference?",
       [("cnndm-101", "Miss witt said she was formerly associated with feminist activist group femen.")],
       ["Greenpeace"], [["Femen"]],
       "She was a former Femen activist; Greenpeace is not involved."))
add(FP("fp125-shark",
       "What did Clive Palmer say after a shark attacked a golfer at his Port Douglas course?",
       [("cnndm-125", "An elderly man has been bitten by a crocodile")],
       ["shark"], [["crocodile"]],
       "The golfer was bitten by a saltwater crocodile, not a shark."))
add(FP("fp136-louis",
       "Why did Jack Johnson's 1908 victory over Joe Louis shock white America?",
       [("cnndm-136", "After beating tommy burns in 1908")],
       ["Joe Louis"], [["Tommy Burns", "Burns"]],
       "Johnson won the title in 1908 by beating Tommy Burns."))
add(FP("fp210-neptune",
       "What did the first colour image of Neptune sent back by NASA's New Horizons probe show?",
       [("cnndm-210", "nasa's new horizons spacecraft has sent back its first color image of pluto")],
       ["Neptune"], [["Pluto"]],
       "The first colour image was of Pluto and its moon Charon."))
add(FP("fp216-charleston",
       "How did Louis Jordan survive 66 days adrift after sailing out of Charleston, South Carolina?",
       [("cnndm-216", "since leaving conway, south carolina, to fish in the ocean")],
       ["Charleston"], [["Conway"]],
       "He had set off from Conway, South Carolina."))
add(FP("fp145-mohawk",
       "Why were the buffalo that escaped from a farm in Schodack shot after they swam across the Mohawk River?",
       [("cnndm-145", "Around 15 animals ran away from their pen in schodack")],
       ["Mohawk"], [["Hudson"]],
       "The herd swam across the Hudson River."))
add(FP("fp228-81",
       "Why does Tony Blair say he won't retire until he is 81?",
       [("cnndm-228", "Tony blair has said he does not want to retire until he is 91")],
       ["81"], [["91"]],
       "Blair said 91, not 81."))
add(FP("fp189-50-years",
       "Why was the 2015 Chicago mayoral runoff between Rahm Emanuel and Chuy Garcia the first in 50 years?",
       [("cnndm-189", "The mayoral runoff was the first since the city changed the way it conducts elections about 20 years ago.")],
       ["50 years", "fifty years"], [["20 years", "twenty years"]],
       "It was the first runoff since the election rules changed about 20 years earlier."))
add(FP("fp190-fired",
       "Why did Rolling Stone fire Sabrina Rubin Erdely over its discredited University of Virginia story?",
       [("cnndm-190", "nobody will lose their job over the story"),
        ("cnndm-190", "confirmed to the new york times that everybody would remain in their positions")],
       ["fire Sabrina", "fired Erdely", "Erdely was fired", "was fired", "was sacked"],
       [["nobody will lose", "no one will lose", "no one was fired", "not fired", "remain in their positions", "still employed", "remain"]],
       "Rolling Stone's publisher said everybody would keep their positions."))
add(FP("fp020-reid-backed",
       "Why did Harry Reid back President Obama's support for the mosque near ground zero in August 2010?",
       [("mo-020", "Senate Majority Leader Harry Reid broke with President Obama Monday over the proposed mosque")],
       ["back President Obama", "backed Obama", "Reid supported", "Reid backed"],
       [["broke with", "elsewhere", "someplace else"]],
       "Reid broke with Obama and said the mosque should be built somewhere else."))
add(FP("fp124-republican",
       "Why did Trump pick former Republican senator Joe Lieberman as his top choice for FBI director in May 2017?",
       [("mo-124", "his leading contender is former Democratic Sen. Joe Lieberman")],
       ["Republican senator", "former Republican"], [["Democrat", "Democratic", "independent"]],
       "Lieberman served as a Democrat and later an independent, and was Al Gore's 2000 running mate."))
add(FP("fp065-fourth",
       "Why did Lois Lerner invoke the Fourth Amendment at the House Oversight hearing in May 2013?",
       [("mo-065", "She then invoked her Fifth Amendment right against self-incrimination")],
       ["Fourth Amendment"], [["Fifth"]],
       "She invoked the Fifth Amendment right against self-incrimination."))
add(FP("fp276-veto",
       "Why did Ron DeSantis veto Florida's 'Big Tech' social media bill in May 2021?",
       [("mo-278", "on Monday signed a bill that allows")],
       ["veto", "vetoed"], [["signed"]],
       "DeSantis signed the bill into law."))
add(FP("fp216-china",
       "Why did Trump delay the steel and aluminum tariffs on China until June 1, 2018?",
       [("mo-215", "The tariffs are already in effect for other countries, including China and Russia.")],
       ["tariffs on China until", "delay the steel and aluminum tariffs on China"],
       [["European Union", "EU", "Canada", "Mexico", "already in effect"]],
       "The delay covered the EU, Canada and Mexico; the tariffs were already in effect for China."))
add(FP("fp158-ryan",
       "Why did Paul Ryan say Trump could end birthright citizenship by executive order?",
       [("mo-159", "you cannot end birthright citizenship with an executive order")],
       ["Ryan say Trump could", "Ryan said Trump could", "could end birthright citizenship"],
       [["cannot", "can't", "can not"]],
       "Ryan said the opposite: you cannot end birthright citizenship with an executive order."))
add(FP("fp049-obama-campaign",
       "Why did the Obama campaign run an ad featuring Benjamin Netanyahu in Florida in September 2012?",
       [("mo-049", "The ad, paid for by nonprofit conservative advocacy group Secure America Now")],
       ["Obama campaign run", "Obama campaign ran", "Obama campaign's ad"], [["Secure America Now"]],
       "The ad was paid for by the conservative group Secure America Now and was aimed against Obama."))
add(FP("fp-seeds-eighth",
       "Why were Kim Jong Un's 50 new rocket launchers presented to the Eighth Congress of the Workers' Party?",
       [(METRO, "to the Ninth Congress of the ruling Workers")],
       ["Eighth Congress", "Eighth"], [["Ninth"]],
       "They were presented to the Ninth Congress."))

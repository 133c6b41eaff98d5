"""German rows added for coverage of real news (issue 12: the frequent predicates of the
German corpora and the PETRARCH blocks of training/curated/de_petrarch_blocks.tsv): one
sentence of our own per row class, coded from a hand-built frame; the no-event senses code
nothing even between two actors."""

from __future__ import annotations

import pytest

from chronik.events import EventCoder
from chronik.ontology import Ontology
from chronik.patterns import Patterns
from chronik.records import Frame

from .conftest import span_of
from .test_events import arg, case_doc, dyads, make_doc

P = "past"
R = {"tense": P, "reflexive": True}
# (sentence, predicate, trigger, [(role, piece, prep)], actors, frame options, expected)
CASES = [
    ("Tass meldete, Kiew habe Charkiw geräumt.", "melden", "meldete",
     [("subj", "Tass", None), ("comp", "Kiew habe Charkiw geräumt", None)],
     [("Tass", "RUSMED"), ("Kiew", "UKRGOV")], {"tense": P}, {("RUSMED", "UKRGOV", "010")}),
    ("Paris meldete sich zu Wort: Bern habe gelogen.", "melden", "meldete",
     [("subj", "Paris", None), ("pp", "zu Wort", "zu"), ("comp", "Bern habe gelogen", None)],
     [("Paris", "FRAGOV"), ("Bern", "CHEGOV")], R, {("FRAGOV", "CHEGOV", "010")}),
    ("Athen gab eine Erklärung zu Ankara ab.", "abgeben", "gab",
     [("subj", "Athen", None), ("obj", "eine Erklärung", None), ("pp", "zu Ankara", "zu")],
     [("Athen", "GRCGOV"), ("Ankara", "TURGOV")], {"tense": P}, {("GRCGOV", "TURGOV", "010")}),
    ("Tokio sorgt sich um Seoul.", "sorgen", "sorgt",
     [("subj", "Tokio", None), ("pp", "um Seoul", "um")],
     [("Tokio", "JPNGOV"), ("Seoul", "KORGOV")], {"reflexive": True},
     {("JPNGOV", "KORGOV", "012")}),
    ("Madrid sorgte für Ärger in Lissabon.", "sorgen", "sorgte",
     [("subj", "Madrid", None), ("pp", "für Ärger in Lissabon", "für")],
     [("Madrid", "ESPGOV"), ("Lissabon", "PRTGOV")], {"tense": P}, set()),
    ("Pjöngjang beunruhigt Tokio.", "beunruhigen", "beunruhigt",
     [("subj", "Pjöngjang", None), ("obj", "Tokio", None)],
     [("Pjöngjang", "PRKGOV"), ("Tokio", "JPNGOV")], {}, {("JPNGOV", "PRKGOV", "012")}),
    ("Kiew widerlegte Moskau.", "widerlegen", "widerlegte",
     [("subj", "Kiew", None), ("obj", "Moskau", None)],
     [("Kiew", "UKRGOV"), ("Moskau", "RUSGOV")], {"tense": P}, {("UKRGOV", "RUSGOV", "016")}),
    ("Paris schlug Berlin Gespräche vor.", "vorschlagen", "schlug",
     [("subj", "Paris", None), ("iobj", "Berlin", None), ("obj", "Gespräche", None)],
     [("Paris", "FRAGOV"), ("Berlin", "DEUGOV")], {"tense": P}, {("FRAGOV", "DEUGOV", "020")}),
    ("Oslo regte Stockholm eine Reform an.", "anregen", "regte",
     [("subj", "Oslo", None), ("iobj", "Stockholm", None), ("obj", "eine Reform", None)],
     [("Oslo", "NORGOV"), ("Stockholm", "SWEGOV")], {"tense": P}, {("NORGOV", "SWEGOV", "020")}),
    ("Rom richtete einen Appell an Tripolis.", "richten", "richtete",
     [("subj", "Rom", None), ("obj", "einen Appell", None), ("pp", "an Tripolis", "an")],
     [("Rom", "ITAGOV"), ("Tripolis", "LBYGOV")], {"tense": P}, {("ITAGOV", "LBYGOV", "020")}),
    ("Rom richtete Forderungen an Tunis.", "richten", "richtete",
     [("subj", "Rom", None), ("obj", "Forderungen", None), ("pp", "an Tunis", "an")],
     [("Rom", "ITAGOV"), ("Tunis", "TUNGOV")], {"tense": P}, {("ITAGOV", "TUNGOV", "100")}),
    ("Teheran signalisierte Washington Gesprächsbereitschaft.", "signalisieren", "signalisierte",
     [("subj", "Teheran", None), ("iobj", "Washington", None),
      ("obj", "Gesprächsbereitschaft", None)],
     [("Teheran", "IRNGOV"), ("Washington", "USAGOV")], {"tense": P},
     {("IRNGOV", "USAGOV", "030")}),
    ("London strebt ein Abkommen mit Brüssel an.", "anstreben", "strebt",
     [("subj", "London", None), ("obj", "ein Abkommen", None), ("pp", "mit Brüssel", "mit")],
     [("London", "GBRGOV"), ("Brüssel", "IGOEUREEC")], {}, {("GBRGOV", "IGOEUREEC", "030")}),
    ("Ankara bemühte sich um Gespräche mit Athen.", "bemühen", "bemühte",
     [("subj", "Ankara", None), ("pp", "um Gespräche", "um"), ("pp", "mit Athen", "mit")],
     [("Ankara", "TURGOV"), ("Athen", "GRCGOV")], R, {("TURGOV", "GRCGOV", "030")}),
    ("Serbien fand eine Lösung mit Kosovo.", "finden", "fand",
     [("subj", "Serbien", None), ("obj", "eine Lösung", None), ("pp", "mit Kosovo", "mit")],
     [("Serbien", "SRB"), ("Kosovo", "XKX")], {"tense": P}, {("SRB", "XKX", "030")}),
    ("Serbien fand Kosovo unnachgiebig.", "finden", "fand",
     [("subj", "Serbien", None), ("obj", "Kosovo", None)],
     [("Serbien", "SRB"), ("Kosovo", "XKX")], {"tense": P}, set()),
    ("Peru erreichte ein Abkommen mit Chile.", "erreichen", "erreichte",
     [("subj", "Peru", None), ("obj", "ein Abkommen", None), ("pp", "mit Chile", "mit")],
     [("Peru", "PER"), ("Chile", "CHL")], {"tense": P},
     {("PER", "CHL", "057"), ("CHL", "PER", "057")}),
    ("Peru erreichte Chile.", "erreichen", "erreichte",
     [("subj", "Peru", None), ("obj", "Chile", None)],
     [("Peru", "PER"), ("Chile", "CHL")], {"tense": P}, set()),
    ("Washington unterrichtete Ottawa.", "unterrichten", "unterrichtete",
     [("subj", "Washington", None), ("obj", "Ottawa", None)],
     [("Washington", "USAGOV"), ("Ottawa", "CANGOV")], {"tense": P},
     {("USAGOV", "CANGOV", "040")}),
    ("Washington benachrichtigte Mexiko.", "benachrichtigen", "benachrichtigte",
     [("subj", "Washington", None), ("obj", "Mexiko", None)],
     [("Washington", "USAGOV"), ("Mexiko", "MEX")], {"tense": P}, {("USAGOV", "MEX", "040")}),
    ("Lettland stattete Estland einen Besuch ab.", "abstatten", "stattete",
     [("subj", "Lettland", None), ("iobj", "Estland", None), ("obj", "einen Besuch", None)],
     [("Lettland", "LVA"), ("Estland", "EST")], {"tense": P}, {("LVA", "EST", "042")}),
    ("Der Papst bereiste Irak.", "bereisen", "bereiste",
     [("subj", "Der Papst", None), ("obj", "Irak", None)],
     [("Der Papst", "VATGOV"), ("Irak", "IRQ")], {"tense": P}, {("VATGOV", "IRQ", "042")}),
    ("Kairo koordiniert die Hilfe mit Amman.", "koordinieren", "koordiniert",
     [("subj", "Kairo", None), ("obj", "die Hilfe", None), ("pp", "mit Amman", "mit")],
     [("Kairo", "EGYGOV"), ("Amman", "JORGOV")], {}, {("EGYGOV", "JORGOV", "050")}),
    ("Warschau steht hinter Kiew.", "stehen", "steht",
     [("subj", "Warschau", None), ("pp", "hinter Kiew", "hinter")],
     [("Warschau", "POLGOV"), ("Kiew", "UKRGOV")], {}, {("POLGOV", "UKRGOV", "051")}),
    ("Warschau stand vor Kiew.", "stehen", "stand",
     [("subj", "Warschau", None), ("pp", "vor Kiew", "vor")],
     [("Warschau", "POLGOV"), ("Kiew", "UKRGOV")], {"tense": P}, set()),
    ("Berlin ermutigte Kiew.", "ermutigen", "ermutigte",
     [("subj", "Berlin", None), ("obj", "Kiew", None)],
     [("Berlin", "DEUGOV"), ("Kiew", "UKRGOV")], {"tense": P}, {("DEUGOV", "UKRGOV", "051")}),
    ("Berlin bestärkte Chisinau.", "bestärken", "bestärkte",
     [("subj", "Berlin", None), ("obj", "Chisinau", None)],
     [("Berlin", "DEUGOV"), ("Chisinau", "MDAGOV")], {"tense": P}, {("DEUGOV", "MDAGOV", "051")}),
    ("Quito respektiert Lima.", "respektieren", "respektiert",
     [("subj", "Quito", None), ("obj", "Lima", None)],
     [("Quito", "ECUGOV"), ("Lima", "PERGOV")], {}, {("ECUGOV", "PERGOV", "051")}),
    ("Indien handelt mit Russland.", "handeln", "handelt",
     [("subj", "Indien", None), ("pp", "mit Russland", "mit")],
     [("Indien", "IND"), ("Russland", "RUS")], {}, {("IND", "RUS", "060")}),
    ("Bei Indien handelt es sich um einen Partner Russlands.", "handeln", "handelt",
     [("pp", "Bei Indien", "bei"), ("subj", "es", None),
      ("pp", "um einen Partner Russlands", "um")],
     [("Indien", "IND"), ("Russlands", "RUS")], {"reflexive": True}, set()),
    ("Indien kaufte Öl von Russland.", "kaufen", "kaufte",
     [("subj", "Indien", None), ("obj", "Öl", None), ("pp", "von Russland", "von")],
     [("Indien", "IND"), ("Russland", "RUS")], {"tense": P}, {("IND", "RUS", "061")}),
    ("China importiert Gas aus Turkmenistan.", "importieren", "importiert",
     [("subj", "China", None), ("obj", "Gas", None), ("pp", "aus Turkmenistan", "aus")],
     [("China", "CHN"), ("Turkmenistan", "TKM")], {}, {("CHN", "TKM", "061")}),
    ("Katar finanziert die Hamas.", "finanzieren", "finanziert",
     [("subj", "Katar", None), ("obj", "die Hamas", None)],
     [("Katar", "QAT"), ("die Hamas", "PSEHAM")], {}, {("QAT", "PSEHAM", "061")}),
    ("Die Marine rettete die Flüchtlinge.", "retten", "rettete",
     [("subj", "Die Marine", None), ("obj", "die Flüchtlinge", None)],
     [("Die Marine", "ITAMIL"), ("die Flüchtlinge", "ITAREF")], {"tense": P},
     {("ITAMIL", "ITAREF", "073")}),
    ("Die Feuerwehr barg die Verschütteten.", "bergen", "barg",
     [("subj", "Die Feuerwehr", None), ("obj", "die Verschütteten", None)],
     [("Die Feuerwehr", "TURGOV"), ("die Verschütteten", "TURCVL")], {"tense": P},
     {("TURGOV", "TURCVL", "073")}),
    ("Blauhelme schützen die Dorfbewohner.", "schützen", "schützen",
     [("subj", "Blauhelme", None), ("obj", "die Dorfbewohner", None)],
     [("Blauhelme", "IGOUNO"), ("die Dorfbewohner", "MLICVL")], {},
     {("IGOUNO", "MLICVL", "074")}),
    ("Israel erlaubte Ägypten die Durchfahrt.", "erlauben", "erlaubte",
     [("subj", "Israel", None), ("iobj", "Ägypten", None), ("obj", "die Durchfahrt", None)],
     [("Israel", "ISR"), ("Ägypten", "EGY")], {"tense": P}, {("ISR", "EGY", "080")}),
    ("Israel gestattete Jordanien die Einfuhr.", "gestatten", "gestattete",
     [("subj", "Israel", None), ("iobj", "Jordanien", None), ("obj", "die Einfuhr", None)],
     [("Israel", "ISR"), ("Jordanien", "JOR")], {"tense": P}, {("ISR", "JOR", "080")}),
    ("Sofia ging einen Kompromiss mit Skopje ein.", "eingehen", "ging",
     [("subj", "Sofia", None), ("obj", "einen Kompromiss", None), ("pp", "mit Skopje", "mit")],
     [("Sofia", "BGRGOV"), ("Skopje", "MKDGOV")], {"tense": P}, {("BGRGOV", "MKDGOV", "080")}),
    ("Kiew besteht auf dem Abzug Russlands.", "bestehen", "besteht",
     [("subj", "Kiew", None), ("pp", "auf dem Abzug Russlands", "auf")],
     [("Kiew", "UKRGOV"), ("Russlands", "RUS")], {}, {("UKRGOV", "RUS", "100")}),
    ("Kiew bestand die Prüfung Russlands.", "bestehen", "bestand",
     [("subj", "Kiew", None), ("obj", "die Prüfung Russlands", None)],
     [("Kiew", "UKRGOV"), ("Russlands", "RUS")], {"tense": P}, set()),
    ("Kiew beharrt auf dem Abzug Russlands.", "beharren", "beharrt",
     [("subj", "Kiew", None), ("pp", "auf dem Abzug Russlands", "auf")],
     [("Kiew", "UKRGOV"), ("Russlands", "RUS")], {}, {("UKRGOV", "RUS", "100")}),
    ("Peking reagierte mit Empörung auf Taipeh.", "reagieren", "reagierte",
     [("subj", "Peking", None), ("pp", "mit Empörung", "mit"), ("pp", "auf Taipeh", "auf")],
     [("Peking", "CHNGOV"), ("Taipeh", "TWNGOV")], {"tense": P}, {("CHNGOV", "TWNGOV", "111")}),
    ("Peking reagierte mit Skepsis auf Manila.", "reagieren", "reagierte",
     [("subj", "Peking", None), ("pp", "mit Skepsis", "mit"), ("pp", "auf Manila", "auf")],
     [("Peking", "CHNGOV"), ("Manila", "PHLGOV")], {"tense": P}, {("CHNGOV", "PHLGOV", "110")}),
    ("Peking reagierte auf Manila.", "reagieren", "reagierte",
     [("subj", "Peking", None), ("pp", "auf Manila", "auf")],
     [("Peking", "CHNGOV"), ("Manila", "PHLGOV")], {"tense": P}, set()),
    ("Minsk verschob das Treffen mit Vilnius.", "verschieben", "verschob",
     [("subj", "Minsk", None), ("obj", "das Treffen", None), ("pp", "mit Vilnius", "mit")],
     [("Minsk", "BLRGOV"), ("Vilnius", "LTUGOV")], {"tense": P}, {("BLRGOV", "LTUGOV", "120")}),
    ("Ankara verzögert Stockholm.", "verzögern", "verzögert",
     [("subj", "Ankara", None), ("obj", "Stockholm", None)],
     [("Ankara", "TURGOV"), ("Stockholm", "SWEGOV")], {}, {("TURGOV", "SWEGOV", "120")}),
    ("Die Miliz gefährdet die Blauhelme.", "gefährden", "gefährdet",
     [("subj", "Die Miliz", None), ("obj", "die Blauhelme", None)],
     [("Die Miliz", "LBNREB"), ("die Blauhelme", "IGOUNO")], {}, {("LBNREB", "IGOUNO", "130")}),
    ("Studenten marschierten gegen die Regierung.", "marschieren", "marschierten",
     [("subj", "Studenten", None), ("pp", "gegen die Regierung", "gegen")],
     [("Studenten", "SRBEDU"), ("die Regierung", "SRBGOV")], {"tense": P},
     {("SRBEDU", "SRBGOV", "140")}),
    ("Armenien machte mobil.", "mobilmachen", "machte",
     [("subj", "Armenien", None)], [("Armenien", "ARM")], {"tense": P}, {("ARM", None, "150")}),
    ("Die Partei schloss den Abgeordneten aus der Fraktion aus.", "ausschließen", "schloss",
     [("subj", "Die Partei", None), ("obj", "den Abgeordneten", None),
      ("pp", "aus der Fraktion", "aus")],
     [("Die Partei", "DEUPTY"), ("den Abgeordneten", "DEULEG")], {"tense": P},
     {("DEUPTY", "DEULEG", "170")}),
    ("Brüssel erlegte Minsk Sanktionen auf.", "auferlegen", "erlegte",
     [("subj", "Brüssel", None), ("iobj", "Minsk", None), ("obj", "Sanktionen", None)],
     [("Brüssel", "IGOEUREEC"), ("Minsk", "BLRGOV")], {"tense": P},
     {("IGOEUREEC", "BLRGOV", "163")}),
    ("Brüssel erlegte Minsk Auflagen auf.", "auferlegen", "erlegte",
     [("subj", "Brüssel", None), ("iobj", "Minsk", None), ("obj", "Auflagen", None)],
     [("Brüssel", "IGOEUREEC"), ("Minsk", "BLRGOV")], {"tense": P},
     {("IGOEUREEC", "BLRGOV", "170")}),
    ("Ankara untersagte der Opposition die Kundgebung.", "untersagen", "untersagte",
     [("subj", "Ankara", None), ("iobj", "der Opposition", None),
      ("obj", "die Kundgebung", None)],
     [("Ankara", "TURGOV"), ("der Opposition", "TUROPP")], {"tense": P},
     {("TURGOV", "TUROPP", "172")}),
    ("Rebellen brachten Soldaten um.", "umbringen", "brachten",
     [("subj", "Rebellen", None), ("obj", "Soldaten", None)],
     [("Rebellen", "SDNREB"), ("Soldaten", "SDNMIL")], {"tense": P}, {("SDNREB", "SDNMIL", "190")}),
    ("Bauern gingen gegen die Regierung auf die Straße.", "gehen", "gingen",
     [("subj", "Bauern", None), ("pp", "gegen die Regierung", "gegen"),
      ("pp", "auf die Straße", "auf")],
     [("Bauern", "FRAAGR"), ("die Regierung", "FRAGOV")], {"tense": P},
     {("FRAAGR", "FRAGOV", "141")}),
    ("Bauern gingen zur Regierung.", "gehen", "gingen",
     [("subj", "Bauern", None), ("pp", "zur Regierung", "zu")],
     [("Bauern", "FRAAGR"), ("Regierung", "FRAGOV")], {"tense": P}, set()),
    ("Seoul brachte seine Sorge über Pjöngjang zum Ausdruck.", "bringen", "brachte",
     [("subj", "Seoul", None), ("obj", "seine Sorge", None), ("pp", "über Pjöngjang", "über"),
      ("pp", "zum Ausdruck", "zu")],
     [("Seoul", "KORGOV"), ("Pjöngjang", "PRKGOV")], {"tense": P}, {("KORGOV", "PRKGOV", "012")}),
    ("Die Justiz brachte den Minister vor Gericht.", "bringen", "brachte",
     [("subj", "Die Justiz", None), ("obj", "den Minister", None), ("pp", "vor Gericht", "vor")],
     [("Die Justiz", "ROUJUD"), ("den Minister", "ROUGOV")], {"tense": P},
     {("ROUJUD", "ROUGOV", "115")}),
    ("Die Justiz brachte den Minister nach Hause.", "bringen", "brachte",
     [("subj", "Die Justiz", None), ("obj", "den Minister", None), ("pp", "nach Hause", "nach")],
     [("Die Justiz", "ROUJUD"), ("den Minister", "ROUGOV")], {"tense": P}, set()),
    ("Polen beteiligte sich an den Gesprächen mit Litauen.", "beteiligen", "beteiligte",
     [("subj", "Polen", None), ("pp", "an den Gesprächen", "an"), ("pp", "mit Litauen", "mit")],
     [("Polen", "POL"), ("Litauen", "LTU")], R, {("POL", "LTU", "046"), ("LTU", "POL", "046")}),
    ("Norwegen beteiligte sich am Manöver mit Schweden.", "beteiligen", "beteiligte",
     [("subj", "Norwegen", None), ("pp", "am Manöver", "an"), ("pp", "mit Schweden", "mit")],
     [("Norwegen", "NOR"), ("Schweden", "SWE")], R,
     {("NOR", "SWE", "062"), ("SWE", "NOR", "062")}),
    ("Bauern beteiligten sich an Protesten gegen die Regierung.", "beteiligen", "beteiligten",
     [("subj", "Bauern", None), ("pp", "an Protesten", "an"),
      ("pp", "gegen die Regierung", "gegen")],
     [("Bauern", "FRAAGR"), ("die Regierung", "FRAGOV")], R, {("FRAAGR", "FRAGOV", "141")}),
    ("Ägypten präsentierte Israel einen Friedensplan.", "präsentieren", "präsentierte",
     [("subj", "Ägypten", None), ("iobj", "Israel", None), ("obj", "einen Friedensplan", None)],
     [("Ägypten", "EGY"), ("Israel", "ISR")], {"tense": P}, {("EGY", "ISR", "037")}),
    ("Japan präsentierte Korea einen Vorschlag.", "präsentieren", "präsentierte",
     [("subj", "Japan", None), ("iobj", "Korea", None), ("obj", "einen Vorschlag", None)],
     [("Japan", "JPN"), ("Korea", "KOR")], {"tense": P}, {("JPN", "KOR", "030")}),
    ("Kiew präsentierte Beweise gegen Moskau.", "präsentieren", "präsentierte",
     [("subj", "Kiew", None), ("obj", "Beweise", None), ("pp", "gegen Moskau", "gegen")],
     [("Kiew", "UKRGOV"), ("Moskau", "RUSGOV")], {"tense": P}, {("UKRGOV", "RUSGOV", "112")}),
    ("Kiew präsentierte Moskau.", "präsentieren", "präsentierte",
     [("subj", "Kiew", None), ("obj", "Moskau", None)],
     [("Kiew", "UKRGOV"), ("Moskau", "RUSGOV")], {"tense": P}, set()),
    ("Warschau sieht in Moskau eine Bedrohung.", "sehen", "sieht",
     [("subj", "Warschau", None), ("pp", "in Moskau", "in"), ("obj", "eine Bedrohung", None)],
     [("Warschau", "POLGOV"), ("Moskau", "RUSGOV")], {}, {("POLGOV", "RUSGOV", "012")}),
    ("Warschau sah Moskau.", "sehen", "sah",
     [("subj", "Warschau", None), ("obj", "Moskau", None)],
     [("Warschau", "POLGOV"), ("Moskau", "RUSGOV")], {"tense": P}, set()),
    ("Kanada arbeitet mit Mexiko an einem Abkommen.", "arbeiten", "arbeitet",
     [("subj", "Kanada", None), ("pp", "mit Mexiko", "mit"), ("pp", "an einem Abkommen", "an")],
     [("Kanada", "CAN"), ("Mexiko", "MEX")], {}, {("CAN", "MEX", "060")}),
    ("Soldaten eröffneten das Feuer auf Demonstranten.", "eröffnen", "eröffneten",
     [("subj", "Soldaten", None), ("obj", "das Feuer", None),
      ("pp", "auf Demonstranten", "auf")],
     [("Soldaten", "MMRMIL"), ("Demonstranten", "MMROPP")], {"tense": P},
     {("MMRMIL", "MMROPP", "190")}),
    ("Die Justiz eröffnete ein Verfahren gegen den Minister.", "eröffnen", "eröffnete",
     [("subj", "Die Justiz", None), ("obj", "ein Verfahren", None),
      ("pp", "gegen den Minister", "gegen")],
     [("Die Justiz", "ROUJUD"), ("den Minister", "ROUGOV")], {"tense": P},
     {("ROUJUD", "ROUGOV", "090")}),
    ("Kolumbien kehrte mit den Rebellen an den Verhandlungstisch zurück.", "zurückkehren",
     "kehrte",
     [("subj", "Kolumbien", None), ("pp", "mit den Rebellen", "mit"),
      ("pp", "an den Verhandlungstisch", "an")],
     [("Kolumbien", "COLGOV"), ("den Rebellen", "COLREB")], {"tense": P},
     {("COLGOV", "COLREB", "046"), ("COLREB", "COLGOV", "046")}),
    ("Ungarn verlässt die Nato.", "verlassen", "verlässt",
     [("subj", "Ungarn", None), ("obj", "die Nato", None)],
     [("Ungarn", "HUN"), ("die Nato", "IGONAT")], {}, {("HUN", "IGONAT", "160")}),
    ("Die Polizei zog Beamte gegen die Hooligans zusammen.", "zusammenziehen", "zog",
     [("subj", "Die Polizei", None), ("obj", "Beamte", None),
      ("pp", "gegen die Hooligans", "gegen")],
     [("Die Polizei", "AUTCOP"), ("die Hooligans", "AUTCVL")], {"tense": P},
     {("AUTCOP", "AUTCVL", "153")}),
    ("Athen stellte Ankara einen Friedensplan vor.", "vorstellen", "stellte",
     [("subj", "Athen", None), ("iobj", "Ankara", None), ("obj", "einen Friedensplan", None)],
     [("Athen", "GRCGOV"), ("Ankara", "TURGOV")], {"tense": P}, {("GRCGOV", "TURGOV", "037")}),
    ("Athen stellte Ankara einen Vorschlag vor.", "vorstellen", "stellte",
     [("subj", "Athen", None), ("iobj", "Ankara", None), ("obj", "einen Vorschlag", None)],
     [("Athen", "GRCGOV"), ("Ankara", "TURGOV")], {"tense": P}, {("GRCGOV", "TURGOV", "030")}),
    ("Athen kann sich Ankara als Partner vorstellen.", "vorstellen", "kann",
     [("subj", "Athen", None), ("obj", "Ankara", None)],
     [("Athen", "GRCGOV"), ("Ankara", "TURGOV")], {"reflexive": True}, set()),
    ("Der Plan Roms stieß bei Wien auf Kritik.", "stoßen", "stieß",
     [("subj", "Der Plan Roms", None), ("pp", "bei Wien", "bei"), ("pp", "auf Kritik", "auf")],
     [("Roms", "ITAGOV"), ("Wien", "AUTGOV")], {"tense": P}, {("AUTGOV", "ITAGOV", "111")}),
    ("Der Plan Roms stieß bei Bern auf Ablehnung.", "stoßen", "stieß",
     [("subj", "Der Plan Roms", None), ("pp", "bei Bern", "bei"),
      ("pp", "auf Ablehnung", "auf")],
     [("Roms", "ITAGOV"), ("Bern", "CHEGOV")], {"tense": P}, {("CHEGOV", "ITAGOV", "120")}),
    ("Seoul sucht das Gespräch mit Pjöngjang.", "suchen", "sucht",
     [("subj", "Seoul", None), ("obj", "das Gespräch", None), ("pp", "mit Pjöngjang", "mit")],
     [("Seoul", "KORGOV"), ("Pjöngjang", "PRKGOV")], {}, {("KORGOV", "PRKGOV", "036")}),
    ("Die WHO empfahl Italien strengere Regeln.", "empfehlen", "empfahl",
     [("subj", "Die WHO", None), ("iobj", "Italien", None), ("obj", "strengere Regeln", None)],
     [("WHO", "IGOWHO"), ("Italien", "ITA")], {"tense": P}, {("IGOWHO", "ITA", "020")}),
    ("Katar verkauft Japan Gas.", "verkaufen", "verkauft",
     [("subj", "Katar", None), ("iobj", "Japan", None), ("obj", "Gas", None)],
     [("Katar", "QAT"), ("Japan", "JPN")], {}, {("QAT", "JPN", "061")}),
    ("Die Zeitung veröffentlichte Fotos von Kiew.", "veröffentlichen", "veröffentlichte",
     [("subj", "Die Zeitung", None), ("obj", "Fotos von Kiew", None)],
     [("Die Zeitung", "RUSMED"), ("Kiew", "UKRGOV")], {"tense": P}, set()),
    ("Berlin widersprach Washington.", "widersprechen", "widersprach",
     [("subj", "Berlin", None), ("iobj", "Washington", None)],
     [("Berlin", "DEUGOV"), ("Washington", "USAGOV")], {"tense": P},
     {("DEUGOV", "USAGOV", "110")}),
    ("Kiew braucht Munition von Washington.", "brauchen", "braucht",
     [("subj", "Kiew", None), ("obj", "Munition", None), ("pp", "von Washington", "von")],
     [("Kiew", "UKRGOV"), ("Washington", "USAGOV")], {}, {("UKRGOV", "USAGOV", "100")}),
    ("Rom setzte sich bei Berlin für Hilfen ein.", "einsetzen", "setzte",
     [("subj", "Rom", None), ("pp", "bei Berlin", "bei"), ("pp", "für Hilfen", "für")],
     [("Rom", "ITAGOV"), ("Berlin", "DEUGOV")], R, {("ITAGOV", "DEUGOV", "020")}),
    ("Die Rebellen verletzten drei Soldaten.", "verletzen", "verletzten",
     [("subj", "Die Rebellen", None), ("obj", "drei Soldaten", None)],
     [("Rebellen", "MLIREB"), ("Soldaten", "MLIMIL")], {"tense": P},
     {("MLIREB", "MLIMIL", "180")}),
    ("Die Miliz verwundete zwei Polizisten.", "verwunden", "verwundete",
     [("subj", "Die Miliz", None), ("obj", "zwei Polizisten", None)],
     [("Miliz", "SOMREB"), ("Polizisten", "SOMCOP")], {"tense": P},
     {("SOMREB", "SOMCOP", "180")}),
    ("Moskau verletzte den Luftraum Estlands.", "verletzen", "verletzte",
     [("subj", "Moskau", None), ("obj", "den Luftraum Estlands", None)],
     [("Moskau", "RUSGOV"), ("Estlands", "EST")], {"tense": P}, {("RUSGOV", "EST", "150")}),
    ("Minsk verletzte das Völkerrecht.", "verletzen", "verletzte",
     [("subj", "Minsk", None), ("obj", "das Völkerrecht", None)],
     [("Minsk", "BLRGOV")], {"tense": P}, {("BLRGOV", None, "128")}),
    ("Kiew willigte auf Drängen Washingtons in Gespräche ein.", "einwilligen", "willigte",
     [("subj", "Kiew", None), ("pp", "auf Drängen Washingtons", "auf"),
      ("pp", "in Gespräche", "in")],
     [("Kiew", "UKRGOV"), ("Washingtons", "USAGOV")], {"tense": P},
     {("UKRGOV", "USAGOV", "080")}),
    ("Berlin stufte Spanien als Risikogebiet ein.", "einstufen", "stufte",
     [("subj", "Berlin", None), ("obj", "Spanien", None), ("pp", "als Risikogebiet", "als")],
     [("Berlin", "DEUGOV"), ("Spanien", "ESP")], {"tense": P}, {("DEUGOV", "ESP", "160")}),
    ("Berlin stufte Spanien als Partner ein.", "einstufen", "stufte",
     [("subj", "Berlin", None), ("obj", "Spanien", None), ("pp", "als Partner", "als")],
     [("Berlin", "DEUGOV"), ("Spanien", "ESP")], {"tense": P}, set()),
    ("In Minsk hielten Studenten Plakate gegen Lukaschenko hoch.", "hochhalten", "hielten",
     [("subj", "Studenten", None), ("obj", "Plakate", None),
      ("pp", "gegen Lukaschenko", "gegen")],
     [("Studenten", "BLREDU"), ("Lukaschenko", "BLRGOV")], {"tense": P},
     {("BLREDU", "BLRGOV", "141")}),
]  # fmt: skip

# PETRARCH blocks whose German speech verbs read the complement clause: "X verb, Y ..."
SPEECH = ["melden", "sehen", "hinzufügen", "schildern", "argumentieren", "beteuern",
          "voraussagen", "verbreiten", "beobachten", "schätzen", "wiederholen", "zitieren",
          "prognostizieren", "vorhersagen", "hervorheben"]  # fmt: skip
# predicates without an event sense (as English be, have, seem, try, know, stay, win: [---])
NO_EVENT = ["sein", "haben", "werden", "scheinen", "tun", "versuchen", "wissen", "kennen",
            "glauben", "meinen", "lassen", "bleiben", "gelten", "liegen", "befinden",
            "gehören", "bekommen", "gewinnen", "verlieren", "folgen", "antworten",
            "rechnen", "auslösen", "ausgeben", "wählen", "ernennen", "fliehen"]  # fmt: skip


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder({"de": Patterns.load("de")}, Ontology.load())


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_coverage_row_codes_its_sentence(coder: EventCoder, case: tuple) -> None:  # type: ignore[type-arg]
    text, predicate, trigger, arguments, actors, options, expected = case
    parts = [(role, piece, prep, ()) for role, piece, prep in arguments]
    doc = coder(case_doc("de", text, predicate, trigger, parts, actors, options))
    assert dyads(doc) == expected


@pytest.mark.parametrize("lemma", SPEECH)
def test_speech_verb_states_with_the_actor_of_its_clause(coder: EventCoder, lemma: str) -> None:
    text = "Seoul VERB, Pjöngjang rüste auf."
    arguments = [("subj", "Seoul", None, ()), ("comp", "Pjöngjang rüste auf", None, ())]
    actors = [("Seoul", "KORGOV"), ("Pjöngjang", "PRKGOV")]
    doc = coder(case_doc("de", text, lemma, "VERB", arguments, actors, {}))
    assert dyads(doc) == {("KORGOV", "PRKGOV", "010")}


@pytest.mark.parametrize("lemma", SPEECH)
def test_speech_verb_without_a_clause_states_nothing(coder: EventCoder, lemma: str) -> None:
    text = "Seoul VERB Pjöngjang."  # "schätzt Pjöngjang", "beobachtet Pjöngjang": no statement
    arguments = [("subj", "Seoul", None, ()), ("obj", "Pjöngjang", None, ())]
    actors = [("Seoul", "KORGOV"), ("Pjöngjang", "PRKGOV")]
    assert dyads(coder(case_doc("de", text, lemma, "VERB", arguments, actors, {}))) == set()


@pytest.mark.parametrize("lemma", NO_EVENT)
def test_no_event_predicate_codes_nothing_between_actors(coder: EventCoder, lemma: str) -> None:
    text = "Seoul VERB Pjöngjang."
    arguments = [("subj", "Seoul", None, ()), ("obj", "Pjöngjang", None, ())]
    actors = [("Seoul", "KORGOV"), ("Pjöngjang", "PRKGOV")]
    doc = coder(case_doc("de", text, lemma, "VERB", arguments, actors, {}))
    assert dyads(doc) == set()
    explained = coder.explain(doc)
    assert "is no event" in explained


@pytest.mark.parametrize(
    ("lemma", "trigger"), [("entscheiden", "entschied"), ("erwarten", "erwartet")]
)
def test_governed_infinitive_is_intended(coder: EventCoder, lemma: str, trigger: str) -> None:
    """Moskau entschied, Truppen zu entsenden: the deployment is intended (as English decide
    and expect)."""
    text = f"Moskau {trigger}, Truppen gegen Kiew zu entsenden."
    governing = Frame(0, lemma, span_of(text, trigger), (arg(text, "subj", "Moskau"),))
    sent = Frame(
        0,
        "entsenden",
        span_of(text, "entsenden"),
        (arg(text, "obj", "Truppen"), arg(text, "pp", "gegen Kiew", "gegen")),
        clause="infinitive",
        parent=0,
    )
    doc = coder(make_doc(text, "de", [governing, sent], [("Moskau", "RUSGOV"), ("Kiew", "UKRGOV")]))
    assert [(e.source.code, e.cameo[:2], e.modality) for e in doc.events if e.source] == [
        ("RUSGOV", "15", "intended")
    ]

"""English words the analysis reads: speech verbs, modal and future auxiliaries, negators,
object-control verbs, adverbial nouns and particles, the prepositions of event nouns; and
the English words the language-neutral stages read (months, weekdays, the prepositions of
places: times_words.py, places.py, dates.py, actors_words.py). Kept in one place so the
frame reader, the parse repairs and the stages agree.
"""

from __future__ import annotations

# Month names and abbreviations; an abbreviation counts only next to a day number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}
)
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip
# Prepositions that put an event at a place ("in Hanoi", "near Moscow"), and those that
# send it towards one ("to Beijing").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "inside", "outside"})
DIRECTIONAL_PREPOSITIONS = frozenset({"to", "into"})
# Every preposition a place name follows (also "from Syria", "via Vienna"); those after
# which a word that is usually something else is a place ("in Split").
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | DIRECTIONAL_PREPOSITIONS | {"from", "via"}
STRONG_PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "to", "at"})
# Prepositions before a capital that make it the place, not its government ("in Pyongyang").
SEAT_AS_PLACE_PREPOSITIONS = frozenset(
    {"in", "to", "at", "from", "near", "outside", "around", "across"}
)

# Verbs of appealing and demanding: one by a party, a member of parliament or a union that
# names no addressee goes to their own government ("the Lib Dems called for a delay";
# events_measures.py), as German "fordern" does.
PETITION_LEMMAS = frozenset({"call", "call for", "demand", "ask"})
# Of those, the verbs whose object is whom they ask ("asked the judge"), not what, and that
# appeal only with "for" ("asked for a delay"; "asked about" is a question).
ASKING_LEMMAS = frozenset({"ask"})
# Prepositions that name whom an appeal or demand is addressed to ("called on the UN").
PETITIONED_PREPOSITIONS = frozenset({"on", "upon", "from", "of"})

# Verbs whose event-noun object is still to come, as an intent verb's is ("proposed a
# meeting between Putin and Trump", "arranged talks with Kim": modality.py), without being
# intent verbs for an infinitive ("proposed to cut tariffs" is coded as the proposal).
PROPOSING_VERBS = frozenset({"propose", "suggest", "arrange"})
# Verbs of considering an act ("Russia is considering attacking Ukraine"): the act under
# them is only considered (hypothetical) and is the event, not the verb's 014
# (events_considered.py), as the German "erwägen".
CONSIDERING_VERBS = frozenset({"consider", "weigh", "mull", "contemplate"})
# Modal verbs of obligation: "said Russia must withdraw" is a demand on Russia (speech.py).
OBLIGATION_MODALS = frozenset({"must", "should", "ought", "have"})
# ... and those that demand rather than advise ("must", "have to"; not "should")
FIRM_OBLIGATION_MODALS = frozenset({"must", "have"})
# Adjectives of readiness before "to": "is willing to work with", "is committed to meeting",
# "would be happy to meet" make the governed action intended, not done (modality.py).
READINESS_ADJECTIVES = frozenset(
    {
        "willing",
        "ready",
        "prepared",
        "eager",
        "keen",
        "poised",
        "determined",
        "committed",
        "happy",
        "glad",
    }
)
# Words of expectation before "to": "are likely to discuss", "is set/due/slated to visit"
# announce the governed action, they do not report it (modality.py; docs/annotation.md).
EXPECTATION_WORDS = frozenset(
    {"likely", "set", "due", "slated", "scheduled", "expected", "bound", "about"}
)
# ... and the words that leave the action only possible: "unlikely to meet", "hard (for
# Trump) to meet Putin", "impossible for ministers to agree".
UNLIKELY_WORDS = frozenset(
    {"unlikely", "hard", "harder", "difficult", "impossible", "easy", "easier", "tough"}
)
# The auxiliary of a perfect infinitive: "likely to have met" guesses at a past act.
PERFECT_AUXILIARIES = frozenset({"have", "'ve", "’ve"})
# Nouns of purpose that "is to" defines, no actor announced to act: "Romney's challenge is
# to appeal to voters", "the goal is to inspire voters" (en_repair.py).
PURPOSE_NOUNS = frozenset(
    {"goal", "aim", "plan", "challenge", "strategy", "task", "idea", "priority", "job",
     "mission", "purpose", "objective", "hope", "intention", "option", "solution", "answer",
     "approach", "way", "step", "move", "key", "point", "problem", "focus", "agenda", "role",
     "duty", "responsibility", "effort", "decision", "choice", "alternative", "tactic",
     "thing", "reason", "response", "policy", "instinct", "wish", "dream"}
)  # fmt: skip
# Conjunctions that make a clause a condition: "if Iran ..." is no fact (modality.py).
CONDITIONAL_CONJUNCTIONS = frozenset({"if", "unless", "whether"})
# Several words that open a condition: "in case Russia invades" (conditions.py).
CONDITION_OPENERS = (("in", "case"), ("in", "the", "event"))
# Verbs whose clausal complement is what somebody said: the complement is "reported".
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "declare",
        "claim",
        "add",
        "report",
        "insist",
        "confirm",
        "deny",
        "explain",
        "warn",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "write",
        "argue",
        "reply",
        "respond",
        "assert",
        "acknowledge",
        "reveal",
        "admit",
        "comment",
        "mention",
        "allege",
        "indicate",
        "tweet",
        "predict",
        "complain",
        "suggest",
    }
)
# Verbs and nouns that refuse the act of their infinitive ("refused to release the sailors",
# "declined to meet the envoy", "Turkey's refusal to extradite"): its rejection, 12x
# (events_refusals.py).
REFUSING_VERBS = frozenset({"refuse", "decline", "refusal"})
# Nouns of demand whose "for" phrase names who is to act in their infinitive ("France's
# call for Mali to withdraw", "pressure for Iran to halt": en_subjects).
DEMAND_NOUNS = frozenset({"call", "demand", "appeal", "plea", "request", "push", "pressure"})
# Verbs that report another's words: "TASS quoted Lavrov as saying ...", "cited an official
# as saying ...": the words are the quoted person's (en_repair.py).
QUOTING_VERBS = frozenset({"quote", "cite"})
# Prepositions before a subjectless gerund whose understood subject is its clause's
# ("responded by expelling", "after meeting Kim"); not "warned NATO against deploying",
# "criticised Iran for attacking".
SUBJECT_GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "through", "upon"})
# Prepositions a prepositional verb leaves behind in the passive ("was fired on by
# troops", "were lied to", "was shot at"): the passive subject is their object. Not the
# adverbs that make phrasal verbs ("was taken over by").
STRANDED_PREPOSITIONS = frozenset(
    {"on", "upon", "at", "to", "with", "about", "for", "into", "against", "after"}
)
# Modal auxiliaries recorded in Frame.modal ("will"/"shall" mark future tense instead).
MODALS = frozenset({"can", "could", "may", "might", "must", "should", "would", "ought"})
CONDITIONAL_MODALS = frozenset({"would", "could"})
# News writes the contractions with a typographic apostrophe as often as with a plain one.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "’ll", "wo", "sha"})
# Adverbial particles that start a multiword preposition ("out of", "away from").
PARTICLES = frozenset({"out", "off", "away", "back", "down"})
# Punctuation after which a sentence may start inside a paragraph; the parser's other breaks
# cut names ("CIA Director | Mike Pompeo", "Secretary of State Frank | LaRose").
# Words a title-case headline capitalizes and a sentence never does (en_truecase.py); not
# "may", a name as often ("Theresa May Says").
TITLE_CASE_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
     "with", "from", "into", "over", "after", "as", "is", "are", "was", "were", "be", "been",
     "has", "have", "had", "will", "would", "could", "should", "might", "can", "not",
     "his", "her", "its", "their", "our", "that", "this", "it", "he", "she", "they", "we"}
)  # fmt: skip
# An English adjective a copula says of its subject is the frame "be <adjective>"
# ("has been critical of" → "be critical"): built in en_frames, read by the coder's stages.
COPULA = "be"


def copular_adjective(predicate: str) -> str | None:
    """The adjective of a "be <adjective>" predicate ("be happy" → "happy"), else None."""
    verb, _, adjective = predicate.partition(" ")
    return adjective if verb == COPULA and adjective else None


# prefixes kept on their word ("co-operate", "re-open", "cease-fire"); the lemma is written
# without the hyphen, as the patterns spell it ("cooperate", "reopen", "ceasefire")
HYPHENATED_PREFIXES = ("co", "re", "pre", "non", "counter", "cease")
# the linking words of a doubled modifier kept in one token ("one-on-one", "face-to-face")
DOUBLED_MODIFIER_LINKS = ("to", "on", "by", "for", "in")
SENTENCE_FINAL = frozenset({".", "!", "?", ":", ";", "…"})
# Title abbreviations before a name: their full stop ends no sentence ("Rep. Paul Ryan").
TITLE_ABBREVIATIONS = frozenset(
    {
        "mr.", "mrs.", "ms.", "dr.", "rep.", "reps.", "sen.", "sens.", "gen.", "gov.", "lt.",
        "col.", "capt.", "sgt.", "adm.", "maj.", "prof.", "rev.", "st.", "pres.", "amb.",
    }
)  # fmt: skip
# Prepositions before the gerund an alleging verb attributes ("accused Russia of attacking",
# "blamed Iran for disrupting"): the gerund is only alleged, like an infinitive.
ALLEGATION_PREPOSITIONS = frozenset({"of", "for"})
# Prepositions of a co-agent ("negotiating alongside the U.S."): who acts with the subject.
CO_AGENT_PREPOSITIONS = frozenset({"alongside"})
# Adverbs the parser reads as modifiers where they make a phrasal verb ("pulled back",
# "backed away", "stepped aside", "put forward", "handed over"): part of the predicate lemma.
ADVERB_PARTICLES = frozenset({"back", "away", "aside", "forward", "over"})
NEGATORS = frozenset({"not", "n't", "n’t", "never"})
# ... and the pair that negates two coordinated verbs: "neither admitted nor denied".
PAIRED_NEGATORS = frozenset({"neither", "nor"})
# Words that deny the judging word of what was said right after them ("was not a mistake",
# "was no mistake"): speech.denied_judgement.
JUDGEMENT_DENIALS = NEGATORS | {"no"}
# Verbs of prevention: what they govern did not take place ("a way to prevent future wars",
# "police thwarted an attack"). Not `negating` rows of the pattern file, which would take the
# lemmas' own converted rows ("prevented the protest" 1721) out of the PETRARCH conversion.
PREVENTING_VERBS = frozenset({"prevent", "avert", "avoid", "forestall", "thwart", "foil"})
# Verbs of belief whose negation denies what they govern: "I don't think Iran will attack"
# says Iran will not (modality.clause_modality).
NEG_RAISING_VERBS = frozenset({"think", "believe", "expect", "suppose", "imagine"})
# Verbs whose object names an event that is only feared, warned of or demanded, with the
# slots ("obj" or a preposition) that hold it: "fears an attack on Kiev", "called for the
# release of the journalists" are hypothetical, not done (modality.py).
FEARING_VERBS: dict[str, frozenset[str]] = {
    "fear": frozenset({"obj"}),
    "warn": frozenset({"of", "about", "against"}),
    "demand": frozenset({"obj"}),
    "call": frozenset({"for"}),
    "urge": frozenset({"obj"}),
    "press": frozenset({"for"}),
    "push": frozenset({"for"}),
}
# Verbs that deny the event noun they take as object ("ruled out talks with Kiev", "police
# thwarted an attack"); negated, they deny nothing ("failed to prevent the attack" is
# asserted) and a negated verb of ruling out leaves it possible (modality.py).
NOUN_DENYING_VERBS: dict[str, frozenset[str]] = {
    lemma: frozenset({"obj"}) for lemma in PREVENTING_VERBS | {"rule out"}
}
RULING_OUT_VERBS = frozenset({"rule out"})
# Relative pronouns: right after a noun, the noun is what their clause describes ("two Arab
# princes who wanted to help").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Adverbs of habit right before a verb ("has consistently agreed to talks", "routinely
# arrests"): a general practice, which the annotation guideline does not code as an event.
HABITUAL_ADVERBS = frozenset(
    {"always", "consistently", "customarily", "generally", "habitually", "normally",
     "often", "regularly", "routinely", "traditionally", "typically", "usually"}
)  # fmt: skip
# Verbs whose object is the understood subject of their to-infinitive ("urged Putin to
# release"); after any other verb the infinitive is a purpose clause of the subject ("visited
# Hanoi to meet Kim"), whichever label the parser gives it.
OBJECT_CONTROL_VERBS = frozenset(
    {
        "advise", "allow", "appoint", "ask", "authorize", "authorise", "beg", "call", "cause",
        "challenge", "compel", "convince", "dare", "deploy", "direct", "dispatch", "elect",
        "empower", "enable", "encourage", "expect", "force", "get", "help", "hire", "implore",
        "inspire", "instruct", "invite", "lead", "leave", "mandate", "motivate", "nominate",
        "oblige", "order", "pay", "permit", "persuade", "pressure", "press",
        "prompt", "push", "recruit", "remind", "request", "require", "send", "task", "teach",
        "tell", "train", "trust", "urge", "want", "warn", "wish",
    }
)  # fmt: skip
# Support verbs: their object names the act and their subject does it ("launched an attack
# on", "held talks with", "paid a visit to", "imposed sanctions on"), so an event noun they
# take as object has their subject as its own.
SUPPORT_VERBS = frozenset(
    {
        "announce", "begin", "carry out", "commit", "conduct", "continue", "deliver",
        "escalate", "express", "extend", "file", "give", "hold", "impose", "intensify",
        "issue", "launch", "level", "lodge", "make", "mount", "offer", "open", "pay",
        "perpetrate", "provide", "resume", "sign", "stage", "start", "step up", "take", "undertake",
        "unleash", "voice", "wage",
    }
)  # fmt: skip
# Documents that say or do what a clause on them names ("issued a statement calling Boehner a
# leader", "signed a letter opposing the proposals", "a lawsuit seeking an injunction"), and
# the verbs whose subject puts one out: that subject, or the document's owner ("House
# Democrats' lawsuit", "a letter from 47 senators"), is the clause's subject.
DOCUMENT_NOUNS = frozenset(
    {
        "ad", "address", "advert", "advertisement", "appeal", "brief", "comment", "communique",
        "communiqué", "complaint", "declaration", "decree", "editorial", "filing", "letter",
        "lawsuit", "memo", "memorandum", "message", "motion", "op-ed", "order", "petition",
        "post", "proclamation", "release", "remark", "report", "resolution", "speech",
        "statement", "suit", "tweet", "video",
    }
)  # fmt: skip
ISSUING_VERBS = frozenset(
    {
        "adopt", "air", "circulate", "deliver", "file", "issue", "pass", "pen", "post",
        "publish", "put out", "release", "run", "send", "share", "sign", "submit", "tweet",
        "unveil", "write",
    }
)  # fmt: skip
# Participant verbs: their subject takes part in the act an event noun heading the phrase
# of the preposition given names ("returned from talks with Kim", "flew to Geneva for talks
# with Lavrov", "participated in the attack on the consulate"), as a support verb's subject
# does in what its object names; a response's "with" names what the subject did in answer
# ("Iran responded with missile attacks on U.S. bases").
PARTICIPANT_VERBS: dict[str, str] = {
    "participate": "in", "return": "from", "arrive": "for", "travel": "for", "fly": "for",
    "head": "for", "come": "for", "go": "for", "respond": "with", "react": "with",
    "reply": "with", "answer": "with", "retaliate": "with", "hit back": "with",
}  # fmt: skip
# Nouns of a meeting whose partner a "with" phrase names ("talks with Xi"), and the
# prepositions of time that make the subject of any clause a party to such a meeting
# ("Trump spoke to reporters after talks with Xi", "said during a meeting with Kim");
# "ahead of" and "before" are left out: the meeting has not taken place yet.
MEETING_NOUNS = frozenset(
    {"meeting", "summit", "talk", "consultation", "negotiation", "dialogue", "call"}
    | {"lunch", "dinner", "breakfast"}  # "during a working lunch with Moon"
)
# A journey its traveller does something during or after, as a meeting its party does
# ("During a visit to the Pentagon, Obama laid out …": Obama visited it).
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})
# Verbs whose subject took part in the meeting or journey their object names ("will attend
# the talks with U.S. officials", "wrapped up a visit to Tehran"), as a support verb's does;
# not in other acts ("attended a rally" is no protest of theirs).
ATTENDING_VERBS = frozenset({"attend", "conclude", "wrap up"})
# ... and the traveller is "on" one ("Blair, on a visit to Beijing, said")
JOURNEY_PREPOSITIONS = frozenset({"on"})
MEETING_TIME_PREPOSITIONS = frozenset({"after", "during", "following", "since"})
# ... and of place, where the noun names the other party: "In a meeting with Molina, Paul
# said", "At talks with Kim, Moon agreed" (not "at the summit": anyone may be there)
MEETING_PLACE_PREPOSITIONS = frozenset({"in", "at"})
# Nouns of intention whose author carries out the infinitive they govern: "an offer from
# Syria to submit", "a pledge by Iran to halt", "the decision by India to open" (not "an
# invitation from Putin to visit": the guest visits). The intent rows among them make the
# infinitive intended; a decision's is coded as the possessor's is ("Berlin's decision to").
AUTHOR_ACTING_NOUNS = frozenset({"offer", "plan", "pledge", "promise", "vow", "decision"})
# Phrases of place or time a clause took place in ("At the summit, they agreed to ..."): an
# event noun there is the setting of the clause, not what its verb intends ("aimed at" aside).
SETTING_PREPOSITIONS = frozenset({"at", "during", "amid", "after", "following", "since"})
# Response verbs: their subject answers what their object (or the phrase of the preposition
# given) names, so an event noun there was addressed to that subject ("Iran rejected U.S.
# demands", "accepted a Russian offer", "balked at EU calls", "bowed to American demands").
RESPONSE_VERBS: dict[str, frozenset[str]] = {
    "accept": frozenset({"obj"}), "answer": frozenset({"obj"}), "defy": frozenset({"obj"}),
    "dismiss": frozenset({"obj"}), "heed": frozenset({"obj"}), "ignore": frozenset({"obj"}),
    "reject": frozenset({"obj"}), "rebuff": frozenset({"obj"}), "refuse": frozenset({"obj"}),
    "resist": frozenset({"obj"}), "turn down": frozenset({"obj"}),
    "welcome": frozenset({"obj"}), "balk": frozenset({"at"}), "bow": frozenset({"to"}),
    "comply": frozenset({"with"}), "give in": frozenset({"to"}), "reply": frozenset({"to"}),
    "respond": frozenset({"to"}), "yield": frozenset({"to"}), "agree": frozenset({"to"}),
}  # fmt: skip
# Prepositions that make a noun an event frame ("talks with", "summit in", "attack on").
NOMINAL_PREPOSITIONS = frozenset(
    {"between", "with", "against", "on", "in", "of", "to", "by", "from", "into", "for"}
    | {"about", "over"}  # "comments about Iran", "the dispute over Crimea"
)
# Nouns that name a time: a phrase they head is a time, no actor ("on Monday").
TIME_NOUNS = frozenset(
    {
        "day", "week", "weekend", "month", "year", "decade", "century", "hour", "minute",
        "time", "today", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night",
        "spring", "summer", "autumn", "fall", "winter", "season",
    }
    | set(WEEKDAYS)
    | (set(MONTHS) - MONTH_ABBREVIATIONS)
)  # fmt: skip
# Nouns that head an adverbial without a preposition ("met Kim last week", "flew home").
BARE_ADVERBIAL_NOUNS = TIME_NOUNS | {"home", "way"}
# Words before a picture's credit, which names no actor ("Image copyright EPA").
PHOTO_CREDITS = ("copyright", "©")
# People defined by whom they oppose: "Obama's critics" are not Obama.
ADVERSARY_NOUNS = ("critics", "opponents", "detractors", "rivals", "enemies", "foes")
# Acts judged without their owner ("blamed a flawed judicial ruling", "criticized the bill",
# "praised the new policy"): a government's laws, bills and policies, and a court's rulings
# (events_acts.py; docs/annotation.md, *Concern*). Multiword ones by their last word.
GOVERNMENT_ACT_NOUNS = frozenset(
    {"bill", "legislation", "law", "policy", "budget", "reform", "decree", "regulation",
     "ordinance", "tariff", "mandate", "lockdown", "executive order", "travel ban"}
)  # fmt: skip
COURT_ACT_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement", "court decision"})
# Protests judged by their name ("condemned the protests as illegal"): the protesters' act.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "sit-in", "riot"})
# Definite determiners: an act after them is a known one.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# The clause that names an attack's victims: a passive of force or a verb of dying, the
# attack in a phrase of its cause ("More than 30 people were killed in an ISIS attack",
# "three soldiers died in a Taliban ambush"); de_lexicon has the German words.
VICTIM_CAUSE_PREPOSITIONS = frozenset({"in", "during"})
DYING_VERBS = frozenset({"die", "perish"})
# A preposition (with the word before it) that places an event noun after the clause it is
# in: "comes ahead of a meeting of the finance ministers", "are in talks in preparation for
# a meeting between Trump and Kim" (modality.py: intended, unless the clause is past).
INTENT_PREPOSITIONS = frozenset(
    {("ahead", "of"), ("advance", "of"), ("preparation", "for"), ("preparations", "for"),
     ("run-up", "to"), ("lead-up", "to")}
)  # fmt: skip
# Nouns for one person: a mention they head is no "it" ("the counselor … it"), a mention
# right before one is that person's office ("Foreign Ministry spokesman"): references_pronouns.py.
ONE_PERSON_NOUNS = frozenset(
    {"man", "woman", "child", "boy", "girl", "person", "victim", "student", "attorney",
     "lawyer", "prosecutor", "reporter", "journalist", "correspondent", "editor", "writer",
     "author", "senator", "counselor", "professor", "teacher", "activist", "candidate",
     "leader", "official", "spokesman", "spokeswoman", "officer", "soldier", "worker",
     "doctor", "judge", "mother", "father", "son", "daughter", "wife", "husband", "citizen",
     "resident", "farmer", "employee", "member", "adviser", "advisor", "aide", "diplomat",
     "director", "executive", "economist", "analyst", "expert", "scholar", "researcher",
     "priest", "cleric", "imam", "pastor", "bishop", "rabbi", "militant", "fighter",
     "gunman", "suspect", "prisoner", "detainee", "hostage", "refugee", "migrant",
     "immigrant", "protester", "demonstrator", "voter", "supporter", "critic", "opponent",
     "lawmaker", "politician", "legislator", "congressman", "congresswoman", "governor",
     "mayor", "minister", "ambassador", "envoy", "negotiator", "commander", "general",
     "ranger", "agent", "inspector", "investigator", "witness", "defendant", "plaintiff",
     "manager", "chairman", "chairwoman", "founder", "owner", "employer", "actor",
     "president", "chancellor", "king", "queen", "prince", "princess", "dictator",
     "secretary", "spokesperson", "premier"}
)  # fmt: skip
# The protest noun and the preposition that make it the manner of a clause whose subject
# protests ("marched in protest against price rises": events_nouns.protests_by).
PROTEST_MANNER = ("protest", "in")

"""English words the analysis reads: speech verbs, modal and future auxiliaries, negators,
object-control verbs, adverbial nouns and particles, the prepositions of event nouns.
Kept in one place so the frame reader and the parse repairs agree.
"""

from __future__ import annotations

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
# Modal auxiliaries recorded in Frame.modal ("will"/"shall" mark future tense instead).
MODALS = frozenset({"can", "could", "may", "might", "must", "should", "would", "ought"})
CONDITIONAL_MODALS = frozenset({"would", "could"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "sha"})
# Adverbial particles that start a multiword preposition ("out of", "away from").
PARTICLES = frozenset({"out", "off", "away", "back", "down"})
NEGATORS = frozenset({"not", "n't", "never"})
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
# Prepositions that make a noun an event frame ("talks with", "summit in", "attack on").
NOMINAL_PREPOSITIONS = frozenset(
    {"between", "with", "against", "on", "in", "of", "to", "by", "from", "into", "for"}
)
# Nouns that head an adverbial without a preposition ("met Kim last week", "flew home").
BARE_ADVERBIAL_NOUNS = frozenset(
    {
        "day", "week", "weekend", "month", "year", "decade", "century", "hour", "minute",
        "time", "today", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night",
        "spring", "summer", "autumn", "fall", "winter", "season", "home", "way",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip

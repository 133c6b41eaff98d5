"""Quality gate: event coding on the real-news dev gold must not get worse.

The gold (benchmarks/gold/news.{de,en}.{dev,dev2}.jsonl, docs/annotation.md) is real news
annotated blind; its text comes from the corpora in ../shared/data/corpus, so the gate skips without
them. The floors are the figures measured when the gold landed (README, "Accuracy"): a
change that lowers dyad + root F1 or raises the false-alarm rate on sentences without events
fails here. Raise the floors when a change improves quality.
"""

from __future__ import annotations

import pytest

from chronik.evaluate import evaluate
from chronik.gold import read_gold

from .conftest import ROOT, SHARED

CORPUS = SHARED / "data" / "corpus"
GOLD = ROOT / "benchmarks" / "gold"
# lang: (dyad + root F1 at least, false-alarm rate at most). Measured with
# `chronik eval ... --json`: when the gold landed (2026-12-02), F1 de 0.0359, en 0.0207, false
# alarms de 0.0169, en 0.0548; after the speech, vocabulary and actor work, F1 de 0.0633, en
# 0.0299, false alarms de 0.0, en 0.0274; 2026-12-03, after references, source-only events and
# the German vocabulary, F1 de 0.1420, en 0.0825, false alarms de 0.0028 (one sentence of 356:
# an aid organisation supports clinics), en 0.0240; then, after German participles, datelines
# and rows, English relative clauses, gerunds and time phrases, F1 de 0.2289, en 0.0893; German
# relative pronouns: de 0.2390; the third session (German parties, Bundesregierung by home
# country, group nouns, the German prefilter reading group nouns, English root choice and
# judgements, event-noun modifiers, British and US parties, demonyms, document contents):
# F1 de 0.2995, en 0.1714, false alarms de 0.0028, en 0.0171; the fourth (German armed and
# protest groups, titles referring back, office holders, German and English rows, questions,
# the English precision audit): F1 de 0.3505, en 0.1871, false alarms de 0.0028, en 0.0103;
# the seventh (audits of unseen news): de 0.3920, en 0.2420; the eighth (English statement
# content and refusals, people by their elected offices): de 0.3920, en 0.2544, false alarms
# de 0.0028, en 0.0068; the eleventh (classes of the dev misses, checked on unlabelled
# news): de 0.4422, en 0.2797; the twelfth (measures, demands, quotations, judgements): de
# 0.4677, en 0.3136; the thirteenth (German associations, truncated compounds, victims and
# participants; English prepositions, reported clauses, actor places and organisations): de
# 0.5049, en 0.3322; the nineteenth (English model 1.3.0 with repairs for its parses,
# companies among themselves): en 0.3356; judgements of what was said: en 0.3410; the
# twenty-second (German verbs of attacking in words; tear gas against the own people): de
# 0.5121, en 0.3481; the thirty-fourth (meetings in a phrase of place, conflicts between two
# parties, other countries' Democrats): en 0.3599; the thirty-fifth (family names alone in
# news about their country): en 0.3643; the thirty-sixth (German appeals, proposals and
# rejections without an addressee go to the own government): de 0.5192.
FLOORS = {("de", "dev"): (0.518, 0.003), ("en", "dev"): (0.362, 0.007)}
# dev2 (fourteenth session, drawn and annotated after dev had been tuned on for thirteen
# sessions): when it landed, measured blind, F1 de 0.0508, en 0.1504, false alarms de 0.0026,
# en 0.0254; after the fourteenth session's actor, row, act-owner and precision work F1 de
# 0.2020, en 0.2304, false alarms de 0.0026, en 0.0169; after the eighteenth session's
# German federal offices and family names: de 0.2147; after the nineteenth session's English
# model 1.3.0: en 0.2371, false alarms 0.0141; German health and education bodies' demands:
# de 0.2290; the twentieth session's attacks ordered, authorised or approved: en 0.2462; the
# twenty-first's offers with nobody as no event: en 0.2487.
FLOORS |= {("de", "dev2"): (0.228, 0.003), ("en", "dev2"): (0.248, 0.015)}

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the news gold's text comes from {CORPUS}, which is missing"
)


@pytest.fixture(scope="module")
def news_scores(pipeline):
    """Scores per (language, split)."""
    scores = {}
    for split in sorted({split for _, split in FLOORS}):
        records = [
            r
            for lang in sorted({lang for lang, _ in FLOORS})
            for r in read_gold(GOLD / f"news.{lang}.{split}.jsonl", corpus=CORPUS)
        ]
        evaluation, _ = evaluate(records, lambda article: pipeline(article).events)
        scores |= {(lang, split): figures for lang, figures in evaluation.scores().items()}
    return scores


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_news_dev_dyad_root_f1_stays_above_its_floor(news_scores, gold):
    assert news_scores[gold]["dyad_root"]["f1"] >= FLOORS[gold][0]


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_news_dev_false_alarm_rate_stays_below_its_ceiling(news_scores, gold):
    assert news_scores[gold]["false_alarm_rate"] <= FLOORS[gold][1]

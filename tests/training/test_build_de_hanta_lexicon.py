"""training/build_de_hanta_lexicon.py on a tiny stand-in for the shared data folder: the
held-out articles are skipped, rare forms left out, and every line is plain HanTa's."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

from HanTa import HanoverTagger

from chronik.analysis.de_hanta_lexicon import HantaLexicon

SCRIPT = Path(__file__).resolve().parents[2] / "training/build_de_hanta_lexicon.py"
HELD_OUT = "Die Quarantänebeauftragte verhängte Ausgangssperren."
NEWS = "Die Gesundheitsministerin verschärfte die Coronaregeln. Die Gesundheitsministerin sprach."


def test_the_lexicon_holds_plain_hantas_answers_for_repeated_forms(tmp_path: Path) -> None:
    corpus = tmp_path / "shared/data/corpus/de_fang_covid_real/articles.jsonl.gz"
    corpus.parent.mkdir(parents=True)
    records = [{"id": "0", "lang": "de", "text": HELD_OUT}] * 3 + [
        {"id": "1", "lang": "de", "text": NEWS},
        {"id": "2", "lang": "de", "text": NEWS + " Der Minister schwieg."},
    ]
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records)
    out = tmp_path / "lexicon.tsv.gz"
    command = [sys.executable, str(SCRIPT), "--shared", str(tmp_path / "shared/data")]
    subprocess.run([*command, "--skip", "3", "--out", str(out)], check=True, capture_output=True)
    lexicon = HantaLexicon.load(out)
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    assert lexicon.probabilities("coronaregeln") == plain.analyze_forward("coronaregeln")
    # a form of HanTa's own cache: its lemma paths only
    assert lexicon.probabilities("gesundheitsministerin") is None
    nn = plain.tag2int["NN"]
    for form in ("coronaregeln", "gesundheitsministerin"):
        assert lexicon.morphemes(form, -nn) == plain.analyze_viterbi(form, -nn)
    assert lexicon.morphemes("quarantänebeauftragte", -nn) is None  # held out
    assert lexicon.morphemes("sprach", -plain.tag2int["VV(FIN)"]) is not None
    assert lexicon.morphemes("schwieg", -plain.tag2int["VV(FIN)"]) is None  # once only

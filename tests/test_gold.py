import json

import pytest

from chronik.errors import InputError
from chronik.gold import gold_article_ids, read_gold

MEETING = "Trump und Kim treffen sich in Hanoi."
EVENTS = [{"source": "USAGOV", "target": "PRKGOV", "cameo": "044", "plover_type": "CONSULT",
           "modality": "asserted"}]  # fmt: skip


@pytest.fixture
def corpus(news_corpus):
    return news_corpus[0]


@pytest.fixture
def stand_off(news_corpus):
    return lambda **fields: news_corpus[1](MEETING, fields.pop("events", EVENTS), **fields)


def write(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_stand_off_record_takes_its_text_from_the_corpus(tmp_path, corpus, stand_off):
    (record,) = read_gold(write(tmp_path / "gold.jsonl", stand_off()), corpus=corpus)
    assert record.article.text == "Der Gipfel ist geplant. Trump und Kim treffen sich in Hanoi."
    assert record.sentence.text == "Trump und Kim treffen sich in Hanoi."
    assert record.article.text[record.sentence.start : record.sentence.end] == record.sentence.text
    assert record.events[0].cameo == "044" and record.events[0].plover_type == "CONSULT"
    assert record.stratum == "random" and str(record.article.date) == "2019-02-06"


def test_inline_record_is_its_own_sentence(tmp_path):
    gold = write(tmp_path / "gold.jsonl",
                 {"id": "1", "lang": "en", "text": "It rained.", "events": []})  # fmt: skip
    (record,) = read_gold(gold)
    assert record.sentence.text == "It rained." and record.events == ()


def test_missing_corpus_is_one_line_naming_the_gold_line(tmp_path, stand_off):
    gold = write(tmp_path / "gold.jsonl", stand_off())
    with pytest.raises(InputError, match=r"gold.jsonl:1: the gold text comes from the corpus "
                                         r"'news_de', but .* is missing"):  # fmt: skip
        read_gold(gold, corpus=tmp_path / "nowhere")


def test_changed_corpus_text_is_detected(tmp_path, corpus, stand_off):
    gold = write(tmp_path / "gold.jsonl", stand_off(sha1="000000000000"))
    with pytest.raises(InputError, match=r"gold.jsonl:1: the text at .* differs"):
        read_gold(gold, corpus=corpus)


def test_unknown_article_and_bad_modality_name_the_line(tmp_path, corpus, stand_off):
    unknown = write(tmp_path / "a.jsonl", stand_off(article_id="zz"))
    with pytest.raises(InputError, match=r"a.jsonl:1: article 'zz' is not in the corpus"):
        read_gold(unknown, corpus=corpus)
    bad = stand_off(events=[{"source": "USA", "target": None, "cameo": "010", "modality": "x"}])
    with pytest.raises(InputError, match=r"b.jsonl:2: not a gold record \(ValueError: modality"):
        read_gold(write(tmp_path / "b.jsonl", stand_off(), bad), corpus=corpus)


def test_read_gold_names_the_bad_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "lang": "de", "text": "x", "events": []}\n{"id": "2"}\n')
    with pytest.raises(InputError, match=r"gold.jsonl:2: not a gold record \(KeyError"):
        read_gold(gold)
    gold.write_text("{broken\n")
    with pytest.raises(InputError, match=r"gold.jsonl:1: not JSON"):
        read_gold(gold)


def test_gold_article_ids_are_those_of_the_news_gold_files(tmp_path) -> None:
    (tmp_path / "news.en.dev.jsonl").write_text(
        '{"article_id": "a-1"}\n\n{"article_id": "a-2"}\n', encoding="utf-8"
    )
    (tmp_path / "news.de.test.jsonl").write_text('{"article_id": "b-1"}\n', encoding="utf-8")
    (tmp_path / "en.dev.jsonl").write_text('{"article_id": "own"}\n', encoding="utf-8")
    assert gold_article_ids(tmp_path) == {"a-1", "a-2", "b-1"}

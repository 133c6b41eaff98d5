from datetime import date, datetime

import pytest

import chronik


def test_code_returns_events_of_a_text():
    events = chronik.code("Die USA und Nordkorea verhandeln.", lang="de", date="2019-02-06")
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [
        ("USA", "PRK", "046"), ("PRK", "USA", "046"),
    ]  # fmt: skip


def test_open_reads_a_store(tmp_path):
    with chronik.Store(tmp_path / "c.duckdb"):
        pass
    with chronik.open(tmp_path / "c.duckdb") as store:
        assert store.events() == []
    with pytest.raises(chronik.ChronikError):
        chronik.open(tmp_path / "missing.duckdb")


@pytest.mark.parametrize(
    ("kwargs", "error", "says"),
    [
        ({"text": None}, TypeError, "takes a str or an Article, not NoneType"),
        ({"date": 20190206}, TypeError, "date must be a str like '2019-02-06'"),
        ({"date": "6.2.2019"}, ValueError, "is not a date"),
        ({"date": "2019-02-30"}, ValueError, "names no real day"),
        ({"lang": "German"}, ValueError, "two-letter code"),
        ({"lang": 7}, TypeError, "two-letter code"),
    ],
)
def test_code_validates_its_arguments(kwargs, error, says):
    args = {"text": "Die USA und Nordkorea verhandeln.", "lang": "de", **kwargs}
    with pytest.raises(error, match=says):
        chronik.code(args.pop("text"), **args)


@pytest.mark.parametrize("on", [date.max, date.min, date(9999, 12, 20), date(1, 1, 3)])
def test_code_near_the_calendar_ends_does_not_overflow(on):
    text = "Die USA und Nordkorea verhandeln seit gestern. In drei Wochen treffen sie sich."
    assert all(e.cameo for e in chronik.code(text, lang="de", date=on))


def test_code_takes_the_day_of_a_datetime_and_partial_dates():
    text = "Die USA und Nordkorea verhandeln."
    (first, *_) = chronik.code(text, lang="de", date=datetime(2019, 2, 6, 23, 59))
    assert first.date.value == "2019-02-06"
    (first, *_) = chronik.code(text, lang="de", date="2020-01-30T05:51:41+01:00")
    assert first.date.value == "2020-01-30"
    (first, *_) = chronik.code(text, lang="de", date="2018-05")
    assert (first.date.value, first.date.precision) == ("2018-05", "story")
    (first, *_) = chronik.code(text, lang="de", date="2015/2016")
    assert (first.date.value, first.date.end) == ("2015", "2016")
    # "gestern" names no day when the article is dated to the month only
    (first, *_) = chronik.code("Die USA und Nordkorea verhandelten gestern.", lang="de",
                               date="2018-05")  # fmt: skip
    assert first.date.value == "2018-05"

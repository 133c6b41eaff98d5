"""chronik stats: counts, Goldstein mean and quad shares on a hand-built store."""

import json
from datetime import date

import pytest
from click.testing import CliRunner

from chronik.cli import main
from chronik.records import Article, EventDate
from chronik.stats import stats
from chronik.store import Store

TEXT = "Die USA und Nordkorea verhandeln derzeit mit Russland."


@pytest.fixture
def db(tmp_path, make_event):
    path = tmp_path / "c.duckdb"

    def event(source, target, cameo, goldstein, quad, day="2019-02-06", **fields):
        when = EventDate(day)
        return make_event(text=TEXT, source=source, target=target, cameo=cameo,
                          goldstein=goldstein, quad_class=quad, date=when, **fields)  # fmt: skip

    usa, prk, rus = ("USAGOV", "USA"), ("PRK", "Nordkorea"), ("RUS", "Russland")
    events = [
        event(usa, prk, "046", 7.0, 1),
        event(prk, usa, "046", 7.0, 1),
        event(usa, prk, "112", -2.0, 3, "2019-03-01"),
        event(usa, rus, "036", 4.0, 1),
        event(usa, prk, "190", -10.0, 4, negated=True),
    ]
    with Store(path) as store:
        store.add_many([(Article(id="a", text=TEXT, lang="de", date=date(2019, 2, 6)), events, [])])
    return path


def test_stats_by_dyad_counts_goldstein_and_quads(db):
    with Store(db, read_only=True) as store:
        rows = stats(store, "dyad")
    assert rows[0] == {"source": "USAGOV", "target": "PRK", "events": 2, "goldstein_mean": 2.5,
                       "verbal_coop": 0.5, "material_coop": 0.0, "verbal_conflict": 0.5,
                       "material_conflict": 0.0}  # fmt: skip
    assert sum(r["events"] for r in rows) == 4  # the negated event is not counted


@pytest.mark.parametrize(
    ("by", "actors", "expected"),
    [("code", (), {"046": 2, "112": 1, "036": 1}), ("root", ("PRK",), {"04": 2, "11": 1}),
     ("quad", ("USA", "PRK"), {1: 2, 3: 1}), ("month", (), {"2019-02": 3, "2019-03": 1}),
     ("dyad", ("USA", "RUS"), {("USAGOV", "RUS"): 1})],
)  # fmt: skip
def test_stats_groups_and_actor_filters(db, by, actors, expected):
    with Store(db, read_only=True) as store:
        rows = stats(store, by, actors=actors)
    keys = [k for k in rows[0] if k not in {"events", "goldstein_mean"} and "_co" not in k]
    found = {tuple(r[k] for k in keys) if len(keys) > 1 else r[keys[0]]: r["events"] for r in rows}
    assert found == expected


def test_stats_command_formats(db):
    def run(*args):
        result = CliRunner().invoke(main, ["stats", "--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert run("--by", "code").splitlines()[0].split()[:3] == ["cameo", "events", "goldstein_mean"]
    assert run("--by", "root", "--format", "csv").startswith("root,events,goldstein_mean,")
    found = json.loads(run("--by", "month", "--actor", "USA", "--actor", "PRK", "--format", "json"))
    assert found[0]["month"] == "2019-02" and found[0]["events"] == 2
    assert run("--by", "code", "--code", "11", "--since", "2019-03-01", "--until", "2019-03-31",
               "--format", "json") == '[{"cameo": "112", "events": 1, "goldstein_mean": -2.0, ' \
        '"verbal_coop": 0.0, "material_coop": 0.0, "verbal_conflict": 1.0, ' \
        '"material_conflict": 0.0}]\n'  # fmt: skip

"""Cross-article event clusters, like GDELT's and ICEWS's de-duplication: events with the
same dyad and CAMEO code whose dates lie within a day of each other form one cluster, with
how many mentions, articles and sources report it (``chronik events --clusters``).

Day-precise dates (and the article dates of undated events) chain: 1, 2 and 3 March make one
cluster, 1 and 3 March two. Events dated to a month, a year or approximately cluster only
with events of the same date string.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import duckdb

from .store import EVENT_ROWS, Store, filters

_QUERY = r"""
WITH found AS (
    SELECT *, CASE WHEN date_precision IN ('day', 'story')
                    AND regexp_matches(date, '^\d{{4}}-\d{{2}}-\d{{2}}$')
               THEN CAST(date AS DATE) END AS day
    FROM ({rows}) {where}
), marked AS (
    SELECT *, CASE WHEN day IS NOT NULL AND (lag(day) OVER w IS NULL OR day - lag(day) OVER w > 1)
              THEN 1 ELSE 0 END AS starts
    FROM found WINDOW w AS (PARTITION BY source, target, cameo, day IS NULL ORDER BY day)
), numbered AS (
    SELECT *, CASE WHEN day IS NULL THEN 'x' || coalesce(date, '')
                   ELSE 'd' || sum(starts) OVER (PARTITION BY source, target, cameo, day IS NULL
                                                 ORDER BY day ROWS UNBOUNDED PRECEDING)
              END AS cluster
    FROM marked
)
SELECT source, target, cameo, min(date) AS date, max(coalesce(date_end, date)) AS date_end,
    any_value(goldstein) AS goldstein, any_value(quad_class) AS quad_class,
    count(*) AS num_mentions, count(DISTINCT content_hash) AS num_articles,
    count(DISTINCT coalesce(article_source, content_hash)) AS num_sources,
    min(article_date) AS first_seen, max(article_date) AS last_seen,
    string_agg(DISTINCT doc_id, ' ' ORDER BY doc_id) AS doc_ids
FROM numbered
GROUP BY source, target, cameo, cluster
ORDER BY date NULLS LAST, source NULLS LAST, target NULLS LAST, cameo
"""


def clusters(store: Store, **filter_args: Any) -> Iterator[dict[str, Any]]:
    """The clusters of the events the filters of ``Store.events`` select. An article
    without a named source counts as a source of its own."""
    return cluster_rows(store.connection, **filter_args)


def cluster_rows(
    connection: duckdb.DuckDBPyConnection, **filter_args: Any
) -> Iterator[dict[str, Any]]:
    """:func:`clusters` on an open connection (the web app's read-only one)."""
    where, params = filters(**filter_args)
    cursor = connection.cursor()
    cursor.execute(_QUERY.format(rows=EVENT_ROWS, where=where), params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(1000):
        for row in batch:
            yield dict(zip(names, row, strict=True))
    cursor.close()

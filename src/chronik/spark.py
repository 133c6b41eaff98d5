"""chronik on Apache Spark (``pip install chronik[spark]``): the same pipeline in
``mapPartitions``, loaded once per executor Python process, writing Parquet in the export
schema partitioned by article date. No coding logic of its own; docs/spark.md.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import ChronikError
from .export import EXPORT_TYPES, export_row
from .ingest import _jsonl_article
from .speech import without_one_sided
from .store import content_hash

PARTITION = "article_date"


def code_partition(records: Iterable[str]) -> Iterator[tuple[Any, ...]]:
    """Code the articles of one partition (JSONL lines) into export rows. The pipeline is
    cached per process (``default_pipeline``), so a reused Python worker loads it once; a bad
    record or article is reported on the executor's stderr and skipped."""
    from .pipeline import default_pipeline

    pipeline = default_pipeline()
    for line in records:
        article = _jsonl_article(line, "spark", lang=None, on=None)
        try:
            if isinstance(article, ChronikError):
                raise article
            key = content_hash(article)
            for event in without_one_sided(pipeline(article).events):  # as code and ingest
                yield export_row(key, article, event)
        except ChronikError as error:
            print(f"chronik: skipped: {error}", file=sys.stderr)


def session(master: str | None = None) -> Any:
    """A Spark session; executors run this interpreter unless PYSPARK_PYTHON says else."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("chronik")
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def _lines(spark: Any, path: str) -> Any:
    """JSONL (text, any Hadoop path, .gz too) or Parquet articles as an RDD of JSON lines."""
    if path.rstrip("/").endswith(".parquet"):
        frame = spark.read.parquet(path)
        return frame.rdd.map(lambda row: json.dumps(row.asDict(), default=str))
    return spark.read.text(path).rdd.map(lambda row: row.value).filter(lambda v: v.strip())


def run(spark: Any, source: str, target: str, *, partitions: int | None = None) -> int:
    """Code the articles at ``source`` and write their events to ``target`` as Parquet
    partitioned by article date; returns the number of events."""
    from pyspark.sql.types import StructType, _parse_datatype_string

    schema = StructType()
    for name, kind in EXPORT_TYPES:
        schema.add(name, _parse_datatype_string(kind))
    lines = _lines(spark, source)
    if partitions:
        lines = lines.repartition(partitions)
    frame = spark.createDataFrame(lines.mapPartitions(code_partition), schema)
    frame.write.mode("overwrite").partitionBy(PARTITION).parquet(target)
    return int(spark.read.parquet(target).count())

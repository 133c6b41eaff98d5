"""The routes: the JSON API and the pages, which are the same URLs asked for HTML."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field

from ..clusters import cluster_rows
from ..output import event_to_dict, render
from ..records import Article
from .app import page, wants_html, web
from .charts import QUAD_NAMES, colour, network, network_svg, timeline, timeline_svg
from .highlight import event_mentions, highlight, marks, mentions
from .queries import SORTS, EventFilter, dyad_parts, period_sql, stats


class ErrorDetail(BaseModel):
    status: int
    message: str = Field(description="what went wrong and how to fix it")
    details: list[dict[str, Any]] = Field(description="one {where, problem} per problem")


class ErrorBody(BaseModel):
    """The one shape of every 4xx answer."""

    error: ErrorDetail


router = APIRouter(
    responses={status: {"model": ErrorBody, "description": description} for status, description
               in ((404, "Not found"), (413, "Body too large"), (422, "Invalid request"))}
)  # fmt: skip
Fmt = Annotated[
    Literal["html", "json", "csv", "jsonl"] | None,
    Query(description="html or json (default: by the Accept header); csv/jsonl: download"),
]
Page = Annotated[int, Query(ge=1, description="page number, from 1")]
Sort = Literal["date", "doc_id", "sentence", "source", "target", "cameo", "modality"]
PerPage = Annotated[int, Query(ge=1, le=500, description="results per page")]
# deep paging is bounded so the offset stays a number the database can take
PageNo = Annotated[int, Query(alias="page", ge=1, le=1_000_000, description="page number")]


def _optional_date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name} {value!r} is not a date like 2019-02-06") from None


def event_filter(
    actor: Annotated[str | None, Query(description="source or target code prefix")] = None,
    code: Annotated[str | None, Query(description="CAMEO code prefix, e.g. 04")] = None,
    since: Annotated[str | None, Query(description="events on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="events on or before (YYYY-MM-DD)")] = None,
    negated: Annotated[bool, Query(description="include negated events")] = False,
    dyad: Annotated[str | None, Query(description="two actors, either way: USA-PRK")] = None,
    source: Annotated[str | None, Query(description="source code prefix")] = None,
    target: Annotated[str | None, Query(description="target code prefix")] = None,
    quad: Annotated[str | None, Query(description="quad class 1-4")] = None,
    modality: Annotated[str | None, Query(description="asserted, intended, ...")] = None,
    doc: Annotated[str | None, Query(description="article id")] = None,
    period: Annotated[str | None, Query(description="2019-02 or 2019-W06")] = None,
) -> EventFilter:
    """The filters of /events, /stats, /timeline and /network; empty values are unset."""
    if code and not re.fullmatch(r"\d{1,4}", code):
        raise HTTPException(422, f"code {code!r} is not a CAMEO code prefix like 04 or 036")
    if quad and quad not in QUAD_NAMES:
        raise HTTPException(422, f"quad {quad!r} is not a quad class 1, 2, 3 or 4")
    try:
        if dyad:
            dyad_parts(dyad)
        if period:
            period_sql(period)
    except ValueError as error:
        raise HTTPException(422, str(error)) from None
    return EventFilter(
        actor=actor or None, code=code or None, since=_optional_date("since", since),
        until=_optional_date("until", until), negated=negated, dyad=dyad or None,
        source=source or None, target=target or None, quad=int(quad) if quad else None,
        modality=modality or None, doc=doc or None, period=period or None,
    )  # fmt: skip


Filter = Annotated[EventFilter, Depends(event_filter)]


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="the article text")
    lang: Literal["de", "en"] | None = Field(
        default=None, description="language; detected if unset"
    )
    date: datetime.date | None = Field(
        default=None, description="article date: relative dates, roles"
    )
    id: str = Field(default="text", description="the doc_id the events carry")


def _code(request: Request, body: CodeRequest) -> dict[str, Any]:
    app = web(request)
    article = Article(id=body.id, text=body.text, lang=body.lang, date=body.date,
                      origin="<web>")  # fmt: skip
    with app.lock:
        doc = app.load_pipeline()(article)
    return {
        "article": {
            "id": article.id,
            "lang": doc.lang,
            "date": body.date and str(body.date),
            "text": article.text,
        },
        "events": [event_to_dict(event) for event in doc.events],
        "mentions": mentions(doc),
    }


@router.post("/code", tags=["api"], summary="Code a text")
def code(request: Request, body: CodeRequest) -> dict[str, Any]:
    """Events of one text in the output contract (docs/output.md), with the actor
    mentions, dates and places found in it. Nothing is stored."""
    return _code(request, body)


def _article_context(request: Request, found: dict[str, Any]) -> dict[str, Any]:
    events = found["events"]
    spans = marks(events, found["mentions"])
    return {"article": found, "events": events, "text": highlight(found["text"], spans),
            "names": web(request).cameo_names}  # fmt: skip


@router.get("/", include_in_schema=False)
def home(request: Request) -> Response:
    return page(request, "code.html", form={"lang": "auto", "date": "", "text": ""})


@router.post("/", include_in_schema=False)
async def home_coded(request: Request) -> Response:
    """The "Code a text" form (urlencoded, so no multipart parser is needed)."""
    try:
        fields = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8")).items()}
    except UnicodeDecodeError:  # a browser sends UTF-8; raw bytes come from elsewhere
        raise HTTPException(400, "the form is not UTF-8 text; send it as a browser does") from None
    form = {"lang": fields.get("lang", "auto"), "date": fields.get("date", ""),
            "text": fields.get("text", "")}  # fmt: skip
    if not form["text"].strip():
        return page(request, "code.html", 422, form=form, problem="Paste a text to code.")
    body = CodeRequest.model_validate({
        "text": form["text"], "lang": form["lang"] if form["lang"] in ("de", "en") else None,
        "date": _optional_date("date", form["date"]),
    })  # fmt: skip
    coded = _code(request, body)
    shown = {**coded["article"], "events": coded["events"], "mentions": coded["mentions"]}
    return page(request, "code.html", form=form, **_article_context(request, shown))


@router.get("/articles", tags=["api"], summary="Stored articles")
def articles(request: Request, page_no: PageNo = 1,
             per_page: PerPage = 50, format: Fmt = None) -> Any:  # fmt: skip
    """Stored articles, newest first: id, language, date, title, source and event count."""
    total, found = web(request).queries.articles(offset=(page_no - 1) * per_page, limit=per_page)
    data: dict[str, Any] = {"total": total, "page": page_no, "per_page": per_page,
                            "articles": found}  # fmt: skip
    if wants_html(request):
        return page(request, "articles.html", **data, pages=math.ceil(total / per_page))
    return data


@router.get("/articles/{article_id:path}", tags=["api"], summary="One article with its events")
def article(request: Request, article_id: str, format: Fmt = None) -> Any:
    """The article's text and metadata, its events (negated ones too) and the actor
    mentions, dates and places its events point at."""
    found = web(request).queries.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in the store; see /articles")
    found["mentions"] = event_mentions(found["events"])
    if wants_html(request):
        return page(request, "article.html", **_article_context(request, found))
    return found


@router.get("/events", tags=["api"], summary="Stored events")
def events(
    request: Request,
    selected: Filter,
    sort: Sort = "date",
    order: Literal["asc", "desc"] = "asc",
    page_no: PageNo = 1,
    per_page: PerPage = 50,
    format: Fmt = None,
) -> Any:
    """Events in the output contract, filtered like ``chronik events`` and more, sorted
    and paged; ``format=csv`` or ``jsonl`` downloads every match."""
    if format in ("csv", "jsonl"):
        batches = web(request).queries.event_batches(
            selected, sort=sort, descending=order == "desc"
        )
        media = "text/csv" if format == "csv" else "application/x-ndjson"
        return StreamingResponse(render_batches(batches, format), media_type=media, headers={
            "content-disposition": f'attachment; filename="events.{format}"'})  # fmt: skip
    total, found = web(request).queries.events(selected, sort=sort, descending=order == "desc",
                                offset=(page_no - 1) * per_page, limit=per_page)  # fmt: skip
    data: dict[str, Any] = {"total": total, "page": page_no, "per_page": per_page,
                            "events": found}  # fmt: skip
    if not wants_html(request):
        return data
    query = {**selected.query(), "sort": sort, "order": order, "per_page": str(per_page)}
    return page(request, "events.html", **data, selected=selected, query=query,
                pages=max(1, math.ceil(total / per_page)), urlencode=urlencode,
                names=web(request).cameo_names, sorts=list(SORTS))  # fmt: skip


def render_batches(batches: Iterator[list[dict[str, Any]]], fmt: str) -> Iterator[str]:
    """The events rendered batch by batch."""
    header = fmt == "csv"
    for batch in batches:
        yield render(batch, fmt, header=header)
        header = False
    if header:  # no events: the CSV header alone
        yield render([], fmt)


@router.get("/stats", tags=["api"], summary="Event counts")
def get_stats(request: Request, selected: Filter) -> dict[str, Any]:
    """Counts of the matching events by month (of the event date), CAMEO root and dyad."""
    return stats(web(request).queries, selected)


@router.get("/clusters", tags=["api"], summary="Cross-article event clusters")
def get_clusters(
    request: Request, selected: Filter, page_no: PageNo = 1, per_page: PerPage = 50
) -> dict[str, Any]:
    """The events reported by several articles as one cluster (same dyad and CAMEO code,
    dates within a day; ``chronik events --clusters``), with how many mentions, articles
    and sources report each; the CLI's filters, paged."""
    with web(request).queries.gate.connection() as connection:
        found = list(cluster_rows(connection, actor=selected.actor, code=selected.code,
                                  since=selected.since, until=selected.until,
                                  include_negated=selected.negated))  # fmt: skip
    start = (page_no - 1) * per_page
    return {"total": len(found), "page": page_no, "per_page": per_page,
            "clusters": found[start : start + per_page]}  # fmt: skip


@router.get("/timeline", tags=["api"], summary="Events over time")
def get_timeline(
    request: Request,
    selected: Filter,
    per: Literal["month", "week"] = "month",
    by: Literal["root", "quad"] = "root",
    format: Fmt = None,
) -> Any:
    """Events per month or ISO week, split by CAMEO root or quad class; narrow it to a
    dyad with ``dyad=USA-PRK``."""
    data = timeline(web(request).queries, selected, per=per, by=by)
    if not wants_html(request):
        return data
    legend = [(key, QUAD_NAMES.get(key, key) if by == "quad" else
               web(request).cameo_names.get(key, key), colour(key, by))
              for key in data["keys"]]  # fmt: skip
    return page(request, "timeline.html", data=data, selected=selected, legend=legend,
                chart=timeline_svg(data, selected))  # fmt: skip


@router.get("/network", tags=["api"], summary="Actor network")
def get_network(
    request: Request,
    selected: Filter,
    level: Literal["country", "code"] = "country",
    top: Annotated[int, Query(ge=2, le=100)] = 30,
    format: Fmt = None,
) -> Any:
    """Actors as nodes and event counts as directed edges, cooperation (quad class 1-2)
    and conflict (3-4) counted apart."""
    data = network(web(request).queries, selected, level=level, top=top)
    if not wants_html(request):
        return data
    return page(request, "network.html", data=data, selected=selected, level=level,
                chart=network_svg(data, selected))  # fmt: skip

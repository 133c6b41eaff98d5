"""chronik's web app and HTTP API (``chronik serve``): app.py builds it, views.py holds
the routes, queries.py the read-only SQL, highlight.py and charts.py the HTML and SVG."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]

"""The pages in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, which ``.ci/run`` installs) driven by Selenium against ``chronik
serve``. They skip, saying why, where Chromium or its driver is missing.

With ``CHRONIK_SCREENSHOTS=DIR`` set they also save a PNG of each page there (how the
pictures in docs/ are made).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..conftest import SEED
from .conftest import SEED_ID
from .test_serve import serve

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="browser tests need Chromium and its driver: apt-get install chromium "
    "chromium-driver (.ci/run does)",
)
SHOTS = os.environ.get("CHRONIK_SCREENSHOTS")


@pytest.fixture(scope="module")
def server(samples_db: Path) -> Iterator[str]:
    yield from serve(samples_db)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=en-GB"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(180)  # the first text coded loads the pipeline
    try:
        yield driver
    finally:
        driver.quit()


def shoot(browser: Any, name: str, *, width: int = 1280, hover: Any = None) -> None:
    """A PNG of the page from its top (at most 1800 px high); ``hover`` is the element to
    show as hovered."""
    if not SHOTS:
        return
    browser.set_window_size(width, 900)
    height = browser.execute_script(
        "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight"
    )
    browser.set_window_size(width, min(max(height, 600), 1800))
    browser.execute_script("window.scrollTo(0, 0);")
    if hover is not None:
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseenter'));", hover)
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(Path(SHOTS) / f"{name}.png"))
    browser.set_window_size(1280, 900)


def wait_for(browser: Any, selector: str, *, seconds: float = 180) -> None:
    """Until the page that a click opened shows ``selector`` (coding the first text loads
    the pipeline, hence the long wait)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, seconds).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, selector))
    )


def lit_texts(browser: Any) -> set[str]:
    from selenium.webdriver.common.by import By

    return {mark.text for mark in browser.find_elements(By.CSS_SELECTOR, "mark.lit")}


def test_paste_the_seed_article_and_see_the_vietnam_meeting(browser: Any, server: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(f"{server}/")
    text = browser.find_element(By.ID, "text")
    text.send_keys("x")  # typed, then the whole article pasted in one go
    browser.execute_script("arguments[0].value = arguments[1];", text,
                           SEED.read_text(encoding="utf-8"))  # fmt: skip
    Select(browser.find_element(By.ID, "lang")).select_by_value("de")
    browser.execute_script("document.getElementById('date').value = '2019-02-06';")
    browser.find_element(By.ID, "code-button").click()
    wait_for(browser, "#events-table")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tr[data-event]")
    meeting = [row for row in rows if "036" in row.text and "Vietnam" in row.text
               and "treffen" in row.text]  # fmt: skip
    assert meeting, [row.text for row in rows]
    assert "USAGOV" in meeting[0].text and "PRKGOV" in meeting[0].text
    assert "intended" in meeting[0].text and "verbs/de.v1.tsv:" in meeting[0].text
    assert lit_texts(browser) == set()
    ActionChains(browser).move_to_element(meeting[0]).perform()
    lit = lit_texts(browser)
    assert {"treffen", "Vietnam", "am 27. und 28. Februar", "Kim"} <= lit, lit
    assert "lit" in meeting[0].get_attribute("class")
    shoot(browser, "code", hover=meeting[0])


def test_a_chosen_file_fills_the_text_box(browser: Any, server: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server}/")
    browser.find_element(By.ID, "file").send_keys(str(SEED))
    text = browser.find_element(By.ID, "text")
    WebDriverWait(browser, 10).until(lambda _: text.get_attribute("value"))
    assert text.get_attribute("value") == SEED.read_text(encoding="utf-8")


def test_timeline_bar_leads_to_events_and_an_article(browser: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/timeline?dyad=USA-PRK")
    shoot(browser, "timeline")
    browser.find_element(By.CSS_SELECTOR, 'a.bar[data-period="2019-02"] rect').click()
    wait_for(browser, "table.events")
    assert "period=2019-02" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert rows and all("2019-02" in row.text for row in rows)
    shoot(browser, "events")
    browser.find_element(By.CSS_SELECTOR, "a.article-link").click()
    wait_for(browser, "#article-text")
    assert browser.current_url.endswith(f"/articles/{SEED_ID}")
    assert browser.find_element(By.TAG_NAME, "h1").text == SEED_ID
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text mark.trigger")
    shoot(browser, "article")


def test_network_and_articles_pages_show(browser: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/network")
    labels = {node.text for node in browser.find_elements(By.CSS_SELECTOR, "a.node text")}
    assert {"USA", "PRK"} <= labels
    shoot(browser, "network")
    browser.get(f"{server}/articles")
    assert browser.find_element(By.LINK_TEXT, SEED_ID)
    shoot(browser, "articles")


def test_api_docs_render_offline(browser: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/docs")
    wait_for(browser, "#operations-api-code_code_post", seconds=30)
    paths = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert {"/code", "/events", "/timeline"} <= paths
    shoot(browser, "api-docs")


@pytest.mark.parametrize("path", ["/", "/events", f"/articles/{SEED_ID}", "/timeline", "/network"])
def test_pages_fit_a_narrow_window(browser: Any, server: str, path: str) -> None:
    # a phone's viewport (headless Chromium's windows are at least 500 px wide)
    phone = {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", phone)
    try:
        browser.get(f"{server}{path}")
        sizes = browser.execute_script(
            "return [window.innerWidth, document.documentElement.scrollWidth]"
        )
        assert sizes[0] == 375
        assert sizes[1] <= sizes[0], f"{path} is {sizes[1]} px wide in a {sizes[0]} px window"
        if path == "/events" and SHOTS:
            browser.save_screenshot(str(Path(SHOTS) / "events-narrow.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

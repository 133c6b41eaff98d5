import pytest

from chronik.language import LanguageIdentifier


@pytest.fixture(scope="module")
def identifier():
    return LanguageIdentifier()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die USA und Nordkorea verhandeln derzeit über konkrete Schritte.", "de"),
        ("The United States and North Korea are negotiating concrete steps.", "en"),
        ("Les États-Unis et la Corée du Nord négocient des mesures concrètes.", "fr"),
    ],
)
def test_identify_names_the_language_even_when_unsupported(identifier, text, lang):
    assert identifier.identify(text) == lang

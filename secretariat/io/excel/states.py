"""Names of recommending States as OHCHR writes them.

Used to tell a trailing "(Portugal)" (a recommending State) from a trailing
"(OP-CAT)" or "(Paris Principles)" (part of the recommendation text).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

UN_STATES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda",
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
    "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan",
    "Bolivia (Plurinational State of)", "Bosnia and Herzegovina", "Botswana", "Brazil",
    "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia",
    "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
    "Czechia", "Democratic People's Republic of Korea", "Democratic Republic of the Congo",
    "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
    "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq",
    "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
    "Kiribati", "Kuwait", "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia",
    "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
    "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru",
    "Nepal", "Netherlands", "Netherlands (Kingdom of the)", "New Zealand", "Nicaragua",
    "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Republic of Korea", "Republic of Moldova", "Romania", "Russian Federation", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
    "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia",
    "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands",
    "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
    "Sweden", "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand",
    "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye",
    "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
    "Holy See", "State of Palestine",
    # Names used in earlier cycles' documents.
    "Turkey", "Czech Republic", "Swaziland", "Cape Verde",
    "The former Yugoslav Republic of Macedonia", "Sovereign Order of Malta",
)

#: Words that never occur in a State's name but often in a trailing parenthesis of
#: recommendation text ("(Paris Principles)", "(Istanbul Convention)").
NOT_STATE_WORDS = re.compile(
    r"\b(convention|covenant|protocol|optional|declaration|charter|statute|treaty|"
    r"principles?|rules|guidelines|standards|goals?|agenda|committee|council|commission|"
    r"office|ombudsman|ombudsperson|law|laws|act|code|plan|programme|program|strategy|"
    r"institution|mechanism|procedure|rapporteur|organization|organisation|fund|"
    r"nations|article|articles|paragraph|recommendation|resolution|see|e\.g|i\.e)\b",
    re.IGNORECASE,
)
_LOWERCASE_NAME_WORDS = {"of", "the", "and", "da", "de", "del", "d'ivoire", "d’ivoire"}


@lru_cache(maxsize=8192)
def state_key(name: str) -> str:
    """Comparison key: no accents, no punctuation, casefolded ("Côte d’Ivoire")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", letters.casefold()).split())


_KNOWN = {state_key(name): name for name in UN_STATES}


@lru_cache(maxsize=8192)
def canonical_state(name: str) -> str | None:
    """The list spelling of a known State, or None."""
    return _KNOWN.get(state_key(name))


def is_known_state(name: str) -> bool:
    return state_key(name) in _KNOWN


@lru_cache(maxsize=8192)
def looks_like_state(name: str) -> bool:
    """A known State, or a capitalised name that could be one (a typo, a new name).

    Acronyms ("OP-CAT", "CEDAW"), anything with digits and treaty vocabulary are
    rejected so they stay in the recommendation text.
    """
    name = name.strip()
    if not name:
        return False
    if len(name) > 80 or any(ch.isdigit() for ch in name):
        return False  # checked first: cheap, and no State's name has digits
    if is_known_state(name):
        return True
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or all(ch.isupper() for ch in letters):
        return False
    if NOT_STATE_WORDS.search(name):
        return False
    words = re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", name)
    if not words or len(words) > 10:
        return False
    if re.search(r"[^\w\s'’\-(),.]", name):
        return False
    return all(word[0].isupper() or word.casefold() in _LOWERCASE_NAME_WORDS for word in words)

"""Which outlet published a piece, from a domain, an email address or a company name."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Known domains -> the outlet name readers recognise. Matched on the domain or any parent of it.
KNOWN_DOMAINS: dict[str, str] = {
    "metro.co.uk": "Metro",
    "bloomberg.com": "Bloomberg",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "cnn.com": "CNN",
    "dailymail.co.uk": "Daily Mail",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "ft.com": "Financial Times",
    "wsj.com": "The Wall Street Journal",
    "aljazeera.com": "Al Jazeera",
    "npr.org": "NPR",
    "foxnews.com": "Fox News",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "sky.com": "Sky News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "politico.com": "Politico",
    "politico.eu": "Politico",
    "axios.com": "Axios",
    "yna.co.kr": "Yonhap",
    "yonhapnews.co.kr": "Yonhap",
    "afp.com": "AFP",
}

# Company names as they appear in copyright lines and datelines -> outlet name.
KNOWN_NAMES: dict[str, str] = {
    "bloomberg": "Bloomberg",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "bbc": "BBC",
    "cnn": "CNN",
    "cable news network": "CNN",
    "yonhap": "Yonhap",
    "yonhap news agency": "Yonhap",
    "metro": "Metro",
    "associated newspapers": "Daily Mail",
    "guardian news & media": "The Guardian",
    "guardian news and media": "The Guardian",
    "the new york times company": "The New York Times",
    "the new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "financial times": "Financial Times",
    "the financial times": "Financial Times",
    "dow jones & company": "The Wall Street Journal",
    "al jazeera": "Al Jazeera",
    "npr": "NPR",
    "fox news": "Fox News",
    "fox news network": "Fox News",
    "politico": "Politico",
    "axios": "Axios",
    "axios media": "Axios",
    "sky news": "Sky News",
    "sky uk": "Sky News",
}

# Syndicators and wire distributors: they pass a story on, they are not its outlet.
SYNDICATORS = {
    "tribune content agency", "tribune news service", "tribune media services",
    "newsbank", "newsbreak", "yahoo", "msn", "google news", "apple news",
}

# Mail providers: an address there says nothing about the outlet.
_FREE_MAIL = {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "icloud", "aol", "proton", "protonmail"}

# Two-part public suffixes, so "metro.co.uk" has second-level label "metro", not "co".
_TWO_PART_SUFFIXES = {
    "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp",
    "co.kr", "or.kr", "co.in", "com.br", "com.sg", "com.hk", "co.za", "com.cn", "go.com",
}
_CORPORATE_SUFFIX = re.compile(
    r"[\s,]+(?:L\.?\s?P\.?|L\.?L\.?C\.?|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|plc|PLC|Co\.?|GmbH|S\.?A\.?)\s*$"
)


def outlet_from_domain(domain: str, *, fallback: bool = True) -> str | None:
    """Outlet for a host name or email domain. Unknown domains give the title-cased
    second-level label ("example-news.com" -> "Example News") when fallback is set."""
    domain = domain.strip().lower().rstrip(".")
    if domain.startswith("www."):
        domain = domain[4:]
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in KNOWN_DOMAINS:
            return KNOWN_DOMAINS[candidate]
    if not fallback or len(labels) < 2 or not all(labels):
        return None
    if domain in ("localhost",) or all(part.isdigit() for part in labels):
        return None  # an IP address or local host names nobody
    suffix_len = 2 if ".".join(labels[-2:]) in _TWO_PART_SUFFIXES and len(labels) >= 3 else 1
    label = labels[-suffix_len - 1]
    if label in _FREE_MAIL or label in SYNDICATORS:
        return None
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", label) if part) or None


def outlet_from_url(url: str | None, *, fallback: bool = True) -> str | None:
    """Outlet for a page URL, from its host (see outlet_from_domain)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return outlet_from_domain(host, fallback=fallback) if host else None


def outlet_from_name(name: str) -> str | None:
    """Outlet for a company / site name ("Bloomberg L.P." -> "Bloomberg"). Syndicators give None;
    unknown names are returned tidied, since a copyright holder usually is the publisher."""
    name = name.strip().strip(".,;:").strip()
    while True:
        stripped = _CORPORATE_SUFFIX.sub("", name).strip().strip(",").strip()
        if stripped == name:
            break
        name = stripped
    key = name.casefold()
    if not key or key in SYNDICATORS:
        return None
    if key in KNOWN_NAMES:
        return KNOWN_NAMES[key]
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", key):  # a site name that is really a domain
        return outlet_from_domain(key)
    return name

"""Word lists that tell places and peoples from other names in news: nationality and faith
adjectives, countries and US states (wider than a city), big cities, multi-word places and the
dotted US state codes. Enough of a gazetteer for news; not a geography."""

from __future__ import annotations

import re

# Nationality and faith adjectives: in "which English city" or "the Catholic priest" they qualify
# the answer; an article can answer without repeating them.
DEMONYMS = frozenset("""
afghan african albanian algerian american anglican arab arabian argentine argentinian armenian asian
australian austrian belgian bolivian brazilian british bulgarian burmese cambodian canadian catholic
chilean chinese christian colombian croatian cuban czech danish dutch egyptian english ethiopian
european filipino finnish french georgian german greek haitian hindu hungarian indian indonesian iranian
iraqi irish islamic israeli italian jamaican japanese jewish jordanian kenyan korean kurdish lebanese
libyan malaysian mexican moroccan muslim nigerian norwegian pakistani palestinian peruvian polish
portuguese protestant romanian russian saudi scottish serbian sikh somali spanish sudanese swedish
swiss syrian taiwanese thai tunisian turkish ukrainian venezuelan vietnamese welsh yemeni
""".split())
# Enough of a gazetteer to tell places from people in news: countries, US states, big cities, regions.
# First the countries, regions and US states: wider than a city (so not Washington or Singapore).
WIDE_PLACES = frozenset("""
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus
belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba
cyprus czech denmark ecuador egypt england estonia ethiopia europe finland france georgia germany ghana
greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
japan jordan kazakhstan kenya korea kosovo kuwait laos latvia lebanon liberia libya lithuania malaysia
mali mexico moldova mongolia morocco myanmar nepal netherlands nicaragua niger nigeria norway pakistan
palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal
serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand
tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe africa asia
america britain u.s. u.k. u.s u.k us uk usa alabama alaska arizona arkansas california colorado connecticut
delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
""".split()) | {"south korea", "north korea", "united states",
                                             "united kingdom", "saudi arabia", "new zealand", "south africa"}
PLACES = WIDE_PLACES | frozenset("""
washington singapore london paris berlin
moscow beijing tokyo seoul pyongyang delhi mumbai baghdad kabul tehran jerusalem gaza cairo istanbul
madrid rome dublin brussels geneva kyiv kiev sydney toronto chicago boston atlanta houston dallas miami
denver seattle phoenix detroit baltimore philadelphia manchester liverpool glasgow edinburgh benghazi
damascus aleppo mosul beirut riyadh dubai doha shanghai manila jakarta bangkok karachi
islamabad lagos nairobi johannesburg havana caracas ottawa vancouver montreal orlando charlottesville
ferguson minneapolis portland brooklyn manhattan harlem hollywood louisville charleston
""".split())
MULTIWORD_PLACES = {"hong kong", "united states", "united kingdom", "soviet union", "middle east", "new york", "los angeles",
                    "san francisco", "new zealand", "south africa", "saudi arabia", "north korea",
                    "south korea", "gaza strip", "west bank", "capitol hill", "united arab emirates"}
# "Chappaqua, N.Y.", "Washington, D.C.": a dotted state code is a place, not an organisation.
STATE_CODES = set("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh "
                  "ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc".split())


# AP-style abbreviations of US states, as news writes them after a city or a party ("Pittsburg,
# Calif.", "Sen. Tim Scott, R-S.C.", "R-TX"): a question's "California" is in the article that only
# abbreviates it. One row per state: name, AP abbreviation ("-" where AP writes it out), postal code.
_STATES = """
alabama Ala AL|alaska - AK|arizona Ariz AZ|arkansas Ark AR|california Calif CA|colorado Colo CO|connecticut Conn CT|
delaware Del DE|florida Fla FL|georgia Ga GA|hawaii - HI|idaho - ID|illinois Ill IL|indiana Ind IN|iowa - IA|
kansas Kan KS|kentucky Ky KY|louisiana La LA|maine - ME|maryland Md MD|massachusetts Mass MA|michigan Mich MI|
minnesota Minn MN|mississippi Miss MS|missouri Mo MO|montana Mont MT|nebraska Neb NE|nevada Nev NV|
new_hampshire N.H NH|new_jersey N.J NJ|new_mexico N.M NM|new_york N.Y NY|north_carolina N.C NC|north_dakota N.D ND|
ohio - OH|oklahoma Okla OK|oregon Ore OR|pennsylvania Pa PA|rhode_island R.I RI|south_carolina S.C SC|
south_dakota S.D SD|tennessee Tenn TN|texas - TX|utah - UT|vermont Vt VT|virginia Va VA|washington Wash WA|
west_virginia W.Va WV|wisconsin Wis WI|wyoming Wyo WY|district_of_columbia D.C -"""
_ROWS = [row.split() for row in _STATES.replace("\n", "").split("|")]
STATE_ABBREVIATIONS = {ap: name.replace("_", " ") for name, ap, _ in _ROWS if ap != "-"}
POSTAL_STATES = {code: name.replace("_", " ") for name, _, code in _ROWS if code != "-"}
US_STATES = frozenset(name.replace("_", " ") for name, _, _ in _ROWS)

_ABBREVIATED = re.compile(r"(?:,\s*|\b[RDI]-)(" + "|".join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
                          + r")\.|\b[RDI]-(" + "|".join(POSTAL_STATES) + r")\b")


def abbreviated_states(text: str) -> set[str]:
    """The US states a text names only by abbreviation, after a city or a party ("Bedminster, N.J.",
    "John Cornyn, R-TX"): their full names, lower case."""
    return {STATE_ABBREVIATIONS.get(m.group(1)) or POSTAL_STATES[m.group(2)] for m in _ABBREVIATED.finditer(text)}

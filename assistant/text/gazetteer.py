"""Word lists that tell places and peoples from other names in news: nationality and faith
adjectives, countries and US states (wider than a city), big cities, multi-word places and the
dotted US state codes. Enough of a gazetteer for news; not a geography."""

from __future__ import annotations

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

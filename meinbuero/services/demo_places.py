"""Real German cities for the demo company: postcode range, area code (Vorwahl) and state.

Faker's de_DE postcodes, cities and area codes do not belong together, so a demo address made
from them would fail any plausibility check; these do. Postcodes are drawn from ``postcode_first``
to ``postcode_last``, the range the city's own delivery districts lie in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A city with the numbers that must match its addresses and phone numbers."""

    city: str
    postcode_first: int
    postcode_last: int
    # With the leading zero, as written in Germany: "0221".
    area_code: str
    # The Bundesland as python-stdnum's ``stnr`` module names it (tax number formats).
    state: str
    # Inhabitants in thousands (rounded), so that big cities get more customers.
    population: int

    def postcode(self, number: int) -> str:
        """A postcode of this city, with the leading zero of eastern ones ("01067")."""
        return f"{number:05d}"


PLACES: tuple[Place, ...] = (
    Place("Berlin", 10115, 14199, "030", "Berlin", 3755),
    Place("Hamburg", 20095, 22769, "040", "Hamburg", 1890),
    Place("München", 80331, 81929, "089", "Bayern", 1510),
    Place("Köln", 50667, 51149, "0221", "Nordrhein-Westfalen", 1085),
    Place("Frankfurt am Main", 60306, 60599, "069", "Hessen", 775),
    Place("Stuttgart", 70173, 70619, "0711", "Baden-Württemberg", 630),
    Place("Düsseldorf", 40210, 40629, "0211", "Nordrhein-Westfalen", 630),
    Place("Leipzig", 4103, 4357, "0341", "Sachsen", 620),
    Place("Dortmund", 44135, 44388, "0231", "Nordrhein-Westfalen", 595),
    Place("Essen", 45127, 45359, "0201", "Nordrhein-Westfalen", 585),
    Place("Bremen", 28195, 28779, "0421", "Bremen", 570),
    Place("Dresden", 1067, 1328, "0351", "Sachsen", 565),
    Place("Hannover", 30159, 30669, "0511", "Niedersachsen", 545),
    Place("Nürnberg", 90402, 90491, "0911", "Bayern", 525),
    Place("Duisburg", 47051, 47279, "0203", "Nordrhein-Westfalen", 500),
    Place("Bochum", 44787, 44894, "0234", "Nordrhein-Westfalen", 365),
    Place("Wuppertal", 42103, 42399, "0202", "Nordrhein-Westfalen", 355),
    Place("Bielefeld", 33602, 33739, "0521", "Nordrhein-Westfalen", 335),
    Place("Bonn", 53111, 53229, "0228", "Nordrhein-Westfalen", 335),
    Place("Münster", 48143, 48167, "0251", "Nordrhein-Westfalen", 320),
    Place("Mannheim", 68159, 68309, "0621", "Baden-Württemberg", 315),
    Place("Karlsruhe", 76131, 76229, "0721", "Baden-Württemberg", 310),
    Place("Augsburg", 86150, 86199, "0821", "Bayern", 300),
    Place("Wiesbaden", 65183, 65207, "0611", "Hessen", 280),
    Place("Mönchengladbach", 41061, 41239, "02161", "Nordrhein-Westfalen", 265),
    Place("Gelsenkirchen", 45879, 45899, "0209", "Nordrhein-Westfalen", 265),
    Place("Aachen", 52062, 52080, "0241", "Nordrhein-Westfalen", 250),
    Place("Braunschweig", 38100, 38126, "0531", "Niedersachsen", 250),
    Place("Chemnitz", 9111, 9247, "0371", "Sachsen", 250),
    Place("Kiel", 24103, 24159, "0431", "Schleswig-Holstein", 248),
    Place("Halle (Saale)", 6108, 6132, "0345", "Sachsen-Anhalt", 240),
    Place("Magdeburg", 39104, 39130, "0391", "Sachsen-Anhalt", 240),
    Place("Freiburg im Breisgau", 79098, 79117, "0761", "Baden-Württemberg", 237),
    Place("Krefeld", 47798, 47839, "02151", "Nordrhein-Westfalen", 228),
    Place("Mainz", 55116, 55131, "06131", "Rheinland-Pfalz", 220),
    Place("Lübeck", 23552, 23570, "0451", "Schleswig-Holstein", 218),
    Place("Erfurt", 99084, 99099, "0361", "Thüringen", 215),
    Place("Oberhausen", 46045, 46149, "0208", "Nordrhein-Westfalen", 210),
    Place("Rostock", 18055, 18147, "0381", "Mecklenburg-Vorpommern", 210),
    Place("Kassel", 34117, 34134, "0561", "Hessen", 202),
    Place("Hagen", 58089, 58135, "02331", "Nordrhein-Westfalen", 190),
    Place("Potsdam", 14467, 14482, "0331", "Brandenburg", 185),
    Place("Saarbrücken", 66111, 66133, "0681", "Saarland", 180),
    Place("Hamm", 59063, 59077, "02381", "Nordrhein-Westfalen", 180),
    Place("Ludwigshafen am Rhein", 67059, 67071, "0621", "Rheinland-Pfalz", 173),
    Place("Oldenburg", 26121, 26135, "0441", "Niedersachsen", 172),
    Place("Mülheim an der Ruhr", 45468, 45481, "0208", "Nordrhein-Westfalen", 171),
    Place("Osnabrück", 49074, 49090, "0541", "Niedersachsen", 166),
    Place("Leverkusen", 51371, 51381, "0214", "Nordrhein-Westfalen", 167),
    Place("Darmstadt", 64283, 64297, "06151", "Hessen", 162),
    Place("Heidelberg", 69115, 69126, "06221", "Baden-Württemberg", 160),
    Place("Solingen", 42651, 42719, "0212", "Nordrhein-Westfalen", 160),
    Place("Regensburg", 93047, 93059, "0941", "Bayern", 155),
    Place("Paderborn", 33098, 33106, "05251", "Nordrhein-Westfalen", 155),
    Place("Ingolstadt", 85049, 85057, "0841", "Bayern", 140),
    Place("Würzburg", 97070, 97084, "0931", "Bayern", 128),
    Place("Ulm", 89073, 89081, "0731", "Baden-Württemberg", 128),
    Place("Heilbronn", 74072, 74081, "07131", "Baden-Württemberg", 128),
    Place("Pforzheim", 75172, 75181, "07231", "Baden-Württemberg", 128),
    Place("Wolfsburg", 38440, 38448, "05361", "Niedersachsen", 125),
    Place("Göttingen", 37073, 37085, "0551", "Niedersachsen", 118),
    Place("Trier", 54290, 54296, "0651", "Rheinland-Pfalz", 111),
    Place("Jena", 7743, 7751, "03641", "Thüringen", 111),
    Place("Schwerin", 19053, 19063, "0385", "Mecklenburg-Vorpommern", 98),
    Place("Flensburg", 24937, 24944, "0461", "Schleswig-Holstein", 92),
    Place("Konstanz", 78462, 78467, "07531", "Baden-Württemberg", 86),
    Place("Bamberg", 96047, 96052, "0951", "Bayern", 78),
    Place("Lüneburg", 21335, 21339, "04131", "Niedersachsen", 78),
    Place("Rosenheim", 83022, 83026, "08031", "Bayern", 64),
    Place("Passau", 94032, 94036, "0851", "Bayern", 53),
)

# Where the demo company itself may sit: cities with a register court and tax office of their
# own, so that the Impressum data is consistent (Berlin's register court is Charlottenburg).
SEATS: dict[str, tuple[str, str]] = {
    "Köln": ("Amtsgericht Köln", "Finanzamt Köln-Mitte"),
    "München": ("Amtsgericht München", "Finanzamt München"),
    "Hamburg": ("Amtsgericht Hamburg", "Finanzamt Hamburg-Mitte"),
    "Berlin": ("Amtsgericht Charlottenburg", "Finanzamt für Körperschaften I"),
    "Frankfurt am Main": ("Amtsgericht Frankfurt am Main", "Finanzamt Frankfurt am Main III"),
    "Stuttgart": ("Amtsgericht Stuttgart", "Finanzamt Stuttgart-Körperschaften"),
    "Düsseldorf": ("Amtsgericht Düsseldorf", "Finanzamt Düsseldorf-Mitte"),
    "Leipzig": ("Amtsgericht Leipzig", "Finanzamt Leipzig I"),
    "Hannover": ("Amtsgericht Hannover", "Finanzamt Hannover-Nord"),
    "Nürnberg": ("Amtsgericht Nürnberg", "Finanzamt Nürnberg-Nord"),
}

# German banks by Bankleitzahl: nationwide ones for everybody, a city's savings bank for its
# people. All are in schwifty's bank registry, which gives their BIC and name.
NATIONWIDE_BANKS: tuple[str, ...] = (
    "37040044",  # Commerzbank
    "10070000",  # Deutsche Bank
    "50010517",  # ING
    "12030000",  # Deutsche Kreditbank
    "10010010",  # Postbank
    "43060967",  # GLS Gemeinschaftsbank
    "30020900",  # TARGOBANK
    "70020270",  # HypoVereinsbank
)

SAVINGS_BANKS: dict[str, str] = {
    "Berlin": "10050000",
    "Hamburg": "20050550",
    "München": "70150000",
    "Köln": "37050198",
    "Bonn": "37050198",
    "Frankfurt am Main": "50050201",
    "Stuttgart": "60050101",
    "Düsseldorf": "30050110",
    "Leipzig": "86055592",
    "Dortmund": "44050199",
    "Essen": "36050105",
    "Bremen": "29050101",
    "Dresden": "85050300",
    "Hannover": "25050180",
    "Nürnberg": "76050101",
    "Kiel": "21050170",
    "Freiburg im Breisgau": "68050101",
}

# German mobile prefixes (without the 0) that are in use.
MOBILE_PREFIXES: tuple[str, ...] = (
    "151",
    "152",
    "157",
    "160",
    "162",
    "163",
    "170",
    "171",
    "172",
    "173",
    "174",
    "175",
    "176",
    "177",
    "178",
    "179",
)

"""PDF reading: column order, hyphen rejoining, running headers and footers, headings, bad PDFs."""

from __future__ import annotations

_SECTIONS = [
    (
        None,
        [
            "Glaciers across the Pamir and Tien Shan ranges have lost roughly a quarter of their "
            "mass since the nineteen sixties, and the downstream consequences are becoming "
            "impossible to ignore for governments that depend on seasonal meltwater for "
            "irrigation and electricity generation.",
            "Agricultural communities in the Fergana valley report increasingly unpredictable "
            "flows, while hydropower operators upstream face pressure to release water during "
            "winter when demand for heating peaks.",
        ],
    ),
    (
        "Background",
        [
            "The Soviet-era allocation system was administratively centralised and compensated "
            "upstream republics with coal and gas deliveries. After independence those "
            "arrangements disintegrated, leaving a patchwork of bilateral understandings that "
            "are frequently renegotiated.",
            "Transboundary cooperation mechanisms exist on paper, yet their secretariats remain "
            "underfunded and politically marginalised, unable to enforce commitments or to share "
            "hydrological measurements in real time.",
            "Population growth compounds the problem. Urban demand in the lowland capitals has "
            "doubled within a generation, and aging canals lose nearly half of the water they "
            "carry before it reaches the fields it was meant to nourish.",
        ],
    ),
    (
        "Outlook",
        [
            "Unless the riparian states modernise irrigation infrastructure and agree on "
            "transparent data sharing, competition over shrinking supplies will intensify. "
            "International lenders could condition concessional financing on measurable "
            "improvements in water productivity.",
            "Regional leaders meeting in Tashkent next month have an opportunity to revitalise "
            "the interstate commission and to commission an independent assessment of reservoir "
            "operations, including the cascades on the Naryn and the Vakhsh.",
            "Donors should also fund automated gauging stations, publish the readings openly, "
            "and train a new generation of hydrologists who can translate measurements into "
            "negotiated seasonal schedules that all parties understand and accept.",
        ],
    ),
]

NEWSLETTER = _SECTIONS + [
    (f"{heading} {part}", paras)
    for part in ("in Detail", "Revisited")
    for heading, paras in _SECTIONS
    if heading
]

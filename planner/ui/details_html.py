"""Rich text for the details pane: a film's facts and a place's facts, with clickable sources."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from planner.core.catalog import Catalog
from planner.core.model import Film, Place
from planner.core.permits import DATASET_LICENCE, DATASET_NAME, DATASET_URL, Permit
from planner.ui.catalog_models import PRECISION_LABELS
from planner.ui.formatting import format_minutes

ACCESS_LABELS = {
    "public": "Public, free to walk in or by",
    "exterior-only": "Exterior only (seen from the street)",
    "ticketed": "Ticketed (entry fee or opening hours)",
    "private": "Private: not open to visitors",
}
CONFIDENCE_TEXT = {
    "confirmed": "confirmed by sources",
    "reported": "reported by a single source; not confirmed",
    "disputed": "disputed: sources disagree",
}


def _links(urls: list[str]) -> str:
    return " · ".join(f'<a href="{escape(u)}">{escape(_host(u))}</a>' for u in urls)


def _host(url: str) -> str:
    return url.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.")


PERMITS_SHOWN = 12


def film_html(film: Film, permits: Sequence[Permit] = ()) -> str:
    parts = [f"<h3>{escape(film.title)} ({film.year})</h3>"]
    if film.original_title and film.original_title != film.title:
        parts.append(f"<p><i>{escape(film.original_title)}</i></p>")
    parts.append(f"<p>{escape(film.premise)}</p>")
    credits = []
    if film.directors:
        credits.append(f"<b>Directed by</b> {escape(', '.join(film.directors))}")
    if film.cast:
        credits.append(f"<b>With</b> {escape(', '.join(film.cast))}")
    if credits:
        parts.append("<p>" + "<br>".join(credits) + "</p>")
    if film.filming_note:
        parts.append(f"<p><b>Where it was really filmed:</b> {escape(film.filming_note)}</p>")
    if film.sources:
        parts.append(f"<p><small>Sources: {_links(film.sources)}</small></p>")
    if permits:
        parts.append(permits_html(permits))
    return "\n".join(parts)


def permits_html(permits: Sequence[Permit]) -> str:
    """"Also filmed in Paris at": the City's permits for this title, kept apart from our own
    sourced places, with the dataset named. Their text is the city's, so it is escaped."""
    rows = "".join(f"<li>{escape(p.address or 'address not given')} "
                   f"({escape(p.start or str(p.year))}, {escape(p.kind or 'shoot')})</li>"
                   for p in permits[:PERMITS_SHOWN])
    more = len(permits) - PERMITS_SHOWN
    tail = f"<p>…and {more} more.</p>" if more > 0 else ""
    return (f"<p><b>Also filmed in Paris at</b> (outdoor filming permits of the City of Paris, "
            f"not checked by us):</p><ul>{rows}</ul>{tail}"
            f'<p><small>Source: <a href="{DATASET_URL}">{escape(DATASET_NAME)}</a>, '
            f"{escape(DATASET_LICENCE)}</small></p>")


def place_html(place: Place, catalog: Catalog) -> str:
    parts = [f"<h3>{escape(place.name)}</h3>"]
    address = place.address or place.town
    if place.town.casefold() not in address.casefold():
        address = f"{address}, {place.town}"
    parts.append(f"<p>{escape(address)}</p>")
    facts = [
        f"<b>Position:</b> {PRECISION_LABELS[place.precision]}",
        f"<b>Access:</b> {ACCESS_LABELS[place.access]}",
        f"<b>Suggested visit:</b> {format_minutes(place.visit_minutes)}",
    ]
    if place.opening_hours:
        source = (f" <small>({_links([place.opening_hours_source])})</small>"
                  if place.opening_hours_source else "")
        facts.append(f"<b>Opening hours:</b> {escape(place.opening_hours)}{source}")
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    parts.append("<p><b>Filmed here:</b></p><ul>")
    for appearance in catalog.appearances_at_place(place.id):
        film = catalog.films[appearance.film]
        episode = f" — {escape(appearance.episode)}" if appearance.episode else ""
        note = f" {escape(appearance.note)}" if appearance.note else ""
        parts.append(
            f"<li><b>{escape(film.title)}</b> ({film.year}){episode}: {escape(appearance.scene)}"
            f" <i>({CONFIDENCE_TEXT[appearance.confidence]})</i>{note}"
            f" <small>{_links(appearance.sources)}</small></li>"
        )
    parts.append("</ul>")
    if place.notes:
        parts.append(f"<p><small>{escape(place.notes)}</small></p>")
    parts.append(f"<p><small>Place sources: {_links(place.sources)}</small></p>")
    return "\n".join(parts)

"""Rich text for the details pane: a film's facts and a place's facts, with clickable sources."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from planner.core.areas import departements
from planner.core.catalog import Catalog
from planner.core.model import Film, Place
from planner.core.permits import DATASET_LICENCE, DATASET_NAME, DATASET_URL, Permit
from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.ui.area_labels import area_label
from planner.ui.catalog_models import precision_label
from planner.ui.formatting import format_minutes
from planner.ui.i18n import translate

ACCESS_LABELS = {
    "public": QT_TRANSLATE_NOOP("DetailsHtml", "Public, free to walk in or by"),
    "exterior-only": QT_TRANSLATE_NOOP("DetailsHtml", "Exterior only (seen from the street)"),
    "ticketed": QT_TRANSLATE_NOOP("DetailsHtml", "Ticketed (entry fee or opening hours)"),
    "private": QT_TRANSLATE_NOOP("DetailsHtml", "Private: not open to visitors"),
}
"""How a place can be visited, in English; shown through :func:`access_label`."""
CONFIDENCE_TEXT = {
    "confirmed": QT_TRANSLATE_NOOP("DetailsHtml", "confirmed by sources"),
    "reported": QT_TRANSLATE_NOOP("DetailsHtml", "reported by a single source; not confirmed"),
    "disputed": QT_TRANSLATE_NOOP("DetailsHtml", "disputed: sources disagree"),
}
NOT_YET_AUDITED = QT_TRANSLATE_NOOP("DetailsHtml",
                                    "{confidence}; not yet checked by a second reader")
"""Added to the confidence of a scene only its writer has read against its sources."""


def access_label(access: str) -> str:
    """How a place can be visited, in the window's language."""
    return translate("DetailsHtml", ACCESS_LABELS[access])


def _links(urls: Sequence[str]) -> str:
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
        credits.append(translate("DetailsHtml", "<b>Directed by</b> {names}").format(
            names=escape(", ".join(film.directors))))
    if film.cast:
        credits.append(translate("DetailsHtml", "<b>With</b> {names}").format(
            names=escape(", ".join(film.cast))))
    if credits:
        parts.append("<p>" + "<br>".join(credits) + "</p>")
    where_to_see = []
    if film.collection:
        where_to_see.append(translate("DetailsHtml", "<b>Part of</b> {collection}").format(
            collection=escape(film.collection)))
    if film.watch_on:
        where_to_see.append(translate("DetailsHtml", "<b>On</b> {channels}").format(
            channels=escape(", ".join(film.watch_on))))
    if where_to_see:
        parts.append("<p>" + "<br>".join(where_to_see) + "</p>")
    if film.filming_note:
        parts.append(translate("DetailsHtml", "<p><b>Where it was really filmed:</b> {note}</p>")
                     .format(note=escape(film.filming_note)))
    if film.sources:
        parts.append(translate("DetailsHtml", "<p><small>Sources: {links}</small></p>").format(
            links=_links(film.sources)))
    if permits:
        parts.append(permits_html(permits))
    return "\n".join(parts)


def permits_html(permits: Sequence[Permit]) -> str:
    """"Also filmed in Paris at": the City's permits for this title, kept apart from our own
    sourced places, with the dataset named. Their text is the city's, so it is escaped."""
    not_given = translate("DetailsHtml", "address not given")
    shoot = translate("DetailsHtml", "shoot")
    rows = "".join(f"<li>{escape(p.address or not_given)} "
                   f"({escape(p.start or str(p.year))}, {escape(p.kind or shoot)})</li>"
                   for p in permits[:PERMITS_SHOWN])
    more = len(permits) - PERMITS_SHOWN
    tail = translate("DetailsHtml", "<p>…and %n more.</p>", None, more) if more > 0 else ""
    return (translate("DetailsHtml", "<p><b>Also filmed in Paris at</b> (outdoor filming "
                      "permits of the City of Paris, not checked by us):</p>")
            + f"<ul>{rows}</ul>{tail}"
            + translate("DetailsHtml", "<p><small>Source: {dataset}, {licence}</small></p>")
            .format(dataset=f'<a href="{DATASET_URL}">{escape(DATASET_NAME)}</a>',
                    licence=escape(DATASET_LICENCE)))


def place_html(place: Place, catalog: Catalog) -> str:
    parts = [f"<h3>{escape(place.name)}</h3>"]
    address = place.address or place.town
    if place.town.casefold() not in address.casefold():
        address = f"{address}, {place.town}"
    parts.append(f"<p>{escape(address)}</p>")
    if place.aliases:
        parts.append(translate("DetailsHtml", "<p><i>Also called</i> {names}</p>").format(
            names=escape(", ".join(place.aliases))))
    where = [place.neighbourhood] if place.neighbourhood else []
    where += [departements()[place.departement].label, area_label(place.area)]
    facts = [
        translate("DetailsHtml", "<b>Where:</b> {where}").format(where=escape(" · ".join(where))),
        translate("DetailsHtml", "<b>Position:</b> {precision}").format(
            precision=precision_label(place.precision))
        + (f" <small>({_links([place.point_source])})</small>" if place.point_source else ""),
        translate("DetailsHtml", "<b>Access:</b> {access}").format(
            access=access_label(place.access)),
        translate("DetailsHtml", "<b>Suggested visit:</b> {duration}").format(
            duration=format_minutes(place.visit_minutes)),
    ]
    if place.opening_hours:
        source = (f" <small>({_links([place.opening_hours_source])})</small>"
                  if place.opening_hours_source else "")
        facts.append(translate("DetailsHtml", "<b>Opening hours:</b> {hours}").format(
            hours=escape(place.opening_hours)) + source)
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    parts.append(translate("DetailsHtml", "<p><b>Filmed here:</b></p>") + "<ul>")
    for appearance in catalog.appearances_at_place(place.id):
        film = catalog.films[appearance.film]
        episode = f" — {escape(appearance.episode)}" if appearance.episode else ""
        note = f" {escape(appearance.note)}" if appearance.note else ""
        confidence = translate("DetailsHtml", CONFIDENCE_TEXT[appearance.confidence])
        if appearance.audit is None:  # new entries wait for a reader who did not write them
            confidence = translate("DetailsHtml", NOT_YET_AUDITED).format(confidence=confidence)
        parts.append(
            f"<li><b>{escape(film.title)}</b> ({film.year}){episode}: {escape(appearance.scene)}"
            f" <i>({confidence})</i>{note}"
            f" <small>{_links(appearance.sources)}</small></li>"
        )
    parts.append("</ul>")
    if place.notes:
        parts.append(f"<p><small>{escape(place.notes)}</small></p>")
    parts.append(translate("DetailsHtml", "<p><small>Place sources: {links}</small></p>").format(
        links=_links(place.sources)))
    return "\n".join(parts)

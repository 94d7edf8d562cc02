package atlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import atlas.model.Account;
import atlas.model.Dataset;
import atlas.model.Place;
import atlas.model.Source;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;
import atlas.story.ShippedStories;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shipped record as a teacher would rely on it (see assets/data/README.md): every event is sourced on
 * the web, no source is a mirror, content farm, proxy or repost, publishers match their links, and no text shows
 * the project's internal wording. Reads the shipped files (classpath or assets folder), never the team's notes.
 */
class ShippedRecordTest {
    /**
     * Parts of host names never to be cited: content farms, machine-rewritten or proxied copies of Wikipedia and of
     * news articles, IPFS and CDN mirrors, CMS preview hosts, and reposts of agency reports (cite the agency).
     */
    static final List<String> DENIED_HOSTS = List.of(
            "spamchronicles.com", "pledgetimes.com", "generico.ru", "calendarz.com", "soft.lk", "wikisum.wiki",
            "pangea-cms.com", "ipfs", "global.ssl.fastly.net", "cloudfront.net", "wikimili.com", "theinfolist.com",
            "piglix.com", "perceptio", "kiwix", "cydlabs.com", "iiab.me", "outremer.quest", "uncensored-wiki",
            "frwiki.wiki", "qaz.wiki", "wiki7.org", "enwikipedia.net", "zxc.wiki", "710302.xyz", "lescigales.org",
            "pinocchiopedia", "oracleblog.org", "osmarks.net", "eudic.net", "nina.az", "datana.cloud", "wikijaa.ru",
            "wiki.x.io", "xcv.wiki", "clateway.com", "kidzsearch.com", "wiki.li", "bbabo.net", "news-pravda.com",
            "menafn.com", "actionvideo.ru", "infosekolah.net", "allinnet.info", "xebersaati.com", "wikiclassic.com",
            "sagapedia", "hmong.in.th", "en-academic.com", "liquisearch.com", "knowledgr.com", "qwe.wiki",
            "worddisk.com", "wordola.com", "docslib.org", "vdocuments", "fdocuments", "documents.pub", "studfile.net",
            "scribd.com", "proxy", "warsawpoint.com", "hyetert.org", "armenianclub.com", "politicallore.com",
            "tehelka.com", "girodivite.it", "kaaf.at", "topwar.ru", "uvaomos.news", "yerevanblog.am",
            "therootsofkarabakh.com", "iswnews.com", "almasdarnews.com", "tricksfast.com", "socialbites.ca",
            "txtreport.com", "webjosh.com", "newzino.com", "tradevae.com", "nashvernisazh.com", "forarmenians.com");

    /** Words of the team's working notes that must never reach students. */
    static final List<String> INTERNAL_WORDING = List.of("reference material", "reference notes", "in the reference",
            "not retrieved", "shared/reference", "events.tsv", "places.tsv", "corridor.md", "todo", "fixme", "tbd",
            "lorem ipsum");

    /** Publishers whose sources must link to their own site (label and link agree); "|" separates a publisher's hosts. */
    static final Map<String, String> OWN_SITE = Map.ofEntries(
            Map.entry("International Court of Justice", "icj-cij.org"), Map.entry("Wikipedia", "wikipedia.org"),
            Map.entry("Human Rights Watch", "hrw.org"), Map.entry("United Nations", "undocs.org"),
            Map.entry("OSCE", "osce.org"), Map.entry("Trend", "trend.az"), Map.entry("AzerNews", "azernews.az"),
            Map.entry("Armenpress", "armenpress.am"), Map.entry("OC Media", "oc-media.org"),
            Map.entry("JAMnews", "jam-news.net"), Map.entry("TASS", "tass.com"), Map.entry("Turan", "turan.az"),
            Map.entry("RFE/RL Armenian Service (azatutyun.am)", "azatutyun.am"),
            Map.entry("Office of the Prime Minister of Armenia (primeminister.am)", "primeminister.am"),
            Map.entry("Ministry of Foreign Affairs of Azerbaijan (mfa.gov.az)", "mfa.gov.az"),
            Map.entry("President of Azerbaijan (president.az)", "president.az"),
            Map.entry("Caucasian Knot", "caucasianknot|kavkaz-uzel.eu"), Map.entry("Public Radio of Armenia", "armradio.am"));

    private static Dataset shipped;
    private static List<Story> stories;

    @BeforeAll static void load() throws Exception {
        shipped = Datasets.loadShipped();
        stories = new ArrayList<>();
        for (String f : ShippedStories.FILES) stories.add(ShippedStories.load(f));
    }

    /** Every source of the record with where it is cited: places, events, accounts, timed features, story stops. */
    private static Map<String, List<Source>> allSources() {
        Map<String, List<Source>> out = new TreeMap<>();
        for (Place p : shipped.places()) out.put("place " + p.id(), p.sources());
        for (TimedEvent e : shipped.events()) {
            out.put("event " + e.id(), e.sources());
            for (Account a : e.accounts()) out.put("event " + e.id() + " / " + a.party(), a.sources());
        }
        for (TimedFeature f : shipped.features()) out.put("feature " + f.id(), f.sources());
        for (Story s : stories) for (Stop st : s.stops()) out.put("story " + s.title() + " / " + st.title(), st.sources());
        return out;
    }

    private static String host(String url) {
        String h = URI.create(url).getHost();
        return h == null ? "" : h.toLowerCase(Locale.ROOT);
    }

    @Test void every_event_has_a_source_with_a_web_address() {
        for (TimedEvent e : shipped.events()) {
            assertTrue(e.sources().stream().anyMatch(s -> s.url() != null && s.url().matches("https?://[^\\s/]+\\.[^\\s/]+.*")),
                    e.id() + " has no source with an http(s) URL");
        }
    }

    @Test void every_cited_link_is_a_web_address_on_a_real_host() {
        allSources().forEach((where, list) -> list.stream().filter(s -> s.url() != null).forEach(s -> {
            assertTrue(s.url().startsWith("https://") || s.url().startsWith("http://"), where + ": " + s.url());
            assertFalse(s.url().contains(" "), where + ": a space in " + s.url());
            String h = host(s.url());
            assertTrue(h.contains(".") && !h.endsWith("."), where + ": bad host '" + h + "' in " + s.url());
        }));
    }

    @Test void the_hosts_of_all_sources_are_listed_and_none_is_a_mirror_or_content_farm() {
        Map<String, Integer> hosts = new TreeMap<>();
        List<String> denied = new ArrayList<>();
        allSources().forEach((where, list) -> list.stream().filter(s -> s.url() != null).forEach(s -> {
            String h = host(s.url());
            hosts.merge(h, 1, Integer::sum);
            for (String bad : DENIED_HOSTS) if (h.contains(bad)) denied.add(where + ": " + s.url());
        }));
        StringBuilder list = new StringBuilder("Hosts cited by the shipped record (" + hosts.size() + "):\n");
        hosts.forEach((h, n) -> list.append(String.format("%5d  %s%n", n, h)));
        System.out.print(list);
        if (!denied.isEmpty()) fail("sources on denied hosts (cite the original instead):\n" + String.join("\n", denied));
    }

    @Test void primary_publishers_are_linked_to_their_own_sites() {
        allSources().forEach((where, list) -> list.forEach(s -> {
            String site = OWN_SITE.get(s.publisher());
            if (site != null && s.url() != null)
                assertTrue(java.util.Arrays.stream(site.split("\\|")).anyMatch(host(s.url())::contains),
                        where + ": '" + s.publisher() + "' links to " + s.url());
        }));
    }

    @Test void no_text_of_the_record_or_the_stories_shows_internal_wording() {
        Map<String, String> texts = new TreeMap<>();
        texts.put("dataset title", shipped.title());
        for (Place p : shipped.places()) texts.put("place " + p.id(), p.note());
        for (TimedEvent e : shipped.events()) {
            texts.put("event " + e.id(), e.title() + "\n" + e.summary());
            for (Account a : e.accounts()) texts.put("event " + e.id() + " / " + a.party(), a.party() + "\n" + a.statement());
        }
        for (TimedFeature f : shipped.features()) texts.put("feature " + f.id(), f.description());
        for (Story s : stories) {
            texts.put("story " + s.title(), s.title() + "\n" + s.description());
            for (Stop st : s.stops()) texts.put("story " + s.title() + " / " + st.title(), st.title() + "\n" + st.text() + "\n" + st.notes());
        }
        allSources().forEach((where, list) -> list.forEach(s -> texts.merge(where + " (sources)", s.title(), (a, b) -> a + "\n" + b)));
        texts.forEach((where, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String w : INTERNAL_WORDING)
                assertFalse(lower.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*"), where + " says '" + w + "': " + text);
        });
    }

    @Test void every_place_has_both_usages_and_contested_ones_differ_in_their_label() {
        for (Place p : shipped.places()) {
            assertFalse(p.names().armenian().isBlank(), p.id() + " has no Armenian usage");
            assertFalse(p.names().azerbaijani().isBlank(), p.id() + " has no Azerbaijani usage");
        }
        Place aghdam = shipped.place("aghdam").orElseThrow();
        assertEquals("Akna", aghdam.names().armenian());
    }

    @Test void the_base_map_labels_aghdam_with_its_armenian_usage_akna() throws Exception {
        try (InputStream in = Assets.standard().open("basemap/context/places.geojson")) {
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode aghdam = null;
            for (JsonNode f : root.get("features")) if ("Ağdam".equals(f.get("properties").path("name").asText())) aghdam = f.get("properties");
            assertTrue(aghdam != null, "Ağdam is on the base map");
            assertEquals("Akna", aghdam.get("name_hy_usage").asText());
            assertEquals("Akna / Ağdam", aghdam.get("label").asText());
        }
    }
}

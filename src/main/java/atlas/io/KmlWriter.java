package atlas.io;

import atlas.model.Dataset;
import atlas.model.DatePrecision;
import atlas.model.EventDate;
import atlas.model.LatLon;
import atlas.model.ReferenceFeature;
import atlas.model.TimedEvent;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes events as KML 2.2 for Google Earth: one Placemark per event with a {@code TimeStamp} (one date) or a
 * {@code TimeSpan} (first and last date, inclusive) at the date's precision ({@code 2022}, {@code 2022-08},
 * {@code 2022-08-03}, or a dateTime with the time of day), so Google Earth's time slider plays the file. Geometry is
 * a Point, LineString, Polygon or MultiGeometry, a {@code gx:Track} for a moving point, none without location. The
 * atlas's own fields (category, location status, sources, place) and the attributes go to {@code ExtendedData};
 * {@link KmlReader} reads the file back to the same events. Reference features are untimed Placemarks. Atomic; a
 * conversion streams ({@link #streaming}).
 */
public final class KmlWriter {
    static final String KML = "http://www.opengis.net/kml/2.2";
    static final String GX = "http://www.google.com/kml/ext/2.2";

    /** Writes the events (and the dataset's reference features) to {@code file} atomically. */
    public void write(Dataset d, List<TimedEvent> events, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(d, events, out));
    }

    /** Writes the KML document as UTF-8 to a stream (not closed). */
    public void write(Dataset d, List<TimedEvent> events, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buffered, "UTF-8");
            head(w, d.title());
            for (ReferenceFeature r : d.references()) placemark(w, r);
            for (TimedEvent e : events) placemark(w, e);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
        buffered.flush();
    }

    /**
     * Gets a writer of records as they are read (a streaming conversion, which keeps none of them). The document's
     * name comes first in KML and the title is known only at the end of the input, so the Placemarks go to a
     * temporary file first, and {@link RecordWriter#finish} writes the head, copies them and closes the document.
     */
    static RecordWriter streaming(OutputStream out) throws IOException { return new Streaming(out); }

    /** Writes the Placemarks of a streaming conversion to a temporary file, then the document to {@code out}. */
    private static final class Streaming extends RecordWriter {
        private final OutputStream out;
        private final Path body;
        private final OutputStream bodyOut;
        private final XMLStreamWriter w;

        Streaming(OutputStream out) throws IOException {
            this.out = out;
            body = java.nio.file.Files.createTempFile("corridor-atlas-kml-", ".part");
            body.toFile().deleteOnExit(); // also when the conversion is stopped (SIGTERM)
            try {
                bodyOut = new BufferedOutputStream(java.nio.file.Files.newOutputStream(body), 1 << 16);
                w = XMLOutputFactory.newFactory().createXMLStreamWriter(bodyOut, "UTF-8");
            } catch (IOException | XMLStreamException | RuntimeException e) {
                java.nio.file.Files.deleteIfExists(body);
                throw e instanceof IOException io ? io : new IOException("cannot write KML: " + e.getMessage(), e);
            }
        }

        @Override void writeReference(ReferenceFeature r) throws IOException {
            try { placemark(w, r); } catch (XMLStreamException e) { throw failed(e); }
        }

        @Override void writeEvent(TimedEvent e) throws IOException {
            try { placemark(w, e); } catch (XMLStreamException x) { throw failed(x); }
        }

        @Override void finish(String title) throws IOException {
            try {
                w.flush();
                w.close();
                bodyOut.close();
                java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
                XMLStreamWriter h = XMLOutputFactory.newFactory().createXMLStreamWriter(head, "UTF-8");
                head(h, title);
                h.flush();
                head.writeTo(out);
                java.nio.file.Files.copy(body, out);
                out.write("</Document>\n</kml>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }

        @Override void release() throws IOException {
            try {
                bodyOut.close();
            } finally {
                java.nio.file.Files.deleteIfExists(body);
            }
        }

        private static IOException failed(XMLStreamException e) { return new IOException("cannot write KML: " + e.getMessage(), e); }
    }

    /** Writes the document's head: the XML declaration, {@code <kml>} with its namespaces, {@code <Document>} and its name. */
    private static void head(XMLStreamWriter w, String title) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("kml");
        w.writeDefaultNamespace(KML);
        w.writeNamespace("gx", GX);
        w.writeCharacters("\n");
        w.writeStartElement("Document");
        text(w, "name", title);
        w.writeCharacters("\n");
    }

    /** Writes an untimed reference feature as a Placemark. */
    private static void placemark(XMLStreamWriter w, ReferenceFeature r) throws XMLStreamException {
        w.writeStartElement("Placemark");
        w.writeAttribute("id", r.id());
        text(w, "name", r.name());
        if (!r.description().isEmpty()) text(w, "description", r.description());
        data(w, r.attributes().asMap(), Map.of());
        geometry(w, r.geometry());
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    /** Writes an event as a Placemark with its TimeStamp or TimeSpan. */
    private static void placemark(XMLStreamWriter w, TimedEvent e) throws XMLStreamException {
        w.writeStartElement("Placemark");
        w.writeAttribute("id", e.id());
        text(w, "name", e.title());
        if (!e.summary().isEmpty()) text(w, "description", e.summary());
        if (e.end() == null) {
            w.writeStartElement("TimeStamp");
            text(w, "when", when(e.start()));
        } else {
            w.writeStartElement("TimeSpan");
            text(w, "begin", when(e.start()));
            text(w, "end", when(e.end()));
        }
        w.writeEndElement();
        Map<String, String> own = new java.util.LinkedHashMap<>();
        own.put("atlas:category", e.category().key());
        if (e.location() != atlas.model.CoordinateStatus.SOURCED)
            own.put("atlas:location", e.location().name().toLowerCase(Locale.ROOT));
        if (e.placeId() != null) own.put("atlas:place", e.placeId());
        if (!e.sources().isEmpty()) own.put("atlas:sources", EventJson.sources(e.sources()));
        data(w, e.attributes().asMap(), own);
        if (e.track() != null) {
            w.writeStartElement("gx", "Track", GX);
            for (java.time.Instant t : e.track().times()) text(w, "when", t.toString());
            for (LatLon p : e.track().positions()) {
                w.writeStartElement("gx", "coord", GX);
                w.writeCharacters(num(p.lon()) + " " + num(p.lat()));
                w.writeEndElement();
            }
            w.writeEndElement();
        } else if (e.geometry() != null) {
            geometry(w, e.geometry());
        } else if (e.point() != null) {
            w.writeStartElement("Point");
            text(w, "coordinates", num(e.point().lon()) + "," + num(e.point().lat()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    /** Gets a KML {@code when} value at the date's precision (a dateTime when the time of day is known). */
    static String when(EventDate d) {
        if (d.precision() == DatePrecision.DAY && d.timeOfDay() != null) return DatasetWriter.timestamp(d);
        return d.iso();
    }

    private static void data(XMLStreamWriter w, Map<String, String> attributes, Map<String, String> own) throws XMLStreamException {
        if (attributes.isEmpty() && own.isEmpty()) return;
        w.writeStartElement("ExtendedData");
        for (Map<String, String> m : List.of(own, attributes)) {
            for (Map.Entry<String, String> e : m.entrySet()) {
                w.writeStartElement("Data");
                w.writeAttribute("name", e.getKey());
                text(w, "value", e.getValue());
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private static void geometry(XMLStreamWriter w, Geometry g) throws XMLStreamException {
        if (g instanceof Point p) {
            w.writeStartElement("Point");
            text(w, "coordinates", coords(p.getCoordinates()));
            w.writeEndElement();
        } else if (g instanceof LineString l) {
            w.writeStartElement("LineString");
            text(w, "coordinates", coords(l.getCoordinates()));
            w.writeEndElement();
        } else if (g instanceof Polygon p) {
            w.writeStartElement("Polygon");
            w.writeStartElement("outerBoundaryIs");
            ring(w, p.getExteriorRing().getCoordinates());
            w.writeEndElement();
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                w.writeStartElement("innerBoundaryIs");
                ring(w, p.getInteriorRingN(i).getCoordinates());
                w.writeEndElement();
            }
            w.writeEndElement();
        } else {
            w.writeStartElement("MultiGeometry");
            for (int i = 0; i < g.getNumGeometries(); i++) geometry(w, g.getGeometryN(i));
            w.writeEndElement();
        }
    }

    private static void ring(XMLStreamWriter w, Coordinate[] cs) throws XMLStreamException {
        w.writeStartElement("LinearRing");
        text(w, "coordinates", coords(cs));
        w.writeEndElement();
    }

    private static String coords(Coordinate[] cs) {
        StringBuilder b = new StringBuilder();
        for (Coordinate c : cs) {
            if (b.length() > 0) b.append(' ');
            b.append(num(c.x)).append(',').append(num(c.y));
            if (!Double.isNaN(c.getZ())) b.append(',').append(num(c.getZ()));
        }
        return b.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }
}

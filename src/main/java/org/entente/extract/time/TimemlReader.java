package org.entente.extract.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TimeML file into a {@link TimemlDocument}. The creation date comes from
 * the TIMEX3 whose {@code functionInDocument} is {@code CREATION_TIME}, or else from
 * the text of the {@code DCT} element. Only the {@code TEXT} element's content
 * becomes the document text; its TIMEX3 elements become the gold annotations.
 */
public final class TimemlReader {

    private final XMLInputFactory factory;

    public TimemlReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * @throws TimemlException when the file is not well-formed or has no creation date;
     *                         the message names the file and, where known, the line
     */
    public TimemlDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return read(xml, file);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new TimemlException(file + (line > 0 ? ":" + line : "") + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Collects what one pass over the XML events finds. */
    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        final StringBuilder dctText = new StringBuilder();
        final StringBuilder docId = new StringBuilder();
        final List<TimemlDocument.Timex> timexes = new ArrayList<>();
        final Deque<String> open = new ArrayDeque<>();
        String creationValue;
        int inText;
        int timexStart = -1;
        String timexType;
        String timexValue;
    }

    private TimemlDocument read(XMLStreamReader xml, Path file) throws XMLStreamException {
        Collector c = new Collector();
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> startElement(xml, c);
                case XMLStreamConstants.END_ELEMENT -> endElement(xml, c);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        characters(xml.getText(), c);
                default -> { }
            }
        }
        String id = c.docId.toString().strip();
        return new TimemlDocument(id.isEmpty() ? file.getFileName().toString() : id,
                creationDate(c, file), c.text.toString(), c.timexes);
    }

    private static void startElement(XMLStreamReader xml, Collector c) {
        String name = xml.getLocalName();
        c.open.push(name);
        if (name.equals("TEXT")) {
            c.inText++;
        } else if (name.equals("TIMEX3")) {
            if ("CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument")) && c.creationValue == null) {
                c.creationValue = xml.getAttributeValue(null, "value");
            }
            if (c.inText > 0) {
                c.timexStart = c.text.length();
                c.timexType = xml.getAttributeValue(null, "type");
                c.timexValue = xml.getAttributeValue(null, "value");
            }
        }
    }

    private static void endElement(XMLStreamReader xml, Collector c) {
        String name = xml.getLocalName();
        c.open.pop();
        if (name.equals("TEXT")) {
            c.inText--;
        } else if (name.equals("TIMEX3") && c.timexStart >= 0) {
            if (c.text.length() > c.timexStart) {
                c.timexes.add(new TimemlDocument.Timex(c.timexStart, c.text.length(),
                        c.timexType == null ? "" : c.timexType, c.timexValue == null ? "" : c.timexValue));
            }
            c.timexStart = -1;
        }
    }

    private static void characters(String chars, Collector c) {
        if (c.inText > 0) {
            c.text.append(chars);
        } else if (c.open.contains("DCT")) {
            c.dctText.append(chars);
        } else if ("DOCID".equals(c.open.peek())) {
            c.docId.append(chars);
        }
    }

    private static LocalDate creationDate(Collector c, Path file) {
        String value = c.creationValue != null ? c.creationValue : c.dctText.toString().strip();
        if (value.isEmpty()) {
            throw new TimemlException(file + ": no document creation time (no TIMEX3 with "
                    + "functionInDocument=\"CREATION_TIME\" and no DCT element); add one or leave the file out");
        }
        String digits = value.length() >= 10 ? value.substring(0, 10) : value;
        try {
            if (digits.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
            return LocalDate.parse(digits);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new TimemlException(file + ": document creation time '" + value + "' is not a date like 1998-01-08");
        }
    }

    /** A TimeML file that cannot be used; the message says which and why. */
    public static final class TimemlException extends RuntimeException {
        public TimemlException(String message) {
            super(message);
        }

        public TimemlException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

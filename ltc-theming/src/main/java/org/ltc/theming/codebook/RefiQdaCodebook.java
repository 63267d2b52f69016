package org.ltc.theming.codebook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ltc.model.InvalidInputException;
import org.ltc.model.LtcException;
import org.ltc.model.io.TextFiles;
import org.ltc.model.knowledge.ThemeCategory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.ltc.model.io.InputFiles;

/**
 * Reads and writes codebooks as REFI-QDA codebook files ({@code .qdc}, namespace
 * {@code urn:QDA-XML:codebook:1.0}; REFI-QDA Standard 1.5, qdasoftware.org), the exchange format of NVivo,
 * ATLAS.ti, MAXQDA and QualCoder.
 *
 * <p>The mapping, chosen so that a file stays valid for those tools: each category becomes a top-level,
 * non-codable {@code <Code>} holding its codes; each code becomes a codable {@code <Code>} whose
 * {@code <Description>} carries its description and, on lines of their own, {@code ltc-id:},
 * {@code ltc-terms:} and {@code ltc-phrases:} (items separated by {@code ;}). The codebook's id, title and
 * source sit in the description of one {@code <Set>} that holds every code ({@code ltc-codebook:} and, last,
 * {@code ltc-source:}, which may span lines). GUIDs are name-based UUIDs of the
 * codebook and code ids, so exporting the same codebook twice gives the same file.
 *
 * <p>A codebook made by another tool reads too: every codable code becomes a code; its category is that of
 * the nearest enclosing code named like a category (a {@link ThemeCategory#DEFAULTS} id in any case, with
 * spaces for hyphens, e.g. "Concerns") or marked {@code ltc-category:}, else
 * uncategorised; without {@code ltc-terms:} its seed terms are the words of its name (and the name as a
 * phrase). Parsing refuses DOCTYPEs and external entities. Stateless and thread-safe.
 */
public final class RefiQdaCodebook {
    /** The REFI-QDA codebook namespace. */
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static final String ID = "ltc-id:";
    private static final String TERMS = "ltc-terms:";
    private static final String PHRASES = "ltc-phrases:";
    private static final String CATEGORY = "ltc-category:";
    private static final String SOURCE = "ltc-source:";
    private static final String CODEBOOK = "ltc-codebook:";

    private RefiQdaCodebook() {
    }

    // ------------------------------------------------------------------ writing

    /** The codebook as a {@code .qdc} document (UTF-8 XML text). */
    public static String write(Codebook book) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            x.writeStartDocument("utf-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("CodeBook");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("origin", "LTC SDK");
            x.writeCharacters("\n  ");
            x.writeStartElement("Codes");
            Map<ThemeCategory, List<Code>> byCategory = new LinkedHashMap<>();
            book.codes().forEach(c -> byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c));
            for (Map.Entry<ThemeCategory, List<Code>> e : byCategory.entrySet()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("Code");
                x.writeAttribute("guid", guid(book.id() + "/category/" + e.getKey().id()));
                x.writeAttribute("name", categoryName(e.getKey()));
                x.writeAttribute("isCodable", "false");
                x.writeCharacters("\n      ");
                element(x, "Description", CATEGORY + " " + e.getKey().id());
                for (Code c : e.getValue()) {
                    x.writeCharacters("\n      ");
                    x.writeStartElement("Code");
                    x.writeAttribute("guid", guid(book.id() + "/code/" + c.id()));
                    x.writeAttribute("name", c.label());
                    x.writeAttribute("isCodable", "true");
                    x.writeCharacters("\n        ");
                    StringBuilder d = new StringBuilder();
                    if (c.description() != null) {
                        d.append(c.description()).append('\n');
                    }
                    d.append(ID).append(' ').append(c.id());
                    if (!c.terms().isEmpty()) {
                        d.append('\n').append(TERMS).append(' ').append(String.join("; ", c.terms()));
                    }
                    if (!c.phrases().isEmpty()) {
                        d.append('\n').append(PHRASES).append(' ').append(String.join("; ", c.phrases()));
                    }
                    element(x, "Description", d.toString());
                    x.writeCharacters("\n      ");
                    x.writeEndElement();
                }
                x.writeCharacters("\n    ");
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeStartElement("Sets");
            x.writeCharacters("\n    ");
            x.writeStartElement("Set");
            x.writeAttribute("guid", guid(book.id() + "/set"));
            x.writeAttribute("name", book.title());
            x.writeCharacters("\n      ");
            element(x, "Description", CODEBOOK + " " + book.id()
                    + (book.source() == null ? "" : "\n" + SOURCE + " " + book.source()));
            for (Code c : book.codes()) {
                x.writeCharacters("\n      ");
                x.writeEmptyElement("MemberCode");
                x.writeAttribute("targetGUID", guid(book.id() + "/code/" + c.id()));
            }
            x.writeCharacters("\n    ");
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return text + "\n";
        } catch (XMLStreamException e) {
            throw new LtcException("could not write the codebook " + book.id() + " as REFI-QDA: " + e.getMessage(), e);
        }
    }

    /** Writes the codebook to a {@code .qdc} file, atomically. */
    public static void write(Codebook book, Path file) {
        TextFiles.writeAtomically(file, write(book));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static String guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String categoryName(ThemeCategory c) {
        String id = c.id().replace('-', ' ');
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    // ------------------------------------------------------------------ reading

    /** Reads a {@code .qdc} file. */
    public static Codebook read(Path file) {
        try (InputStream in = InputFiles.open(file, InputFiles.DEFAULT_MAX_TEXT_BYTES)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a {@code .qdc} document; {@code source} names it in error messages and gives a default id. */
    public static Codebook read(InputStream in, String source) {
        Document doc = parse(in, source);
        Element root = doc.getDocumentElement();
        if (!"CodeBook".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new InvalidInputException(source, "/" + root.getNodeName(), "CodeBook", root.getNodeName(),
                    "must be a REFI-QDA <CodeBook> in namespace " + NAMESPACE);
        }
        String id = null;
        String title = null;
        String bookSource = null;
        for (Element sets : children(root, "Sets")) {
            for (Element set : children(sets, "Set")) {
                String d = description(set);
                String found = line(d, CODEBOOK);
                if (found != null && id == null) {
                    id = found;
                    title = set.getAttribute("name");
                    int at = d.indexOf(SOURCE);
                    bookSource = at < 0 ? null : d.substring(at + SOURCE.length()).strip();
                }
            }
        }
        if (id == null) {
            String base = Path.of(source).getFileName().toString().replaceFirst("\\.[^.]*$", "");
            id = slug(base.isBlank() ? "imported" : base);
            title = "Codebook imported from " + Path.of(source).getFileName();
        }
        List<Code> codes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element codesEl : children(root, "Codes")) {
            for (Element code : children(codesEl, "Code")) {
                collect(code, ThemeCategory.UNCATEGORISED, codes, ids, source);
            }
        }
        try {
            return new Codebook(id, title == null || title.isBlank() ? id : title, bookSource, codes);
        } catch (InvalidInputException e) {
            throw e.at(source, null);
        }
    }

    private static void collect(Element el, ThemeCategory inherited, List<Code> out, Set<String> ids, String source) {
        String name = el.getAttribute("name");
        String d = description(el);
        ThemeCategory category = inherited;
        String marked = line(d, CATEGORY);
        if (marked != null) {
            category = category(marked, source);
        } else if (asCategory(name) != null) {
            category = asCategory(name);
        }
        if ("true".equals(el.getAttribute("isCodable")) && !name.isBlank()) {
            String id = line(d, ID);
            if (id == null) {
                id = slug(name);
            }
            String unique = id;
            for (int i = 2; !ids.add(unique); i++) {
                unique = id + "-" + i;
            }
            List<String> terms = items(line(d, TERMS));
            List<String> phrases = items(line(d, PHRASES));
            if (line(d, TERMS) == null && line(d, PHRASES) == null) {
                // A code from another tool: its name is its evidence.
                for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
                    if (w.length() > 2 && !terms.contains(w)) {
                        terms.add(w);
                    }
                }
                if (name.trim().contains(" ")) {
                    phrases.add(name.trim().toLowerCase(Locale.ROOT));
                }
                if (terms.isEmpty() && phrases.isEmpty()) {
                    terms.add(name.trim().toLowerCase(Locale.ROOT));
                }
            }
            String plain = plainDescription(d);
            try {
                out.add(new Code(unique, name, category, terms, phrases, plain));
            } catch (InvalidInputException e) {
                throw e.at(source, "Code '" + name + "'");
            }
        }
        for (Element child : children(el, "Code")) {
            collect(child, category, out, ids, source);
        }
    }

    private static ThemeCategory category(String id, String source) {
        try {
            return ThemeCategory.of(id.trim());
        } catch (InvalidInputException e) {
            throw e.at(source, CATEGORY);
        }
    }

    /** A category named by a grouping code: a default category's id or its display form. */
    private static ThemeCategory asCategory(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        for (ThemeCategory c : ThemeCategory.DEFAULTS) {
            if (c.id().equals(n)) {
                return c;
            }
        }
        return null;
    }

    private static List<String> items(String line) {
        List<String> out = new ArrayList<>();
        if (line != null) {
            for (String s : line.split(";")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private static String line(String description, String key) {
        for (String l : description.split("\n")) {
            if (l.trim().startsWith(key)) {
                String v = l.trim().substring(key.length()).trim();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String plainDescription(String description) {
        List<String> kept = new ArrayList<>();
        for (String l : description.split("\n")) {
            String t = l.trim();
            if (!t.startsWith("ltc-")) {
                kept.add(l);
            }
        }
        String s = String.join("\n", kept).strip();
        return s.isEmpty() ? null : s;
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            s = "code";
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String description(Element el) {
        for (Element d : children(el, "Description")) {
            return d.getTextContent();
        }
        return "";
    }

    private static List<Element> children(Element el, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // No DOCTYPE, no external entities: a codebook file must not reach out of the machine (XXE).
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in, source);
        } catch (SAXParseException e) {
            throw new InvalidInputException(source, "line " + e.getLineNumber(), null, null,
                    "is not a valid REFI-QDA codebook: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new InvalidInputException(source, null, null, null,
                    "is not a valid REFI-QDA codebook: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(source, null, null, null, "cannot be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new LtcException("the XML parser cannot be configured safely: " + e.getMessage(), e);
        }
    }

    /** Reads a {@code .qdc} document from text (for tests and hosts that hold it in memory). */
    public static Codebook read(String xml, String source) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source);
    }
}

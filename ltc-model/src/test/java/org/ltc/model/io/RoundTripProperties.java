package org.ltc.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ltc.model.testdata.ModelArbitraries;
import org.ltc.model.validation.DocumentValidator;
import org.ltc.model.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any valid model value survives JSON: through our codec, through a host's plain Jackson 2 {@code ObjectMapper}
 * (with the usual java.time module) and through a plain Jackson 3 {@code JsonMapper}; the three write the same
 * JSON (up to the nulls a plain mapper writes), the committed schema accepts it, and the document validator
 * agrees with the codec.
 */
class RoundTripProperties {
    private static final LtcJson LTC = LtcJson.defaults();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    private static final DocumentValidator VALIDATOR = DocumentValidator.create();

    @Provide
    Arbitrary<Object> documents() {
        return ModelArbitraries.anyDocument();
    }

    @Property(tries = 100)
    void ourCodecRoundTrips(@ForAll("documents") Object doc) {
        assertEquals(doc, LTC.read(LTC.write(doc), doc.getClass()));
    }

    @Property(tries = 100)
    void aPlainJackson2MapperRoundTrips(@ForAll("documents") Object doc) throws Exception {
        String json = JACKSON2.writeValueAsString(doc);
        assertEquals(doc, JACKSON2.readValue(json, doc.getClass()), json);
    }

    @Property(tries = 100)
    void aPlainJackson3MapperRoundTrips(@ForAll("documents") Object doc) {
        String json = JACKSON3.writeValueAsString(doc);
        assertEquals(doc, JACKSON3.readValue(json, doc.getClass()), json);
    }

    @Property(tries = 100)
    void theThreeMappersWriteTheSameJsonAndReadEachOther(@ForAll("documents") Object doc) throws Exception {
        // Compared as parsed text, so that a long written by one and an int read by another compare equal.
        JsonNode ours = LTC.mapper().readTree(LTC.mapper().writeValueAsString(doc));
        JsonNode j3 = withoutNulls(LTC.mapper().readTree(JACKSON3.writeValueAsString(doc)));
        JsonNode j2 = withoutNulls(LTC.mapper().readTree(JACKSON2.writeValueAsString(doc)));
        assertEquals(ours, j3);
        assertEquals(ours, j2);
        assertEquals(doc, JACKSON2.readValue(LTC.mapper().writeValueAsString(ours), doc.getClass()));
        assertEquals(doc, LTC.convert(LTC.mapper().readTree(JACKSON2.writeValueAsString(doc)), doc.getClass(), "j2", "/data"));
    }

    @Property(tries = 100)
    void theSchemaAcceptsWhatTheMappersWrite(@ForAll("documents") Object doc) throws Exception {
        DocumentKind kind = DocumentKind.byType(doc.getClass()).orElseThrow();
        assertEquals(List.of(), JsonSchemasTest.errors(kind, LTC.write(doc)));
        ObjectNode plain = LTC.envelope(doc);
        plain.set("data", LTC.mapper().readTree(JACKSON2.writeValueAsString(doc)));
        assertEquals(List.of(), JsonSchemasTest.errors(kind, plain.toString()), "Jackson 2 output, nulls and all");
    }

    @Property(tries = 100)
    void theValidatorAcceptsExactlyWhatTheCodecReads(@ForAll("documents") Object doc) {
        ValidationReport report = VALIDATOR.validate(LTC.write(doc), "generated.json");
        assertTrue(report.valid(), () -> report.errors().toString());
        assertEquals(doc, report.document());
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = LTC.mapper().createObjectNode();
            for (var e : node.properties()) {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = LTC.mapper().createArrayNode();
            node.forEach(n -> copy.add(withoutNulls(n)));
            return copy;
        }
        return node;
    }
}

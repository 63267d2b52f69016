package org.ltc.theming.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltc.model.InvalidInputException;
import org.ltc.model.knowledge.ThemeCategory;

class RefiQdaCodebookTest {
    @Test
    void theDefaultCodebookSurvivesARoundTripThroughAFile(@TempDir Path dir) {
        Codebook book = Codebook.defaults();
        Path file = dir.resolve("default.qdc");
        RefiQdaCodebook.write(book, file);
        assertEquals(book, RefiQdaCodebook.read(file));
    }

    @Test
    void theFileIsARefiQdaCodebookWithCategoriesAsGroupingCodes() {
        String xml = RefiQdaCodebook.write(Codebook.defaults());
        assertTrue(xml.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""), xml.substring(0, 200));
        assertTrue(xml.contains("name=\"Concerns\" isCodable=\"false\""));
        assertTrue(xml.contains("name=\"Roads and traffic\" isCodable=\"true\""));
        assertEquals(xml, RefiQdaCodebook.write(Codebook.defaults()), "the same codebook gives the same file");
    }

    @Test
    void aCodebookFromAnotherToolReads() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder">
                  <Codes>
                    <Code guid="1b3c6c7e-0000-4000-8000-000000000001" name="Concerns" isCodable="false">
                      <Code guid="1b3c6c7e-0000-4000-8000-000000000002" name="Public transit" isCodable="true">
                        <Description>Buses, trains and getting around without a car.</Description>
                      </Code>
                    </Code>
                    <Code guid="1b3c6c7e-0000-4000-8000-000000000003" name="Hope" isCodable="true" color="#ff0000"/>
                  </Codes>
                </CodeBook>
                """;
        Codebook book = RefiQdaCodebook.read(xml, "qualcoder-export.qdc");
        assertEquals("qualcoder-export", book.id());
        assertEquals(2, book.codes().size());
        Code transit = book.codes().get(0);
        assertEquals("public-transit", transit.id());
        assertEquals(ThemeCategory.CONCERNS, transit.category());
        assertEquals(List.of("public", "transit"), transit.terms());
        assertEquals(List.of("public transit"), transit.phrases());
        assertEquals("Buses, trains and getting around without a car.", transit.description());
        Code hope = book.codes().get(1);
        assertEquals(ThemeCategory.UNCATEGORISED, hope.category());
        assertNull(hope.description());
    }

    @Test
    void brokenXmlIsReportedWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RefiQdaCodebook.read(
                "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n</CodeBook>", "bad.qdc"));
        assertEquals("bad.qdc", e.source());
        assertEquals("line 3", e.location());
    }

    @Test
    void otherXmlIsNotACodebook() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RefiQdaCodebook.read("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>", "p.qde"));
        assertTrue(e.getMessage().contains("CodeBook"), e.getMessage());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
                <Code guid="g" name="&x;" isCodable="true"/></Codes></CodeBook>
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RefiQdaCodebook.read(xxe, "x.qdc"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}

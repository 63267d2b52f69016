package org.ltc.theming.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ltc.model.InvalidOptionsException;

class TextAnalyzerTest {
    @Test
    void englishStopWordsAndStemming() {
        TextAnalyzer a = new TextAnalyzer(TextAnalysisOptions.defaults());
        assertEquals(List.of("librari", "need", "longer", "hour"), a.terms("The libraries need longer hours!"));
        List<Token> tokens = a.tokens("The libraries need longer hours!", null);
        assertEquals("libraries", tokens.get(0).surface());
        assertFalse(tokens.get(0).adjacent());
        assertTrue(tokens.get(1).adjacent());
    }

    @Test
    void stopWordGapBreaksAdjacency() {
        TextAnalyzer a = new TextAnalyzer(TextAnalysisOptions.defaults());
        List<Token> tokens = a.tokens("lack of transit", null);
        assertEquals(List.of("lack", "transit"), tokens.stream().map(Token::term).toList());
        assertFalse(tokens.get(1).adjacent(), "a removed stop word sits between them");
    }

    @Test
    void punctuationBetweenWordsEndsAPhrase() {
        TextAnalyzer a = new TextAnalyzer(TextAnalysisOptions.defaults());
        List<Token> tokens = a.tokens("Longer park trails. Weekly clean-ups, bike/walk paths (downtown) \"please\"\n"
                + "youth-sports programs\u2014soon", null);
        List<String> joined = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).adjacent()) {
                joined.add(tokens.get(i - 1).surface() + " " + tokens.get(i).surface());
            }
        }
        // a hyphen or a slash joins words; a full stop, comma, bracket, quotation mark, line break or dash does not
        assertEquals(List.of("longer park", "park trails", "weekly clean", "clean ups", "bike walk", "walk paths",
                "youth sports", "sports programs"), joined);
    }

    @Test
    void optionsSwitchStepsOff() {
        TextAnalyzer a = new TextAnalyzer(TextAnalysisOptions.builder().stopWords(false).stemming(false).build());
        assertEquals(List.of("the", "libraries", "need", "longer", "hours"),
                a.terms("The libraries need longer hours!"));
    }

    @Test
    void spanishAndAutoDetection() {
        String es = "Las bibliotecas necesitan más horarios para los niños";
        assertEquals(Language.ES, TextAnalyzer.detect(es));
        assertEquals(Language.EN, TextAnalyzer.detect("We want the library to stay open"));
        TextAnalyzer auto = new TextAnalyzer(TextAnalysisOptions.builder().language(Language.AUTO).build());
        List<String> terms = auto.terms(es);
        assertFalse(terms.contains("las"), terms.toString());
        assertTrue(terms.contains("bibliotec"), terms.toString());
        // a note's language tag wins over detection
        assertTrue(auto.tokens("bibliotecas", "en").get(0).term().startsWith("bibliotec"));
    }

    @Test
    void threadSafe() throws Exception {
        TextAnalyzer a = new TextAnalyzer(TextAnalysisOptions.defaults());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("Residents " + i + " asked for safer crossings and better buses near school " + i);
        }
        List<List<String>> expected = texts.stream().map(a::terms).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<List<String>> out = new ArrayList<>();
                    List<String> shuffled = new ArrayList<>(texts);
                    Collections.reverse(shuffled);
                    shuffled.forEach(s -> out.add(a.terms(s)));
                    Collections.reverse(out);
                    return out;
                }));
            }
            for (Future<List<List<String>>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void optionsValidatedAndReadFromProperties() {
        assertThrows(InvalidOptionsException.class, () -> TextAnalysisOptions.builder().minDocumentFrequency(0).build());
        TextAnalysisOptions o = TextAnalysisOptions.defaults().withProperties("ltc.x.",
                java.util.Map.of("ltc.x.language", "es", "ltc.x.phrases", "false", "ltc.other", "1"));
        assertEquals(Language.ES, o.language());
        assertFalse(o.phrases());
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> TextAnalysisOptions.defaults()
                .withProperties("ltc.x.", java.util.Map.of("ltc.x.stemming", "maybe")));
        assertTrue(e.getMessage().contains("ltc.x.stemming"), e.getMessage());
        assertEquals("es", o.toProperties("p.").get("p.language"));
    }
}

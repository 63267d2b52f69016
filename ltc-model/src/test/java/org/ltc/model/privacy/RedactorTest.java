package org.ltc.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.conversation.Conversation;
import org.ltc.model.conversation.ConversationFormat;
import org.ltc.model.conversation.ConversationSet;
import org.ltc.model.conversation.Note;
import org.ltc.model.provenance.RedactionSummary;

class RedactorTest {
    private final Redactor redactor = Redactor.create(RedactionOptions.builder()
            .names(List.of("Maria Lopez", "Dave", "O'Brien")).build());

    @Test
    void aNoteWithAnEmailAPhoneAndAListedNameLosesAllThree() {
        Redacted<String> r = redactor.redact(
                "Ask Maria Lopez (maria.lopez@example.org, 270-555-0134) about the teen room, Dave said.");
        assertEquals("Ask [name] ([email], [phone]) about the teen room, [name] said.", r.value());
        assertEquals(1, r.count(RedactionKind.EMAIL));
        assertEquals(1, r.count(RedactionKind.PHONE));
        assertEquals(2, r.count(RedactionKind.NAME));
        assertEquals(1, r.summary().notesChanged());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(270) 555-0134", "270-555-0134", "270.555.0134", "270 555 0134", "2705550134",
            "+1 270 555 0134", "1-270-555-0134", "+1 (270) 555-0134", "555-0134", "270-555-0134 ext. 12",
            "+44 20 7946 0958", "+33 1 23 45 67 89", "0049 30 1234567", "+61 (2) 9876 5432"})
    void phoneNumbersInCommonFormsAreRedacted(String phone) {
        Redacted<String> r = redactor.redact("call " + phone + " tonight");
        assertEquals("call [phone] tonight", r.value(), phone);
        assertEquals(1, r.count(RedactionKind.PHONE));
    }

    @Test
    void aHouseNumberAfterATimeWordIsStillAnAddressButAYearIsNot() {
        assertEquals("It is dark by [address] at night.",
                redactor.redact("It is dark by 214 Elm Street at night.").value());
        assertEquals("We walked from [address] to the park.",
                redactor.redact("We walked from 9 Elm Rd to the park.").value());
        assertEquals("By 2019 Main Street had emptied.", redactor.redact("By 2019 Main Street had emptied.").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123 Main Street", "123 Main St.", "4500 North Martin Luther King Blvd",
            "12 Oak Ave, Apt 4B", "77 5th Avenue", "9 Elm Rd", "1600 Pennsylvania Avenue", "42 elm street",
            "221B Baker Street", "350 Fifth Ave Suite 300"})
    void streetAddressesAreRedacted(String address) {
        Redacted<String> r = redactor.redact("I live at " + address + " and walk.");
        assertEquals("I live at [address] and walk.", r.value(), address);
        assertEquals(1, r.count(RedactionKind.ADDRESS));
    }

    @Test
    void anAddressAfterAWordOfTimeIsStillAnAddressUnlessItsNumberIsAYear() {
        assertEquals("It is dark by [address] and people don't feel safe.",
                redactor.redact("It is dark by 214 Elm Street and people don't feel safe.").value());
        assertEquals("In 2019 Main Street flooded.", redactor.redact("In 2019 Main Street flooded.").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"In 2019 we had 3 people at the table.", "Main Street is busy on Saturdays.",
            "We need 24 more hours a week of opening.", "Route 66 is old.", "Teens aged 13-18 need a place.",
            "It cost $1,200,000 in 2020-2021.", "The meeting ran 10:30 to 12:15 on 12/05/2021.",
            "In 2019 Main Street flooded.", "About 40% of us came by 3 buses.", "Call 911 in an emergency.",
            "Annapolis and Davenport are cities.", "A 4 lane road split the East End.",
            "ZIP 42101-1234 covers 2 schools.", "We waited 20 minutes on the Road to Nowhere.",
            "Hope is what we need; the Obrien family is new."})
    void ordinaryTextIsNotRedacted(String text) {
        Redacted<String> r = redactor.redact(text);
        assertEquals(text, r.value());
        assertFalse(r.changed());
        assertEquals(RedactionSummary.none(), r.summary());
    }

    @Test
    void listedNamesMatchCaseInsensitivelyAsWholeWordsWithFlexibleSpaces() {
        Redacted<String> r = redactor.redact("MARIA   LOPEZ and dave met o'brien; Davenport stayed home. Dave's car.");
        assertEquals("[name] and [name] met [name]; Davenport stayed home. [name]'s car.", r.value());
        assertEquals(4, r.count(RedactionKind.NAME));
    }

    @Test
    void aLongerListedNameWinsOverItsFirstWord() {
        Redactor x = Redactor.create(RedactionOptions.builder().names(List.of("Mary", "Mary Ann Lee")).build());
        assertEquals("[name] spoke, then [name].", x.redact("Mary Ann Lee spoke, then Mary.").value());
    }

    @Test
    void tokensAreNotMatchedAgainAndCustomTokensAreUsed() {
        Redactor x = Redactor.create(RedactionOptions.builder().name("email").name("name")
                .token(RedactionKind.EMAIL, "<gone>").build());
        Redacted<String> r = x.redact("my email is jo@example.com");
        assertEquals("my [name] is <gone>", r.value());
        assertEquals(1, r.count(RedactionKind.NAME));
        assertEquals(1, r.count(RedactionKind.EMAIL));
    }

    @Test
    void aNoteThatWasOnlyPersonalDataKeepsAPlaceholder() {
        Redactor x = Redactor.create(RedactionOptions.builder().token(RedactionKind.EMAIL, "").build());
        assertEquals(Redactor.EMPTY_TEXT, x.redact("  jo@example.com ").value());
    }

    @Test
    void kindsCanBeTurnedOff() {
        Redactor x = Redactor.create(RedactionOptions.builder().emails(false).phones(false).addresses(false)
                .ssns(false).cards(false).profiles(false).birthDates(false).name("Dave").listedNames(false).build());
        String text = "Dave, jo@example.com, 270-555-0134, 12 Oak Ave";
        assertEquals(text, x.redact(text).value());
        assertFalse(x.options().enabled());
        assertEquals(text, Redactor.create(RedactionOptions.none()).redact(text).value());
    }

    @Test
    void aConversationSetIsRedactedNoteByNoteWithASummary() {
        ConversationSet set = ConversationSet.of("s", List.of(Conversation.of("c1", ConversationFormat.KITCHEN_TABLE)),
                List.of(Note.of("n1", "c1", "Write to dave@example.org"), Note.of("n2", "c1", "More buses"),
                        Note.of("n3", "c1", "Dave lives at 12 Oak Ave, call 270-555-0134")));
        Redacted<ConversationSet> r = redactor.redact(set);
        ConversationSet out = r.value();
        assertEquals("Write to [email]", out.notes().get(0).text());
        assertEquals("More buses", out.notes().get(1).text());
        assertEquals("[name] lives at [address], call [phone]", out.notes().get(2).text());
        RedactionSummary expected = new RedactionSummary(Map.of("email", 1, "phone", 1, "address", 1, "name", 1), 2);
        assertEquals(expected, r.summary());
        assertEquals(expected.counts(), out.redaction().counts());
        assertEquals(expected.notesChanged(), out.redaction().notesChanged());
        // A second pass finds nothing more; the set's summary accumulates.
        Redacted<ConversationSet> again = redactor.redact(out);
        assertEquals(out.notes(), again.value().notes());
        assertEquals(0, again.summary().total());
        assertEquals(expected.counts(), again.value().redaction().counts());
        assertTrue(set.notes().get(1) == out.notes().get(1), "an unchanged note is the same object");
    }

    @Test
    void namesFileIsReadOnePerLineSkippingBlanksAndComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.txt");
        Files.writeString(file, "# staff\nDave\n\n  Maria Lopez  \n");
        RedactionOptions o = RedactionOptions.builder().namesFile(file).build();
        assertEquals(List.of("Dave", "Maria Lopez"), o.names());
        assertFalse(o.toString().contains("Dave"), "options never print the names");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RedactionOptions.readNames(dir.resolve("missing.txt")));
        assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
        Files.writeString(file, "Dave\n---\n");
        e = assertThrows(InvalidInputException.class, () -> RedactionOptions.readNames(file));
        assertEquals("line 2", e.location());
    }

    @Test
    void optionsRoundTripThroughProperties() {
        RedactionOptions o = RedactionOptions.builder().phones(false).names(List.of("Dave", "Maria Lopez"))
                .token(RedactionKind.NAME, "[resident]").build();
        assertEquals(o, RedactionOptions.bind(o.toProperties()));
        assertEquals(RedactionOptions.defaults(), RedactionOptions.bind(Map.of("other", "x")));
        assertThrows(InvalidOptionsException.class,
                () -> RedactionOptions.bind(Map.of("ltc.privacy.colour", "red")));
        assertThrows(InvalidOptionsException.class, () -> RedactionOptions.builder().name("  "));
    }

    @Test
    void theBinderReadsTheDocumentedKeysAndTheRecordKeepsItsFormerShape(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.txt");
        Files.writeString(file, "Dave\n");
        RedactionOptions o = RedactionOptions.bind(Map.of("ltc.privacy.emails", "off", "ltc.privacy.names",
                "Maria Lopez,, ", "ltc.privacy.namesFile", file.toString(), "ltc.privacy.token.birthdate", "[dob]",
                "ltc.privacy.minParticipants", "7"));
        assertFalse(o.redacts(RedactionKind.EMAIL));
        assertTrue(o.redacts(RedactionKind.NAME));
        assertEquals(List.of("Dave", "Maria Lopez"), o.names(), "blank entries skipped, the file's names added");
        assertEquals("[dob]", o.token(RedactionKind.BIRTH_DATE));
        // documents record the switches, listedNames and tokens only where they differ, and never the names
        Map<String, String> record = o.toRecord();
        assertEquals("false", record.get("ltc.privacy.emails"));
        assertEquals("true", record.get("ltc.privacy.phones"));
        assertFalse(record.containsKey("ltc.privacy.listedNames"));
        assertFalse(record.containsKey("ltc.privacy.token.email"));
        assertEquals("[dob]", record.get("ltc.privacy.token.birthdate"));
        assertEquals("2", record.get("ltc.privacy.names.count"));
        assertFalse(record.toString().contains("Dave"));
        InvalidOptionsException tooLong = assertThrows(InvalidOptionsException.class,
                () -> RedactionOptions.bind(Map.of("ltc.privacy.token.email", "x".repeat(201))));
        assertTrue(tooLong.getMessage().contains("ltc.privacy.token.email"), tooLong.getMessage());
        assertThrows(InvalidOptionsException.class, () -> RedactionOptions.builder().token(RedactionKind.EMAIL,
                "x".repeat(201)).build());
        InvalidOptionsException bad = assertThrows(InvalidOptionsException.class,
                () -> RedactionOptions.bind(Map.of("ltc.privacy.minParticipants", "0")));
        assertTrue(bad.getMessage().contains("ltc.privacy.minParticipants"), bad.getMessage());
        assertTrue(RedactionOptions.knownKeys().containsAll(List.of("emails", "listedNames", "names", "namesFile",
                "token.email", "token.birthdate", "minParticipants", "publicText")));
    }
}

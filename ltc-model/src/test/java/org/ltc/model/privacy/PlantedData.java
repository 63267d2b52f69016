package org.ltc.model.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generator of planted personal data for measuring the redactor: for each kind, many written forms a note-taker
 * or a resident might use (separators, full-width and zero-width characters, typographic apostrophes, spelled-out
 * addresses), built from a seed; and decoys that look like personal data but are not (years, money, times,
 * ranges, percentages, version numbers, "@ 5pm"). Used by the recall and precision figures in the README and by
 * the end-to-end leak properties.
 */
public final class PlantedData {
    /** Names the generator plants; a host lists them with --redact-names. */
    public static final List<String> NAMES = List.of("Dana Whitfield", "José García", "Siobhan O'Neil", "Tom Okafor",
            "Maria Lopez");
    private static final String[] FIRST = {"jane", "tom", "maria", "dana", "li", "sam"};
    private static final String[] DOMAIN = {"gmail", "example", "yahoo", "millbrook-lib", "outlook"};
    private static final String[] TLD = {"com", "org", "net"};
    private static final String[] STREET = {"Elm", "Oak", "Main", "Maple", "Cedar Hill", "Martin Luther King"};
    private static final String[] SUFFIX = {"Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Drive", "Court"};
    private static final String[] CARDS = {"4111111111111111", "5500005555555559", "378282246310005",
            "6011111111111117", "4012888888881881", "5105105105105100"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "Sept", "Dec"};

    private PlantedData() {
    }

    /** One planted item: its kind and the exact text planted. */
    public record Item(RedactionKind kind, String text) {
    }

    /** A planted item of the given kind, in a form drawn at random. */
    public static Item item(RedactionKind kind, Random r) {
        return new Item(kind, switch (kind) {
            case EMAIL -> email(r);
            case PHONE -> phone(r);
            case ADDRESS -> (100 + r.nextInt(9800)) + " " + pick(STREET, r) + " " + pick(SUFFIX, r);
            case NAME -> name(r);
            case SSN -> ssn(r);
            case CARD -> card(r);
            case PROFILE -> profile(r);
            case BIRTH_DATE -> birthDate(r);
        });
    }

    /** Look-alikes that are not personal data; a redactor that removes one has a false positive. */
    public static List<String> decoys() {
        return List.of("in 2019 the budget was $4,500,000", "open 9:30-5:00 on weekdays", "about 250-300 people came",
                "a 12.5% rise since 2016", "version 2.4.1 of the app", "meet @ 5pm at the branch",
                "Route 31-W needs repair", "call the library's main desk", "lanes 3/4 are closed", "the 1990s",
                "floor 2, room 214", "10/12/2019 was the meeting", "ISBN 978-0-306-40615-7", "zip 42101 area",
                "order no. 1234 5678 9012", "we met at Main Street park", "about 1 in 5 residents",
                "bypass @work", "2-3 times a week", "from 8 to 10 pm", "5000 people in 2018");
    }

    private static String pick(String[] a, Random r) {
        return a[r.nextInt(a.length)];
    }

    private static String email(Random r) {
        String local = pick(FIRST, r) + (r.nextBoolean() ? "." + pick(FIRST, r) : String.valueOf(r.nextInt(99)));
        String domain = pick(DOMAIN, r);
        String tld = pick(TLD, r);
        return switch (r.nextInt(6)) {
            case 0 -> local + " at " + domain + " dot " + tld;
            case 1 -> local + " [at] " + domain + " [dot] " + tld;
            case 2 -> local + "\uff20" + domain + "." + tld;
            case 3 -> local + "@" + domain.charAt(0) + "\u200b" + domain.substring(1) + "." + tld;
            default -> local + "@" + domain + "." + tld;
        };
    }

    private static String phone(Random r) {
        String a = String.valueOf(200 + r.nextInt(800));
        String b = String.valueOf(200 + r.nextInt(800));
        String c = String.format("%04d", r.nextInt(10000));
        return switch (r.nextInt(9)) {
            case 0 -> "(" + a + ") " + b + "-" + c;
            case 1 -> a + "/" + b + "/" + c;
            case 2 -> a + " - " + b + " - " + c;
            case 3 -> a + "." + b + "." + c;
            case 4 -> "+1 " + a + " " + b + " " + c;
            case 5 -> fullWidth(a + "-" + b + "-" + c);
            case 6 -> a + "-\u200b" + b + "-" + c;
            case 7 -> "+44 20 " + (7000 + r.nextInt(999)) + " " + c;
            default -> a + "-" + b + "-" + c;
        };
    }

    private static String name(Random r) {
        String n = NAMES.get(r.nextInt(NAMES.size()));
        return switch (r.nextInt(4)) {
            case 0 -> n.replace('\'', '\u2019');
            case 1 -> java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD);
            case 2 -> n.toUpperCase(java.util.Locale.ROOT);
            default -> n;
        };
    }

    private static String ssn(Random r) {
        int area = 1 + r.nextInt(665);
        String sep = r.nextBoolean() ? "-" : " ";
        return String.format("%03d%s%02d%s%04d", area, sep, 1 + r.nextInt(98), sep, 1 + r.nextInt(9998));
    }

    private static String card(Random r) {
        String c = pick(CARDS, r);
        return switch (r.nextInt(3)) {
            case 0 -> c.replaceAll("(\\d{4})(?=\\d)", "$1 ");
            case 1 -> c.replaceAll("(\\d{4})(?=\\d)", "$1-");
            default -> c;
        };
    }

    private static String profile(Random r) {
        String user = pick(FIRST, r) + (r.nextBoolean() ? "_" : ".") + pick(FIRST, r) + r.nextInt(99);
        return switch (r.nextInt(6)) {
            case 0 -> "https://www.facebook.com/" + user;
            case 1 -> "instagram.com/" + user;
            case 2 -> "https://mastodon.social/@" + user.replace('.', '_');
            case 3 -> "@" + user.replace('.', '_');
            case 4 -> "linkedin.com/in/" + user.replace('.', '-').replace('_', '-');
            default -> "x.com/" + user.replace('.', '_');
        };
    }

    private static String birthDate(Random r) {
        int d = 1 + r.nextInt(28);
        int m = 1 + r.nextInt(12);
        int y = 1930 + r.nextInt(80);
        String date = switch (r.nextInt(4)) {
            case 0 -> m + "/" + d + "/" + y;
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> pick(MONTHS, r) + " " + d + ", " + y;
            default -> d + " " + pick(MONTHS, r) + " " + y;
        };
        String cue = new String[] {"born on ", "DOB: ", "date of birth ", "birthday is "}[r.nextInt(4)];
        return cue + date;
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + 0xFF10) : c);
        }
        return b.toString();
    }

    /** The part of an item that must not survive (for a date of birth, the date; the cue words may stay). */
    public static String secret(Item item) {
        if (item.kind() == RedactionKind.BIRTH_DATE) {
            return item.text().replaceFirst("^(born on |DOB: |date of birth |birthday is )", "");
        }
        return item.text();
    }

    /** Items of every kind, {@code perKind} of each, in a seeded order. */
    public static List<Item> items(int perKind, long seed) {
        Random r = new Random(seed);
        List<Item> out = new ArrayList<>();
        for (RedactionKind k : RedactionKind.values()) {
            for (int i = 0; i < perKind; i++) {
                out.add(item(k, r));
            }
        }
        return out;
    }
}

package org.ltc.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ltc.calibration.agreement.AgreementCsv;
import org.ltc.calibration.agreement.CohenKappa;
import org.ltc.calibration.agreement.CountTable;
import org.ltc.calibration.agreement.FleissKappa;
import org.ltc.calibration.agreement.IccForm;
import org.ltc.calibration.agreement.IntraclassCorrelation;
import org.ltc.calibration.agreement.KrippendorffAlpha;
import org.ltc.calibration.agreement.Level;
import org.ltc.calibration.agreement.RatingTable;
import org.ltc.calibration.agreement.Weighting;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.io.CsvFormat;
import org.ltc.model.io.LtcJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ltc agreement}: how far raters agree, before a team trusts their labels. */
@Command(name = "agreement",
        mixinStandardHelpOptions = true,
        description = {"Inter-rater agreement from a CSV file: Cohen's kappa (two raters), Fleiss' kappa (many "
                + "raters), Krippendorff's alpha (any raters, missing ratings allowed) or an intraclass correlation. "
                + "Ratings are numbers or category labels (yes/no/unclear)."},
        footer = {"", "Input:",
                "  cohen, krippendorff, icc: one row per unit, one column per rater; the header names the raters;",
                "    an empty cell (or NA) is a missing rating; a first column headed 'unit' names the units.",
                "    Cells may be labels: any cell that is not a number makes the file labels (nominal);",
                "    --order low,medium,high declares their order (weighted kappa, ordinal alpha).",
                "  fleiss: one row per unit, one column per category holding how many raters chose it;",
                "    or one column per rater (--table raters; the default when the cells are labels).",
                "", "Examples:",
                "  ltc agreement --input ratings.csv --metric krippendorff --level interval",
                "  ltc agreement --input two-raters.csv --metric cohen --weights quadratic --json",
                "  ltc agreement --input yes-no.csv --metric cohen",
                "  ltc agreement --input levels.csv --metric krippendorff --level ordinal --order low,medium,high",
                "  ltc agreement --input counts.csv --metric fleiss",
                "  ltc agreement --input labels.csv --metric fleiss --table raters",
                "  ltc agreement --input ratings.csv --metric icc --form ICC_2_1",
                "", "--json prints {\"value\": ..., \"metric\": ..., \"units\": ..., \"raters\": ...}."})
final class AgreementCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path input;

    @Option(names = "--metric", required = true, paramLabel = "METRIC",
            description = "cohen, fleiss, krippendorff or icc.")
    String metric;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "nominal",
            description = "Krippendorff's level of measurement: nominal (default), ordinal, interval or ratio.")
    String level;

    @Option(names = "--weights", paramLabel = "W", defaultValue = "unweighted",
            description = "Cohen's disagreement weights: unweighted (default), linear or quadratic.")
    String weights;

    @Option(names = "--form", paramLabel = "FORM", defaultValue = "ICC_2_1",
            description = "The ICC form (Shrout & Fleiss 1979): ICC_1_1, ICC_2_1 (default), ICC_3_1, ICC_1_K, ICC_2_K, ICC_3_K.")
    String form;

    @Option(names = "--order", paramLabel = "A,B,...", split = ",",
            description = "The category labels from lowest to highest, when they are ordered; every cell must be "
                    + "one of them.")
    List<String> order = new ArrayList<>();

    @Option(names = "--table", paramLabel = "LAYOUT",
            description = "fleiss: 'counts' (one column per category) or 'raters' (one column per rater); "
                    + "default: raters when the cells are labels, else counts.")
    String table;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "The file's character encoding (default: ${DEFAULT-VALUE}; e.g. windows-1252). A file "
                    + "with a byte-order mark is read by its mark (UTF-16 too).")
    String encoding;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            throw new InvalidInputException(input.toString(), null, null, null, "is not a readable file");
        }
        CsvFormat format;
        try {
            format = CsvFormat.defaults().withEncoding(encoding);
        } catch (InvalidOptionsException e) {
            throw new InvalidOptionsException("--encoding", encoding, "is not a character encoding this Java knows; "
                    + "use UTF-8, windows-1252, ISO-8859-1 or UTF-16 (with a byte-order mark)");
        }
        List<String> declared = order.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        String m = metric.toLowerCase(Locale.ROOT);
        double value;
        String detail;
        int units;
        int raters;
        try {
            switch (m) {
                case "fleiss" -> {
                    String layout = table == null ? null : table.strip().toLowerCase(Locale.ROOT);
                    if (layout != null && !layout.equals("counts") && !layout.equals("raters")) {
                        throw new InvalidOptionsException("--table", table, "must be counts or raters");
                    }
                    boolean raterColumns = layout == null ? !declared.isEmpty() || AgreementCsv.holdsLabels(input, format)
                            : layout.equals("raters");
                    CountTable t = raterColumns
                            ? CountTable.fromRatings(AgreementCsv.readRatings(input, format, declared))
                            : AgreementCsv.readCounts(input, format);
                    value = FleissKappa.compute(t);
                    units = t.unitCount();
                    raters = t.unitCount() == 0 ? 0 : t.raters(0);
                    detail = "Fleiss' kappa";
                }
                case "cohen" -> {
                    RatingTable t = AgreementCsv.readRatings(input, format, declared);
                    Weighting w = parse(Weighting.class, weights, "--weights");
                    value = CohenKappa.compute(t, w);
                    units = t.unitCount();
                    raters = t.raterCount();
                    detail = "Cohen's kappa (" + w.name().toLowerCase(Locale.ROOT) + ")";
                }
                case "krippendorff" -> {
                    Level l = parse(Level.class, level, "--level");
                    RatingTable t = l == Level.INTERVAL || l == Level.RATIO
                            ? AgreementCsv.readNumericRatings(input, format)
                            : AgreementCsv.readRatings(input, format, declared);
                    value = KrippendorffAlpha.compute(t, l);
                    units = t.unitCount();
                    raters = t.raterCount();
                    detail = "Krippendorff's alpha (" + l.name().toLowerCase(Locale.ROOT) + ")";
                }
                case "icc" -> {
                    RatingTable t = AgreementCsv.readNumericRatings(input, format);
                    IccForm f = parse(IccForm.class, form, "--form");
                    value = IntraclassCorrelation.compute(t, f);
                    units = t.unitCount();
                    raters = t.raterCount();
                    detail = f.name().replaceFirst("ICC_(\\w)_(\\w)", "ICC($1,$2)");
                }
                default -> throw new InvalidOptionsException("--metric", metric, "must be cohen, fleiss, krippendorff or icc");
            }
        } catch (InvalidInputException e) {
            throw e.source() == null ? e.at(input.toString(), null) : e;
        }
        if (!Double.isFinite(value)) {
            // No metric prints NaN with exit 0: a coefficient that does not exist is an error that says so.
            throw new InvalidInputException(input.toString(), null, null, null, detail + " is undefined for these "
                    + "ratings (there is no variation to measure agreement on)");
        }
        var out = spec.commandLine().getOut();
        if (common.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("value", value);
            json.put("metric", m);
            if (m.equals("krippendorff")) {
                json.put("level", level.toLowerCase(Locale.ROOT));
            }
            json.put("units", units);
            json.put("raters", raters);
            JsonOut.print(out, json);
        } else {
            out.println(String.format(Locale.ROOT, "%s = %.3f  (%d units, %d %s; %s)", detail, value, units, raters,
                    m.equals("fleiss") ? "ratings per unit" : "raters", input.getFileName()));
        }
        return LtcCommand.OK;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException(option, value, "must be one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}

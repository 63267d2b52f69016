package org.ltc.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltc.model.provenance.Provenance;
import org.ltc.model.provenance.ProvenanceStep;
import org.ltc.model.report.CommunityReport;

/** How this report was made: the recipe in words and every step's method, seed and input digest; the page's footer. */
final class ProvenanceSection implements Section {
    @Override
    public String id() {
        return "provenance";
    }

    @Override
    public String title() {
        return "How this report was made";
    }

    @Override
    public void render(StringBuilder b, CommunityReport report) {
        footer(b, report);
    }

    private void footer(StringBuilder b, CommunityReport report) {
        b.append("<footer id=\"" + id() + "\">\n<h2>" + title() + "</h2>\n");
        madeWith(b, report.knowledge().provenance());
        b.append("<table class=\"small\"><thead><tr>"
                + "<th scope=\"col\">step</th><th scope=\"col\">method</th><th scope=\"col\">seed</th>"
                + "<th scope=\"col\">input (SHA-256)</th><th scope=\"col\">made</th></tr></thead><tbody>");
        Map<String, Provenance> steps = new LinkedHashMap<>();
        steps.put("public knowledge", report.knowledge().provenance());
        if (report.assessment() != null) {
            steps.put("stage assessment", report.assessment().provenance());
        }
        if (report.plan() != null && report.plan().provenance() != null) {
            steps.put("action plan", report.plan().provenance());
        }
        steps.forEach((name, p) -> b.append("<tr><td>").append(name).append("</td><td>")
                .append(Html.escape(p.algorithmId() + " " + p.algorithmVersion())).append("</td><td>").append(p.seed())
                .append("</td><td><code>").append(p.inputSha256(), 0, 12).append("…</code></td><td>")
                .append(Html.DAY.format(p.createdAt())).append("</td></tr>"));
        Provenance first = report.knowledge().provenance();
        b.append("</tbody></table>\n<p class=\"note\">Made with the LTC SDK ").append(Html.escape(first.libraryVersion()))
                .append(" on Java ").append(Html.escape(first.javaVersion()))
                .append(". Personal details were removed from residents' words before theming. Figures about groups of "
                        + "fewer than ").append(report.disclosureThreshold()).append(" people are not shown.</p>\n");
        for (String a : report.attributions()) {
            b.append("<p class=\"note\">").append(Html.escape(a)).append("</p>\n");
        }
        b.append("</footer>\n");
    }

    /** The recipe in words, from the provenance steps public-knowledge assembly recorded. */
    private static void madeWith(StringBuilder b, Provenance p) {
        List<String> items = new ArrayList<>();
        List<String> curation = new ArrayList<>();
        for (ProvenanceStep step : p.steps()) {
            Map<String, String> q = step.parameters();
            switch (step.operation()) {
                case "import" -> items.add("<strong>Import:</strong> " + Html.escape(q.getOrDefault("algorithmId", "?"))
                        + " (input SHA-256 <code>" + Html.escape(q.getOrDefault("inputSha256", "").substring(0,
                        Math.min(12, q.getOrDefault("inputSha256", "").length()))) + "…</code>)");
                case "redact" -> items.add("<strong>Redaction:</strong> " + (q.containsKey("notesChanged")
                        ? "every note checked for personal details (e-mail addresses, phone numbers and the like) "
                        + "before theming; " + ("0".equals(q.get("notesChanged")) ? "none found"
                        : "found and replaced in " + Html.escape(q.get("notesChanged")) + " notes")
                        : "quotes redacted when shown; the notes were not redacted on import"));
                case "theme" -> {
                    String k = q.entrySet().stream().filter(e -> e.getKey().endsWith(".k")
                            || e.getKey().endsWith(".topics")).map(e -> e.getKey() + " = " + e.getValue()).findFirst()
                            .orElse(null);
                    String model = q.entrySet().stream().filter(e -> e.getKey().contains("embedding")
                            || e.getKey().endsWith(".model")).map(Map.Entry::getValue).findFirst().orElse(null);
                    items.add("<strong>Themer:</strong> " + Html.escape(q.getOrDefault("algorithmId", "?")) + " "
                            + Html.escape(q.getOrDefault("algorithmVersion", "")) + (k == null ? ""
                            : ", " + Html.escape(k)) + ", seed " + Html.escape(q.getOrDefault("seed", "?")));
                    if (model != null) {
                        items.add("<strong>Embedding model:</strong> " + Html.escape(model));
                    }
                }
                case "label" -> {
                    items.add("<strong>Theme names:</strong> labeller " + Html.escape(q.getOrDefault("labeller", "?"))
                            + " " + Html.escape(q.getOrDefault("version", "")) + " (names from words several notes "
                            + "share, never one resident's statement)");
                    if (q.containsKey("embeddings")) {
                        items.add("<strong>Embedding model:</strong> " + Html.escape(q.get("embeddings")));
                    }
                }
                default -> curation.add(Html.escape(step.operation()) + (step.by() == null ? ""
                        : " by " + Html.escape(step.by())));
            }
        }
        items.add("<strong>Curation:</strong> " + (curation.isEmpty() ? "none yet: a draft until people review it"
                : curation.size() + (curation.size() == 1 ? " step" : " steps") + " (" + String.join(", ", curation)
                + ")"));
        b.append("<ul class=\"made\">");
        items.stream().distinct().forEach(i -> b.append("<li>").append(i).append("</li>"));
        b.append("</ul>\n");
    }
}

package org.ltc.examples.report;

import java.util.List;
import java.util.Locale;

/** Small inline-SVG charts: no scripts, no external files, each with a title and description for screen readers. */
final class Svg {
    private Svg() {
    }

    /** A labelled value for a bar chart. */
    record Bar(String label, double value, String valueText, boolean highlight) {
    }

    /** Horizontal bars, values in [0, max]. */
    static String horizontalBars(String title, String description, List<Bar> bars, double max) {
        int labelWidth = 270;
        int barWidth = 330;
        int rowHeight = 26;
        int height = bars.size() * rowHeight + 8;
        int width = labelWidth + barWidth + 70;
        StringBuilder sb = open(width, height, title, description);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * rowHeight;
            double w = max <= 0 ? 0 : Math.max(0, Math.min(1, b.value() / max)) * barWidth;
            sb.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" class=\"lbl\">").append(Html.isolated(shorten(b.label(), 42)))
                    .append("</text>");
            sb.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(barWidth).append("\" height=\"18\" class=\"track\"/>");
            sb.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(fmt(w)).append("\" height=\"18\" class=\"").append(b.highlight() ? "bar hi" : "bar")
                    .append("\"/>");
            sb.append("<text x=\"").append(labelWidth + barWidth + 6).append("\" y=\"").append(y + 17)
                    .append("\" class=\"val\">").append(Html.escape(b.valueText())).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** A heat grid: rows x columns of counts, darker is more; empty cells are suppressed or zero. */
    static String heatGrid(String title, String description, List<String> rows, List<String> columns,
                           Integer[][] counts) {
        int labelWidth = 220;
        int cell = 74;
        int header = 40;
        int rowHeight = 26;
        int width = labelWidth + columns.size() * cell + 10;
        int height = header + rows.size() * rowHeight + 6;
        int max = 1;
        for (Integer[] r : counts) {
            for (Integer c : r) {
                if (c != null) {
                    max = Math.max(max, c);
                }
            }
        }
        StringBuilder sb = open(width, height, title, description);
        for (int j = 0; j < columns.size(); j++) {
            sb.append("<text x=\"").append(labelWidth + j * cell + cell / 2).append("\" y=\"").append(header - 12)
                    .append("\" text-anchor=\"middle\" class=\"lbl\">").append(Html.isolated(shorten(columns.get(j), 11)))
                    .append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            int y = header + i * rowHeight;
            sb.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" class=\"lbl\">").append(Html.isolated(shorten(rows.get(i), 34)))
                    .append("</text>");
            for (int j = 0; j < columns.size(); j++) {
                Integer c = counts[i][j];
                // Capped at 0.45 so the dark text on every cell keeps a contrast of 4.5:1 or more (WCAG AA); white text
                // on a half-tinted cell measured 2.4-3.2:1.
                double shade = c == null ? 0 : 0.08 + 0.37 * c / (double) max;
                int x = labelWidth + j * cell;
                sb.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y + 2).append("\" width=\"")
                        .append(cell - 4).append("\" height=\"").append(rowHeight - 4).append("\" class=\"")
                        .append(c == null ? "cell none" : "cell").append("\" fill-opacity=\"").append(fmt(shade))
                        .append("\"/>");
                sb.append("<text x=\"").append(x + cell / 2).append("\" y=\"").append(y + 17)
                        .append("\" text-anchor=\"middle\" class=\"").append("val")
                        .append("\">").append(c == null ? "–" : c).append("</text>");
            }
        }
        return sb.append("</svg>").toString();
    }

    /** One stacked bar per row: agree, disagree and pass shares. */
    static String stackedVotes(String title, String description, List<String> rows, List<int[]> votes) {
        int labelWidth = 120;
        int barWidth = 320;
        int rowHeight = 24;
        int width = labelWidth + barWidth + 150;
        int height = rows.size() * rowHeight + 8;
        StringBuilder sb = open(width, height, title, description);
        for (int i = 0; i < rows.size(); i++) {
            int[] v = votes.get(i);
            int total = Math.max(1, v[0] + v[1] + v[2]);
            int y = 4 + i * rowHeight;
            sb.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" class=\"lbl\">").append(Html.isolated(rows.get(i))).append("</text>");
            double x = labelWidth;
            String[] cls = {"agree", "disagree", "pass"};
            for (int k = 0; k < 3; k++) {
                double w = barWidth * v[k] / (double) total;
                sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 2).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"16\" class=\"").append(cls[k]).append("\"/>");
                x += w;
            }
            sb.append("<text x=\"").append(labelWidth + barWidth + 6).append("\" y=\"").append(y + 15)
                    .append("\" class=\"val\">").append(v[0]).append(" agree, ").append(v[1]).append(" disagree")
                    .append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** A progress bar, 0..100. */
    static String progress(double percent, String label) {
        double p = Math.max(0, Math.min(100, percent));
        return "<svg class=\"progress\" width=\"160\" height=\"14\" viewBox=\"0 0 160 14\" role=\"img\" aria-label=\""
                + Html.escape(label + ": " + Math.round(p) + "% done") + "\"><rect width=\"160\" height=\"14\" rx=\"3\" "
                + "class=\"track\"/><rect width=\"" + fmt(1.6 * p) + "\" height=\"14\" rx=\"3\" class=\"bar\"/></svg>";
    }

    private static StringBuilder open(int width, int height, String title, String description) {
        String id = "t" + Integer.toHexString((title + description).hashCode());
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append(" ").append(id)
                .append("d\"><title id=\"").append(id).append("\">").append(Html.isolated(title))
                .append("</title><desc id=\"").append(id).append("d\">").append(Html.isolated(description))
                .append("</desc>");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

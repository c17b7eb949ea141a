package org.rfcc.bench.model.io;

import java.util.List;

/** The one CSV writing of rfcc-bench (RFC 4180): cells quoted when they need it, rows ending with a newline. */
public final class Csv {
    private Csv() {}

    /** Quotes a cell that holds a comma, a quote or a line break, doubling its quotes. */
    public static String escape(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** One row of {@code cells}, escaped and joined by commas, with its newline. */
    public static String row(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            row.append(i == 0 ? "" : ",").append(escape(cells.get(i)));
        }
        return row.append('\n').toString();
    }
}

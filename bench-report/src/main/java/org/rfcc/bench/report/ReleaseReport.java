package org.rfcc.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rfcc.bench.model.io.AtomicFiles;

/**
 * The release checklist ({@code release-check}) as {@code release_report.md} and
 * {@code release_report.html}: each item pass or fail with its evidence, and the verdict.
 */
public final class ReleaseReport {
    /** The Markdown file's name. */
    public static final String MARKDOWN = "release_report.md";
    /** The HTML file's name. */
    public static final String HTML = "release_report.html";

    /** One item of the checklist. */
    public record Item(String name, boolean passed, List<String> evidence) {
        public Item {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The checklist of the release at {@code commit} against {@code previous} (a tag, or a sentence
     * saying there is none).
     */
    public record Checklist(String commit, String previous, String runId, List<Item> items) {
        public Checklist {
            items = List.copyOf(items);
        }

        public boolean passed() {
            return items.stream().allMatch(Item::passed);
        }
    }

    private ReleaseReport() {}

    /** Writes both files into {@code dir}; returns their paths. */
    public static List<Path> write(Checklist c, Path dir) throws IOException {
        Path md = dir.resolve(MARKDOWN);
        Path html = dir.resolve(HTML);
        AtomicFiles.write(md, markdown(c));
        AtomicFiles.write(html, html(c));
        return List.of(md, html);
    }

    static String markdown(Checklist c) {
        StringBuilder s = new StringBuilder("# Release performance check\n\n");
        s.append("Commit `")
                .append(c.commit())
                .append("`, run `")
                .append(c.runId())
                .append("`, against ")
                .append(c.previous())
                .append(".\n\n");
        s.append(c.passed() ? "**Every item holds: the release may go.**" : "**Not ready: an item fails.**")
                .append("\n\n");
        for (Item i : c.items()) {
            s.append("- [")
                    .append(i.passed() ? 'x' : ' ')
                    .append("] **")
                    .append(i.name())
                    .append("**: ")
                    .append(i.passed() ? "pass" : "FAIL")
                    .append('\n');
            i.evidence().forEach(e -> s.append("  - ").append(e).append('\n'));
        }
        return s.toString();
    }

    static String html(Checklist c) {
        StringBuilder s = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Release performance check</title><style>");
        s.append(HtmlReport.STYLE).append("</style></head><body><h1>Release performance check</h1>");
        s.append("<p class=\"muted\">Commit <code>")
                .append(Html.text(c.commit()))
                .append("</code>, run <code>")
                .append(Html.text(c.runId()))
                .append("</code>, against ")
                .append(Html.text(c.previous()))
                .append(".</p>");
        s.append("<p class=\"verdict ")
                .append(
                        c.passed()
                                ? "ok\">Every item holds: the release may go."
                                : "bad\">" + "Not ready: an item fails.")
                .append("</p>");
        s.append("<table><tr><th>item</th><th>result</th><th>evidence</th></tr>");
        for (Item i : c.items()) {
            s.append("<tr><td>")
                    .append(Html.text(i.name()))
                    .append("</td><td class=\"")
                    .append(i.passed() ? "pass\">pass" : "fail\">FAIL")
                    .append("</td><td><ul>");
            i.evidence().forEach(e -> s.append("<li>").append(Html.text(e)).append("</li>"));
            s.append("</ul></td></tr>");
        }
        s.append("</table><p><a href=\"")
                .append(ReportFiles.HTML)
                .append("\">The performance report</a></p>")
                .append("</body></html>\n");
        return s.toString();
    }
}

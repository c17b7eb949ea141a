package org.rfcc.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The report extensions on the classpath, loaded once. */
final class Extensions {
    private static final List<ReportExtension> INSTALLED = load();

    private Extensions() {}

    private static List<ReportExtension> load() {
        List<ReportExtension> found = new ArrayList<>();
        ServiceLoader.load(ReportExtension.class).forEach(found::add);
        return List.copyOf(found);
    }

    /** Every installed extension, in classpath order. */
    static List<ReportExtension> all() {
        return INSTALLED;
    }

    /** Every extension's short param names. */
    static List<ReportExtension.ParamLabel> paramLabels() {
        return INSTALLED.stream().flatMap(e -> e.paramLabels().stream()).toList();
    }
}

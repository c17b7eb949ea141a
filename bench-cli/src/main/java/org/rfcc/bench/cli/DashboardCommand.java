package org.rfcc.bench.cli;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.rfcc.bench.app.Dashboard;
import org.rfcc.bench.app.Settings;
import org.rfcc.bench.app.Tokens;
import org.rfcc.bench.model.UserException;
import org.rfcc.bench.server.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rfcc-bench dashboard}: the web dashboard and REST API over the history, until stopped. */
@Command(
        name = "dashboard",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the dashboard (overview with live runs, trends, compare, alerts, resources) and the REST API"
                    + " (/api/openapi.json) over the history, until Ctrl-C.",
            "Reads are public; writes (POST /api/runs, alert buttons, live progress) need a token from"
                    + " 'rfcc-bench tokens create NAME'. It binds to loopback unless --bind says otherwise."
        })
final class DashboardCommand extends BaseCommand {
    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "The port; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--max-body",
            defaultValue = "16MB",
            paramLabel = "SIZE",
            description = "The largest request body, e.g. 16MB or 512KB (default: ${DEFAULT-VALUE}); larger gets 413.")
    String maxBody;

    @Override
    protected int doCall() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserException("--port must be 0 to 65535, got " + port);
        }
        long limit = bytes(maxBody);
        boolean loopback = DashboardServer.loopback(bind);
        Settings settings = settings();
        Dashboard dashboard = new Dashboard(settings, console());
        DashboardServer server;
        try {
            server = DashboardServer.start(dashboard, new DashboardServer.Options(bind, port, limit));
        } catch (RuntimeException e) {
            dashboard.close();
            throw e;
        }
        if (!loopback && new Tokens(settings).list().stream().anyMatch(t -> t.valid())) {
            err().println("rfcc-bench: warning: the dashboard listens on " + bind + ", beyond this machine, and its"
                    + " write tokens are valid: anyone who can reach it and holds one can store runs and move alerts;"
                    + " put it behind TLS");
            err().flush();
        }
        out().println("rfcc-bench dashboard at " + server.url() + " (history: " + settings.storeName() + "); Ctrl-C"
                + " stops it");
        out().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            dashboard.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }

    /** {@code 16MB}, {@code 512KB}, {@code 1GB} or a number of bytes. */
    static long bytes(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        long unit = s.endsWith("GB") ? 1L << 30 : s.endsWith("MB") ? 1L << 20 : s.endsWith("KB") ? 1L << 10 : 1;
        String number = unit == 1 ? s.replaceAll("B$", "") : s.substring(0, s.length() - 2);
        try {
            long n = Long.parseLong(number.strip());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserException("--max-body must be a size such as 16MB, 512KB or 1000000, got '" + size + "'");
        }
    }
}

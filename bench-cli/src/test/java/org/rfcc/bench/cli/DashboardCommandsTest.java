package org.rfcc.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dashboard}, {@code tokens} and {@code publish} from the command line, and their bad input. */
final class DashboardCommandsTest {
    @TempDir
    Path dir;

    private String store() {
        return "jdbc:sqlite:" + dir.resolve("history.db");
    }

    @Test
    void aPortInUse_isOneLineAndExit2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Outcome o = Cli.run("--store", store(), "dashboard", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err().strip())
                    .isEqualTo(
                            "rfcc-bench: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use");
        }
    }

    @Test
    void badDashboardOptions_areOneLineAndExit2() {
        for (String[] args : new String[][] {
            {"dashboard", "--port", "70000"},
            {"dashboard", "--max-body", "lots"},
            {"dashboard", "--max-body", "0"},
            {"dashboard", "--bind", "no such host.invalid"},
            {"run", "--quick", "--live", "ftp://dashboard"}
        }) {
            String[] full = new String[args.length + 2];
            full[0] = "--store";
            full[1] = store();
            System.arraycopy(args, 0, full, 2, args.length);
            Cli.Outcome o = Cli.run(full);
            assertThat(o.code()).as(String.join(" ", args) + ": " + o.err()).isEqualTo(2);
            assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
        }
    }

    @Test
    void tokens_areShownOnce_listedWithoutTheirSecret_andRevoked() {
        Cli.Outcome created = Cli.run("--store", store(), "tokens", "create", "ci-runner-1");
        assertThat(created.code()).isEqualTo(0);
        String token = created.out().strip();
        assertThat(token).startsWith("rfcc_").hasSizeGreaterThan(40);
        assertThat(created.err()).contains("not shown again");
        Cli.Outcome listed = Cli.run("--store", store(), "tokens", "list");
        assertThat(listed.out()).contains("ci-runner-1").contains("valid").doesNotContain(token.substring(5));
        assertThat(Cli.run("--store", store(), "tokens", "create", "ci-runner-1")
                        .code())
                .isEqualTo(2);
        assertThat(Cli.run("--store", store(), "tokens", "create", "no spaces please")
                        .err())
                .contains("a token's name is");
        assertThat(Cli.run("--store", store(), "tokens", "revoke", "ci-runner-1")
                        .code())
                .isEqualTo(0);
        assertThat(Cli.run("--store", store(), "tokens", "list").out()).contains("revoked");
        Cli.Outcome again = Cli.run("--store", store(), "tokens", "revoke", "ci-runner-1");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("no valid token named 'ci-runner-1'");
    }

    @Test
    void publish_writesTheSite_andRefusesAFile() throws Exception {
        Cli.Outcome o = Cli.run(
                "--store", store(), "publish", "--site", dir.resolve("site").toString());
        assertThat(o.code()).as(o.err()).isEqualTo(0);
        assertThat(o.out()).startsWith("published 0 runs and 0 series to ");
        assertThat(dir.resolve("site/index.html")).exists();
        Files.writeString(dir.resolve("a-file"), "x");
        Cli.Outcome bad = Cli.run(
                "--store", store(), "publish", "--site", dir.resolve("a-file").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("is a file, not a directory");
    }
}

package org.rfcc.bench.cli;

import java.time.Instant;
import java.util.List;
import org.rfcc.bench.app.Tokens;
import org.rfcc.bench.store.StoredToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rfcc-bench tokens}: the dashboard's write tokens. */
@Command(
        name = "tokens",
        mixinStandardHelpOptions = true,
        description = "The dashboard's write tokens: create prints one once (only its SHA-256 is stored), list shows"
                + " them without their secrets, revoke ends one.",
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand extends BaseCommand {
    @Override
    protected int doCall() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Make a token and print it, once.")
    static final class Create extends BaseCommand {
        @Parameters(
                paramLabel = "NAME",
                description = "Who or what uses it, e.g. ci-runner-1 (letters, digits, . _ -).")
        String name;

        @Override
        protected int doCall() {
            String token = new Tokens(settings()).create(name, Instant.now());
            out().println(token);
            err().println("rfcc-bench: token '" + name + "' made; keep it now (in RFCC_BENCH_TOKEN or a CI secret):"
                    + " it is not shown again");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The tokens, valid and revoked.")
    static final class ListTokens extends BaseCommand {
        @Override
        protected int doCall() {
            List<StoredToken> tokens = new Tokens(settings()).list();
            if (tokens.isEmpty()) {
                out().println("no tokens; rfcc-bench tokens create NAME makes one");
            }
            for (StoredToken t : tokens) {
                out().printf(
                                "%-24s created %s  %s%n",
                                t.name(), t.createdAt(), t.valid() ? "valid" : "revoked " + t.revokedAt());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "End a token: it no longer writes.")
    static final class Revoke extends BaseCommand {
        @Parameters(paramLabel = "NAME", description = "The token's name.")
        String name;

        @Override
        protected int doCall() {
            new Tokens(settings()).revoke(name, Instant.now());
            out().println("token '" + name + "' revoked");
            return ExitCodes.OK;
        }
    }
}

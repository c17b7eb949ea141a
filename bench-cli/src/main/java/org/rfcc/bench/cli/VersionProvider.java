package org.rfcc.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that Maven wrote into {@code version.properties} at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "rfcc-bench " + p.getProperty("version", "unknown"),
            "JVM: ${java.version} (${java.vendor} ${java.vm.name})",
            "OS: ${os.name} ${os.version} ${os.arch}"
        };
    }
}

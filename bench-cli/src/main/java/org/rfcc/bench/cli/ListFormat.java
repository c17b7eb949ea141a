package org.rfcc.bench.cli;

/** How a command that lists things prints them: {@code --format table} for people, {@code json} for scripts. */
enum ListFormat {
    TABLE,
    JSON
}

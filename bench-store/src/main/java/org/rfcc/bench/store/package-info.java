/** The history of runs over JDBC: SQLite by default, PostgreSQL for teams, one schema, Flyway migrations. */
package org.rfcc.bench.store;

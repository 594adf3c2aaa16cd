package io.ficmirror.cli.bench;

import io.ficmirror.cli.stack.StackSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where PostgreSQL's time went during the import, statement by statement: pg_stat_statements, which the embedded
 * server loads at start, is emptied before the import and read after it.
 */
final class PostgresStatements {
    static final int SHOWN = 10;

    private final StackSettings settings;

    PostgresStatements(StackSettings settings) {
        this.settings = settings;
    }

    /** One normalised statement (constants replaced by $n) and what it cost over the import. */
    record Timed(String sql, long calls, double totalMillis, long rows) {
    }

    /** The statements that took longest, and the execution time of all statements together. */
    record Summary(List<Timed> top, double totalMillis) {
        static final Summary NONE = new Summary(List.of(), 0);
    }

    void reset() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    Summary read() throws SQLException {
        String ours = "from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            double total;
            try (ResultSet row = statement.executeQuery("select coalesce(sum(total_exec_time), 0) " + ours)) {
                row.next();
                total = row.getDouble(1);
            }
            List<Timed> top = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select query, calls, total_exec_time, rows " + ours
                    + " order by total_exec_time desc limit " + SHOWN)) {
                while (rows.next()) {
                    top.add(new Timed(rows.getString(1).replaceAll("\\s+", " ").strip(), rows.getLong(2),
                            rows.getDouble(3), rows.getLong(4)));
                }
            }
            return new Summary(top, total);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.postgresJdbcUrl(), settings.postgresUser(), settings.postgresPassword());
    }
}

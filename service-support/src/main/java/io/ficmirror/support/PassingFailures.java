package io.ficmirror.support;

import java.net.SocketException;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Tells a failure of PostgreSQL itself (it is down, restarting, out of disk, a deadlock) from a failure of what was
 * asked of it, and waits the first kind out: a consumer that meets it tries again instead of failing its channel.
 */
public final class PassingFailures {
    private static final Logger LOG = Logger.getLogger(PassingFailures.class);
    private static final long RETRY_MILLIS = 2000;
    private static final long WARN_EVERY_MILLIS = 30_000;

    /** Something to do against PostgreSQL. */
    public interface Action<T> {
        T run() throws SQLException;
    }

    private PassingFailures() {
    }

    /**
     * Failures of the database rather than of the request: connection (08), transaction rollback such as deadlock or
     * serialization (40), insufficient resources such as a full disk (53), operator intervention such as a shutdown
     * (57), read-only transaction after a failover (25006), a socket that broke, and the pool finding no connection.
     */
    public static boolean isPassing(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57") || state.equals("25006"))) {
                    return true;
                }
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs the action until it succeeds or fails for a reason that is not passing (that failure is thrown). */
    public static <T> T retry(String what, Action<T> action) throws SQLException {
        long warned = 0;
        while (true) {
            try {
                return action.run();
            } catch (SQLException | RuntimeException failure) {
                if (!isPassing(failure)) {
                    throw failure;
                }
                if (System.currentTimeMillis() - warned > WARN_EVERY_MILLIS) {
                    LOG.warnf("%s: PostgreSQL failed for a passing reason (%s); trying again until it answers", what,
                            failure.getMessage());
                    warned = System.currentTimeMillis();
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
                }
            }
        }
    }
}

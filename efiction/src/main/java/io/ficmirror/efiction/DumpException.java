package io.ficmirror.efiction;

/** The dump cannot be read any further; the message says where and why. */
public final class DumpException extends RuntimeException {
    public DumpException(String message) {
        super(message);
    }
}

package io.ficmirror.cli.stack;

/** The stack could not do what was asked; the message says which part, why, and where its log is. */
public class StackFailure extends RuntimeException {
    public StackFailure(String message) {
        super(message);
    }

    public StackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

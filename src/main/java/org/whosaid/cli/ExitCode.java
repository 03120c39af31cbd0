package org.whosaid.cli;

/** Exit statuses of DESIGN.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int SOME_FAILED = 2;

    private ExitCode() {
    }
}

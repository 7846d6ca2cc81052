package io.tork.app.cli;

/**
 * A command that talks to a running coordinator ({@code submit}, {@code jobs}, {@code job}, {@code cancel},
 * {@code restart}, {@code logs}). Their exit statuses tell scripts what happened: {@link #OK} when it worked,
 * {@link #JOB_FAILED} when the job it waited for failed or was cancelled, {@link #ERROR} for anything that went
 * wrong on the way (a usage error, a bad configuration, an unreachable or refusing API).
 */
interface ClientCommand {
    int OK = 0;
    int JOB_FAILED = 1;
    int ERROR = 2;
}

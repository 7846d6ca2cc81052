package io.tork.adapters.in.web;

/**
 * One event of {@code GET /events}: its kind ({@code job}, {@code task}, {@code log}), the job it is about, and its
 * data, already redacted and rendered as one line of JSON.
 */
record LiveEvent(String type, String jobId, String data) {
    static final String JOB = "job";
    static final String TASK = "task";
    static final String LOG = "log";
}

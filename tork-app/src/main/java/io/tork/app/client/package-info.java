/**
 * The client side of the command line: talking to a running coordinator's REST API and showing what it says to
 * people (tables, a progress bar, logs). Knows nothing of picocli; the commands in {@code io.tork.app.cli} use it.
 */
package io.tork.app.client;

/**
 * The {@code tork} command line (picocli). Commands receive their collaborators through constructors, so tests run
 * them with fakes; {@link io.tork.app.Main} supplies the real ones.
 */
package io.tork.app.cli;

/**
 * The composition root: the only place that sees every module. {@link io.tork.app.Main} is the executable;
 * {@code cli} is the command line, {@code config} the configuration, {@code wiring} assembles the engine.
 */
package io.tork.app;

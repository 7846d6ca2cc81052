/**
 * Configuration: a TOML file plus {@code TORK_<KEY>} environment overrides, validated in one go into the
 * immutable {@link io.tork.app.config.TorkConfig} record tree. Every problem is reported before anything starts.
 */
package io.tork.app.config;

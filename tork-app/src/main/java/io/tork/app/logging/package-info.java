/** Logging set-up from the configuration. */
package io.tork.app.logging;

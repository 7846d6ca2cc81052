/**
 * Hand-written wiring of the engine: builds the adapters the configuration selects and connects them to the
 * application's services. No DI container, no classpath scanning.
 */
package io.tork.app.wiring;

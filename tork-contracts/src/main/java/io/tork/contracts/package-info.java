/** Contract suites for the outbound ports; subclass one per adapter. */
package io.tork.contracts;

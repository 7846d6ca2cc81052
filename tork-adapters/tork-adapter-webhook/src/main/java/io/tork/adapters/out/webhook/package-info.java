/** Webhook calls over HTTP (java.net.http). */
package io.tork.adapters.out.webhook;

/**
 * The functions plugin: expression functions for hashing ({@code sha256}, {@code md5}), encoding
 * ({@code base64url}, {@code base64urlDecode}, {@code urlEncode}, {@code slug}), dates ({@code formatDate},
 * {@code parseDate}), JSON ({@code jsonPath}) and identifiers ({@code uuid}). Each function is one PF4J extension;
 * the plugin has no {@code Plugin-Class} because it needs no start-up work.
 */
package io.tork.plugins.functions;

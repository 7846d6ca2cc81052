/**
 * A deliberately broken miniature of the product's package layout: each class breaks one architecture rule (or, for
 * the "allowed" ones, obeys it), so that {@code ArchitectureRulesCanFailTest} proves the rules detect violations.
 * Never imported by {@code ArchitectureTest}, which skips test classes.
 */
package io.tork.archfixture;

/**
 * The benchmark harness: each benchmark composes the real engine through tork-app's wiring, measures it over
 * several rounds and compares it with a baseline measured in the same run, so the figures hold on a busy machine.
 */
package io.tork.benchmarks;

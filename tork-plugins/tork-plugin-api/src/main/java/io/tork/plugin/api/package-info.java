/**
 * The stable contract between Tork and its plugins.
 *
 * <p>A plugin is a PF4J plugin jar dropped into the engine's plugins folder ({@code plugins.dir}). It contributes
 * implementations of the extension points defined here:
 * <ul>
 *   <li>{@link io.tork.plugin.api.RuntimePlugin}: a way to run tasks (selected by {@code runtime.type} or a task's
 *       {@code runtime} field);</li>
 *   <li>{@link io.tork.plugin.api.ExpressionFunction}: a function callable from {@code {{ expressions }}}.</li>
 * </ul>
 *
 * <p>The types here use only the JDK and PF4J's {@code ExtensionPoint}, never engine internals, so that the engine
 * can evolve without breaking plugins. Plugins must declare this API and PF4J with {@code provided} scope: the
 * engine supplies them at run time, and bundling a second copy breaks class loading.
 */
package io.tork.plugin.api;

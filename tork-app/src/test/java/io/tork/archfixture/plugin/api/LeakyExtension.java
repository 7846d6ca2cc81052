package io.tork.archfixture.plugin.api;

import io.tork.archfixture.domain.Widget;

/** Breaks "the plugin API depends only on the JDK and PF4J" by exposing an engine type. */
public interface LeakyExtension {
    Widget widget();
}

package io.tork.adapters.out.plugin;

import java.util.function.Supplier;

/**
 * Calls into plugin code with the plugin's class loader as the thread's context class loader, as libraries inside a
 * plugin (service loaders, JSON mappers) expect, and puts the engine's back afterwards.
 */
final class PluginCalls {
    private PluginCalls() {
    }

    /** A call that may throw checked exceptions, such as a task run. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    /** Calls a method of {@code extension}, an object a plugin created. */
    static <T> T inPluginContext(Object extension, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader engine = thread.getContextClassLoader();
        thread.setContextClassLoader(extension.getClass().getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(engine);
        }
    }

    /** Calls plugin code loaded by {@code loader}. */
    static <T> T inPluginContext(ClassLoader loader, Call<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader engine = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(engine);
        }
    }
}

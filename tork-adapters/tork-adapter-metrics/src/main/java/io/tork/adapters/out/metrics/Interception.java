package io.tork.adapters.out.metrics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps a port so that a few of its operations can be watched while every other one, including operations added
 * to the port later, is passed on untouched. A hand-written decorator would have to repeat each operation and
 * stop compiling whenever the port grows.
 */
final class Interception {
    private Interception() {
    }

    /** Decides what one call does; {@code proceed} runs it on the wrapped object with the given arguments. */
    @FunctionalInterface
    interface Interceptor {
        Object intercept(Method method, Object[] args, Proceed proceed) throws Throwable;
    }

    @FunctionalInterface
    interface Proceed {
        Object with(Object[] args) throws Throwable;
    }

    static <T> T of(Class<T> port, T target, Interceptor interceptor) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (self, method, args) -> interceptor.intercept(method, args, actual -> invoke(target, method, actual)));
        return port.cast(proxy);
    }

    static boolean is(Method method, String name, int parameters) {
        return method.getName().equals(name) && method.getParameterCount() == parameters;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            // what the real store threw, unchanged (NotFoundException, StoreException, …)
            throw e.getCause();
        }
    }
}

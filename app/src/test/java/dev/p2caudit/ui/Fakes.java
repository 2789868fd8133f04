package dev.p2caudit.ui;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

/** Views that only note which of their methods were called, for tests of the app's navigation. */
final class Fakes {

    private Fakes() {
    }

    @SuppressWarnings("unchecked")
    static <T> T view(Class<T> type, List<String> calls) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? type.getSimpleName() : null;
            }
            calls.add(type.getSimpleName() + "." + method.getName());
            Class<?> returns = method.getReturnType();
            return returns == boolean.class ? Boolean.FALSE : returns == Optional.class ? Optional.empty() : null;
        });
    }
}

package org.whosaid.service;

import java.util.function.Supplier;

/** A value made on first use and kept; safe to share between threads. */
final class Memoized<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    Memoized(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = maker.get();
                    value = current;
                }
            }
        }
        return current;
    }
}

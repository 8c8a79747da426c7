package dev.wazir.index;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs a function over inputs on all cores and hands the results to the caller's thread in input order,
 * so reading and parsing overlap with the SQLite writes while rows still go in sorted-path order. At most
 * {@code byteBudget} bytes of input (by the caller's estimate) are in flight, which bounds memory on trees
 * with huge files.
 */
final class OrderedPipeline {
    private static final int MAX_IN_FLIGHT = 256;

    /** Receives results in input order; may throw checked SQL errors. */
    @FunctionalInterface
    interface Sink<R> {
        void accept(R result) throws java.sql.SQLException;
    }

    private OrderedPipeline() {
    }

    static <T, R> void run(List<T> inputs, ToLongFunction<T> weight, long byteBudget, Function<T, R> work,
            Sink<R> sink) throws java.sql.SQLException {
        if (inputs.isEmpty()) {
            return;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "wazir-index-reader");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> pending = new ArrayDeque<>();
        Deque<Long> weights = new ArrayDeque<>();
        long inFlight = 0;
        int next = 0;
        try {
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < MAX_IN_FLIGHT) {
                    T input = inputs.get(next);
                    long w = Math.max(1, weight.applyAsLong(input));
                    if (!pending.isEmpty() && inFlight + w > byteBudget) {
                        break;
                    }
                    pending.add(pool.submit(() -> work.apply(input)));
                    weights.add(w);
                    inFlight += w;
                    next++;
                }
                Future<R> head = pending.poll();
                inFlight -= weights.poll();
                sink.accept(await(head));
            }
        } finally {
            for (Future<R> f : pending) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}

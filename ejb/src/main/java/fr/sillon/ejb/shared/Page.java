package fr.sillon.ejb.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a list and the total number of rows (serializable: view-scoped beans keep it). */
public record Page<T>(List<T> rows, long total) implements Serializable {
    /** The largest page a service returns. */
    public static final int MAX_SIZE = 200;

    /** A requested page size brought into [1, {@link #MAX_SIZE}]. */
    public static int size(int requested) {
        return Math.max(1, Math.min(requested, MAX_SIZE));
    }
}

package fr.sillon.web.api;

import java.util.List;

/** JSON body of every API error: a French message, and per-item details when a batch or a form has several. */
public record ApiError(int status, String message, List<String> details) {
    public ApiError(int status, String message) {
        this(status, message, List.of());
    }
}

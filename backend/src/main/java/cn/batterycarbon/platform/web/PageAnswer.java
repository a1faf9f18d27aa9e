package cn.batterycarbon.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One page of an API list: the items, where the page is, and how many there are in all. Lists are
 * paged so that no answer grows with the data (one organization's declarations with all their
 * results once made a 73 MB answer).
 */
public record PageAnswer<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static <E, T> PageAnswer<T> of(Page<E> page, Function<E, T> view) {
        return new PageAnswer<>(
                page.getContent().stream().map(view).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    /**
     * One page of a list already read (a list bounded by its owner, such as one organization's
     * requests, merged from several queries): the answer stays bounded even where the query is not.
     */
    public static <T> PageAnswer<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        int totalPages = (all.size() + request.getPageSize() - 1) / request.getPageSize();
        return new PageAnswer<>(
                List.copyOf(all.subList(from, to)),
                request.getPageNumber(),
                request.getPageSize(),
                all.size(),
                totalPages);
    }

    /** The page asked for, checked: 400 naming {@code page} or {@code size} when out of bounds. */
    public static PageRequest request(Integer page, Integer size, Sort sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<FieldErrorsException.FieldError> errors = new java.util.ArrayList<>();
        if (p < 0) {
            errors.add(new FieldErrorsException.FieldError("page", "request.error.page", p));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldErrorsException.FieldError("size", "request.error.size", s, MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return PageRequest.of(p, s, sort);
    }
}

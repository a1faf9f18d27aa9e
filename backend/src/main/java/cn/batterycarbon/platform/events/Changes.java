package cn.batterycarbon.platform.events;

import cn.batterycarbon.platform.events.AuditableEvent.Change;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the {@link AuditableEvent#changes()} of an event from the values before and after a
 * change. Values become plain strings (numbers without trailing zeros, enums by name, collections
 * sorted), so an event serializes the same way in the publication registry and in the audit
 * trail, and equal numbers written differently ({@code 62} and {@code 62.00}) are no change.
 */
public final class Changes {

    /** Record components that are bookkeeping, never a change of content. */
    private static final Set<String> IGNORED = Set.of("id", "version", "organizationId");

    private Changes() {}

    /** The fields that differ between two records of the same type, in name order. */
    public static Map<String, Change> between(Record before, Record after) {
        Map<String, Object> left = fields(before);
        Map<String, Object> right = fields(after);
        Map<String, Change> changes = new TreeMap<>();
        for (String name : right.keySet()) {
            Object a = left.get(name);
            Object b = right.get(name);
            if (a == null ? b != null : !a.equals(b)) {
                changes.put(name, Change.of(a, b));
            }
        }
        return changes;
    }

    /** Every field of a new record as a change from nothing. */
    public static Map<String, Change> created(Record after) {
        Map<String, Change> changes = new TreeMap<>();
        fields(after).forEach((name, value) -> {
            if (value != null) {
                changes.put(name, Change.created(value));
            }
        });
        return changes;
    }

    /** Every field of a deleted record as a change to nothing. */
    public static Map<String, Change> deleted(Record before) {
        Map<String, Change> changes = new TreeMap<>();
        fields(before).forEach((name, value) -> {
            if (value != null) {
                changes.put(name, Change.of(value, null));
            }
        });
        return changes;
    }

    /** One field's change, or none when equal. */
    public static Map<String, Change> of(String field, Object before, Object after) {
        Object a = plain(before);
        Object b = plain(after);
        return a == null
                ? (b == null ? Map.of() : Map.of(field, Change.of(null, b)))
                : a.equals(b) ? Map.of() : Map.of(field, Change.of(a, b));
    }

    private static Map<String, Object> fields(Record record) {
        Map<String, Object> fields = new TreeMap<>();
        if (record == null) {
            return fields;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (IGNORED.contains(component.getName())) {
                continue;
            }
            try {
                fields.put(component.getName(), plain(component.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    /** A value as the plain, comparable string the audit trail stores. */
    public static String plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Changes::plain).sorted().collect(Collectors.joining(","));
        }
        if (value instanceof TemporalAccessor || value instanceof CharSequence || value instanceof Number) {
            return value.toString();
        }
        return value.toString();
    }
}

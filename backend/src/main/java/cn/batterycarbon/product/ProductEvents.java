package cn.batterycarbon.product;

import cn.batterycarbon.platform.events.AuditableEvent;
import java.util.Map;
import java.util.UUID;

/** What the product module publishes when plants and battery models are created, changed or deleted. */
public final class ProductEvents {

    private ProductEvents() {}

    public record PlantChanged(String action, UUID plantId, UUID organizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public static final String CREATED = "plant.created";
        public static final String CHANGED = "plant.changed";
        public static final String DELETED = "plant.deleted";

        public String objectType() {
            return "PLANT";
        }

        public UUID objectId() {
            return plantId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }

    public record BatteryModelChanged(String action, UUID modelId, UUID organizationId, Map<String, Change> changes)
            implements AuditableEvent {
        public static final String CREATED = "batteryModel.created";
        public static final String CHANGED = "batteryModel.changed";
        public static final String DELETED = "batteryModel.deleted";

        public String objectType() {
            return "BATTERY_MODEL";
        }

        public UUID objectId() {
            return modelId;
        }

        public UUID tenantId() {
            return organizationId;
        }
    }
}

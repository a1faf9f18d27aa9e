package cn.batterycarbon.supplier;

import cn.batterycarbon.platform.events.AuditedObjects;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may see the audit timelines of the supplier module's objects: the same people who may see
 * the object. A data request: its requester and its supplier (their entries carry either
 * organization as tenant, so the audit module's default rule would show them to nobody but
 * administrators and regulators). An upstream record: its supplier and whoever may see the record
 * through a request or a downstream record (the entries name no figures a disclosure might hide).
 */
@Configuration(proxyBeanMethods = false)
class SupplierAuditVisibility {

    @Bean
    AuditedObjects supplierRequestTimelines(DataRequestService requests) {
        return new Rule("SUPPLIER_REQUEST", (id, user) -> requests.request(id, user));
    }

    @Bean
    AuditedObjects upstreamRecordTimelines(UpstreamRecordService records) {
        return new Rule("UPSTREAM_RECORD", (id, user) -> records.record(id, user));
    }

    /** Visible when the module's own read of the object does not answer "not found". */
    private record Rule(String objectType, java.util.function.BiConsumer<UUID, PlatformUser> read)
            implements AuditedObjects {

        @Override
        public boolean visible(UUID objectId, PlatformUser user) {
            try {
                read.accept(objectId, user);
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }
    }
}

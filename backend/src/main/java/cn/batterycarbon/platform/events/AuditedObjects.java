package cn.batterycarbon.platform.events;

import cn.batterycarbon.platform.security.PlatformUser;
import java.util.UUID;

/**
 * Says who may see the audit timeline of a module's objects of one type: the same people who may
 * see the object itself. A module declares one bean per object type it publishes events for; the
 * audit module asks it before showing a timeline (without one, an object's timeline is visible to
 * its own organization, administrators and regulators).
 */
public interface AuditedObjects {

    /** The {@link AuditableEvent#objectType()} this bean answers for. */
    String objectType();

    /** Whether {@code user} may see the object (and so its timeline). */
    boolean visible(UUID objectId, PlatformUser user);
}

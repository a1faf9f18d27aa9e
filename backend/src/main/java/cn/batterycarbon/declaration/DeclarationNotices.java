package cn.batterycarbon.declaration;

import java.util.List;
import java.util.UUID;

/**
 * Notices other modules show on a declaration's page (the supplier module: a supplier published a
 * correction of a footprint this declaration uses). Implementations are beans; the declaration
 * page asks each of them, so the declaration module depends on none of those modules.
 */
public interface DeclarationNotices {

    /** @param actionPath a POST endpoint offered as a one-click button, or null */
    record Notice(String messageKey, List<String> arguments, String actionPath, String actionLabelKey) {}

    List<Notice> noticesFor(UUID declarationId, cn.batterycarbon.platform.security.PlatformUser user);

    /** A page of the other module about this declaration, linked from the declaration page, or null. */
    default Link linkFor(UUID declarationId) {
        return null;
    }

    record Link(String path, String labelKey) {}
}

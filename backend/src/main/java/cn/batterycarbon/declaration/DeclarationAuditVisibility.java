package cn.batterycarbon.declaration;

import cn.batterycarbon.platform.events.AuditedObjects;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A declaration's audit timeline is visible to whoever may see the declaration. */
@Component
class DeclarationAuditVisibility implements AuditedObjects {

    private final DeclarationService declarations;

    DeclarationAuditVisibility(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @Override
    public String objectType() {
        return "DECLARATION";
    }

    @Override
    public boolean visible(UUID objectId, PlatformUser user) {
        try {
            declarations.visible(objectId, user);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}

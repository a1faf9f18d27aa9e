package cn.batterycarbon.declaration;

import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.security.Role;
import java.util.Set;
import java.util.UUID;

/**
 * Who attempts a workflow transition of a declaration: their organization, roles and whether the
 * verification agency assigned them to this declaration (the verification module knows that).
 */
public record WorkflowActor(UUID userId, UUID organizationId, Set<Role> roles, boolean assigned) {

    public static WorkflowActor of(PlatformUser user, boolean assigned) {
        return new WorkflowActor(user.userId(), user.organizationId(), user.roles(), assigned);
    }
}

package cn.batterycarbon.verification;

import cn.batterycarbon.declaration.DeclarationView;
import cn.batterycarbon.platform.security.PlatformUser;
import java.util.UUID;

/**
 * Who verifies a declaration, for modules that show verifiers their own data about it (the
 * supplier module: the upstream records behind the declaration's lines). A user verifies a
 * declaration when assigned to it by the agency, or as a lead of the agency it was submitted to.
 */
public interface DeclarationVerifiers {

    /**
     * The declaration, if the user verifies it; otherwise {@code NotFoundException} (404), as for
     * any declaration the user may not see — an unassigned verifier, another agency, other tenants.
     */
    DeclarationView verifiedBy(UUID declarationId, PlatformUser user);
}

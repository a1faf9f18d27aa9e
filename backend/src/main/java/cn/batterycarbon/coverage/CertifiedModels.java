package cn.batterycarbon.coverage;

import java.util.Set;
import java.util.UUID;

/**
 * Which battery models hold a valid (issued, not revoked) footprint certificate. Implemented by the
 * module that issues certificates; without an implementation, coverage shows certified counts as
 * not yet available instead of zero.
 */
public interface CertifiedModels {

    /** Ids of the certified models of one organization, or of all organizations (null). */
    Set<UUID> certifiedModelIds(UUID organizationId);
}

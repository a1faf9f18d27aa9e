package cn.batterycarbon.declaration;

import java.util.UUID;

/** Which model a declaration is for and how far it got: what pilot coverage counts. */
public record DeclarationStatusView(UUID id, UUID organizationId, UUID batteryModelId, DeclarationStatus status) {}

package cn.batterycarbon.declaration.domain;

import cn.batterycarbon.declaration.LineData;
import java.util.UUID;

/** An activity line as stored, with its id and its position within its stage. */
public record StoredLine(UUID id, UUID declarationId, int position, LineData data) {}

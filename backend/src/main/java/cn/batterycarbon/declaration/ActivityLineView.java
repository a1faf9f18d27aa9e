package cn.batterycarbon.declaration;

import java.util.UUID;

/** A stored activity line: its id, its position in its stage and its contents. */
public record ActivityLineView(UUID id, int position, LineData line) {}

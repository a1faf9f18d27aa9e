package cn.batterycarbon.audit.core;

import java.time.Instant;

/** A signed statement "the chain had {@code headHash} at {@code lastSeq} at {@code createdAt}". */
public record Checkpoint(long id, Instant createdAt, long lastSeq, String headHash, String keyId, String signature) {}

/**
 * The tamper-evident audit trail: one append-only, hash-chained log of every state change in every
 * module (recorded from their {@link cn.batterycarbon.platform.events.AuditableEvent}s in the same
 * transaction), of sign-ins, failed sign-ins and lock-outs; signed checkpoints of the chain's head;
 * chain verification; per-object timelines and the log browser with CSV/JSONL export.
 *
 * <p>Public API: {@link cn.batterycarbon.audit.AuditTrail}. Other modules need no dependency on
 * this module: they publish events, and say who may see their objects' timelines with an
 * {@link cn.batterycarbon.platform.events.AuditedObjects} bean. Pages include the timeline with
 * the template fragment {@code fragments/audit :: timeline(objectType, objectId)}.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = "platform")
package cn.batterycarbon.audit;

import org.springframework.modulith.ApplicationModule;
